package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsmodel.parse.NewsModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MainCommandTest {

  @Test
  void noArgumentsParsesTheBundledSampleWithItsAsahiUrl() {
    Run run = Run.of();

    assertThat(run.exitCode()).isZero();
    JsonNode article = run.json();
    // The fixture parser reads h1 and p: the sample's headline and its story paragraphs arrive.
    assertThat(article.get("headline").asString()).isEqualTo("Port city tests hydrogen ferries as fuel costs bite");
    assertThat(article.get("url").asString()).isEqualTo(Main.SAMPLE_URL);
    List<String> texts = new ArrayList<>();
    article.get("body").forEach(b -> texts.add(b.get("text").asString()));
    assertThat(texts).anyMatch(t -> t.startsWith("KOBE, March 5 (Reuters) -"));
  }

  /**
   * The README's main-job command with the parsers on the class path: the sample is a Reuters
   * story on The Asahi Shimbun's English edition. Runs when the Asahi parser is present.
   */
  @Test
  void noArgumentsWithTheRealParsersGivesTheSampleArticle() {
    NewsModel real = NewsModel.create();
    assumeTrue(real.registry().parser("asahi").isPresent(), "the asahi parser is not on the class path yet");
    Run run = Run.with(real, "");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode article = run.json();
    assertThat(article.get("headline").asString()).isEqualTo("Port city tests hydrogen ferries as fuel costs bite");
    assertThat(article.get("syndication").get("agency").asString()).isEqualTo("Reuters");
    assertThat(article.get("published").asString()).isEqualTo("2024-03-05T17:54:00+09:00");
    assertThat(article.get("language").asString()).isEqualTo("en");
    assertThat(article.get("media").get(0).get("credit").asString()).isEqualTo("The Asahi Shimbun");
    List<String> body = StreamSupport.stream(article.get("body").spliterator(), false)
        .map(b -> b.get("text").asString()).toList();
    assertThat(body).hasSize(8);
    assertThat(body.get(0)).startsWith("KOBE, March 5 (Reuters) - A port city");
    // The promo teasers after the story, the share bars and the footer are not the article.
    assertThat(String.join("\n", body)).doesNotContain("paper lanterns", "Share on", "Copyright");
    assertThat(article.get("provenance").get("removed").toString()).contains("Share on");
    // The wire credit is syndication, not a byline.
    assertThat(article.get("bylines")).isEmpty();
    // Attribution is filled: the mayor's quote is his, and claims are found.
    String mayor = null;
    for (JsonNode source : article.get("sources")) {
      if (source.get("name").asString().equals("Kenji Arakawa")) {
        mayor = source.get("id").asString();
      }
    }
    assertThat(mayor).as(article.get("sources").toString()).isNotNull();
    List<String> mayorsQuotes = new ArrayList<>();
    for (JsonNode quote : article.get("quotes")) {
      if (mayor.equals(quote.get("speaker").asString())) {
        mayorsQuotes.add(quote.get("text").asString());
      }
    }
    assertThat(mayorsQuotes).anyMatch(q -> q.startsWith("We cannot keep raising fares"));
    assertThat(article.get("claims")).isNotEmpty();
  }

  @Test
  void parsersListsNameHostsAndDescription() {
    Run run = Run.of("parsers");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList()).containsExactly(
        "NAME     MATCHES          READS",
        "fixture  fixture.example  test pages: h1 and p elements");
  }

  @Test
  void versionComesFromTheBuild() {
    Run run = Run.of("--version");

    assertThat(run.out()).startsWith("newsmodel ").doesNotContain("${").doesNotContain("unknown");
  }

  @Test
  void progressLineShowsDoneRateAndErrors() {
    Progress progress = new Progress(System.err, false, 200);

    assertThat(progress.line(50, 1, 2_000_000_000L))
        .isEqualTo("[#######                       ] 50/200 pages, 25.0 pages/s, 1 error");
    assertThat(new Progress(System.err, false, -1).line(7, 2, 1_000_000_000L))
        .isEqualTo("7 pages, 7.0 pages/s, 2 errors");
  }
}
