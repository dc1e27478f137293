package dev.newsmodel.testing;

import dev.newsmodel.Article;

/**
 * Entry point of the newsmodel assertions; import statically next to AssertJ's own:
 *
 * <pre>{@code
 * import static dev.newsmodel.testing.NewsModelAssertions.assertThat;
 *
 * assertThat(article)
 *     .hasHeadline("Lindenfeld examines report of failed water mains")
 *     .hasQuoteBy("Petra Honkanen", "We will replace")
 *     .hasClaimBy("Kessler Engineering", Stance.DENIES);
 * }</pre>
 */
public final class NewsModelAssertions {
  private NewsModelAssertions() {}

  /**
   * Returns assertions on the article; a {@code null} article fails every assertion.
   *
   * @param actual the article to check, or {@code null}
   * @return the assertions
   */
  public static ArticleAssert assertThat(Article actual) {
    return new ArticleAssert(actual);
  }
}
