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
  /** A token whose lower-case form is computed from its text. */
  public Token(String text, int start, int end, boolean quoted) {
    this(text, start, end, quoted, text.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the token is a word (starts with a letter or digit). */
  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** Whether the token is the given punctuation text. */
  public boolean is(String punct) {
    return text.equals(punct);
  }
}
