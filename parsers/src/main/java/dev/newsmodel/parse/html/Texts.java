package dev.newsmodel.parse.html;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Text normalisation shared by all parsers: what the model calls text is clean, NFC text. */
public final class Texts {
  // Zero-width characters, soft hyphens and BOMs carry no text; C0/C1 controls other than
  // tab and newline never belong in output.
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private Texts() {}

  /**
   * Returns the text in NFC with invisible and control characters removed and every run of
   * white space (including no-break and ideographic spaces) collapsed to one space, stripped.
   * Returns the empty string for {@code null}.
   */
  public static String clean(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String out = INVISIBLE.matcher(text).replaceAll("");
    out = CONTROL.matcher(out).replaceAll(" ");
    out = SPACES.matcher(out).replaceAll(" ").strip();
    return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** Returns {@link #clean(String)} of the text, or {@code null} when that is empty. */
  public static @Nullable String cleanOrNull(@Nullable String text) {
    String out = clean(text);
    return out.isEmpty() ? null : out;
  }

  /** Counts the words of a text: runs of letters or digits, each CJK character counting as one. */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        count++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          count++;
          inWord = true;
        }
      } else {
        inWord = false;
      }
    }
    return count;
  }

  /** Returns whether the code point is a Han, Hiragana, Katakana or Hangul character. */
  public static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * Guesses the language of a text from its script and, for Latin script, its commonest words:
   * {@code ja} (kana present), {@code zh} (Han without kana), {@code ko} (Hangul), {@code en}
   * (English function words); {@code null} when it cannot tell.
   */
  public static @Nullable String guessLanguage(String text) {
    int kana = 0;
    int han = 0;
    int hangul = 0;
    int latin = 0;
    int n = Math.min(text.length(), 20_000);
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      switch (script) {
        case HIRAGANA, KATAKANA -> kana++;
        case HAN -> han++;
        case HANGUL -> hangul++;
        case LATIN -> latin++;
        default -> { }
      }
    }
    int cjk = kana + han + hangul;
    if (cjk > latin / 4 && cjk > 0) {
      if (kana * 20 >= cjk) {
        return "ja";
      }
      return hangul > han ? "ko" : "zh";
    }
    if (latin == 0) {
      return null;
    }
    java.util.regex.Matcher words = ENGLISH_WORDS.matcher(text.length() > n ? text.substring(0, n) : text);
    int english = 0;
    while (words.find()) {
      english++;
    }
    // Function words are about a fifth of English running text; a tenth of the words is plenty.
    return english * 5 * 10 >= latin ? "en" : null;
  }

  private static final Pattern ENGLISH_WORDS = Pattern.compile(
      "(?i)\\b(?:the|and|of|to|in|is|was|that|for|on|with|as|by|at|from|has|have|said|it|its|are|were)\\b");
}
