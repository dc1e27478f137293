package dev.newsmodel;

import dev.newsmodel.internal.Checks;

/**
 * Text of the page that the parser kept out of the article, and why. Nothing is dropped
 * silently: boilerplate, promos, credit lines and sign-offs all end up here.
 *
 * @param reason why it was removed, a short lower-case word or phrase such as {@code promo},
 *     {@code navigation}, {@code share-bar}, {@code advertisement}, {@code related},
 *     {@code caption}, {@code credit-line}, {@code sign-off}
 * @param text the removed text
 */
public record RemovedText(String reason, String text) {
  /**
   * Validates: both values non-blank.
   *
   * @param reason why it was removed, a short lower-case word or phrase such as {@code promo},
   *     {@code navigation}, {@code share-bar}, {@code advertisement}, {@code related},
   *     {@code caption}, {@code credit-line}, {@code sign-off}
   * @param text the removed text
   */
  public RemovedText {
    reason = Checks.nonBlank("removed.reason", reason);
    text = Checks.nonBlank("removed.text", text);
  }
}
