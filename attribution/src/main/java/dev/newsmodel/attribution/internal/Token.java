package dev.newsmodel.attribution.internal;

/**
 * A word or punctuation mark of a paragraph.
 *
 * @param text the token as written
 * @param start its first UTF-16 index in the paragraph
 * @param end the index after it
 * @param quoted whether it lies inside a top-level quote (marks included)
 * @param lower the token in lower case (computed once: the rules ask for it many times)
 */
public record Token(String text, int start, int end, boolean quoted, String lower) {
  /**
   * A token whose lower-case form is computed from its text.
   *
   * @param text the token's text
   * @param start its index in the paragraph
   * @param end the index after it
   * @param quoted whether it lies inside a top-level quote
   */
  public Token(String text, int start, int end, boolean quoted) {
    this(text, start, end, quoted, text.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the token is a word (starts with a letter or digit).
   *
   * @return {@code true} for a word
   */
  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  /**
   * Whether the token starts with an upper-case letter.
   *
   * @return {@code true} when it is capitalised
   */
  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  /**
   * Whether the token is the given punctuation text.
   *
   * @param punct the punctuation
   * @return {@code true} when the token is it
   */
  public boolean is(String punct) {
    return text.equals(punct);
  }
}
