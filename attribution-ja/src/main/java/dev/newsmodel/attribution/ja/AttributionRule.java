package dev.newsmodel.attribution.ja;

/**
 * One rule of the Japanese engine: a pattern of sentence that attributes content to a source,
 * such as Xは「…」と述べた, Xによると… or …と発表した. {@link JapaneseRules} runs the rules in a fixed
 * order over each sentence.
 *
 * <p>A rule is stateless: everything it reads or changes is in the {@link Sentence} it is given
 * (the paragraph, the cues taken in it, the call's {@link ArticleContext}), so one instance
 * serves every thread.
 */
interface AttributionRule {
  /** Tries the rule on {@code sentence}, adding what it finds to the sentence's article context. */
  void apply(Sentence sentence);
}
