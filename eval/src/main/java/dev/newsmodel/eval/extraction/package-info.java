/**
 * Measures the library on corpora: {@link dev.newsmodel.eval.extraction.ExtractionEvaluation} (body
 * extraction against the article-extraction benchmark's ground truth and metric) and {@link
 * dev.newsmodel.eval.extraction.FundusEvaluation} (metadata and body against fundus's expected
 * outputs). Results are records with a {@code report()} text; no command-line code here.
 */
@NullMarked
package dev.newsmodel.eval.extraction;

import org.jspecify.annotations.NullMarked;
