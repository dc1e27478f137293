package dev.newsmodel.attribution.internal;

import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokenises paragraphs and splits them into sentence units. A sentence ends at {@code .},
 * {@code !} or {@code ?} (and any closing marks) followed by a space and a capital, digit or
 * opening mark, except after an abbreviation ({@code Dec.}, {@code U.S.}, {@code Mr.}), an
 * initial, or inside a quote: a quote that spans sentences stays in one unit with its
 * attribution. One linear pass per paragraph.
 */
public final class TextUnits {
  private TextUnits() {}

  // A token is a run of letters and digits, joined by single [-'\u2019.&/] ("U.S", "co-op",
  // "don't"), or any other character that is not a space: the regex
  // [\p{L}\p{N}]+(?:[-'\u2019.&/][\p{L}\p{N}]+)*|[^\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]
  // scanned by hand in tokens().

  private static final Set<String> ABBREVIATIONS = LexiconFile.words("abbreviations.txt");

  /** Words that surely open a sentence after an abbreviation with a period inside ("U.S."). */
  private static final Set<String> CLEAR_OPENERS = LexiconFile.words("clear-sentence-openers.txt");

  /**
   * Returns the tokens of {@code text}; tokens inside one of {@code quotes} are marked.
   *
   * @param text the paragraph's text
   * @param quotes the paragraph's quotes
   * @param from the first index to read
   * @param to the index after the last one to read
   * @return the tokens, in order
   */
  public static List<Token> tokens(String text, List<QuoteSpan> quotes, int from, int to) {
    // By hand rather than by regex: the regex engine cost a tenth of attribution's time here.
    List<Token> out = new ArrayList<>();
    int q = 0;
    int i = from;
    while (i < to) {
      int cp = codePointAt(text, i, to);
      int n = Character.charCount(cp);
      int s = i;
      int e;
      if (isLetterOrNumber(cp)) {
        e = wordEnd(text, i + n, to);
        // [-'’.&/] joins two runs of letters and digits: "U.S", "co-op", "don't"
        while (e < to && "-'\u2019.&/".indexOf(text.charAt(e)) >= 0 && e + 1 < to
            && isLetterOrNumber(codePointAt(text, e + 1, to))) {
          e = wordEnd(text, e + 1, to);
        }
      } else if (isTokenSpace(cp) || i + n > to) {
        i += n;
        continue;
      } else {
        e = i + n;
      }
      while (q < quotes.size() && quotes.get(q).end() <= s) {
        q++;
      }
      boolean quoted = q < quotes.size() && quotes.get(q).contains(s);
      out.add(new Token(e == s + 1 && text.charAt(s) < ONE_CHAR.length ? ONE_CHAR[text.charAt(s)] : text.substring(s, e),
          s, e, quoted));
      i = e;
    }
    return out;
  }

  /** The one-character strings of ASCII: punctuation tokens share them instead of a substring each. */
  private static final String[] ONE_CHAR = new String[128];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf(c);
    }
  }

  /** The code point at {@code i}, a surrogate pair only when it ends by {@code to}. */
  private static int codePointAt(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  /** The end of the run of letters and digits ({@code [\p{L}\p{N}]*}) from {@code i}. */
  private static int wordEnd(String text, int i, int to) {
    while (i < to) {
      int cp = codePointAt(text, i, to);
      if (!isLetterOrNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code [\p{L}\p{N}]}: a letter, or a number of any kind (digits, numerals, fractions). */
  static boolean isLetterOrNumber(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** What separates tokens: {@code [\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]}. */
  private static boolean isTokenSpace(int cp) {
    return cp == ' ' || cp >= '\t' && cp <= '\r' || cp == '\u00a0' || cp >= '\u2000' && cp <= '\u200b'
        || cp == '\u202f' || cp == '\u205f' || cp == '\u3000' || cp == '\ufeff';
  }

  /**
   * Splits one paragraph into units.
   *
   * @param paragraph the paragraph's index
   * @param text the paragraph's text
   * @param quotes the paragraph's quotes
   * @return the units, in order
   */
  public static List<Unit> units(int paragraph, String text, List<QuoteSpan> quotes) {
    List<Token> all = tokens(text, quotes, 0, text.length());
    List<Unit> out = new ArrayList<>();
    int unitStart = 0;
    int nextNewline = text.indexOf('\n');
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      while (nextNewline >= 0 && nextNewline < t.end()) {
        nextNewline = text.indexOf('\n', nextNewline + 1); // one pass over the line breaks
      }
      if (i + 1 < all.size() && nextNewline >= 0 && nextNewline < all.get(i + 1).start()
          && !insideClosedQuote(quotes, t.end())) {
        addUnit(out, paragraph, text, quotes, all, unitStart, i + 1);
        unitStart = i + 1;
        continue; // a line break inside a paragraph always ends a unit
      }
      if (!isTerminal(t)) {
        continue;
      }
      // swallow closing marks and brackets after the terminal
      int j = i + 1;
      while (j < all.size() && isCloser(all.get(j), text) && all.get(j).start() == all.get(j - 1).end()) {
        j++;
      }
      if (j >= all.size()) {
        break;
      }
      Token next = all.get(j);
      if (next.start() == all.get(j - 1).end()) {
        continue; // no space after: "3.5", "U.S.-led"
      }
      if (insideQuote(quotes, all.get(j - 1).end(), next.start())) {
        continue;
      }
      if (!startsSentence(next, text)) {
        continue;
      }
      if (t.is(".") && i > 0 && isAbbreviation(all.get(i - 1), t, next)) {
        continue;
      }
      addUnit(out, paragraph, text, quotes, all, unitStart, j);
      unitStart = j;
      i = j - 1;
    }
    addUnit(out, paragraph, text, quotes, all, unitStart, all.size());
    return out;
  }

  private static void addUnit(List<Unit> out, int paragraph, String text, List<QuoteSpan> quotes,
      List<Token> all, int from, int to) {
    if (from >= to) {
      return;
    }
    List<Token> tokens = List.copyOf(all.subList(from, to));
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    List<QuoteSpan> inside = new ArrayList<>();
    for (QuoteSpan q : quotes) {
      if (q.start() >= start && q.start() < end) {
        inside.add(q);
      }
    }
    out.add(new Unit(paragraph, start, end, tokens, List.copyOf(inside)));
  }

  private static boolean insideClosedQuote(List<QuoteSpan> quotes, int at) {
    for (QuoteSpan q : quotes) {
      if (q.start() < at && at < q.end() - 1 && !q.runsOn()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTerminal(Token t) {
    return t.is(".") || t.is("!") || t.is("?") || t.is("\u2026");
  }

  private static boolean isCloser(Token t, String text) {
    String s = t.text();
    return s.equals("\u201d") || s.equals("\"") || s.equals("\u2019") || s.equals("'")
        || s.equals(")") || s.equals("]") || s.equals("\u00bb") || s.equals("\u300d") || s.equals("\u300f");
  }

  /** Whether the boundary between {@code a} and {@code b} lies inside a closed quote. */
  private static boolean insideQuote(List<QuoteSpan> quotes, int a, int b) {
    for (QuoteSpan q : quotes) {
      if (q.start() < a && b < q.end() && !q.runsOn()) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsSentence(Token next, String text) {
    char c = next.text().charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || QuoteFinder.closerFor(text, next.start()) != 0
        || text.startsWith("''", next.start())
        || c == '(' || c == '\u2014';
  }

  private static boolean isAbbreviation(Token word, Token period, Token next) {
    if (word.end() != period.start() || !word.isWord()) {
      return false;
    }
    String w = word.text();
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      return true; // an initial: "John F. Kennedy"
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (!ABBREVIATIONS.contains(lower)) {
      return false;
    }
    // "in the U.S. The next day" ends a sentence only when a clear sentence opener follows;
    // titles and months never end one.
    if (lower.contains(".")) {
      return !CLEAR_OPENERS.contains(next.text());
    }
    return true;
  }
}
