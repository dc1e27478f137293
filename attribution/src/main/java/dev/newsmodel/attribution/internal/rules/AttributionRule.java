package dev.newsmodel.attribution.internal.rules;

/**
 * One rule of the English attribution engine: a pattern of sentence that attributes content to
 * a source, such as "X said ...", "..., according to X" or "“...,” said X". {@link EnglishRules}
 * runs the rules in a fixed order over each paragraph's units.
 *
 * <p>A rule is stateless: everything it reads or changes is in the {@link Sentence} it is given
 * (the unit, the attributions found so far, the article's {@link ArticleContext}), so one
 * instance serves every thread.
 */
interface AttributionRule {
  /** What {@link #apply} returns when the rule does not match. */
  int NO_MATCH = -1;

  /**
   * Tries the rule on {@code sentence} at token {@code at} (0 for rules that read the whole
   * unit) and adds what it finds to {@link Sentence#out}.
   *
   * @return the index of the last token the rule attributed (at least {@code at}), which later
   *     cues of the unit treat as taken; {@link #NO_MATCH} when the rule does not match
   */
  int apply(Sentence sentence, int at);
}
