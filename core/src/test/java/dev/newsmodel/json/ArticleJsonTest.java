package dev.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.InvalidArticleException;
import dev.newsmodel.Quantity;
import dev.newsmodel.TestArticles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleJsonTest {
  private static final ArticleJson JSON = ArticleJson.create();
  private static final String FULL = JSON.write(TestArticles.full());

  @Test
  void writesFieldsInContractOrder() {
    List<String> topLevel = List.of("url", "outlet", "syndication", "headline", "subheadline",
        "bylines", "published", "modified", "language", "dateline", "section", "tags", "body",
        "media", "sources", "quotes", "claims", "provenance");
    int last = -1;
    for (String field : topLevel) {
      int at = FULL.indexOf("\"" + field + "\":");
      assertThat(at).as(field).isGreaterThan(last);
      last = at;
    }
    assertThat(FULL).startsWith("{\"url\":\"https://news.example.org/harbour/cranes-idle\",\"outlet\":{\"name\":");
    assertThat(FULL).contains("{\"id\":\"q1\",\"kind\":\"DIRECT\",\"text\":\"We will publish");
    assertThat(FULL).contains("\"continuation\":false}");
    assertThat(FULL).contains("{\"id\":\"c3\",\"claimant\":\"union\",\"cue\":\"denied\",\"stance\":\"DENIES\",\"mode\":\"MIXED\"");
    assertThat(FULL).contains("{\"paragraph\":\"p2\",\"start\":68,\"end\":78,\"text\":\"Ines Walde\"}");
  }

  @Test
  void writesAbsentValuesAsNullAndEmptyListsAsBrackets() {
    assertThat(FULL).contains("\"subheadline\":null,");
    assertThat(FULL).contains("\"modified\":null,");
    assertThat(FULL).contains("\"originalUrl\":null}");
    assertThat(FULL).contains("{\"id\":\"c1\",\"claimant\":null,");
    assertThat(FULL).contains("\"quotes\":[],");

    String minimal = JSON.write(Article.builder().build());
    assertThat(minimal).isEqualTo("{\"url\":null,\"outlet\":null,\"syndication\":null,"
        + "\"headline\":null,\"subheadline\":null,\"bylines\":[],\"published\":null,"
        + "\"modified\":null,\"language\":null,\"dateline\":null,\"section\":null,\"tags\":[],"
        + "\"body\":[],\"media\":[],\"sources\":[],\"quotes\":[],\"claims\":[],"
        + "\"provenance\":{\"parser\":\"manual\",\"warnings\":[],\"removed\":[]}}");
  }

  @Test
  void readsMissingOptionalFieldsAsAbsent() {
    Article article = JSON.read("{\"provenance\":{\"parser\":\"hand\"}}");
    assertThat(article.headline()).isNull();
    assertThat(article.body()).isEmpty();
    assertThat(article.provenance().warnings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "2022-12-22T18:40:00+09:00, 2022-12-22T18:40:00+09:00",
      "2022-12-22T18:40+09:00, 2022-12-22T18:40:00+09:00",
      "2022-12-22T09:40:00Z, 2022-12-22T09:40:00+00:00",
      "2022-12-22T09:40:00.5-05:30, 2022-12-22T09:40:00.5-05:30",
      "2022-12-22T09:40:00.123456789+14:00, 2022-12-22T09:40:00.123456789+14:00",
  })
  void writesDatesWithSecondsKeepingTheirOffset(String given, String written) {
    OffsetDateTime time = OffsetDateTime.parse(given);
    Article article = Article.builder().published(time).modified(time).build();
    String json = JSON.write(article);
    assertThat(json).contains("\"published\":\"" + written + "\",\"modified\":\"" + written + "\"");
    Article back = JSON.read(json);
    assertThat(back.published()).isEqualTo(time);
    assertThat(back.published().getOffset()).isEqualTo(time.getOffset());
  }

  @Test
  void readsDatesKeepingTheirOffsetWhateverTheTimeZone() {
    Article article = JSON.read("{\"published\":\"2022-12-22T18:40:00+09:00\",\"provenance\":{\"parser\":\"x\"}}");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2022-12-22T18:40:00+09:00"));
    assertThat(article.published().getOffset().getId()).isEqualTo("+09:00");
  }

  @Test
  void roundTripsTheFullArticleByteForByte() {
    Article read = JSON.read(FULL);
    assertThat(read).isEqualTo(TestArticles.full());
    assertThat(JSON.write(read)).isEqualTo(FULL);
    assertThat(JSON.writeBytes(read)).isEqualTo(FULL.getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(FULL.getBytes(StandardCharsets.UTF_8))).isEqualTo(read);
    assertThat(JSON.read(new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8)))).isEqualTo(read);
  }

  @Test
  void keepsTheScaleOfQuantities() {
    for (String value : List.of("3E+9", "1.50", "0.001", "-12", "3000000000")) {
      Article article = TestArticles.fullBuilder().claims(List.of(TestArticles.full().claims().get(0).toBuilder()
          .quantities(List.of(new Quantity(new BigDecimal(value), "some", null))).build())).build();
      String json = JSON.write(article);
      assertThat(json).contains("\"value\":" + value + ",");
      assertThat(JSON.read(json)).isEqualTo(article);
    }
  }

  @Test
  void writesUnicodeAsIsAndReadsItBack() {
    Article article = TestArticles.fullBuilder().headline("東京 — “quoted” 😀 café").build();
    String json = JSON.write(article);
    assertThat(json).contains("\"headline\":\"東京 — “quoted” 😀 café\"");
    assertThat(JSON.read(json)).isEqualTo(article);
    assertThat(new String(JSON.writeBytes(article), StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void escapesLoneSurrogatesSoTheyRoundTrip() {
    Article article = TestArticles.fullBuilder().headline("broken \uD83D text").build();
    String json = JSON.write(article);
    assertThat(json).contains("\"headline\":\"broken \\uD83D text\"");
    assertThat(JSON.writeBytes(article)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(json)).isEqualTo(article);
  }

  @Test
  void prettyOutputIsIndentedWithNewlinesAndReadsBack() {
    ArticleJson pretty = ArticleJson.builder().pretty(true).build();
    String json = pretty.write(TestArticles.full());
    assertThat(json).startsWith("{\n  \"url\": \"https://news.example.org/harbour/cranes-idle\",\n  \"outlet\": {\n    \"name\"");
    assertThat(json).doesNotContain("\r").contains("\"quotes\": [],");
    assertThat(pretty.read(json)).isEqualTo(TestArticles.full());
  }

  @Test
  void ignoresUnknownFieldsByDefaultAndRejectsThemWhenStrict() {
    String extra = FULL.replace("\"caption\":", "\"rating\":{\"stars\":[1,2]},\"caption\":");
    assertThat(JSON.read(extra)).isEqualTo(TestArticles.full());
    assertThatThrownBy(() -> ArticleJson.strict().read(extra))
        .isInstanceOf(ArticleJsonException.class)
        .hasMessageStartingWith("$.media[0].rating: unknown field")
        .extracting(e -> ((ArticleJsonException) e).path()).isEqualTo("$.media[0].rating");
    assertThat(ArticleJson.strict().read(FULL)).isEqualTo(TestArticles.full());
  }

  @Test
  void aNullDocumentIsNoArticle() {
    // Fuzz finding: read("null") returned null instead of refusing the document.
    for (ArticleJson json : java.util.List.of(JSON, ArticleJson.strict())) {
      assertThatThrownBy(() -> json.read("null")).isInstanceOf(ArticleJsonException.class).hasMessage("$: is null, not an article object");
      assertThatThrownBy(() -> json.read(" null ".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isInstanceOf(ArticleJsonException.class);
      assertThatThrownBy(() -> json.read(new java.io.ByteArrayInputStream("null".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
          .isInstanceOf(ArticleJsonException.class);
    }
  }

  @Test
  void quotesOddFieldNamesInThePath() {
    assertThatThrownBy(() -> ArticleJson.strict().read("{\"it's\":1,\"provenance\":{\"parser\":\"x\"}}"))
        .hasMessageStartingWith("$['it\\'s']: unknown field");
  }

  /** Each case: what to replace in the full article's JSON, by what, and the path of the error. */
  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // wrong types
      "\"headline\":\"Harbour authority reviews idle-crane claim\"|\"headline\":5|$.headline|wrong type: number for text",
      "\"start\":1,|\"start\":\"1\",|$.quotes[0].start|wrong type: text for a span",
      "\"anonymous\":false|\"anonymous\":\"no\"|$.sources[0].anonymous|wrong type: text for a boolean",
      "\"value\":40|\"value\":\"40\"|$.claims[0].quantities[0].value|wrong type: text for a number",
      "\"tags\":[\"ports\",\"labour\"]|\"tags\":\"ports\"|$.tags|wrong type: text for a list",
      "\"outlet\":{\"name\":\"Example Harbour News\",\"domain\":\"example.org\"}|\"outlet\":[]|$.outlet|wrong type: list for an object",
      "\"published\":\"2024-03-05T09:15:00+09:00\"|\"published\":\"5 March 2024\"|$.published|a date without ISO form",
      "\"published\":\"2024-03-05T09:15:00+09:00\"|\"published\":\"2024-03-05T09:15:00\"|$.published|a date without offset",
      "\"published\":\"2024-03-05T09:15:00+09:00\"|\"published\":1709597700|$.published|a date as a number",
      "\"continuation\":false|\"continuation\":null|$.quotes[0].continuation|null for a boolean",
      // missing required fields
      "\"start\":1,|``|$.quotes[0].start|missing quote start",
      "\"paragraph\":\"p2\",\"start\":68,|\"paragraph\":\"p2\",|$.sources[1].mentions[0].start|missing mention start",
      "\"id\":\"q2\",|``|$.quotes[1].id|missing quote id",
      "\"id\":\"q2\",|\"id\":\" \",|$.quotes[1].id|blank quote id",
      "\"name\":\"Ines Walde\",|``|$.sources[1].name|missing source name",
      "\"parser\":\"test\",|``|$.provenance.parser|missing parser",
      "\"stance\":\"DENIES\",|\"stance\":null,|$.claims[2].stance|null stance",
      "\"tags\":[\"ports\",\"labour\"]|\"tags\":[\"ports\",null]|$.tags[1]|null in a list",
      // dangling references and broken spans
      "\"speaker\":\"walde\"|\"speaker\":\"nobody\"|$.quotes[0].speaker|dangling speaker",
      "\"claimant\":\"union\"|\"claimant\":\"nobody\"|$.claims[2].claimant|dangling claimant",
      "\"quotes\":[\"q2\"]|\"quotes\":[\"q2\",\"q9\"]|$.claims[2].quotes[1]|dangling claim quote",
      "\"respondsTo\":\"c1\"|\"respondsTo\":\"c9\"|$.claims[2].respondsTo|dangling respondsTo",
      "\"affiliation\":\"authority\"|\"affiliation\":\"ministry\"|$.sources[1].affiliation|dangling affiliation",
      "\"paragraph\":\"p3\",\"start\":54|\"paragraph\":\"p7\",\"start\":54|$.quotes[1].paragraph|dangling paragraph",
      "\"start\":54,\"end\":62|\"start\":54,\"end\":99|$.quotes[1].end|span past its paragraph",
      "\"start\":54,\"end\":62|\"start\":53,\"end\":61|$.quotes[1].text|span text differing",
      "\"start\":54,\"end\":62|\"start\":-1,\"end\":62|$.quotes[1].start|negative span start",
      "\"when\":\"2024-03-05\"|\"when\":\"last week\"|$.claims[1].when|bad when",
      "\"language\":\"en\"|\"language\":\"english!\"|$.language|bad language",
      "\"url\":\"https://news.example.org/harbour/cranes-idle\"|\"url\":\"/harbour/cranes-idle\"|$.url|relative url",
      "\"id\":\"p2\"|\"id\":\"p1\"|$.body[1].id|duplicate block id",
      // unknown enum values
      "\"kind\":\"PERSON\"|\"kind\":\"WIZARD\"|$.sources[1].kind|unknown source kind",
      "\"kind\":\"PERSON\"|\"kind\":\"person\"|$.sources[1].kind|enum in lower case",
      "\"kind\":\"PERSON\"|\"kind\":0|$.sources[1].kind|enum as a number",
      "\"mode\":\"MIXED\"|\"mode\":\"QUOTED\"|$.claims[2].mode|unknown claim mode",
      "\"kind\":\"PARTIAL\"|\"kind\":\"INDIRECT\"|$.quotes[1].kind|unknown quote kind",
      // malformed input
      "\"url\":\"https://news.example.org/harbour/cranes-idle\",|\"url\":\"https://a.example\",\"url\":\"https://b.example\",|$|duplicate key",
  })
  void rejectsBadJsonNamingThePath(String target, String replacement, String path, String why) {
    assertThat(FULL).contains(target);
    String bad = FULL.replace(target, replacement);
    assertThatThrownBy(() -> JSON.read(bad))
        .as(why)
        .isInstanceOf(ArticleJsonException.class)
        .satisfies(e -> assertThat(((ArticleJsonException) e).path()).isEqualTo(path))
        .hasMessageStartingWith(path + ": ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(JACKSON_WORDS));
  }

  /** Words of Jackson's messages that mean nothing to a user of the JSON contract. */
  private static final String[] JACKSON_WORDS = {"CoercionConfig", "DeserializationFeature", "EnumFeature", "JsonToken",
      "`java.", "`dev.newsmodel", "Creator", "deserialize", "coerce"};

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"headline\":5,\"provenance\":{\"parser\":\"x\"}}|$.headline: expected a string, got the number 5",
      "{\"headline\":true,\"provenance\":{\"parser\":\"x\"}}|$.headline: expected a string, got true",
      "{\"headline\":{},\"provenance\":{\"parser\":\"x\"}}|$.headline: expected a string, got an object",
      "{\"tags\":\"harbour\",\"provenance\":{\"parser\":\"x\"}}|$.tags: expected an array, got a string",
      "{\"tags\":[1],\"provenance\":{\"parser\":\"x\"}}|$.tags[0]: expected a string, got the number 1",
      "{\"body\":{},\"provenance\":{\"parser\":\"x\"}}|$.body: expected an array, got an object",
      "{\"published\":\"yesterday\",\"provenance\":{\"parser\":\"x\"}}|$.published: expected an ISO-8601 date-time with offset",
      "{\"outlet\":\"Courier\",\"provenance\":{\"parser\":\"x\"}}|$.outlet: expected an object, got a string",
      "{\"body\":[{\"id\":\"p1\",\"kind\":\"POEM\",\"text\":\"x\"}],\"provenance\":{\"parser\":\"x\"}}|$.body[0].kind: expected one of ",
      "[]|$: expected an article object, got an array",
      "42|$: expected an article object, got a number",
      "''|$: the document is empty",
  })
  void messagesNameThePathAndTheExpectedTypeInTheLibrarysWords(String json, String message) {
    assertThatThrownBy(() -> JSON.read(json)).isInstanceOf(ArticleJsonException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(JACKSON_WORDS));
  }

  @Test
  void aFractionIsNoIndex() {
    String bad = FULL.replace("\"start\":54,\"end\":62", "\"start\":54.5,\"end\":62");
    assertThat(bad).isNotEqualTo(FULL);
    assertThatThrownBy(() -> JSON.read(bad)).isInstanceOf(ArticleJsonException.class)
        .hasMessageContaining("expected an integer, got the number 54.5");
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> JSON.write(null)).isInstanceOf(NullPointerException.class).hasMessage("article");
    assertThatThrownBy(() -> JSON.writeBytes(null)).isInstanceOf(NullPointerException.class).hasMessage("article");
    assertThatThrownBy(() -> JSON.read((String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> JSON.read((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> JSON.read((java.io.InputStream) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
  }

  @Test
  void reportsTheModelsProblemWithItsValue() {
    String bad = FULL.replace("\"speaker\":\"walde\"", "\"speaker\":\"nobody\"");
    assertThatThrownBy(() -> JSON.read(bad))
        .hasMessage("$.quotes[0].speaker: no source has this id (value: \"nobody\")")
        .hasCauseInstanceOf(InvalidArticleException.class);
  }

  @Test
  void rejectsTrailingContentAndNonObjects() {
    assertThatThrownBy(() -> JSON.read(FULL + " {}")).isInstanceOf(ArticleJsonException.class)
        .hasMessageStartingWith("$: unexpected content after the article object");
    assertThatThrownBy(() -> JSON.read("[]")).isInstanceOf(ArticleJsonException.class).hasMessageStartingWith("$: ");
    assertThatThrownBy(() -> JSON.read("{\"url\":")).isInstanceOf(ArticleJsonException.class).hasMessageStartingWith("$");
    assertThatThrownBy(() -> JSON.read("")).isInstanceOf(ArticleJsonException.class);
    assertThatThrownBy(() -> JSON.read("{\"provenance\":{\"parser\":\"x\"}} // comment")).isInstanceOf(ArticleJsonException.class);
  }

  @Test
  void ignoresTypeHintsRatherThanInstantiatingThem() {
    String gadget = "{\"@class\":\"java.lang.ProcessBuilder\",\"url\":[\"java.net.URL\",\"http://evil.example\"],"
        + "\"provenance\":{\"parser\":\"x\"}}";
    assertThatThrownBy(() -> JSON.read(gadget)).isInstanceOf(ArticleJsonException.class)
        .satisfies(e -> assertThat(((ArticleJsonException) e).path()).isEqualTo("$.url"));
    String hint = "{\"@class\":\"java.lang.ProcessBuilder\",\"provenance\":{\"parser\":\"x\"}}";
    assertThat(JSON.read(hint).provenance().parser()).isEqualTo("x");
    assertThatThrownBy(() -> ArticleJson.strict().read(hint))
        .satisfies(e -> assertThat(((ArticleJsonException) e).path()).isEqualTo("$['@class']"));
  }

  @Test
  void rejectsDeepNestingEvenInIgnoredFields() {
    String deep = "{\"extra\":" + "[".repeat(40) + "]".repeat(40) + ",\"provenance\":{\"parser\":\"x\"}}";
    assertThatThrownBy(() -> JSON.read(deep)).isInstanceOf(ArticleJsonException.class)
        .hasMessageContaining("input over limit").hasMessageContaining("maxNestingDepth");
    String shallow = "{\"extra\":" + "[".repeat(20) + "]".repeat(20) + ",\"provenance\":{\"parser\":\"x\"}}";
    assertThat(JSON.read(shallow).provenance().parser()).isEqualTo("x");
    ArticleJson tight = ArticleJson.builder().maxNestingDepth(3).build();
    assertThatThrownBy(() -> tight.read(FULL)).hasMessageContaining("nested deeper than the limit of 3");
  }

  @Test
  void rejectsDocumentsOverTheSizeLimitInEveryForm() {
    ArticleJson small = ArticleJson.builder().maxDocumentLength(1000).build();
    byte[] bytes = FULL.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(1000);
    assertThatThrownBy(() -> small.read(FULL)).isInstanceOf(ArticleJsonException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> small.read(bytes)).isInstanceOf(ArticleJsonException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(ArticleJsonException.class).hasMessageContaining("limit");
    // A hostile stream that never ends is cut off at the limit rather than read to exhaustion.
    InputStream endless = new InputStream() {
      private long served;
      private final byte[] head = "{\"headline\":\"".getBytes(StandardCharsets.UTF_8);

      @Override
      public int read() {
        return served < head.length ? head[(int) served++] : (served++ < Long.MAX_VALUE ? 'a' : -1);
      }
    };
    assertThatThrownBy(() -> small.read(endless)).isInstanceOf(ArticleJsonException.class).hasMessageContaining("limit");
  }

  @Test
  void doesNotCloseTheCallersStreamAndReportsIoFailures() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JSON.read(in);
    assertThat(closed[0]).isFalse();
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> JSON.read(broken)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
  }

  @Test
  void rejectsNonPositiveLimits() {
    assertThatThrownBy(() -> ArticleJson.builder().maxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleJson.builder().maxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usesTheContractsDateFormatOnly() {
    Pattern date = Pattern.compile("\"published\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}\"");
    assertThat(date.matcher(FULL).find()).isTrue();
  }
}
