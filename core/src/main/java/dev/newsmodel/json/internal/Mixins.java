package dev.newsmodel.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Claim;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.Mention;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.Quantity;
import dev.newsmodel.Quote;
import dev.newsmodel.RemovedText;
import dev.newsmodel.Source;
import dev.newsmodel.Syndication;
import java.time.OffsetDateTime;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Jackson mixins that fix the JSON contract (field order, explicit nulls, dates) for each model
 * record without putting Jackson annotations on the model. Property names are the record
 * component names. {@code @JsonInclude(ALWAYS)} keeps the contract (absent values as
 * {@code null}, empty lists as {@code []}) even on a user's mapper that omits nulls by default.
 */
public final class Mixins {
  private Mixins() {}

  /** Each model record and the mixin that shapes its JSON. */
  public static final Map<Class<?>, Class<?>> BY_TARGET = Map.ofEntries(
      Map.entry(Article.class, ArticleMixin.class),
      Map.entry(Outlet.class, OutletMixin.class),
      Map.entry(Syndication.class, SyndicationMixin.class),
      Map.entry(Byline.class, BylineMixin.class),
      Map.entry(Dateline.class, DatelineMixin.class),
      Map.entry(Block.class, BlockMixin.class),
      Map.entry(Media.class, MediaMixin.class),
      Map.entry(Source.class, SourceMixin.class),
      Map.entry(Mention.class, MentionMixin.class),
      Map.entry(Quote.class, QuoteMixin.class),
      Map.entry(Claim.class, ClaimMixin.class),
      Map.entry(Quantity.class, QuantityMixin.class),
      Map.entry(Provenance.class, ProvenanceMixin.class),
      Map.entry(RemovedText.class, RemovedTextMixin.class));

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"url", "outlet", "syndication", "headline", "subheadline", "bylines",
      "published", "modified", "language", "dateline", "section", "tags", "body", "media",
      "sources", "quotes", "claims", "provenance"})
  abstract static class ArticleMixin {
    @JsonSerialize(using = IsoOffsetDateTime.Serializer.class)
    @JsonDeserialize(using = IsoOffsetDateTime.Deserializer.class)
    OffsetDateTime published;

    @JsonSerialize(using = IsoOffsetDateTime.Serializer.class)
    @JsonDeserialize(using = IsoOffsetDateTime.Deserializer.class)
    OffsetDateTime modified;
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"name", "domain"})
  abstract static class OutletMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"agency", "creditLine", "originalUrl"})
  abstract static class SyndicationMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"name", "role"})
  abstract static class BylineMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"place", "text"})
  abstract static class DatelineMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"id", "kind", "text"})
  abstract static class BlockMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"url", "caption", "credit"})
  abstract static class MediaMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"id", "name", "kind", "anonymous", "title", "description", "affiliation",
      "mentions"})
  abstract static class SourceMixin {}

  // Spans are ints: a missing one must be an error, not a silent 0.
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"paragraph", "start", "end", "text"})
  abstract static class MentionMixin {
    @JsonProperty(required = true) int start;
    @JsonProperty(required = true) int end;
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"id", "kind", "text", "speaker", "cue", "paragraph", "start", "end",
      "continuation"})
  abstract static class QuoteMixin {
    @JsonProperty(required = true) int start;
    @JsonProperty(required = true) int end;
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"id", "claimant", "cue", "stance", "mode", "text", "quotes", "quantities",
      "when", "respondsTo", "paragraph", "start", "end"})
  abstract static class ClaimMixin {
    @JsonProperty(required = true) int start;
    @JsonProperty(required = true) int end;
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"value", "text", "unit"})
  abstract static class QuantityMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"parser", "warnings", "removed"})
  abstract static class ProvenanceMixin {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"reason", "text"})
  abstract static class RemovedTextMixin {}
}
