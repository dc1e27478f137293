package dev.newsmodel.attribution;

/**
 * A span of one paragraph.
 *
 * @param paragraph the paragraph's index in the list given to the {@link Attributor}
 * @param start the first UTF-16 index in that paragraph
 * @param end the UTF-16 index after the span
 */
public record TextSpan(int paragraph, int start, int end) {
  /**
   * Validates: paragraph non-negative, {@code 0 <= start <= end}.
   *
   * @param paragraph the paragraph's index in the list given to the {@link Attributor}
   * @param start the first UTF-16 index in that paragraph
   * @param end the UTF-16 index after the span
   */
  public TextSpan {
    if (paragraph < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + paragraph + ":" + start + ".." + end);
    }
  }
}
