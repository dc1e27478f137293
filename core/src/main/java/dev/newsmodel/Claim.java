package dev.newsmodel;

import com.google.common.collect.ImmutableList;
import dev.newsmodel.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something the story attributes to a source: an assertion, a denial, a refusal to comment or
 * a hedged statement.
 *
 * @param id the claim's id, unique among the article's claims
 * @param claimant the id of the source making the claim, or {@code null} when the story names none
 * @param cue the reporting verb or phrase, e.g. {@code said}, {@code denied},
 *     {@code declined to comment}; {@code null} for a continued quote with no cue of its own
 * @param stance what the claimant does with the content
 * @param mode how the story renders it: quoted, reported or both
 * @param text the claim's content as written in the body (for a refusal, the cue's sentence)
 * @param quotes the ids of the quotes that carry the content
 * @param quantities the numbers stated in the content
 * @param when the date the claim was made or refers to, as an ISO-8601 date ({@code 2022-12-22}),
 *     month ({@code 2022-09}) or year ({@code 2022}), or {@code null} when the story does not say
 * @param respondsTo the id of the claim this one answers (a denial of an allegation), or {@code null}
 * @param paragraph the id of the body block holding the content
 * @param start the first UTF-16 index of {@code text} in the block's text
 * @param end the UTF-16 index after {@code text}
 */
public record Claim(
    String id,
    @Nullable String claimant,
    @Nullable String cue,
    Stance stance,
    ClaimMode mode,
    String text,
    List<String> quotes,
    List<Quantity> quantities,
    @Nullable String when,
    @Nullable String respondsTo,
    String paragraph,
    int start,
    int end) {

  /**
   * Validates every component; see the component descriptions.
   *
   * @param id the claim's id, unique among the article's claims
   * @param claimant the id of the source making the claim, or {@code null} when the story names
   *     none
   * @param cue the reporting verb or phrase, e.g. {@code said}, {@code denied},
   *     {@code declined to comment}; {@code null} for a continued quote with no cue of its own
   * @param stance what the claimant does with the content
   * @param mode how the story renders it: quoted, reported or both
   * @param text the claim's content as written in the body (for a refusal, the cue's sentence)
   * @param quotes the ids of the quotes that carry the content
   * @param quantities the numbers stated in the content
   * @param when the date the claim was made or refers to, as an ISO-8601 date ({@code 2022-12-22}),
   *     month ({@code 2022-09}) or year ({@code 2022}), or {@code null} when the story does not say
   * @param respondsTo the id of the claim this one answers (a denial of an allegation), or
   *     {@code null}
   * @param paragraph the id of the body block holding the content
   * @param start the first UTF-16 index of {@code text} in the block's text
   * @param end the UTF-16 index after {@code text}
   */
  public Claim {
    id = Checks.nonBlank("claim.id", id);
    claimant = Checks.blankToNull(claimant);
    cue = Checks.blankToNull(cue);
    stance = Checks.required("claim.stance", stance);
    mode = Checks.required("claim.mode", mode);
    text = Checks.nonBlank("claim.text", text);
    quotes = Checks.strings("claim.quotes", quotes);
    quantities = Checks.list("claim.quantities", quantities);
    when = Checks.blankToNull(when);
    if (when != null && !isIsoDate(when)) {
      throw new InvalidArticleException("claim.when", when, "must be an ISO-8601 date, month or year");
    }
    respondsTo = Checks.blankToNull(respondsTo);
    if (id.equals(respondsTo)) {
      throw new InvalidArticleException("claim.respondsTo", respondsTo, "a claim cannot respond to itself");
    }
    paragraph = Checks.nonBlank("claim.paragraph", paragraph);
    Checks.span("claim", start, end);
  }

  private static boolean isIsoDate(String text) {
    if (isPlainIsoDate(text)) {
      return true;
    }
    try {
      switch (text.length()) {
        case 4 -> Year.parse(text);
        case 7 -> YearMonth.parse(text);
        case 10 -> LocalDate.parse(text);
        default -> {
          return false;
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  // The common case without a DateTimeFormatter (which costs more than building the claim): a
  // year, year-month or date of ASCII digits whose month is 01-12 and whose day is at most 28,
  // which every length-matching parse above accepts. Anything else goes to the parse.
  private static boolean isPlainIsoDate(String text) {
    int n = text.length();
    if (n != 4 && n != 7 && n != 10 || !digits(text, 0, 4)) {
      return false;
    }
    if (n == 4) {
      return true;
    }
    if (text.charAt(4) != '-' || !digits(text, 5, 7)) {
      return false;
    }
    int month = (text.charAt(5) - '0') * 10 + text.charAt(6) - '0';
    if (month < 1 || month > 12) {
      return false;
    }
    if (n == 7) {
      return true;
    }
    if (text.charAt(7) != '-' || !digits(text, 8, 10)) {
      return false;
    }
    int day = (text.charAt(8) - '0') * 10 + text.charAt(9) - '0';
    return day >= 1 && day <= 28;
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a builder for a claim with the given id.
   *
   * @param id the claim id, unique in the article
   * @return a builder with the given id and the defaults
   */
  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  /**
   * Returns a builder holding this claim's values.
   *
   * @return a new builder holding every component of this claim
   */
  public Builder toBuilder() {
    return new Builder().id(id).claimant(claimant).cue(cue).stance(stance).mode(mode).text(text)
        .quotes(quotes).quantities(quantities).when(when).respondsTo(respondsTo)
        .span(paragraph, start, end);
  }

  /** Builds a {@link Claim}; stance defaults to ASSERTS and mode to INDIRECT; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String claimant;
    private @Nullable String cue;
    private Stance stance = Stance.ASSERTS;
    private ClaimMode mode = ClaimMode.INDIRECT;
    private @Nullable String text;
    private final List<String> quotes = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private @Nullable String when;
    private @Nullable String respondsTo;
    private @Nullable String paragraph;
    private int start;
    private int end;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the claim id
     * @return this builder
     */
    public Builder id(String id) { this.id = id; return this; }
    /**
     * Sets the claimant's source id, or clears it.
     *
     * @param claimant the claimant's source id, or {@code null} to clear it
     * @return this builder
     */
    public Builder claimant(@Nullable String claimant) { this.claimant = claimant; return this; }
    /**
     * Sets the cue, or clears it.
     *
     * @param cue the cue, or {@code null} to clear it
     * @return this builder
     */
    public Builder cue(@Nullable String cue) { this.cue = cue; return this; }
    /**
     * Sets the stance.
     *
     * @param stance the stance
     * @return this builder
     */
    public Builder stance(Stance stance) { this.stance = stance; return this; }
    /**
     * Sets the mode.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder mode(ClaimMode mode) { this.mode = mode; return this; }
    /**
     * Sets the content text.
     *
     * @param text the content text
     * @return this builder
     */
    public Builder text(String text) { this.text = text; return this; }
    /**
     * Adds a quote id.
     *
     * @param quoteId the id of a quote that supports the claim
     * @return this builder
     */
    public Builder addQuote(String quoteId) { quotes.add(quoteId); return this; }
    /**
     * Replaces the quote ids.
     *
     * @param quoteIds the new quote ids
     * @return this builder
     */
    public Builder quotes(List<String> quoteIds) { quotes.clear(); quotes.addAll(quoteIds); return this; }
    /**
     * Adds a quantity.
     *
     * @param quantity the quantity to append
     * @return this builder
     */
    public Builder addQuantity(Quantity quantity) { quantities.add(quantity); return this; }
    /**
     * Replaces the quantities.
     *
     * @param values the new quantities
     * @return this builder
     */
    public Builder quantities(List<Quantity> values) { quantities.clear(); quantities.addAll(values); return this; }
    /**
     * Sets the ISO date, month or year, or clears it.
     *
     * @param when the ISO date, month or year, or {@code null} to clear it
     * @return this builder
     */
    public Builder when(@Nullable String when) { this.when = when; return this; }
    /**
     * Sets the id of the claim this one answers, or clears it.
     *
     * @param respondsTo the answered claim's id, or {@code null} to clear it
     * @return this builder
     */
    public Builder respondsTo(@Nullable String respondsTo) { this.respondsTo = respondsTo; return this; }
    /**
     * Sets the block id and span of the content.
     *
     * @param paragraph the id of the paragraph that holds the content
     * @param start the content's first char offset in the paragraph's text
     * @param end the offset just past the content's last char
     * @return this builder
     */
    public Builder span(String paragraph, int start, int end) {
      this.paragraph = paragraph;
      this.start = start;
      this.end = end;
      return this;
    }

    /**
     * Returns the claim; throws {@link InvalidArticleException} when a value is invalid.
     *
     * @return the validated claim
     * @throws InvalidArticleException when a value is invalid
     */
    public Claim build() {
      return new Claim(Checks.required("claim.id", id), claimant, cue, stance, mode,
          Checks.required("claim.text", text), ImmutableList.copyOf(quotes),
          ImmutableList.copyOf(quantities), when, respondsTo,
          Checks.required("claim.paragraph", paragraph), start, end);
    }
  }
}
