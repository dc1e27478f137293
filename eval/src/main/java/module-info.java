/**
 * Measures newsmodel on corpora: body extraction against the article-extraction benchmark,
 * metadata and body against fundus's expected outputs, attribution against PolNeAR-shaped
 * JSONL. Used by the {@code newsmodel eval} command and the corpus gate tests; not meant as a
 * dependency of user code.
 */
module dev.newsmodel.eval {
  requires transitive dev.newsmodel.parsers;

  exports dev.newsmodel.eval.extraction;
  exports dev.newsmodel.eval.attribution;
}
