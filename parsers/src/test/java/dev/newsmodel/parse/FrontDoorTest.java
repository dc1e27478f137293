package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Provenance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's one front door: every page problem is a {@link ParseException} with a reason,
 * URLs follow one rule, nulls are refused by parameter name, and the registry does not parse.
 */
class FrontDoorTest {
  private static final NewsModel DOCUMENTS = NewsModel.create().withAttribution(false);
  private static final String PAGE = "<html><head><title>Bridge to reopen</title></head><body><article>"
      + "<h1>Bridge to reopen</h1><p>The river bridge will reopen to traffic on Monday, the city said.</p>"
      + "<p>Repairs took four months.</p></article></body></html>";

  private static ParseException.Reason reasonOf(Page page) {
    try {
      DOCUMENTS.parse(page);
    } catch (ParseException e) {
      return e.reason();
    }
    throw new AssertionError("the page parsed");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  // --- 1. typed reasons, the bytes' real problem --------------------------------------------------

  @Test
  void reasonsCarryTheCommandsDocumentedCodes() {
    assertThat(Arrays.stream(ParseException.Reason.values()).map(ParseException.Reason::code)).containsExactly(
        "empty", "binary", "unreadable", "too-large", "not-a-page", "no-parser", "invalid-article", "internal");
  }

  @Test
  void aCutGzipIsUnreadableCorruptGzipNotBinary() throws Exception {
    byte[] whole = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(() -> DOCUMENTS.parse(Page.of(cut, "https://news.example.com/bridge")))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.UNREADABLE))
        .hasMessageContaining("corrupt gzip data")
        .hasMessageContaining("https://news.example.com/bridge");
    assertThat(DOCUMENTS.parse(Page.of(whole, null)).headline()).isEqualTo("Bridge to reopen");
  }

  @Test
  void emptyBinaryAndTextlessInputHaveTheirOwnReasons() {
    assertThat(reasonOf(Page.of(new byte[0], null))).isEqualTo(ParseException.Reason.EMPTY);
    assertThat(reasonOf(Page.of(" \n\t ", null))).isEqualTo(ParseException.Reason.EMPTY);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    assertThat(reasonOf(Page.of(png, null))).isEqualTo(ParseException.Reason.BINARY);
    assertThat(reasonOf(Page.of("<html><body><div></div></body></html>", null))).isEqualTo(ParseException.Reason.NOT_A_PAGE);
  }

  @Test
  void aPageOverTheCharacterLimitIsTooLarge() {
    NewsModel small = DOCUMENTS.withLimits(ParseLimits.builder().maxInputChars(100).build());

    assertThatThrownBy(() -> small.parse(Page.of(PAGE, null)))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.TOO_LARGE))
        .hasMessageContaining("ParseLimits.maxInputChars");
  }

  @Test
  void aGzipBombIsTooLargeNotCutSilently() throws Exception {
    // Over Page.MAX_BYTES once decompressed: a few hundred KB of gzip.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      gz.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i <= Page.MAX_BYTES >> 20; i++) {
        gz.write(spaces);
      }
    }

    assertThat(reasonOf(Page.of(out.toByteArray(), null))).isEqualTo(ParseException.Reason.TOO_LARGE);
  }

  @Test
  void aStreamLongerThanTheLimitIsTooLargeAndNotReadToTheEnd() throws Exception {
    long[] read = new long[1];
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'a');
        read[0] += len;
        return len;
      }
    };

    Page page = Page.of(endless, "https://news.example.com/x", Map.of());

    assertThat(reasonOf(page)).isEqualTo(ParseException.Reason.TOO_LARGE);
    assertThat(read[0]).isEqualTo(Page.MAX_BYTES + 1L);
  }

  @Test
  void aParserThatBuildsAnInvalidArticleOrCrashesIsReportedWithItsCause() {
    ArticleParser invalid = new NamedParser("invalid") {
      @Override
      public Article parse(Page page) {
        // Two blocks with one id: the model refuses it.
        return Article.builder().addBlock(Block.paragraph("p1", "One.")).addBlock(Block.paragraph("p1", "Two."))
            .provenance(Provenance.of(name())).build();
      }
    };
    ArticleParser crashing = new NamedParser("crashing") {
      @Override
      public Article parse(Page page) {
        throw new IllegalStateException("bug");
      }
    };
    NewsModel model = NewsModel.create(ParserRegistry.of(List.of(invalid, crashing))).withAttribution(false);

    assertThatThrownBy(() -> model.parse(Page.of(PAGE, null), "invalid"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.INVALID_ARTICLE))
        .hasCauseInstanceOf(dev.newsmodel.InvalidArticleException.class);
    assertThatThrownBy(() -> model.parse(Page.of(PAGE, null), "crashing"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.PARSER_FAILED))
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  // --- 2. one front door ------------------------------------------------------------------------

  @Test
  void theRegistryChoosesButDoesNotParse() {
    List<String> publicMethods = Arrays.stream(ParserRegistry.class.getMethods())
        .filter(m -> m.getDeclaringClass() == ParserRegistry.class && Modifier.isPublic(m.getModifiers()))
        .map(Method::getName).toList();

    assertThat(publicMethods).contains("select", "parser", "named").doesNotContain("parse");
  }

  @Test
  void theFrontDoorHoldsEveryParseToTheLimitsAndAttributes() throws Exception {
    StringBuilder html = new StringBuilder("<html><body><article><h1>Many paragraphs</h1>");
    for (int i = 0; i < 40; i++) {
      html.append("<p>Paragraph number ").append(i).append(" of a long page about the harbour.</p>");
    }
    html.append("<p>\"We will finish in May,\" said Ana Ruiz, the harbour master.</p></article></body></html>");
    NewsModel limited = NewsModel.create().withLimits(ParseLimits.builder().maxBlocks(10).build());

    Article byChoice = limited.parse(Page.of(html.toString(), null));
    Article byName = limited.parse(Page.of(html.toString(), null), "generic");

    assertThat(byChoice.body()).hasSize(10);
    assertThat(byName.body()).hasSize(10);
    Article attributed = NewsModel.create().parse(Page.of(html.toString(), null));
    assertThat(attributed.quotes()).extracting(q -> q.text()).contains("We will finish in May,");
  }

  // --- 3. one URL rule --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "/story/1", "story/1", "javascript:alert(1)", "file:///etc/passwd",
      "ftp://files.example.com/a", "https:///no-host", "mailto:desk@example.com", "http://bad host/"})
  void aUrlThatIsNotAbsoluteHttpIsRefusedByEveryFactoryNamingTheValue(String url) {
    byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
    List<Runnable> factories = List.of(
        () -> Page.of(PAGE, url),
        () -> Page.ofText("Some text.", url),
        () -> Page.of(bytes, url),
        () -> Page.of(bytes, url, Map.of()),
        () -> Page.of(Jsoup.parse(PAGE), url),
        () -> {
          try {
            Page.of(new ByteArrayInputStream(bytes), url, Map.of());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
    for (Runnable factory : factories) {
      assertThatThrownBy(factory::run).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + url + "\"").hasMessageContaining("not an absolute http(s) URL");
    }
  }

  @Test
  void aGoodUrlIsKeptAsGivenAndNoUrlIsNull() {
    assertThat(Page.of(PAGE, "  https://www.asahi.com/ajw/articles/15550001 ").url())
        .isEqualTo("https://www.asahi.com/ajw/articles/15550001");
    assertThat(Page.of(PAGE, "HTTP://News.Example.com/a?b=c#d").url()).isEqualTo("HTTP://News.Example.com/a?b=c#d");
    assertThat(Page.of(PAGE, null).url()).isNull();
    assertThat(Page.of(PAGE, " ").url()).isNull();
    assertThat(Page.checkUrl("https://news.example.com/a")).isEqualTo("https://news.example.com/a");
    // A document's own location is taken only when it is a page URL (a file's path is not).
    assertThat(Page.of(Jsoup.parse(PAGE, "https://news.example.com/a"), null).url()).isEqualTo("https://news.example.com/a");
    assertThat(Page.of(Jsoup.parse(PAGE, "/home/me/saved.html"), null).url()).isNull();
  }

  // --- 4. nulls refused by name -----------------------------------------------------------------

  @Test
  void nullsAreRefusedWithTheParametersName() {
    Page page = Page.of(PAGE, null);
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("Content-Type", null);

    assertThatThrownBy(() -> Page.of((String) null, "https://news.example.com/a")).isInstanceOf(NullPointerException.class)
        .hasMessage("content");
    assertThatThrownBy(() -> Page.of((byte[]) null, null)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
    assertThatThrownBy(() -> Page.of(new byte[1], null, null)).isInstanceOf(NullPointerException.class).hasMessage("headers");
    assertThatThrownBy(() -> Page.of(new byte[1], null, nullValue)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Content-Type");
    assertThatThrownBy(() -> Page.of((InputStream) null, null, Map.of())).isInstanceOf(NullPointerException.class).hasMessage("in");
    assertThatThrownBy(() -> Page.of((org.jsoup.nodes.Document) null, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("document");
    assertThatThrownBy(() -> Page.ofText(null, null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> DOCUMENTS.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("page");
    assertThatThrownBy(() -> DOCUMENTS.parse(null, "text")).isInstanceOf(NullPointerException.class).hasMessage("page");
    assertThatThrownBy(() -> DOCUMENTS.parse(page, null)).isInstanceOf(NullPointerException.class).hasMessage("parserName");
    assertThatThrownBy(() -> DOCUMENTS.withLimits(null)).isInstanceOf(NullPointerException.class).hasMessage("newLimits");
    assertThatThrownBy(() -> NewsModel.create(null)).isInstanceOf(NullPointerException.class).hasMessage("registry");
    assertThatThrownBy(() -> ParserRegistry.of(null)).isInstanceOf(NullPointerException.class).hasMessage("parsers");
    assertThatThrownBy(() -> ParserRegistry.of(Arrays.asList(new NamedParser("a"), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("parsers[1]");
    assertThatThrownBy(() -> DOCUMENTS.registry().parser(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> DOCUMENTS.registry().select(null)).isInstanceOf(NullPointerException.class).hasMessage("page");
    assertThatThrownBy(() -> new ParseException(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("reason");
  }
}
