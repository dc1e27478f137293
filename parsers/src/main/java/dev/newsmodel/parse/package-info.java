/**
 * Pages in, articles out. {@link dev.newsmodel.parse.Page} decodes input; {@link
 * dev.newsmodel.parse.ParserRegistry} picks an {@link dev.newsmodel.parse.ArticleParser} for it.
 */
@NullMarked
package dev.newsmodel.parse;

import org.jspecify.annotations.NullMarked;
