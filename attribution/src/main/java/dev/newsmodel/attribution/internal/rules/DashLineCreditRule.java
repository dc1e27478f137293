package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that is only a dash and a name crediting the paragraph before it, when that one is
 * a quote and nothing else, as fact checks and round-ups print their quotes:
 * "“We rebuilt the pier in a month.”" then "- Ann Roe, harbour master." The speaker is the name
 * (before any comma: what follows describes the speaker); the cue the dash; the content the
 * quote. An attribution the rules already gave that quote (a speaker carried over from earlier
 * paragraphs) is replaced, since the credit line names the speaker outright.
 */
final class DashLineCreditRule implements AttributionRule {
  /** A dash, one to five capitalised words, then a description after a comma or nothing. */
  static final Pattern DASH_LINE = Pattern.compile(
      "^\\s*[-\u2013\u2014\u2015]\\s?([A-Z][\\p{L}.'\u2019\\-]*(?:\\s[A-Z][\\p{L}.'\u2019\\-]*){0,4})"
          + "(?:,[^,]{1,80})?\\.?\\s*$");

  @Override
  public int apply(Sentence sentence, int at) {
    Span quote = sentence.context.quotedParagraph;
    int p = sentence.paragraph;
    if (quote == null || quote.paragraph() != p - 1) {
      return NO_MATCH;
    }
    Matcher m = DASH_LINE.matcher(sentence.text);
    if (!m.find()) {
      return NO_MATCH;
    }
    int dash = Tokens.skipSpace(sentence.text, 0);
    Found credit = new Found(new Span(p, m.start(1), nameEnd(sentence.text, m.start(1), m.end(1))), new Span(p, dash, dash + 1),
        sentence.text.substring(dash, dash + 1), List.of(quote), Stance.ASSERTS, -1, null);
    List<Found> found = sentence.out;
    int given = -1;
    for (int f = found.size() - 1; f >= 0 && given != -2; f--) {
      if (within(found.get(f).content(), quote)) {
        given = given == -1 ? f : -2;
      }
    }
    if (given == -2) {
      return NO_MATCH; // the quote was split among several attributions: leave them
    }
    if (given >= 0) {
      found.set(given, credit);
    } else {
      found.add(credit);
    }
    return at;
  }

  /**
   * The end of the name {@code text[start, end)} without the sentence's closing period; the
   * period of an initial or a short title ("Ann B.", "Roe Jr.") stays.
   */
  static int nameEnd(String text, int start, int end) {
    if (text.charAt(end - 1) != '.') {
      return end;
    }
    int word = end - 1;
    while (word > start && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    return end - 1 - word >= 3 ? end - 1 : end;
  }

  /** Whether every span of {@code content} lies inside {@code quote} (and there is one). */
  private static boolean within(List<Span> content, Span quote) {
    for (Span s : content) {
      if (s.paragraph() != quote.paragraph() || s.start() < quote.start() || s.end() > quote.end()) {
        return false;
      }
    }
    return !content.isEmpty();
  }
}
