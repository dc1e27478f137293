package dev.newsmodel.attribution.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quoted passages in paragraphs. Handles curly, straight, guillemet and CJK
 * marks; an apostrophe inside or after a word ({@code don't}, {@code Japan's},
 * {@code players'}) is never a quote mark; single marks count only as nested quotes or when
 * they open at a word start and close at a word end. A double quote left open at the end of a
 * paragraph runs on, and a paragraph that then opens with a mark continues it.
 * Pages that mix curly and straight double marks (an opening curly mark closed by a straight
 * one, or the reverse) close a quote with either; a mark of the other kind that opens a word
 * nests. An opening curly mark right after a word and before a space or the paragraph's end
 * ("“We will,“ she said") was typed for the closing one and closes.
 */
public final class QuoteFinder {
  private QuoteFinder() {}

  /**
   * Returns the quotes of each paragraph, in order.
   *
   * @param paragraphs the texts, in reading order
   * @return one list of quotes per paragraph
   */
  public static List<List<QuoteSpan>> find(List<String> paragraphs) {
    List<List<QuoteSpan>> out = new ArrayList<>(paragraphs.size());
    boolean openFromPrevious = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      List<QuoteSpan> spans = findIn(p, paragraphs.get(p), openFromPrevious);
      out.add(spans);
      openFromPrevious = !spans.isEmpty() && spans.get(spans.size() - 1).runsOn();
    }
    return out;
  }

  private static List<QuoteSpan> findIn(int p, String text, boolean openFromPrevious) {
    List<QuoteSpan> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' && opensHere(text, i)) {
        // two apostrophes as a double quote: ''like this''
        int closeAt = text.indexOf("''", i + 2);
        if (closeAt > 0 && closeAt + 2 < n && text.charAt(closeAt + 2) == '\'') {
          closeAt++; // "''… 'inner,'''": the single quote inside closes first, the double one last
        }
        boolean continued = openFromPrevious && spans.isEmpty() && firstNonSpace(text) == i;
        if (closeAt < 0) {
          spans.add(new QuoteSpan(p, i, n, i + 2, n, true, continued));
          return spans;
        }
        if (closeAt > i + 2) {
          spans.add(new QuoteSpan(p, i, closeAt + 2, i + 2, closeAt, false, continued));
        }
        i = closeAt + 2;
        continue;
      }
      char close = closerFor(text, i);
      if (close == 0) {
        i++;
        continue;
      }
      int closeAt = findClose(text, i + 1, c, close);
      boolean continued = openFromPrevious && spans.isEmpty() && firstNonSpace(text) == i;
      if (closeAt < 0) {
        if (c == '\'' || c == '\u2018') {
          i++; // an unmatched single mark is an apostrophe
          continue;
        }
        spans.add(new QuoteSpan(p, i, n, i + 1, n, true, continued));
        return spans;
      }
      if (closeAt > i + 1) {
        spans.add(new QuoteSpan(p, i, closeAt + 1, i + 1, closeAt, false, continued));
      }
      i = closeAt + 1;
    }
    return spans;
  }

  private static int firstNonSpace(String text) {
    int i = 0;
    while (i < text.length() && Words.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Returns the closing mark for an opening mark at {@code i}, or 0 when none opens there. */
  static char closerFor(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '\u201c': return '\u201d';
      case '\u201e': return '\u201c';
      case '\u00ab': return '\u00bb';
      case '\u300c': return '\u300d';
      case '\u300e': return '\u300f';
      case '"': return opensHere(text, i) ? '"' : 0;
      case '\u2018':
      case '\'':
        return opensHere(text, i) && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
            ? (c == '\'' ? '\'' : '\u2019') : 0;
      default: return 0;
    }
  }

  /** An opening mark stands at the start, after a space, a bracket, a dash or another mark. */
  private static boolean opensHere(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Words.isSpace(before) || "([{\u2014\u2013-/:\u201c\u2018\"".indexOf(before) >= 0;
  }

  private static int findClose(String text, int from, char open, char close) {
    boolean single = open == '\'' || open == '\u2018';
    int depth = 0;
    int straightDepth = 0; // marks of the other kind opened inside this quote
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (single) {
        if (c == close && closesHere(text, j)) {
          return j;
        }
        continue;
      }
      if (open == '\u201c' && c == '"') {
        // pages that mix marks: “…," he said. A straight mark opening a word nests; one
        // closing a word ends the nested quote, or this one when none is open
        if (opensHere(text, j) && j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))) {
          straightDepth++;
        } else if (closesHere(text, j)) {
          if (straightDepth == 0) {
            return j;
          }
          straightDepth--;
        }
        continue;
      }
      if (open == '\u201c' && c == open && !opensHere(text, j)
          && (j + 1 == text.length() || Words.isSpace(text.charAt(j + 1)))) {
        return j; // “…,“ he said: an opening mark typed for the closing one, after a word and before a space
      }
      if (open == '"' && c == '\u201c') {
        straightDepth++; // a curly quote nested in a straight one
        continue;
      }
      if (open == '"' && c == '\u201d' && closesHere(text, j)) {
        if (straightDepth == 0) {
          return j; // "…” : a straight mark closed by a curly one
        }
        straightDepth--;
        continue;
      }
      if (c == close && (close != '"' || closesHere(text, j) || depth == 0)) {
        if (close == '"' && j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))
            && opensHere(text, j)) {
          continue; // a new opening straight mark, not a close
        }
        return j;
      }
      if (c == open && open != close) {
        depth++; // an unbalanced inner opening mark; keep looking for our close
      }
    }
    return -1;
  }

  /** A closing mark is not followed by a letter or digit (that would be an apostrophe). */
  private static boolean closesHere(String text, int j) {
    if (j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))) {
      return false;
    }
    // "players' union": a mark after a plural s followed by a space and a lower-case word
    return j > 0 && !Words.isSpace(text.charAt(j - 1));
  }
}
