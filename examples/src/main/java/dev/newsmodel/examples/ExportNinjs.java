package dev.newsmodel.examples;

import dev.newsmodel.Article;
import dev.newsmodel.export.ArticleExporter;
import dev.newsmodel.export.ExporterRegistry;
import dev.newsmodel.export.JsonLdExporter;
import dev.newsmodel.export.NinjsExporter;

/**
 * Exports an article as IPTC ninjs 3 and as schema.org JSON-LD: with the exporters directly, or
 * by name through the {@link ExporterRegistry} that finds every {@link ArticleExporter} on the
 * class path.
 */
public final class ExportNinjs {
  private static final NinjsExporter NINJS = new NinjsExporter();        // stateless: share one
  private static final ExporterRegistry EXPORTERS = ExporterRegistry.load(); // ninjs, jsonld, and yours

  private ExportNinjs() {}

  /**
   * Returns the article as indented ninjs JSON.
   *
   * @param article the article
   * @return the ninjs document
   */
  public static String ninjs(Article article) {
    return NINJS.writeString(article);
  }

  /**
   * Returns the article as indented schema.org NewsArticle JSON-LD, the exporter found by name.
   *
   * @param article the article
   * @return the JSON-LD document
   */
  public static String jsonLd(Article article) {
    ArticleExporter exporter = EXPORTERS.exporter(JsonLdExporter.NAME)
        .orElseThrow(() -> new IllegalStateException("no jsonld exporter; found " + EXPORTERS.names()));
    return exporter.writeString(article);
  }

  /**
   * Prints the ninjs of a small page.
   *
   * @param args not used
   * @throws Exception when the page cannot be parsed
   */
  public static void main(String[] args) throws Exception {
    Article article = ParseFromString.parse(
        "<html><body><article><h1>Port reopens</h1><p>The port reopened on Monday after the storm.</p>"
            + "</article></body></html>", "https://news.example.com/port");
    System.out.print(ninjs(article));
  }
}
