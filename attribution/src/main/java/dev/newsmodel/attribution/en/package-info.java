/**
 * The English attribution engine, {@link dev.newsmodel.attribution.en.EnglishEngine}. Not
 * exported: it is reached through {@link dev.newsmodel.attribution.Attributor}, which finds it
 * with {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.newsmodel.attribution.en;

import org.jspecify.annotations.NullMarked;
