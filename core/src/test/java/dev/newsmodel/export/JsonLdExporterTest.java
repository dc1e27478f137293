package dev.newsmodel.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLdExporterTest {
  private static final JsonLdExporter JSONLD = new JsonLdExporter();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void isJsonWithTheSchemaOrgContextAndNewsArticleType() {
    JsonNode doc = MAPPER.readTree(JSONLD.writeString(ExportFixtures.wireStory()));

    assertThat(doc.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(doc.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(doc.get("@id").asString()).isEqualTo("https://www.asahi.com/ajw/articles/99990001");
    // Every nested object is typed, as JSON-LD consumers (search engines) expect.
    List<String> untyped = new ArrayList<>();
    collectUntyped(doc, "$", untyped);
    assertThat(untyped).isEmpty();
  }

  private static void collectUntyped(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      if (!node.has("@type") && !node.has("@id")) {
        out.add(path);
      }
      node.properties().forEach(e -> collectUntyped(e.getValue(), path + "." + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUntyped(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  @Test
  void mapsDocumentFields() {
    JsonNode doc = JSONLD.toNode(ExportFixtures.wireStory());

    assertThat(doc.get("headline").asString()).isEqualTo("Harbor ferries to switch to hydrogen");
    assertThat(doc.get("datePublished").asString()).isEqualTo("2024-03-05T17:54:00+09:00");
    assertThat(doc.get("dateModified").asString()).isEqualTo("2024-03-05T19:10:00+09:00");
    assertThat(doc.get("dateline").asString()).isEqualTo("OSAKA, March 5 (Reuters) -");
    assertThat(doc.get("publisher").get("name").asString()).isEqualTo("The Asahi Shimbun");
    assertThat(doc.get("articleBody").asString()).startsWith("OSAKA, March 5").endsWith("were late.");
    JsonNode image = doc.get("image").get(0);
    assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
    assertThat(image.get("caption").asString()).isEqualTo("A test ferry at the pier");
    assertThat(image.get("creditText").asString()).isEqualTo("The Asahi Shimbun");
  }

  @Test
  void wireStoryNamesTheAgencyAsSourceAndBasis() {
    JsonNode doc = JSONLD.toNode(ExportFixtures.wireStory());

    assertThat(doc.get("sourceOrganization").get("name").asString()).isEqualTo("Reuters");
    assertThat(doc.get("isBasedOn").get("publisher").get("name").asString()).isEqualTo("Reuters");
    assertThat(doc.get("author").get(0).get("@type").asString()).isEqualTo("Organization");
    JsonNode staff = JSONLD.toNode(ExportFixtures.staffStoryWithoutUrl("Body."));
    assertThat(staff.has("sourceOrganization")).isFalse();
    assertThat(staff.get("author")).extracting(a -> a.get("name").asString()).containsExactly("Taro Yamada", "Hanako Sato");
    assertThat(staff.get("@id").asString()).startsWith("urn:newsmodel:sha256:");
  }

  @Test
  void quotesAreQuotationsAndClaimsAreClaimsWithTheirAuthors() {
    JsonNode parts = JSONLD.toNode(ExportFixtures.wireStory()).get("hasPart");

    assertThat(parts).hasSize(3);
    assertThat(parts.get(0).get("@type").asString()).isEqualTo("Quotation");
    assertThat(parts.get(0).get("creator").get("@type").asString()).isEqualTo("Person");
    assertThat(parts.get(0).get("creator").get("name").asString()).isEqualTo("Ken Arai");
    assertThat(parts.get(0).get("creator").get("jobTitle").asString()).isEqualTo("Mayor");
    assertThat(parts.get(2).get("@type").asString()).isEqualTo("Claim");
    assertThat(parts.get(2).get("text").asString()).isEqualTo("that the engines were late");
    assertThat(parts.get(2).get("author").get("@type").asString()).isEqualTo("Organization");
    assertThat(parts.get(2).get("appearance").get("@id").asString()).isEqualTo("https://www.asahi.com/ajw/articles/99990001");
    assertThat(parts.get(1).get("dateCreated").asString()).isEqualTo("2024-03-05");
  }
}
