/**
 * The article model. Every type is an immutable record whose constructor validates its
 * arguments; {@link dev.newsmodel.Article} checks every cross reference when it is built.
 * Absent values are {@code null} only where a component is annotated {@code @Nullable};
 * collections are never {@code null} and never contain {@code null}.
 */
@NullMarked
package dev.newsmodel;

import org.jspecify.annotations.NullMarked;
