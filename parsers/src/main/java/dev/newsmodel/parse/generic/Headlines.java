package dev.newsmodel.parse.generic;

import dev.newsmodel.parse.html.Texts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cross-checks between a page's title candidates (sharing title, JSON-LD headline, twitter
 * title, {@code <title>}, visible heading) once site names are stripped: a candidate carrying
 * a kicker or section around another candidate gives way to it, a candidate that is the visible
 * heading plus a tail gives way to the heading, and one cut short with an ellipsis gives way to
 * the full text. Stateless.
 */
final class Headlines {
  // Where a title divides into kicker, title proper and suffix: " | ", " - ", " – ", "X: Y".
  private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s+[|\\-–—·•»]\\s+|:\\s+|\\s+::\\s+");
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)$");
  // A part shorter than this share of the whole is a kicker or a section, not the title proper.
  private static final double LEAST_SHARE = 0.4;
  private static final int MOST_TAIL_WORDS = 6;

  private Headlines() {}

  /**
   * Returns another candidate that is a run of whole segments of {@code first}
   * ("Kicker: Title", "Section | Title", "Title | Section"), the rest being a kicker or
   * section; {@code null} when there is none.
   */
  static @Nullable String partOfAnother(String first, List<String> candidates) {
    for (String c : candidates) {
      if (c.length() < first.length() && isTitleSized(c, first) && isWholeSegments(first, c)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Returns the visible heading (or the title proper of a kicker + title heading) when
   * {@code first} is that heading followed by a separator and a tail the site names did not
   * reveal as a site ("Title - Some Daily"); {@code null} otherwise.
   */
  static @Nullable String visibleHead(String first, List<String> h1Titles, List<String> h1s) {
    for (List<String> headings : List.of(h1Titles, h1s)) {
      for (String h : headings) {
        int gap = first.startsWith(h) ? breakLength(first, h.length()) : 0;
        // The tail is a name (a few words), not a second clause of the title.
        if (gap > 0 && first.length() > h.length() + gap && Texts.wordCount(h) >= 2
            && Texts.wordCount(first.substring(h.length() + gap)) <= MOST_TAIL_WORDS) {
          return h;
        }
      }
    }
    return null;
  }

  /**
   * Returns a candidate or visible heading that continues {@code first} when {@code first} ends
   * with an ellipsis (cut short by the site); {@code null} otherwise.
   */
  static @Nullable String fullerThanCut(String first, List<String> candidates, List<String> h1s) {
    Matcher m = ELLIPSIS.matcher(first);
    if (!m.find()) {
      return null;
    }
    String head = first.substring(0, m.start());
    if (head.isEmpty()) {
      return null;
    }
    for (List<String> list : List.of(candidates, h1s)) {
      for (String c : list) {
        // (Not the same cut title with the site's name after it: "Title… - Section / Site".)
        if (c.length() > head.length() && c.startsWith(head) && !ELLIPSIS.matcher(c).find()
            && !isCutAgain(c.substring(head.length()))) {
          return c;
        }
      }
    }
    return null;
  }

  private static boolean isCutAgain(String continuation) {
    String t = continuation.stripLeading();
    return t.startsWith("\u2026") || t.startsWith("...");
  }

  /** The text with typographic single and double quotes as straight ones. */
  static String foldQuotes(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
        default -> c;
      };
      if (folded != c && out == null) {
        out = new StringBuilder(text);
      }
      if (out != null) {
        out.setCharAt(i, folded);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isTitleSized(String part, String whole) {
    return part.length() >= LEAST_SHARE * whole.length() && Texts.wordCount(part) >= 3;
  }

  /** Whether {@code part} occurs in {@code whole} bounded on each side by a break or an end. */
  private static boolean isWholeSegments(String whole, String part) {
    for (int from = whole.indexOf(part); from >= 0; from = whole.indexOf(part, from + 1)) {
      int end = from + part.length();
      boolean startOk = from == 0 || endsWithBreak(whole, from);
      boolean endOk = end == whole.length() || breakLength(whole, end) > 0;
      if (startOk && endOk && (from > 0 || end < whole.length())) {
        return true;
      }
    }
    return false;
  }

  /** The length of the break starting at {@code at}, 0 when none starts there. */
  private static int breakLength(String text, int at) {
    Matcher m = SEGMENT_BREAK.matcher(text).region(at, text.length());
    return m.lookingAt() ? m.end() - at : 0;
  }

  /** Whether a break ends exactly at {@code at}. */
  private static boolean endsWithBreak(String text, int at) {
    Matcher m = SEGMENT_BREAK.matcher(text).region(0, at);
    while (m.find()) {
      if (m.end() == at) {
        return true;
      }
    }
    return false;
  }
}
