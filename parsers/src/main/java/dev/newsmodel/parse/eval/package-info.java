/**
 * Measures the library on corpora: {@link dev.newsmodel.parse.eval.ExtractionEvaluation} (body
 * extraction against the article-extraction benchmark's ground truth and metric) and {@link
 * dev.newsmodel.parse.eval.FundusEvaluation} (metadata and body against fundus's expected
 * outputs). Results are records with a {@code report()} text; no command-line code here.
 */
@NullMarked
package dev.newsmodel.parse.eval;

import org.jspecify.annotations.NullMarked;
