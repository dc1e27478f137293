/**
 * The attribution engine behind {@link dev.newsmodel.attribution.Attributor}: text units, quote
 * finding, the cue lexicon, attribution rules, source resolution, quantities and dates. Not
 * exported; its types may change at any time.
 */
@NullMarked
package dev.newsmodel.attribution.internal;

import org.jspecify.annotations.NullMarked;
