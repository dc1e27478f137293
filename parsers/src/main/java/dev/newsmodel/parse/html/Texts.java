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
    int n = Math.min(text.length(), 20_000);
    ScriptCounts counts = ScriptCounts.of(text, n, false);
    int kana = counts.kana;
    int han = counts.han;
    int hangul = counts.hangul;
    int latin = counts.latin;
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

  /**
   * Tells a text's language from its script alone, where the script decides it: {@code ja}
   * (a tenth of the letters kana), {@code ko} (a third Hangul), {@code zh} (half Han),
   * {@code th} (half Thai). Stricter than {@link #guessLanguage(String)}, since a caller may
   * use it to overrule the language a page declares: it needs at least 50 letters in the
   * first 4,000 characters and never answers for Latin script.
   *
   * @return the language code, or {@code null} when the script does not decide
   */
  public static @Nullable String scriptLanguage(String text) {
    ScriptCounts counts = ScriptCounts.of(text, Math.min(text.length(), 4000), true);
    int letters = counts.letters;
    if (letters < 50) {
      return null;
    }
    if (counts.kana * 10 >= letters) {
      return "ja";
    }
    if (counts.hangul * 3 >= letters) {
      return "ko";
    }
    if (counts.han * 2 >= letters) {
      return "zh";
    }
    if (counts.thai * 2 >= letters) {
      return "th";
    }
    return null;
  }

  // Characters of each script in the first chars of a text, for both language guesses; with
  // lettersOnly, marks and signs (Thai vowel signs, for one) are not counted.
  private static final class ScriptCounts {
    int kana;
    int han;
    int hangul;
    int thai;
    int latin;
    int letters;

    static ScriptCounts of(String text, int limit, boolean lettersOnly) {
      ScriptCounts c = new ScriptCounts();
      for (int i = 0; i < limit; ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp)) {
          c.letters++;
        } else if (lettersOnly) {
          continue;
        }
        switch (Character.UnicodeScript.of(cp)) {
          case HIRAGANA, KATAKANA -> c.kana++;
          case HAN -> c.han++;
          case HANGUL -> c.hangul++;
          case THAI -> c.thai++;
          case LATIN -> c.latin++;
          default -> { }
        }
      }
      return c;
    }
  }

  private static final Pattern ENGLISH_WORDS = Pattern.compile(
      "(?i)\\b(?:the|and|of|to|in|is|was|that|for|on|with|as|by|at|from|has|have|said|it|its|are|were)\\b");
}
