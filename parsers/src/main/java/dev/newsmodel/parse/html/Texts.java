package dev.newsmodel.parse.html;

import dev.newsmodel.parse.internal.Nfc;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Text normalisation shared by all parsers: what the model calls text is clean, NFC text. */
public final class Texts {
  private Texts() {}

  /**
   * Returns the text in NFC with invisible and control characters removed and every run of
   * white space (including no-break and ideographic spaces) collapsed to one space, stripped.
   * Returns the empty string for {@code null}.
   *
   * @param text the text, or {@code null}
   * @return the clean text, never {@code null}
   */
  public static String clean(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    // One pass instead of three regex replacements: this runs on every text block of every
    // page. Zero-width characters, soft hyphens and BOMs carry no text and are dropped; C0/C1
    // controls other than tab and newline never belong in output and count as white space.
    // Clean text comes back as is; at the first character to drop or change, the text is
    // cleaned as an array (clean(char[], int)).
    int n = text.length();
    boolean inSpace = false;
    boolean mayCompose = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < '\u007F') {
        // Printable ASCII, most of most pages: neither invisible nor white space.
        inSpace = false;
      } else if (isInvisible(c) || (isSpaceOrControl(c) && (inSpace || c != ' '))) {
        return clean(text.toCharArray(), n);
      } else if (c == ' ') {
        inSpace = true;
      } else {
        inSpace = false;
        mayCompose |= Nfc.mayNotBeNfc(c);
      }
    }
    String result = text.strip();
    if (!mayCompose || Normalizer.isNormalized(result, Normalizer.Form.NFC)) {
      return result;
    }
    return Normalizer.normalize(result, Normalizer.Form.NFC);
  }

  /**
   * Returns {@link #clean(String)} of {@code chars[0, length)}, cleaning in place: the array's
   * content is overwritten. For text gathered in a buffer (a parser's walk over text nodes):
   * no String of the raw text is built, and the pass reads an array instead of a String.
   *
   * @param chars the text, then scratch space
   * @param length how many characters of {@code chars} are the text
   * @return the clean text
   */
  public static String clean(char[] chars, int length) {
    // As clean(String), writing each kept character back at its output position (never after
    // the one being read).
    int out = 0;
    boolean inSpace = false;
    boolean mayCompose = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c > ' ' && c < '\u007F') {
        inSpace = false;
        chars[out++] = c;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (isSpaceOrControl(c)) {
        if (inSpace) {
          continue;
        }
        inSpace = true;
        c = ' ';
      } else {
        inSpace = false;
        mayCompose |= Nfc.mayNotBeNfc(c);
      }
      chars[out++] = c;
    }
    // String.strip()'s white space: Character.isWhitespace (no supplementary character is).
    int from = 0;
    while (from < out && Character.isWhitespace(chars[from])) {
      from++;
    }
    while (out > from && Character.isWhitespace(chars[out - 1])) {
      out--;
    }
    String result = new String(chars, from, out - from);
    if (!mayCompose || Normalizer.isNormalized(result, Normalizer.Form.NFC)) {
      return result;
    }
    return Normalizer.normalize(result, Normalizer.Form.NFC);
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /** White space (ASCII, no-break, the U+2000 spaces, ideographic) and C0/C1 controls. */
  private static boolean isSpaceOrControl(char c) {
    if (c <= ' ') {
      return true; // all of C0 is either white space or a control
    }
    if (c < '\u007F') {
      return false;
    }
    return c <= '\u009F' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
        || c == '\u205F' || c == '\u3000';
  }

  /**
   * Returns {@link #clean(String)} of the text, or {@code null} when that is empty.
   *
   * @param text the text, or {@code null}
   * @return the clean text, or {@code null}
   */
  public static @Nullable String cleanOrNull(@Nullable String text) {
    String out = clean(text);
    return out.isEmpty() ? null : out;
  }

  /**
   * Returns the text as compared when two texts should count as the same words: {@link
   * #clean(String) cleaned}, lower-cased ({@link java.util.Locale#ROOT}), without punctuation
   * ({@code \p{P}}), symbols ({@code \p{S}}) or ASCII white space. "Fire at the port!" and "fire
   * at the port" give the same. Returns the empty string for {@code null}.
   *
   * @param text the text, or {@code null}
   * @return the comparable form, never {@code null}
   */
  public static String comparable(@Nullable String text) {
    String lower = clean(text).toLowerCase(java.util.Locale.ROOT);
    // one pass instead of a regex replace: this runs on headlines and first paragraphs of every page
    StringBuilder out = null;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isPunctuationSymbolOrSpace(cp)) {
        if (out == null) {
          out = new StringBuilder(lower.length());
          out.append(lower, 0, i);
        }
      } else if (out != null) {
        out.append(lower, i, next);
      }
      i = next;
    }
    return out == null ? lower : out.toString();
  }

  // [\p{P}\p{S}\s] as java.util.regex reads it: \s is ASCII white space only
  private static boolean isPunctuationSymbolOrSpace(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || cp >= '\t' && cp <= '\r' || cp > ' ' && !Character.isLetterOrDigit(cp) && cp != 0x7F;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Counts the words of a text: runs of letters or digits, each CJK character counting as one.
   *
   * @param text the text
   * @return the number of words
   */
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

  /**
   * Returns whether the code point is a Han, Hiragana, Katakana or Hangul character.
   *
   * @param codePoint the code point
   * @return {@code true} for a CJK character
   */
  public static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * Guesses the language of a text from its script and, for Latin script, its commonest words:
   * {@code ja} (kana present), {@code zh} (Han without kana), {@code ko} (Hangul), {@code en}
   * (English function words).
   *
   * @param text the text
   * @return the language code; empty when it cannot tell
   */
  public static Optional<String> guessLanguage(String text) {
    return Optional.ofNullable(guess(text));
  }

  private static @Nullable String guess(String text) {
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

  /** How many characters from its start {@link #scriptLanguage(String)} reads of a text. */
  public static final int SCRIPT_SAMPLE = 4000;

  /**
   * Tells a text's language from its script alone, where the script decides it: {@code ja}
   * (a tenth of the letters kana), {@code ko} (a third Hangul), {@code zh} (half Han),
   * {@code th} (half Thai). Stricter than {@link #guessLanguage(String)}, since a caller may
   * use it to overrule the language a page declares: it needs at least 50 letters in the
   * first 4,000 characters and never answers for Latin script.
   *
   * @param text the text
   * @return the language code; empty when the script does not decide
   */
  public static Optional<String> scriptLanguage(String text) {
    return Optional.ofNullable(byScript(text));
  }

  private static @Nullable String byScript(String text) {
    ScriptCounts counts = ScriptCounts.of(text, Math.min(text.length(), SCRIPT_SAMPLE), true);
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
        if (cp < 0x80) {
          // ASCII: letters are Latin, the rest is Common script (no lookup needed).
          if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            c.letters++;
            c.latin++;
          }
          continue;
        }
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
