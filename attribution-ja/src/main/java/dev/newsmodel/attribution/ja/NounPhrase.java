package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * A noun phrase naming a possible source: where it stands ({@code span}, {@code text}), the
 * source's {@code name}, {@code kind}, {@code title} and {@code description} read from it, and
 * the entity it refers back to (同氏, 同課) or null. {@code kind} is {@code UNKNOWN} when the
 * phrase names no source.
 */
record NounPhrase(Span span, String text, String name, SourceKind kind, boolean anonymous, @Nullable String title,
    @Nullable String description, @Nullable Entity coreferent) {}
