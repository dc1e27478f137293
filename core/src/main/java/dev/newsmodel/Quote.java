package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A quoted passage of the body. Build one with {@link #builder(String)} (or this constructor);
 * both validate alike. {@link Article#speaker(Quote)} looks up the speaker's {@link Source}.
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

  /**
   * Returns a builder for a quote with the given id; the kind defaults to {@link QuoteKind#DIRECT},
   * the speaker and cue to none, {@code continuation} to {@code false}.
   *
   * @param id the quote's id, unique among the article's quotes
   * @return a new builder
   */
  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  /**
   * Returns a builder holding this quote's values, to make an edited copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().id(id).kind(kind).text(text).speaker(speaker).cue(cue)
        .span(paragraph, start, end).continuation(continuation);
  }

  /**
   * Builds a {@link Quote}; not thread-safe. {@link #build()} runs the record's own checks, so a
   * built quote is valid exactly when the constructor would accept the same values.
   */
  public static final class Builder {
    private @Nullable String id;
    private QuoteKind kind = QuoteKind.DIRECT;
    private @Nullable String text;
    private @Nullable String speaker;
    private @Nullable String cue;
    private @Nullable String paragraph;
    private int start;
    private int end;
    private boolean continuation;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the quote's id
     * @return this builder
     */
    public Builder id(String id) { this.id = id; return this; }

    /**
     * Sets the kind.
     *
     * @param kind direct speech or a partial quote
     * @return this builder
     */
    public Builder kind(QuoteKind kind) { this.kind = kind; return this; }

    /**
     * Sets the quoted words.
     *
     * @param text the words inside the quote marks
     * @return this builder
     */
    public Builder text(String text) { this.text = text; return this; }

    /**
     * Sets the speaker's source id, or clears it.
     *
     * @param speaker the id of the source who said it, or {@code null} for none
     * @return this builder
     */
    public Builder speaker(@Nullable String speaker) { this.speaker = speaker; return this; }

    /**
     * Sets the cue, or clears it.
     *
     * @param cue the reporting verb or phrase, e.g. {@code said}, or {@code null} for none
     * @return this builder
     */
    public Builder cue(@Nullable String cue) { this.cue = cue; return this; }

    /**
     * Sets the block and span of the quoted words.
     *
     * @param paragraph the id of the body block holding the quote
     * @param start the first UTF-16 index of the text in the block's text
     * @param end the UTF-16 index after the text
     * @return this builder
     */
    public Builder span(String paragraph, int start, int end) {
      this.paragraph = paragraph;
      this.start = start;
      this.end = end;
      return this;
    }

    /**
     * Sets whether the quote continues the speech of a previous quote.
     *
     * @param continuation {@code true} for a quoted paragraph standing alone after an attributed one
     * @return this builder
     */
    public Builder continuation(boolean continuation) { this.continuation = continuation; return this; }

    /**
     * Returns the quote.
     *
     * @return the quote, valid by the record's checks
     * @throws InvalidArticleException naming the field ({@code quote.text}, {@code quote.end}, ...)
     *     when a value is missing or invalid, as the constructor does
     */
    public Quote build() {
      return new Quote(Checks.required("quote.id", id), Checks.required("quote.kind", kind),
          Checks.required("quote.text", text), speaker, cue,
          Checks.required("quote.paragraph", paragraph), start, end, continuation);
    }
  }
}
