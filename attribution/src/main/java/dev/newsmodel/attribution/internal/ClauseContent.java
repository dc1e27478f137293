package dev.newsmodel.attribution.internal;

/**
 * Where the content of a relation starts as a clause: a that-clause begins with its "that". The
 * rules read the proposition after the complementizer ("said that the pier is unsafe" gives
 * "the pier is unsafe", which is what an article's claim holds); an attribution relation, as
 * annotated corpora mark it, spans the whole complement clause, "that" included.
 */
public final class ClauseContent {
  private ClauseContent() {}

  /**
   * The start of the clause whose proposition starts at {@code start} in {@code text}: the
   * offset of a "that" standing right before it (spaces, and a comma after "that", between:
   * "said that, if it rains, ..."), or {@code start} itself. A "that" at or before
   * {@code notBefore} (the end of a cue before the content) belongs to the cue and stays out.
   *
   * @param text the paragraph
   * @param start where the content starts
   * @param notBefore the first offset the content may take, e.g. the end of its cue
   * @return the start of the clause
   */
  public static int start(String text, int start, int notBefore) {
    int i = start;
    while (i > 0 && Words.isSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && text.charAt(i - 1) == ',') {
      i--;
    }
    if (i == start) {
      return start; // the word before runs on into the content: no "that" of its own
    }
    int from = i - 4;
    if (from < notBefore || from < 0 || !text.regionMatches(true, from, "that", 0, 4)
        || from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
      return start;
    }
    return from;
  }
}
