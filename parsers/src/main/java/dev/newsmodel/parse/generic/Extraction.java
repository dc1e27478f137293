package dev.newsmodel.parse.generic;

import dev.newsmodel.BlockKind;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BodyExtractor} found in a page: the article's body as blocks, the text it left
 * out with the reason, and the media inside the body.
 *
 * @param blocks the body's blocks in reading order; empty when no body was found
 * @param removed the page text kept out of the body, in page order, with a reason each
 * @param media images of the body with their captions and credits, in page order; empty when none
 */
public record Extraction(List<TextBlock> blocks, List<RemovedText> removed, List<Media> media) {

  /**
   * Copies the lists; none may hold {@code null}.
   *
   * @param blocks the body's blocks in reading order; empty when no body was found
   * @param removed the page text kept out of the body, in page order, with a reason each
   * @param media images of the body with their captions and credits, in page order; empty when none
   */
  public Extraction {
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    media = List.copyOf(media);
  }

  /**
   * One block of body text.
   *
   * @param kind what the block is (paragraph, subheading, block quote, list item)
   * @param text the block's clean text, never blank
   */
  public record TextBlock(BlockKind kind, String text) {
    /**
     * Validates that the text is not blank.
     *
     * @param kind what the block is (paragraph, subheading, block quote, list item)
     * @param text the block's clean text, never blank
     */
    public TextBlock {
      Objects.requireNonNull(kind, "kind");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a text block needs text");
      }
    }
  }

  /**
   * Returns the body text: the blocks' texts joined by blank lines; empty when there is none.
   *
   * @return the body text, never {@code null}
   */
  public String text() {
    return text(Integer.MAX_VALUE);
  }

  /**
   * Returns the start of the body text: {@link #text()} up to the end of the first block that
   * takes it past {@code length} characters, or the whole text when it is no longer; for a
   * reader of the first characters only, without joining a long article's every block.
   *
   * @param length the number of characters wanted
   * @return a prefix of the body text longer than {@code length}, or the whole text
   */
  String text(int length) {
    StringBuilder out = new StringBuilder();
    for (TextBlock block : blocks) {
      if (out.length() > length) {
        break;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block.text());
    }
    return out.toString();
  }
}
