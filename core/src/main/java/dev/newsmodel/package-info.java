/**
 * The article model. Every type is an immutable record whose constructor validates its
 * arguments; {@link dev.newsmodel.Article} checks every cross reference when it is built.
 * The records with more than four components ({@link dev.newsmodel.Article},
 * {@link dev.newsmodel.Source}, {@link dev.newsmodel.Quote}, {@link dev.newsmodel.Claim}) also
 * have a builder ({@code builder(...)}, {@code toBuilder()} for an edited copy) whose
 * {@code build()} runs the same checks and throws the same {@link
 * dev.newsmodel.InvalidArticleException}.
 *
 * <h2>Absent values: {@code null} or {@code Optional}</h2>
 *
 * <p>One rule for the whole API of newsmodel:
 * <ul>
 *   <li>A value an object <em>carries</em> (a record component, or an accessor of the value a
 *       class was made with, such as {@code Page.url()}) is {@code null} when absent, and
 *       annotated JSpecify {@code @Nullable}. Records mirror the JSON contract, where an absent
 *       value is {@code null}; {@code Optional} is not made to be a field.</li>
 *   <li>A method that <em>looks something up or works something out</em> returns
 *       {@link java.util.Optional}, empty when there is nothing: {@link
 *       dev.newsmodel.Article#source(String)}, {@link dev.newsmodel.Article#speaker(Quote)},
 *       {@link dev.newsmodel.Article#claimant(Claim)}, {@code Page.host()},
 *       {@code ParserRegistry.parser(String)}, {@code ExporterRegistry.exporter(String)},
 *       {@code WireAgencies.find(String)}. The one exception is a conversion from a nullable value
 *       to a nullable value, named {@code ...OrNull} ({@code Texts.cleanOrNull(String)}), made to
 *       fill nullable components.</li>
 *   <li>Collections are never {@code null} and never contain {@code null}; empty means none.</li>
 *   <li>Parameters are non-null unless annotated {@code @Nullable}; every package is
 *       {@code @NullMarked}.</li>
 * </ul>
 */
@NullMarked
package dev.newsmodel;

import org.jspecify.annotations.NullMarked;
