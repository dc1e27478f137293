/**
 * Exports {@link dev.newsmodel.Article}s to the news industry's interchange formats: IPTC
 * ninjs 3 ({@link dev.newsmodel.export.Ninjs}) and schema.org JSON-LD
 * ({@link dev.newsmodel.export.JsonLdExport}). Both are one-way, deterministic mappings to
 * Jackson trees; the README's "Exporters" section has the field-by-field table.
 */
@NullMarked
package dev.newsmodel.export;

import org.jspecify.annotations.NullMarked;
