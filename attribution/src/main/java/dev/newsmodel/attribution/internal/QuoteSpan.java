package dev.newsmodel.attribution.internal;

/**
 * A top-level quoted passage inside one paragraph.
 *
 * @param paragraph the paragraph index
 * @param start the index of the opening mark
 * @param end the index after the closing mark, or the paragraph's end when the quote runs on
 * @param innerStart the index after the opening mark
 * @param innerEnd the index of the closing mark, or the paragraph's end when it runs on
 * @param runsOn whether no closing mark was found in the paragraph (the quote continues)
 * @param continued whether the quote continues a quote left open in the previous paragraph
 */
public record QuoteSpan(int paragraph, int start, int end, int innerStart, int innerEnd,
    boolean runsOn, boolean continued) {

  /**
   * The index of the quote's first word: {@code innerStart} past white space.
   *
   * @param paragraphText the text of the quote's paragraph
   * @return the index
   */
  public int wordsStart(String paragraphText) {
    int s = innerStart;
    while (s < innerEnd && Words.isSpace(paragraphText.charAt(s))) {
      s++;
    }
    return s;
  }

  /**
   * The index after the quote's last word: {@code innerEnd} back past white space; never below {@link #wordsStart}.
   *
   * @param paragraphText the text of the quote's paragraph
   * @return the index
   */
  public int wordsEnd(String paragraphText) {
    int s = wordsStart(paragraphText);
    int e = innerEnd;
    while (e > s && Words.isSpace(paragraphText.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * Whether {@code index} lies inside the marks (inclusive of the marks).
   *
   * @param index an index into the paragraph
   * @return {@code true} when it lies inside
   */
  public boolean contains(int index) {
    return index >= start && index < end;
  }
}
