/**
 * The article's JSON: {@link dev.newsmodel.json.ArticleJson} reads and writes whole articles,
 * {@link dev.newsmodel.json.NewsModelModule} teaches a user's own Jackson 3 mapper the same
 * contract so articles embed in the user's JSON.
 *
 * <h2>The contract</h2>
 * <ul>
 *   <li>Field names are the record component names; fields are written in a fixed order (for
 *       an article: url, outlet, syndication, headline, subheadline, bylines, published,
 *       modified, language, dateline, section, tags, body, media, sources, quotes, claims,
 *       provenance). Equal articles give byte-identical JSON.</li>
 *   <li>Every field is always written: an absent {@code @Nullable} value as an explicit
 *       {@code null}, an empty list as {@code []}. Readers accept a missing nullable field as
 *       {@code null}, a missing list as empty and a missing {@code anonymous} or
 *       {@code continuation} as {@code false}; spans ({@code start}, {@code end}) and the
 *       non-null values of each record are required.</li>
 *   <li>Date-times are ISO-8601 with the page's own offset and always with seconds, e.g.
 *       {@code 2022-12-22T18:40:00+09:00}; a fraction only when it is not zero; UTC as
 *       {@code +00:00}. Reading accepts any ISO-8601 offset date-time ({@code Z}, no seconds)
 *       and keeps its offset.</li>
 *   <li>Enums are written and read by name ({@code PERSON}, {@code DENIES}); numbers are not
 *       accepted for enums by {@code ArticleJson}.</li>
 *   <li>Quantity values are JSON numbers, written as {@link java.math.BigDecimal#toString()}
 *       so that their scale survives a round trip.</li>
 *   <li>The schema of the contract (JSON Schema draft 2020-12) is the class-path resource
 *       {@code dev/newsmodel/json/article.schema.json}.</li>
 * </ul>
 */
@NullMarked
package dev.newsmodel.json;

import org.jspecify.annotations.NullMarked;
