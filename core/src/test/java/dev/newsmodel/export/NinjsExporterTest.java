package dev.newsmodel.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class NinjsExporterTest {
  private static final NinjsExporter NINJS = new NinjsExporter();
  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try (InputStream in = NinjsExporterTest.class.getResourceAsStream("/ninjs/ninjs-schema_3.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> errors(JsonNode node) {
    return SCHEMA.validate(node).stream().map(Object::toString).toList();
  }

  @Test
  void wireStoryValidatesAgainstTheNinjs3Schema() {
    ObjectNode ninjs = NINJS.toNode(ExportFixtures.wireStory());

    assertThat(errors(ninjs)).isEmpty();
  }

  @Test
  void staffStoryWithoutUrlValidatesToo() {
    assertThat(errors(NINJS.toNode(ExportFixtures.staffStoryWithoutUrl("One paragraph.")))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatNinjsForbids() {
    ObjectNode ninjs = NINJS.toNode(ExportFixtures.wireStory());
    ninjs.putObject("copyrightHolder").put("name", "an object where ninjs 3 wants a string");
    ninjs.put("keywords", "not a ninjs 3 property");
    ninjs.put("type", "article");

    assertThat(errors(ninjs)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(errors(JsonMapper.builder().build().createObjectNode().put("type", "text"))).isNotEmpty();
  }

  @Test
  void mapsTheDocumentLayer() {
    ObjectNode ninjs = NINJS.toNode(ExportFixtures.wireStory());

    assertThat(ninjs.get("uri").asString()).isEqualTo("https://www.asahi.com/ajw/articles/99990001");
    assertThat(ninjs.get("type").asString()).isEqualTo("text");
    assertThat(ninjs.get("firstCreated").asString()).isEqualTo("2024-03-05T17:54:00+09:00");
    assertThat(ninjs.get("versionCreated").asString()).isEqualTo("2024-03-05T19:10:00+09:00");
    assertThat(ninjs.get("language").asString()).isEqualTo("en");
    assertThat(ninjs.get("headlines").get(0).get("role").asString()).isEqualTo("main");
    assertThat(ninjs.get("headlines").get(1).get("value").asString()).isEqualTo("A test of cleaner fuel");
    assertThat(ninjs.get("descriptions").get(0).get("role").asString()).isEqualTo("creditline");
    assertThat(ninjs.get("descriptions").get(0).get("value").asString()).isEqualTo("REUTERS");
    assertThat(ninjs.get("located").asString()).isEqualTo("OSAKA");
    JsonNode bodies = ninjs.get("bodies");
    assertThat(bodies.get(0).get("contentType").asString()).isEqualTo("text/plain");
    assertThat(bodies.get(0).get("value").asString()).startsWith("OSAKA, March 5").contains("\n\n");
    assertThat(bodies.get(1).get("contentType").asString()).isEqualTo("text/html");
    assertThat(bodies.get(1).get("value").asString())
        .contains("<p>&quot;We cannot wait for oil to fall,&quot; Mayor Ken Arai said.</p>")
        .contains("<h2>Delays &amp; doubts</h2>");
    assertThat(ninjs.get("subjects").toString()).contains("\"Business\"", "\"section\"", "\"Energy\"");
  }

  @Test
  void wireStoryCreditsTheAgency() {
    ObjectNode ninjs = NINJS.toNode(ExportFixtures.wireStory());

    assertThat(ninjs.get("infoSources").get(0).get("name").asString()).isEqualTo("Reuters");
    assertThat(ninjs.get("copyrightHolder").asString()).isEqualTo("Reuters");
    assertThat(NINJS.toNode(ExportFixtures.staffStoryWithoutUrl("x y")).get("copyrightHolder").asString())
        .isEqualTo("The Asahi Shimbun");
    assertThat(NINJS.toNode(ExportFixtures.staffStoryWithoutUrl("x y")).has("infoSources")).isFalse();
  }

  @Test
  void sourcesBecomePeopleOrganisationsAndPlaces() {
    ObjectNode ninjs = NINJS.toNode(ExportFixtures.wireStory());

    assertThat(ninjs.get("people")).extracting(n -> n.get("name").asString()).containsExactly("Ken Arai");
    assertThat(ninjs.get("organisations")).extracting(n -> n.get("name").asString())
        .containsExactly("harbor board", "shipyard", "Japan");
    // The dateline's place, then the government named as a bare place.
    assertThat(ninjs.get("places")).extracting(n -> n.get("name").asString()).containsExactly("OSAKA", "Japan");
    assertThat(ninjs.toString()).doesNotContain("an official");
  }

  @Test
  void mediaBecomePictureAssociationsWithRenditions() {
    JsonNode picture = NINJS.toNode(ExportFixtures.wireStory()).get("associations").get(0);

    assertThat(picture.get("type").asString()).isEqualTo("picture");
    assertThat(picture.get("renditions").get(0).get("href").asString()).isEqualTo("https://www.asahicom.jp/ajw/images/ferry.jpg");
    assertThat(picture.get("renditions").get(0).get("contentType").asString()).isEqualTo("image/jpeg");
    assertThat(picture.get("descriptions").toString()).contains("A test ferry at the pier", "creditline", "The Asahi Shimbun");
  }

  @Test
  void withoutUrlTheUriIsAStableContentHashUrn() {
    String a1 = NINJS.toNode(ExportFixtures.staffStoryWithoutUrl("Same body.")).get("uri").asString();
    String a2 = NINJS.toNode(ExportFixtures.staffStoryWithoutUrl("Same body.")).get("uri").asString();
    String b = NINJS.toNode(ExportFixtures.staffStoryWithoutUrl("Other body.")).get("uri").asString();

    assertThat(a1).matches("urn:newsmodel:sha256:[0-9a-f]{64}").isEqualTo(a2).isNotEqualTo(b);
    assertThat(NINJS.toNode(ExportFixtures.staffStoryWithoutUrl("Same body.")).get("by").asString())
        .isEqualTo("Taro Yamada, Hanako Sato");
  }

  @Test
  void jsonTextIsTheNode() {
    JsonNode parsed = JsonMapper.builder().build().readTree(NINJS.writeString(ExportFixtures.wireStory()));

    assertThat(parsed).isEqualTo(NINJS.toNode(ExportFixtures.wireStory()));
  }
}
