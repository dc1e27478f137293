package dev.newsmodel.examples;

import dev.newsmodel.Article;
import dev.newsmodel.export.JsonLdExport;
import dev.newsmodel.export.Ninjs;

/** Exports an article as IPTC ninjs 3 and as schema.org JSON-LD. */
public final class ExportNinjs {
  private ExportNinjs() {}

  /** Returns the article as indented ninjs JSON. */
  public static String ninjs(Article article) {
    return Ninjs.toJson(article);
  }

  /** Returns the article as indented schema.org NewsArticle JSON-LD. */
  public static String jsonLd(Article article) {
    return JsonLdExport.toJson(article);
  }

  /** Prints the ninjs of a small page. */
  public static void main(String[] args) throws Exception {
    Article article = ParseFromString.parse(
        "<html><body><article><h1>Port reopens</h1><p>The port reopened on Monday after the storm.</p>"
            + "</article></body></html>", "https://news.example.com/port");
    System.out.println(ninjs(article));
  }
}
