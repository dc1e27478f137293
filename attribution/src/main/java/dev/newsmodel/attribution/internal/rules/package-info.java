/**
 * The English engine's attribution rules, one class each behind {@link
 * dev.newsmodel.attribution.internal.rules.AttributionRule}, run in the order {@link
 * dev.newsmodel.attribution.internal.rules.EnglishRules} documents. Not exported.
 */
@NullMarked
package dev.newsmodel.attribution.internal.rules;

import org.jspecify.annotations.NullMarked;
