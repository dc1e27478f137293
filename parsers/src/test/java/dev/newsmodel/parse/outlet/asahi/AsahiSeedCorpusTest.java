package dev.newsmodel.parse.outlet.asahi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParserRegistry;
import dev.newsmodel.corpus.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed page from ../shared, given without a URL, against its hand-made expectations. */
class AsahiSeedCorpusTest {
  private static final String SEED = "seed/000_2fe7fdc2a0da1f43";

  @Test
  void seedIsReadAsAnAsahiTextScrapeWithEverythingTheAnnotationAsksFor() throws Exception {
    Path text = SharedCorpus.require(SEED + ".txt");
    JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(SharedCorpus.require(SEED + ".expected.json")));
    Page page = Page.of(Files.readAllBytes(text), null);
    ParserRegistry registry = ParserRegistry.load();

    assertThat(page.isHtml()).isFalse();
    assertThat(registry.select(page).name()).isEqualTo("asahi");
    Article article = registry.select(page).parse(page);

    assertThat(article.outlet()).isEqualTo(AsahiParser.OUTLET_EN);
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.syndication()).isNotNull();
    assertThat(article.syndication().agency()).isEqualTo("Reuters");
    assertThat(article.syndication().creditLine()).isEqualTo("REUTERS");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2022-12-22T18:40:00+09:00"));
    assertThat(article.published().getOffset().getId()).isEqualTo("+09:00");

    JsonNode media = expected.get("media").get(0);
    assertThat(article.media()).containsExactly(
        new Media(null, media.get("caption").asString(), media.get("credit").asString()));
    assertThat(article.media().get(0).credit()).isEqualTo("The Asahi Shimbun");

    JsonNode body = expected.get("body");
    List<Block> blocks = article.body();
    assertThat(blocks).hasSize(body.get("paragraphCount").asInt());
    assertThat(blocks).extracting(Block::id).containsExactly(
        "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12");
    assertThat(blocks.get(0).text()).startsWith(body.get("firstParagraphStartsWith").asString());
    assertThat(blocks.get(blocks.size() - 1).text()).endsWith(body.get("lastParagraphEndsWith").asString());
    String bodyText = article.bodyText().toLowerCase();
    for (JsonNode banned : body.get("mustNotContain")) {
      assertThat(bodyText).doesNotContain(banned.asString().toLowerCase());
    }

    List<String> promos = new ArrayList<>();
    expected.get("boilerplateRemoved").forEach(n -> promos.add(n.asString()));
    assertThat(article.provenance().removed())
        .filteredOn(r -> r.reason().equals("promo"))
        .extracting(RemovedText::text)
        .containsExactlyElementsOf(promos);
    for (String promo : promos) {
      assertThat(article.bodyText()).doesNotContain(promo);
    }

    assertThat(article.headline()).isNull();
    assertThat(expected.get("headline").isNull()).isTrue();
    assertThat(article.provenance().warnings()).anyMatch(w -> w.toLowerCase().contains("no headline"));
    assertThat(article.provenance().parser()).isEqualTo("asahi");
  }
}
