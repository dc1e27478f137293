package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  private static JsonLd of(String... blocks) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String b : blocks) {
      html.append("<script type=\"application/ld+json\">").append(b).append("</script>");
    }
    return JsonLd.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
  }

  @Test
  void graphsArraysMainEntitiesAndSeveralBlocksAreFlattenedInOrder() {
    JsonLd ld = of("{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"S\"},{\"@type\":\"Person\",\"name\":\"P\"}]}",
        "[{\"@type\":\"BreadcrumbList\"}]",
        "{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"NewsArticle\",\"headline\":\"H\"}}");

    assertThat(ld.objects()).extracting(o -> JsonLd.types(o).get(0))
        .containsExactly("website", "person", "breadcrumblist", "webpage", "newsarticle");
    assertThat(ld.article().flatMap(a -> JsonLd.text(a, "headline"))).contains("H");
  }

  @Test
  void malformedBlocksAreToleratedOrCounted() {
    JsonLd ld = of("<!-- {\"@type\":\"NewsArticle\",\"headline\":\"A\",} -->", "{{{ not json");

    assertThat(ld.article().flatMap(a -> JsonLd.text(a, "headline"))).contains("A");
    assertThat(ld.unreadableBlocks()).isEqualTo(1);
  }

  @Test
  void textDecodesCharacterReferencesScriptsLeaveIn() {
    JsonLd ld = of("{\"@type\":\"NewsArticle\",\"headline\":\"Kelce&#8217;s &quot;best&quot; work\","
        + "\"author\":[{\"name\":\"M&uuml;ller\"},\"Roe\"]}");

    assertThat(ld.article().flatMap(a -> JsonLd.text(a, "headline"))).contains("Kelce’s \"best\" work");
    assertThat(JsonLd.names(ld.article().orElseThrow(), "author")).containsExactly("Müller", "Roe");
  }
}
