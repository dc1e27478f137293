/**
 * The Japanese attribution engine, {@link dev.newsmodel.attribution.ja.JapaneseEngine}. Not
 * exported: it is reached through {@link dev.newsmodel.attribution.Attributor}, which finds it
 * with {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.newsmodel.attribution.ja;

import org.jspecify.annotations.NullMarked;
