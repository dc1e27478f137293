package dev.newsmodel.cli;

import dev.newsmodel.Article;
import org.jspecify.annotations.Nullable;

/**
 * What one input gave: an article or a failure.
 *
 * @param input the input's name (a path, {@code -}, or a WARC file's path)
 * @param offset the record's byte offset in its WARC file, or {@code -1} for other inputs
 * @param url the WARC record's target URI, or {@code null} for other inputs
 * @param article the article, or {@code null} when the input failed
 * @param failure why the input failed, or {@code null} when it gave an article
 */
record Outcome(String input, long offset, @Nullable String url, @Nullable Article article, @Nullable Failure failure) {

  static Outcome of(String input, Article article) {
    return new Outcome(input, -1, null, article, null);
  }

  static Outcome failed(String input, Failure failure) {
    return new Outcome(input, -1, null, null, failure);
  }

  Outcome at(long offset, @Nullable String url) {
    return new Outcome(input, offset, url, article, failure);
  }

  boolean ok() {
    return article != null;
  }
}
