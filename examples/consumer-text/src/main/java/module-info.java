/**
 * A consumer of newsmodel-attribution alone on the module path: it attributes paragraphs it
 * already has, with no parsers and no jsoup.
 */
module com.example.feedquotes {
  requires transitive dev.newsmodel.attribution;

  exports com.example.feedquotes;
}
