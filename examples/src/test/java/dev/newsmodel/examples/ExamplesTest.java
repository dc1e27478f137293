package dev.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsmodel.Article;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.testing.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExamplesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String GAZETTE = """
      <html><body><h1 class="headline">Ferry fares frozen</h1>
      <p class="byline">By Rio Tanaka</p><time datetime="2025-05-02T09:15:00-07:00">May 2</time>
      <div class="story"><p>Ferry fares will not rise this year, the port said.</p>
      <p>Commuters had feared a fourth increase.</p>
      <p class="promo">Sign up for our morning newsletter.</p></div></body></html>""";

  private static boolean hasParser(String name) {
    return NewsModel.create().registry().parser(name).isPresent();
  }

  @Test
  void customOutletParserIsChosenByHostAndReadsItsOutlet() throws Exception {
    NewsModel newsModel = CustomOutletParser.newsModel().withAttribution(false);
    Article article = newsModel.parse(Page.of(GAZETTE, "https://www.harbor-gazette.example/news/7"));

    assertThat(article.provenance().parser()).isEqualTo("harbor-gazette");
    assertThat(article.headline()).isEqualTo("Ferry fares frozen");
    assertThat(article.bylines()).extracting(b -> b.name()).containsExactly("Rio Tanaka");
    assertThat(article.published()).hasToString("2025-05-02T09:15-07:00");
    assertThat(article.body()).extracting(b -> b.text())
        .containsExactly("Ferry fares will not rise this year, the port said.", "Commuters had feared a fourth increase.");
    assertThat(article.provenance().removed()).extracting(r -> r.text()).containsExactly("Sign up for our morning newsletter.");
  }

  @Test
  void customOutletParserWarnsInsteadOfFailingOnAPageWithoutItsParts() throws Exception {
    Article article = new CustomOutletParser().parse(Page.of("<html><body><p>Only text</p></body></html>", null));

    assertThat(article.headline()).isNull();
    assertThat(article.provenance().warnings()).hasSize(2);
  }

  @Test
  void customOutletParserGivesAnArticleForAnyPage() throws Exception {
    NewsModel newsModel = CustomOutletParser.newsModel().withAttribution(false);
    String[] pages = {
        GAZETTE,
        "<html><body><h1 class=\"headline\"> </h1><p class=\"byline\">By </p><p class=\"byline\"></p>"
            + "<time datetime=\"last Tuesday\">then</time><div class=\"story\"><p> </p><p class=\"promo\"> </p>"
            + "<p>One real paragraph.</p></div></body></html>",
        "<html><body><p>A page of another outlet.</p></body></html>",
        "Plain text, first paragraph.\n\nSecond paragraph of a scrape.\n",
    };
    for (String content : pages) {
      for (String url : new String[] {null, "https://www.harbor-gazette.example/news/8"}) {
        Article article = newsModel.parse(Page.of(content, url), "harbor-gazette");

        assertThat(article.provenance().parser()).isEqualTo("harbor-gazette");
        assertThat(article.url()).isEqualTo(url);
      }
    }
    Article text = newsModel.parse(Page.of(pages[3], null), "harbor-gazette");
    assertThat(text.body()).extracting(b -> b.text())
        .containsExactly("Plain text, first paragraph.", "Second paragraph of a scrape.");
  }

  @Test
  void exportNinjsAndJsonLd() {
    JsonNode ninjs = MAPPER.readTree(ExportNinjs.ninjs(SampleArticles.wireStory()));
    JsonNode jsonld = MAPPER.readTree(ExportNinjs.jsonLd(SampleArticles.wireStory()));

    assertThat(ninjs.get("uri").asString()).isEqualTo("https://courier.example/news/2025/lindenfeld-water-mains");
    assertThat(ninjs.get("infoSources").get(0).get("name").asString()).isEqualTo("Northwire");
    assertThat(jsonld.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(jsonld.get("sourceOrganization").get("name").asString()).isEqualTo("Northwire");
  }

  @Test
  void quotesAndClaimsNameTheirSources() {
    Article story = SampleArticles.wireStory();

    assertThat(QuotesAndClaims.quotes(story)).containsExactly(
        "Petra Honkanen: \"We will replace every failed main before the winter\"",
        "Petra Honkanen: \"Nobody will be left without water.\"",
        "Kessler Engineering: \"misleading\"");
    assertThat(QuotesAndClaims.claims(story)).contains(
        "unattributed ASSERTS (report): 37 water mains failed inspection last year",
        "Kessler Engineering DENIES (denied): the report");
  }

  @Test
  void parseFromStringWithTheParsersOnTheClassPath() throws Exception {
    assumeTrue(hasParser("generic"), "the generic parser is not on the class path yet");
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      ParseFromString.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Library opens late on Fridays\n")
        .contains("until 10 p.m. on Fridays");
  }

  @Test
  void pickParserByName() throws Exception {
    assertThat(PickParser.parsers()).allMatch(line -> line.contains(": "));
    assumeTrue(hasParser("text"), "the plain-text parser is not on the class path yet");
    Article article = PickParser.parseWith("text", "First line of a scrape.\nSecond line of a scrape.\n");

    assertThat(article.provenance().parser()).isEqualTo("text");
    assertThat(article.bodyText()).contains("Second line of a scrape.");
  }
}
