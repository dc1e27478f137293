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

  /** Validates every component; see the component descriptions. */
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

  /** Returns a builder for a claim with the given id. */
  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  /** Returns a builder holding this claim's values. */
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

    /** Sets the id. */
    public Builder id(String id) { this.id = id; return this; }
    /** Sets the claimant's source id, or clears it. */
    public Builder claimant(@Nullable String claimant) { this.claimant = claimant; return this; }
    /** Sets the cue, or clears it. */
    public Builder cue(@Nullable String cue) { this.cue = cue; return this; }
    /** Sets the stance. */
    public Builder stance(Stance stance) { this.stance = stance; return this; }
    /** Sets the mode. */
    public Builder mode(ClaimMode mode) { this.mode = mode; return this; }
    /** Sets the content text. */
    public Builder text(String text) { this.text = text; return this; }
    /** Adds a quote id. */
    public Builder addQuote(String quoteId) { quotes.add(quoteId); return this; }
    /** Replaces the quote ids. */
    public Builder quotes(List<String> quoteIds) { quotes.clear(); quotes.addAll(quoteIds); return this; }
    /** Adds a quantity. */
    public Builder addQuantity(Quantity quantity) { quantities.add(quantity); return this; }
    /** Replaces the quantities. */
    public Builder quantities(List<Quantity> values) { quantities.clear(); quantities.addAll(values); return this; }
    /** Sets the ISO date, month or year, or clears it. */
    public Builder when(@Nullable String when) { this.when = when; return this; }
    /** Sets the id of the claim this one answers, or clears it. */
    public Builder respondsTo(@Nullable String respondsTo) { this.respondsTo = respondsTo; return this; }
    /** Sets the block id and span of the content. */
    public Builder span(String paragraph, int start, int end) {
      this.paragraph = paragraph;
      this.start = start;
      this.end = end;
      return this;
    }

    /** Returns the claim; throws {@link InvalidArticleException} when a value is invalid. */
    public Claim build() {
      return new Claim(Checks.required("claim.id", id), claimant, cue, stance, mode,
          Checks.required("claim.text", text), ImmutableList.copyOf(quotes),
          ImmutableList.copyOf(quantities), when, respondsTo,
          Checks.required("claim.paragraph", paragraph), start, end);
    }
  }
}
