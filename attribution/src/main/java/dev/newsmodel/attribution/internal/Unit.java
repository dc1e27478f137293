package dev.newsmodel.attribution.internal;

import java.util.List;

/**
 * A sentence, or several when a quote runs across sentence ends: the unit attribution rules
 * look at.
 *
 * @param paragraph the paragraph index
 * @param start the unit's first index in the paragraph
 * @param end the index after it
 * @param tokens its tokens
 * @param quotes the top-level quotes that start inside it
 */
public record Unit(int paragraph, int start, int end, List<Token> tokens, List<QuoteSpan> quotes) {
  /**
   * Whether every word of the unit lies inside quotes.
   *
   * @return {@code true} when every word is quoted
   */
  public boolean allQuoted() {
    boolean any = false;
    for (Token t : tokens) {
      if (t.isWord()) {
        if (!t.quoted()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
