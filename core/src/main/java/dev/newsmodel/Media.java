package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An image (or other media item) of the article.
 *
 * @param url the media's absolute URL, or {@code null} when the page gave none (a text scrape)
 * @param caption the caption without its credit, or {@code null}
 * @param credit who the media is credited to, e.g. {@code The Asahi Shimbun} or
 *     {@code REUTERS/Kim Kyung-Hoon}, or {@code null}
 */
public record Media(@Nullable String url, @Nullable String caption, @Nullable String credit) {
  /**
   * Validates: at least one of the three values is present; blank values become {@code null}.
   *
   * @param url the media's absolute URL, or {@code null} when the page gave none (a text scrape)
   * @param caption the caption without its credit, or {@code null}
   * @param credit who the media is credited to, e.g. {@code The Asahi Shimbun} or
   *     {@code REUTERS/Kim Kyung-Hoon}, or {@code null}
   */
  public Media {
    url = Checks.blankToNull(url);
    caption = Checks.blankToNull(caption);
    credit = Checks.blankToNull(credit);
    if (url == null && caption == null && credit == null) {
      throw new InvalidArticleException("media", null, "needs a url, a caption or a credit");
    }
  }
}
