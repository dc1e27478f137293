package dev.newsmodel.attribution.internal;

/**
 * Cheap tests that let a caller skip a regex that cannot match. Java's {@code (?i)} without
 * {@code UNICODE_CASE} folds ASCII letters only, and {@code \d} is ASCII only, so a needle
 * missing from {@link #lower(String)} (or a text with no ASCII digit) rules such a regex out.
 */
final class AsciiText {
  private AsciiText() {}

  /** {@code text} with ASCII capitals lowered, the same instance when it has none. */
  static String lower(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) < 'A' || text.charAt(i) > 'Z')) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** Whether {@code text} holds one of {@code needles}. */
  static boolean containsAny(String text, String... needles) {
    for (String needle : needles) {
      if (text.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds an ASCII digit (what {@code \d} matches). */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
