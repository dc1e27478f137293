/**
 * Pages in, articles out. {@link dev.newsmodel.parse.Page} decodes input; {@link
 * dev.newsmodel.parse.ParserRegistry} picks an {@link dev.newsmodel.parse.ArticleParser} for it.
 *
 * <p>{@link dev.newsmodel.parse.NewsModel} is the front door: it chooses the parser, holds the
 * result to the {@link dev.newsmodel.parse.ParseLimits} and adds attribution (sources, quotes,
 * claims). Input that is not a page at all gives a {@link dev.newsmodel.parse.ParseException};
 * a page missing parts still gives an article, with provenance warnings.
 *
 * <pre>{@code
 * NewsModel newsModel = NewsModel.create();           // every parser and engine on the class path
 * Article article = newsModel.parse(Page.of(bytes, url, headers));
 * }</pre>
 *
 * <p>Parsers are found with {@link java.util.ServiceLoader} through the {@link
 * dev.newsmodel.parse.ArticleParser} interface; how to write one is in {@code
 * docs/outlet-parser.md} of the source repository.
 */
@NullMarked
package dev.newsmodel.parse;

import org.jspecify.annotations.NullMarked;
