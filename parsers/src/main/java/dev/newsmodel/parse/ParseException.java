package dev.newsmodel.parse;

/**
 * Thrown when the input is not a page at all (empty, binary, unreadable) or cannot be read.
 * A page that is a page but lacks what a parser looks for is not an error: it gives an
 * {@link dev.newsmodel.Article} whose provenance warns about what was missing.
 */
public final class ParseException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message saying what is wrong with the input.
   *
   * @param message what is wrong with the input
   */
  public ParseException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what is wrong with the input
   * @param cause the exception that caused it
   */
  public ParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
