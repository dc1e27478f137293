package dev.newsmodel.parse.internal;

/** Which text is NFC already, told without the JDK's normaliser (used by the text cleaning passes). */
public final class Nfc {
  private Nfc() {}

  /**
   * Whether a character may make text other than NFC: false for characters that are their own
   * NFC form and never combine with a neighbour (no combining mark, no conjoining jamo, no
   * singleton decomposition), which text made only of them is NFC as it stands. Below U+0300
   * nothing composes; the ranges above it are the common ones of news text (typographic
   * punctuation, Vietnamese's precomposed Latin, kana, CJK ideographs, Hangul syllables,
   * full-width forms), so that {@link java.text.Normalizer#isNormalized} runs only on text that holds
   * something else. {@code TextsNfcRangesTest} checks every character of the ranges.
   *
   * @param c a character
   * @return {@code false} when text made only of such characters is NFC as it stands
   */
  public static boolean mayNotBeNfc(char c) {
    if (c < '\u0300') {
      return false;
    }
    if (c < '\u3000') {
      return !((c >= '\u2010' && c <= '\u205E') || (c >= '\u1E00' && c <= '\u1EFF'));
    }
    if (c <= '\u30FF') {
      // The ideographic tone marks (U+302A-302F) and the combining kana sound marks (U+3099,
      // U+309A) combine; the rest of CJK punctuation and kana does not.
      return (c >= '\u302A' && c <= '\u302F') || c == '\u3099' || c == '\u309A';
    }
    return !((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uFF01' && c <= '\uFFEF'));
  }

}
