/**
 * Who said what in an article's text: {@link dev.newsmodel.attribution.Attributor} finds the
 * sources, quotes and claims of an {@link dev.newsmodel.Article} or of bare paragraphs. Depends on
 * {@code dev.newsmodel.core} only: no HTML, no parsers.
 */
module dev.newsmodel.attribution {
  requires transitive dev.newsmodel.core;

  exports dev.newsmodel.attribution;
}
