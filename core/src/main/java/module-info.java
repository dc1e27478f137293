/**
 * The newsmodel article model: immutable, validated records for a news article's document
 * layer (headline, bylines, dates, body, media, syndication) and its attribution layer
 * (sources, quotes, claims), with their JSON codec and the exporter SPI
 * ({@code dev.newsmodel.export.ArticleExporter}: ninjs, JSON-LD).
 */
module dev.newsmodel.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;

  exports dev.newsmodel;
  exports dev.newsmodel.agency;
  exports dev.newsmodel.export;
  exports dev.newsmodel.json;

  // Records are read and written reflectively by Jackson; the mixins and date (de)serializers
  // are instantiated by it.
  opens dev.newsmodel to tools.jackson.databind;
  opens dev.newsmodel.json.internal to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with dev.newsmodel.json.NewsModelModule;

  uses dev.newsmodel.export.ArticleExporter;

  provides dev.newsmodel.export.ArticleExporter with
      dev.newsmodel.export.NinjsExporter,
      dev.newsmodel.export.JsonLdExporter;
}
