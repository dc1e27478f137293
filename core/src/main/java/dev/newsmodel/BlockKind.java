package dev.newsmodel;

/** What a body block is. */
public enum BlockKind {
  /** A paragraph of running text. */
  PARAGRAPH,
  /** A heading inside the body. */
  SUBHEADING,
  /** A block quotation set apart from the running text. */
  BLOCKQUOTE,
  /** One item of a list. */
  LIST_ITEM
}
