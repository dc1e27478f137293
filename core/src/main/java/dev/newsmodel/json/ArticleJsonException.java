package dev.newsmodel.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link ArticleJson} when JSON cannot be read as an article: malformed JSON, a
 * value of the wrong type, a missing required field, an unknown enum value, an unknown field
 * in strict mode, input over the size or nesting limit, or a value that breaks the model's
 * invariants (a dangling reference, a span that does not match its paragraph).
 *
 * <p>{@link #path()} names where the problem is as a JSON path from the document root, e.g.
 * {@code $.quotes[2].speaker}; the message starts with that path, then says what is wrong.
 * The cause is Jackson's exception or the model's
 * {@link dev.newsmodel.InvalidArticleException}.
 */
public final class ArticleJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the bad value. */
  private final String path;

  /**
   * Creates an exception.
   *
   * @param path the JSON path of the bad value, {@code $} for the document as a whole
   * @param problem what is wrong
   * @param cause the underlying exception, or {@code null}
   */
  public ArticleJsonException(String path, String problem, @Nullable Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /**
   * Returns the JSON path of the bad value, e.g. {@code $.quotes[2].speaker}; {@code $} for the whole document.
   *
   * @return the JSON path
   */
  public String path() {
    return path;
  }
}
