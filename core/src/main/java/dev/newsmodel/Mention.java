package dev.newsmodel;

import dev.newsmodel.internal.Checks;

/**
 * One place in the body where a source is mentioned.
 *
 * @param paragraph the id of the body block
 * @param start the first UTF-16 index of the mention in the block's text
 * @param end the UTF-16 index after the mention
 * @param text the mention as written; equal to the block's text from {@code start} to {@code end}
 */
public record Mention(String paragraph, int start, int end, String text) {
  /**
   * Validates: ids and text non-blank, {@code 0 <= start <= end}.
   *
   * @param paragraph the id of the body block
   * @param start the first UTF-16 index of the mention in the block's text
   * @param end the UTF-16 index after the mention
   * @param text the mention as written; equal to the block's text from {@code start} to {@code end}
   */
  public Mention {
    paragraph = Checks.nonBlank("mention.paragraph", paragraph);
    Checks.span("mention", start, end);
    text = Checks.nonBlank("mention.text", text);
  }
}
