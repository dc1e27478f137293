/**
 * Attribution: who said what in a story. {@link dev.newsmodel.attribution.Attributor} reads an
 * article's body text (never HTML) and fills its sources, quotes and claims.
 *
 * <p>The work is done by an {@link dev.newsmodel.attribution.AttributionEngine} per language,
 * found with {@link java.util.ServiceLoader}: the library's English engine serves {@code en},
 * {@code newsmodel-attribution-ja} adds {@code ja}, and a user's engine may add or replace a
 * language (see {@code docs/attribution-engine.md} of the source repository). {@link
 * dev.newsmodel.attribution.Attribution} and {@link dev.newsmodel.attribution.TextSpan} are the
 * low-level relations an engine finds in bare paragraphs ({@link
 * dev.newsmodel.attribution.Attributor#find(java.util.List, String)}).
 */
@NullMarked
package dev.newsmodel.attribution;

import org.jspecify.annotations.NullMarked;
