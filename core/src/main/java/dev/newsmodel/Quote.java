package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A quoted passage of the body.
 *
 * @param id the quote's id, unique among the article's quotes
 * @param kind direct speech or a partial quote
 * @param text the words inside the quote marks
 * @param speaker the id of the source who said it, or {@code null} when the story names none
 *     (a scare quote, a title)
 * @param cue the reporting verb or phrase that attributes it, e.g. {@code said}, or {@code null}
 * @param paragraph the id of the body block holding the quote (its first block when it runs
 *     across several)
 * @param start the first UTF-16 index of {@code text} in the block's text
 * @param end the UTF-16 index after {@code text} in the block (for a quote that runs on, the end of the block)
 * @param continuation whether the quote continues the speech of a previous quote (a quoted
 *     paragraph standing alone after an attributed one)
 */
public record Quote(
    String id,
    QuoteKind kind,
    String text,
    @Nullable String speaker,
    @Nullable String cue,
    String paragraph,
    int start,
    int end,
    boolean continuation) {

  /**
   * Validates: id, text and paragraph non-blank, kind required, span ordered.
   *
   * @param id the quote's id, unique among the article's quotes
   * @param kind direct speech or a partial quote
   * @param text the words inside the quote marks
   * @param speaker the id of the source who said it, or {@code null} when the story names none (a
   *     scare quote, a title)
   * @param cue the reporting verb or phrase that attributes it, e.g. {@code said}, or {@code null}
   * @param paragraph the id of the body block holding the quote (its first block when it runs
   *     across several)
   * @param start the first UTF-16 index of {@code text} in the block's text
   * @param end the UTF-16 index after {@code text} in the block (for a quote that runs on, the end
   *     of the block)
   * @param continuation whether the quote continues the speech of a previous quote (a quoted
   *     paragraph standing alone after an attributed one)
   */
  public Quote {
    id = Checks.nonBlank("quote.id", id);
    kind = Checks.required("quote.kind", kind);
    text = Checks.nonBlank("quote.text", text);
    speaker = Checks.blankToNull(speaker);
    cue = Checks.blankToNull(cue);
    paragraph = Checks.nonBlank("quote.paragraph", paragraph);
    Checks.span("quote", start, end);
  }
}
