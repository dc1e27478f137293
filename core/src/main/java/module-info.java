/**
 * The newsmodel article model: immutable, validated records for a news article's document
 * layer (headline, bylines, dates, body, media, syndication) and its attribution layer
 * (sources, quotes, claims), with their JSON codec.
 */
module dev.newsmodel.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;

  exports dev.newsmodel;
  exports dev.newsmodel.export;

  // Records are read and written reflectively by Jackson.
  opens dev.newsmodel to tools.jackson.databind;
}
