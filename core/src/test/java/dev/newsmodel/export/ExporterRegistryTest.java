package dev.newsmodel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExporterRegistryTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** An exporter of this test only, to build registries with. */
  private record Named(String name) implements ArticleExporter {
    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public void write(Article article, Writer out) throws java.io.IOException {
      out.write(String.valueOf(article.headline()) + "\n");
    }
  }

  @Test
  void serviceLoaderFindsTheLibrarysExporters() {
    ExporterRegistry registry = ExporterRegistry.load();

    assertThat(registry.names()).containsExactly("jsonld", "ninjs");
    assertThat(registry.loadProblems()).isEmpty();
    assertThat(registry.exporter("NINJS")).get().isInstanceOf(NinjsExporter.class);
    assertThat(registry.exporter("jsonld")).get().isInstanceOf(JsonLdExporter.class);
    assertThat(registry.exporter("nitf")).isEmpty();
  }

  @Test
  void theLoadedExportersWriteWhatTheirTreesHold() {
    ExporterRegistry registry = ExporterRegistry.load();
    Article article = ExportFixtures.wireStory();

    for (ArticleExporter exporter : registry.exporters()) {
      String document = exporter.writeString(article);
      assertThat(ArticleExporter.isJson(exporter.mediaType())).isTrue();
      assertThat(document).endsWith("}\n");
      JsonNode tree = MAPPER.readTree(document);
      JsonNode expected = exporter instanceof NinjsExporter n ? n.toNode(article)
          : ((JsonLdExporter) exporter).toNode(article);
      assertThat(tree).isEqualTo(expected);
    }
    assertThat(registry.exporter("jsonld").orElseThrow().mediaType()).isEqualTo("application/ld+json");
  }

  @Test
  void aBrokenProviderIsReportedAndTheOthersStillLoad(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(ArticleExporter.class.getName()), "com.example.MissingExporter\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      ExporterRegistry registry = ExporterRegistry.load(loader);

      assertThat(registry.names()).containsExactly("jsonld", "ninjs");
      assertThat(registry.loadProblems()).singleElement().asString().contains("com.example.MissingExporter");
    }
  }

  @Test
  void aRegistryOfGivenExportersRejectsBadAndRepeatedNames() {
    assertThat(ExporterRegistry.of(List.of(new Named("nitf"), new NinjsExporter())).names())
        .containsExactly("ninjs", "nitf");
    assertThatThrownBy(() -> ExporterRegistry.of(List.of(new Named("nitf"), new Named("nitf"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second exporter named 'nitf'");
    assertThatThrownBy(() -> ExporterRegistry.of(List.of(new Named("News ML"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid name 'News ML'");
  }

  @Test
  void jsonMediaTypesAreRecognised() {
    assertThat(ArticleExporter.isJson("application/json")).isTrue();
    assertThat(ArticleExporter.isJson("application/ld+json; charset=utf-8")).isTrue();
    assertThat(ArticleExporter.isJson("application/xml")).isFalse();
    assertThat(ArticleExporter.isJson("text/plain")).isFalse();
  }
}
