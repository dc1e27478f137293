/**
 * Exports {@link dev.newsmodel.Article}s to other formats through the {@link
 * dev.newsmodel.export.ArticleExporter} SPI, found by {@link java.util.ServiceLoader} and held
 * by name in an {@link dev.newsmodel.export.ExporterRegistry}. The library ships the news
 * industry's interchange formats: IPTC ninjs 3 ({@link dev.newsmodel.export.NinjsExporter},
 * {@code ninjs}) and schema.org JSON-LD ({@link dev.newsmodel.export.JsonLdExporter},
 * {@code jsonld}). Both are one-way, deterministic mappings to Jackson trees; the README's
 * "Exporters" section has the field-by-field table.
 */
@NullMarked
package dev.newsmodel.export;

import org.jspecify.annotations.NullMarked;
