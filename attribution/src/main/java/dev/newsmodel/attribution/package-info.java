/**
 * Attribution: who said what in a story. {@link dev.newsmodel.attribution.Attributor} reads an
 * article's body text (never HTML) and fills its sources, quotes and claims.
 */
@NullMarked
package dev.newsmodel.attribution;

import org.jspecify.annotations.NullMarked;
