package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.parse.outlet.asahi.AsahiParser;
import dev.newsmodel.parse.text.PlainTextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParserRegistryTest {
  private static final ParserRegistry REGISTRY = ParserRegistry.load();

  private static final String AJW_TEXT = String.join("\n", "REUTERS", "May 1, 2024 at 08:00 JST",
      "Dock workers unload crates in Kobe on April 30 (The Asahi Shimbun)",
      "Port operators in western Japan reported record container traffic in April, the ministry said.",
      "Officials credited new shipping routes to Southeast Asia.",
      "A series about the lighthouses of the Japan Sea coast");
  private static final String AJW_HTML = "<html lang=en><head><meta property=og:site_name content='The Asahi Shimbun'>"
      + "<title>Ports busy | The Asahi Shimbun: Breaking News, Japan News and Analysis</title></head><body><div id=MainInner>"
      + "<div class=ArticleTitle><div class=Title><h1>Ports busy</h1></div><p class=EnLastUpdated>May 1, 2024 at 08:00 JST</p></div>"
      + "<div class=ArticleText><p>Port operators reported record traffic.</p><p>Officials were pleased.</p></div></div></body></html>";

  @Test
  void findsTheParsersOnTheClassPathIncludingOneDefinedOnlyInTestCode() {
    assertThat(REGISTRY.names()).contains("asahi", "text", "harbor-gazette");
    assertThat(REGISTRY.names()).isSorted();
    assertThat(REGISTRY.describe()).contains("harbor-gazette\tharborgazette.example\tThe Harbor Gazette (test outlet)");
    assertThat(REGISTRY.describe()).anyMatch(line -> line.startsWith("text\tcontent only\t"));
    assertThat(REGISTRY.loadProblems()).isEmpty();
  }

  @Test
  void selectsByHostIncludingSubdomains() throws Exception {
    Page page = Page.of("<html><body><p>Tide tables</p><p>More</p></body></html>", "https://news.harborgazette.example/tides/1");
    assertThat(REGISTRY.select(page).name()).isEqualTo("harbor-gazette");
    assertThat(NewsModel.create(REGISTRY).parse(page).outlet().name()).isEqualTo("The Harbor Gazette");
    assertThat(REGISTRY.select(Page.of(AJW_HTML, "https://www.asahi.com/ajw/articles/9")).name()).isEqualTo("asahi");
    // A host that merely ends with the same letters is another site.
    assertThat(REGISTRY.select(Page.of(AJW_TEXT, "https://notasahi.com/x")).name()).isEqualTo("asahi");
    assertThat(REGISTRY.select(Page.of("plain words\nno outlet here", "https://notasahi.com/x")).name()).isEqualTo("text");
  }

  @Test
  void selectsByPageSignalsWithoutUrl() throws Exception {
    assertThat(REGISTRY.select(Page.of(AJW_TEXT, null)).name()).isEqualTo("asahi");
    assertThat(REGISTRY.select(Page.of(AJW_HTML, null)).name()).isEqualTo("asahi");
    assertThat(REGISTRY.select(Page.of("<html><head><meta property='og:site_name' content='The Harbor Gazette'></head>"
        + "<body><p>x</p><p>y</p></body></html>", null)).name()).isEqualTo("harbor-gazette");
  }

  @Test
  void fallsBackToGenericForHtmlAndTextForText() throws Exception {
    ArticleParser generic = new NamedParser("generic");
    ParserRegistry registry = ParserRegistry.of(List.of(new PlainTextParser(), new AsahiParser(), generic));
    assertThat(registry.select(Page.of("<html><body><p>a</p><p>b</p></body></html>", null))).isSameAs(generic);
    assertThat(registry.select(Page.of("Some text.\nMore text.", null)).name()).isEqualTo("text");
    ParserRegistry none = ParserRegistry.of(List.of(new AsahiParser()));
    assertThatThrownBy(() -> none.select(Page.of("Some text.", null))).isInstanceOfSatisfying(ParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.NO_PARSER));
    assertThatThrownBy(() -> NewsModel.create(none).parse(Page.of("Some text.", null)))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.NO_PARSER));
  }

  @Test
  void aCallerCanNameTheParser() throws Exception {
    Article article = NewsModel.create(REGISTRY).parse(Page.of(AJW_HTML, "https://www.asahi.com/ajw/articles/9"), "TEXT");
    assertThat(article.provenance().parser()).isEqualTo("text");
    assertThat(REGISTRY.select(Page.of(AJW_TEXT, null), "harbor-gazette").name()).isEqualTo("harbor-gazette");
    assertThat(REGISTRY.select(Page.of(AJW_TEXT, null), null).name()).isEqualTo("asahi");
    assertThatThrownBy(() -> NewsModel.create(REGISTRY).parse(Page.of(AJW_TEXT, null), "nope"))
        .isInstanceOfSatisfying(UnknownParserException.class, e -> {
          assertThat(e.name()).isEqualTo("nope");
          assertThat(e.known()).contains("asahi", "text");
        }).hasMessageContaining("'nope'");
    assertThatThrownBy(() -> REGISTRY.select(Page.of(AJW_TEXT, null), "nope")).isInstanceOf(UnknownParserException.class);
  }

  @Test
  void aFailingParserIsReportedAsParseExceptionAndAFailingScoreAsNoClaim() throws Exception {
    ArticleParser broken = new NamedParser("broken") {
      @Override
      public double contentScore(Page page) {
        throw new IllegalStateException("cannot judge");
      }

      @Override
      public Article parse(Page page) {
        throw new IllegalStateException("bug in parser");
      }
    };
    ParserRegistry registry = ParserRegistry.of(List.of(broken, new PlainTextParser()));
    assertThat(registry.select(Page.of("Some text.", null)).name()).isEqualTo("text");
    assertThatThrownBy(() -> NewsModel.create(registry).parse(Page.of("Some text.", null), "broken"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.PARSER_FAILED))
        .hasMessageContaining("parser 'broken'")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void twoParsersWithOneNameAreRefused() {
    assertThatThrownBy(() -> ParserRegistry.of(List.of(new NamedParser("x"), new NamedParser("x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneRegistryOnManyThreadsGivesTheSameArticles() throws Exception {
    NewsModel documents = NewsModel.create(REGISTRY).withAttribution(false);
    List<Callable<Article>> jobs = List.of(
        () -> documents.parse(Page.of(AJW_TEXT, null)),
        () -> documents.parse(Page.of(AJW_HTML.getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://www.asahi.com/ajw/articles/9", Map.of())),
        () -> documents.parse(Page.of("港の灯台が修復された。\n多くの人が訪れた。".getBytes(java.nio.charset.Charset.forName("EUC-JP")), null)));
    List<Article> expected = new ArrayList<>();
    for (Callable<Article> job : jobs) {
      expected.add(job.call());
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      List<Integer> which = new ArrayList<>();
      for (int round = 0; round < 40; round++) {
        for (int j = 0; j < jobs.size(); j++) {
          futures.add(pool.submit(jobs.get(j)));
          which.add(j);
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(expected.get(which.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get(0).provenance().parser()).isEqualTo("asahi");
    assertThat(expected.get(2).body()).hasSize(2);
  }
}
