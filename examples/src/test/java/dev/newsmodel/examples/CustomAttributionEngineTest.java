package dev.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Quote;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import org.junit.jupiter.api.Test;

/**
 * The example engine for Toki Pona, added by hand and found by {@link java.util.ServiceLoader}
 * (this module's test {@code META-INF/services} lists it, as a user's jar would).
 */
class CustomAttributionEngineTest {
  private static final String PAGE = """
      <html lang="tok"><body><article><h1>ilo sin li kama</h1>
      <p>jan Sonja li toki e ni: "ilo sin li pona mute."</p>
      <p>jan Lope Kasi li toki e ni: "mi wile e ilo ni."</p>
      <p>jan Sonja li toki e ni: "o kama lukin."</p></article></body></html>""";

  private static void assertTokiPona(Article article) {
    assertThat(article.language()).isEqualTo("tok");
    assertThat(article.sources()).extracting(s -> s.name()).containsExactly("Sonja", "Lope Kasi");
    assertThat(QuotesAndClaims.quotes(article)).containsExactly(
        "Sonja: \"ilo sin li pona mute.\"", "Lope Kasi: \"mi wile e ilo ni.\"", "Sonja: \"o kama lukin.\"");
    assertThat(article.claims()).hasSize(3);
    assertThat(article.provenance().warnings()).noneMatch(w -> w.contains("No attribution engine"));
    Quote q = article.quotes().get(1);
    assertThat(article.body().stream().filter(b -> b.id().equals(q.paragraph())).findFirst().orElseThrow()
        .text().substring(q.start(), q.end())).isEqualTo(q.text());
  }

  @Test
  void addedByHandItServesItsLanguage() throws Exception {
    assertTokiPona(CustomAttributionEngine.newsModel().parse(Page.of(PAGE, "https://tok.example/news/1")));
  }

  @Test
  void serviceLoaderFindsItAndTheFrontDoorUsesIt() throws Exception {
    assertThat(Attributor.load().engineFor("tok")).get().isInstanceOf(CustomAttributionEngine.class);
    assertTokiPona(NewsModel.create().parse(Page.of(PAGE, "https://tok.example/news/1")));
  }

  @Test
  void withoutItTheLanguageGetsQuotesWithoutSpeakersAndAWarning() throws Exception {
    NewsModel englishOnly = NewsModel.create().withAttribution(Attributor.of(Attributor.load().engineFor("en").stream().toList()));
    Article article = englishOnly.parse(Page.of(PAGE, "https://tok.example/news/1"));
    assertThat(article.sources()).isEmpty();
    assertThat(article.quotes()).hasSize(3).allSatisfy(q -> assertThat(q.speaker()).isNull());
    assertThat(article.provenance().warnings()).anyMatch(w -> w.startsWith("No attribution engine for language 'tok'"));
  }
}
