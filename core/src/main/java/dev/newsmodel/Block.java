package dev.newsmodel;

import dev.newsmodel.internal.Checks;

/**
 * One block of the article's body. Spans of mentions, quotes and claims refer to a block by
 * its {@code id} and index its {@code text} in UTF-16 code units.
 *
 * @param id the block's id, unique within the article and stable for the same input
 *     (parsers number them {@code p1}, {@code p2}, ...)
 * @param kind what the block is
 * @param text the block's text: plain text, no markup, never blank
 */
public record Block(String id, BlockKind kind, String text) {
  /**
   * Validates: {@code id} and {@code text} must not be blank, {@code kind} is required.
   *
   * @param id the block's id, unique within the article and stable for the same input (parsers
   *     number them {@code p1}, {@code p2}, ...)
   * @param kind what the block is
   * @param text the block's text: plain text, no markup, never blank
   */
  public Block {
    id = Checks.nonBlank("block.id", id);
    kind = Checks.required("block.kind", kind);
    text = Checks.nonBlank("block.text", text);
  }

  /**
   * Returns a paragraph block.
   *
   * @param id the block id, unique in the article
   * @param text the paragraph's text
   * @return a block of kind {@link BlockKind#PARAGRAPH}
   */
  public static Block paragraph(String id, String text) {
    return new Block(id, BlockKind.PARAGRAPH, text);
  }
}
