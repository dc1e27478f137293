package dev.newsmodel.attribution.ja;

import dev.newsmodel.Stance;
import org.jspecify.annotations.Nullable;

/**
 * One attribution: who ({@code who} at {@code source}), by which words ({@code cue}, {@code
 * cueText}), said what ({@code content}) in which {@code sentence}; {@code quote} is the index of
 * its quote in {@link ArticleContext#quotes} or -1.
 */
record Found(@Nullable Entity who, @Nullable Span source, @Nullable Span cue, @Nullable String cueText,
    Span content, Stance stance, int quote, Span sentence) {}
