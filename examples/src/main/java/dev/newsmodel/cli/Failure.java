package dev.newsmodel.cli;

/**
 * Why one input gave no article: a short type and a sentence. Types are {@code empty},
 * {@code binary}, {@code unreadable} (I/O error or corrupt compression), {@code too-large},
 * {@code not-a-page} (the parser's {@code ParseException}), {@code invalid-article} (the
 * parser built an article the model rejects), {@code no-parser}, {@code corrupt-record}
 * (a WARC record that cannot be read) and {@code internal} (a bug: please report it).
 *
 * @param type the kind of failure, one of the words above
 * @param message what went wrong, for people
 */
public record Failure(String type, String message) {

  /** Thrown while reading an input that cannot become a page. */
  public static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String type;

    /** Creates an exception of the given failure type. */
    public InputException(String type, String message) {
      super(message);
      this.type = type;
    }

    /** Returns the failure this exception stands for. */
    public Failure failure() {
      return new Failure(type, String.valueOf(getMessage()));
    }
  }
}
