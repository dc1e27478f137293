/**
 * For users' tests: AssertJ assertions on articles and ready-made sample articles.
 *
 * <p>{@link dev.newsmodel.testing.NewsModelAssertions#assertThat(dev.newsmodel.Article)} returns
 * an {@link dev.newsmodel.testing.ArticleAssert} (headline, dates, bylines, body, media,
 * sources, quotes, claims, provenance); {@link dev.newsmodel.testing.SampleArticles} gives valid,
 * invented articles and builders (a wire story with attribution, a minimal article, an article
 * of given paragraphs).
 */
@NullMarked
package dev.newsmodel.testing;

import org.jspecify.annotations.NullMarked;
