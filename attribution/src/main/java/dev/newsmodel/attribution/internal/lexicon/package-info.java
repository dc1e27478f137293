/**
 * The English engine's lexicons as resource files (cue words with kind and stance, closed word
 * classes, source nouns, titles, countries), read once. Not exported.
 */
@NullMarked
package dev.newsmodel.attribution.internal.lexicon;

import org.jspecify.annotations.NullMarked;
