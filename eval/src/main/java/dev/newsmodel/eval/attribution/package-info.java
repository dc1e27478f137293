/**
 * Evaluation of attribution against corpora in the PolNeAR JSONL shape, with the metrics of
 * the project's reference scorer.
 */
@NullMarked
package dev.newsmodel.eval.attribution;

import org.jspecify.annotations.NullMarked;
