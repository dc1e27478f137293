package dev.newsmodel.parse;

import java.util.Objects;

/**
 * Thrown when a page cannot be turned into an article; {@link #reason()} says why, as a value a
 * caller can switch on. A page that is a page but lacks what a parser looks for is not an error:
 * it gives an {@link dev.newsmodel.Article} whose provenance warns about what was missing.
 *
 * <p>Checked on purpose: a crawl always holds some empty, binary, cut or oversized responses, so
 * every caller of {@link NewsModel#parse(Page)} decides what to do with them. Bad arguments
 * (a {@code null}, an unknown parser name, a malformed URL) are programming errors and throw
 * unchecked exceptions instead; the README's "Exceptions" section has the whole policy.
 *
 * <pre>{@code
 * try {
 *   Article article = newsModel.parse(Page.of(bytes, url));
 * } catch (ParseException e) {
 *   switch (e.reason()) {
 *     case EMPTY, BINARY, NOT_A_PAGE -> skip(url);
 *     case UNREADABLE, TOO_LARGE -> refetch(url);
 *     case NO_PARSER, INVALID_ARTICLE, PARSER_FAILED -> report(url, e);   // e.getCause() has the bug
 *   }
 * }
 * }</pre>
 */
public final class ParseException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Why a page gave no article. Each reason has a stable {@link #code()}, the word the
   * {@code newsmodel} command writes as an error's {@code type}.
   */
  public enum Reason {
    /** The input is empty or white space only. */
    EMPTY("empty"),
    /** The bytes are binary data (an image, an archive, NULs and control bytes), not text. */
    BINARY("binary"),
    /** The bytes cannot be read: corrupt or cut compressed data, or an I/O error reading them. */
    UNREADABLE("unreadable"),
    /**
     * The page is over a size limit: {@link Page#MAX_BYTES} bytes (once decompressed) or
     * {@link ParseLimits#maxInputChars()} characters.
     */
    TOO_LARGE("too-large"),
    /**
     * The input is text but not a page any parser can read: HTML without any text or metadata,
     * or a page the chosen parser refuses (its own {@code ParseException}).
     */
    NOT_A_PAGE("not-a-page"),
    /** No registered parser fits the page, and no fallback ({@code generic}, {@code text}) is registered. */
    NO_PARSER("no-parser"),
    /**
     * The parser built an article the model rejects (an {@link dev.newsmodel.InvalidArticleException},
     * attached as the cause): a bug in the parser.
     */
    INVALID_ARTICLE("invalid-article"),
    /**
     * A parser, or attribution, threw something other than {@code ParseException} (attached as
     * the cause): a bug, worth reporting.
     */
    PARSER_FAILED("internal");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /**
     * Returns the reason's stable code: {@code empty}, {@code binary}, {@code unreadable},
     * {@code too-large}, {@code not-a-page}, {@code no-parser}, {@code invalid-article} or
     * {@code internal} (for {@link #PARSER_FAILED}).
     *
     * @return the code, lower case with hyphens
     */
    public String code() {
      return code;
    }
  }

  /** Why the page gave no article. */
  private final Reason reason;

  /**
   * Creates an exception for a page its parser cannot read; the reason is {@link Reason#NOT_A_PAGE}.
   * This is the constructor for parser authors.
   *
   * @param message what is wrong with the input, for people
   * @throws NullPointerException when {@code message} is {@code null}
   */
  public ParseException(String message) {
    this(Reason.NOT_A_PAGE, message);
  }

  /**
   * Creates an exception for a page its parser cannot read, with the cause; the reason is
   * {@link Reason#NOT_A_PAGE}.
   *
   * @param message what is wrong with the input, for people
   * @param cause what made the parser give up
   * @throws NullPointerException when {@code message} or {@code cause} is {@code null}
   */
  public ParseException(String message, Throwable cause) {
    this(Reason.NOT_A_PAGE, message, cause);
  }

  /**
   * Creates an exception with a reason.
   *
   * @param reason why the page gave no article
   * @param message what is wrong with the input, for people
   * @throws NullPointerException when {@code reason} or {@code message} is {@code null}
   */
  public ParseException(Reason reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates an exception with a reason and its cause.
   *
   * @param reason why the page gave no article
   * @param message what is wrong with the input, for people
   * @param cause the exception that made the page fail (a parser's bug, an I/O error)
   * @throws NullPointerException when {@code reason}, {@code message} or {@code cause} is {@code null}
   */
  public ParseException(Reason reason, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns why the page gave no article.
   *
   * @return the reason, never {@code null}
   */
  public Reason reason() {
    return reason;
  }
}
