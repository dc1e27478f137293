package dev.newsmodel;

import com.google.common.collect.ImmutableList;
import dev.newsmodel.internal.ArticleValidator;
import dev.newsmodel.internal.Checks;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A news article: its document layer and what it attributes to whom. Immutable and validated:
 * an {@code Article} that exists satisfies every invariant of the model (unique ids, resolving
 * references, spans that match their paragraph's text), otherwise its constructor throws
 * {@link InvalidArticleException} naming the field path and value.
 *
 * @param url the page's absolute URL (canonical where the page gives one), or {@code null}
 * @param outlet the publishing outlet, or {@code null} when unknown
 * @param syndication the wire agency behind a republished story, or {@code null}
 * @param headline the headline without the site-name suffix, or {@code null} when the page has none
 * @param subheadline the standfirst or deck, or {@code null}
 * @param bylines the credited people in page order
 * @param published when the story was first published, with the page's own offset, or {@code null}
 * @param modified when it was last updated, with the page's own offset, or {@code null}
 * @param language the BCP 47 language tag, e.g. {@code en}, {@code ja}, or {@code null}
 * @param dateline the story's dateline, or {@code null}
 * @param section the section the page files the story under, or {@code null}
 * @param tags the page's topic tags, in page order, without duplicates
 * @param body the body blocks in reading order
 * @param media images and other media with captions and credits
 * @param sources who the story attributes things to
 * @param quotes the quoted passages
 * @param claims what the story attributes to its sources
 * @param provenance the parser, its warnings and the text it removed
 */
public record Article(
    @Nullable String url,
    @Nullable Outlet outlet,
    @Nullable Syndication syndication,
    @Nullable String headline,
    @Nullable String subheadline,
    List<Byline> bylines,
    @Nullable OffsetDateTime published,
    @Nullable OffsetDateTime modified,
    @Nullable String language,
    @Nullable Dateline dateline,
    @Nullable String section,
    List<String> tags,
    List<Block> body,
    List<Media> media,
    List<Source> sources,
    List<Quote> quotes,
    List<Claim> claims,
    Provenance provenance) {

  /**
   * Validates the article as a whole; see the class description.
   *
   * @param url the page's absolute URL (canonical where the page gives one), or {@code null}
   * @param outlet the publishing outlet, or {@code null} when unknown
   * @param syndication the wire agency behind a republished story, or {@code null}
   * @param headline the headline without the site-name suffix, or {@code null} when the page has
   *     none
   * @param subheadline the standfirst or deck, or {@code null}
   * @param bylines the credited people in page order
   * @param published when the story was first published, with the page's own offset, or
   *     {@code null}
   * @param modified when it was last updated, with the page's own offset, or {@code null}
   * @param language the BCP 47 language tag, e.g. {@code en}, {@code ja}, or {@code null}
   * @param dateline the story's dateline, or {@code null}
   * @param section the section the page files the story under, or {@code null}
   * @param tags the page's topic tags, in page order, without duplicates
   * @param body the body blocks in reading order
   * @param media images and other media with captions and credits
   * @param sources who the story attributes things to
   * @param quotes the quoted passages
   * @param claims what the story attributes to its sources
   * @param provenance the parser, its warnings and the text it removed
   */
  public Article {
    url = Checks.blankToNull(url);
    headline = Checks.blankToNull(headline);
    subheadline = Checks.blankToNull(subheadline);
    language = Checks.blankToNull(language);
    section = Checks.blankToNull(section);
    bylines = Checks.list("bylines", bylines);
    tags = Checks.strings("tags", tags);
    body = Checks.list("body", body);
    media = Checks.list("media", media);
    sources = Checks.list("sources", sources);
    quotes = Checks.list("quotes", quotes);
    claims = Checks.list("claims", claims);
    provenance = Checks.required("provenance", provenance);
    ArticleValidator.validate(url, language, tags, body, sources, quotes, claims);
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder with no values set and the provenance of a {@code manual} parser
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this article's values, to make an edited copy.
   *
   * @return a new builder holding every component of this article
   */
  public Builder toBuilder() {
    return new Builder()
        .url(url).outlet(outlet).syndication(syndication).headline(headline)
        .subheadline(subheadline).bylines(bylines).published(published).modified(modified)
        .language(language).dateline(dateline).section(section).tags(tags).body(body)
        .media(media).sources(sources).quotes(quotes).claims(claims).provenance(provenance);
  }

  /**
   * Returns the body block with the given id, or empty when there is none.
   *
   * @param id the block id, e.g. {@code p3}
   * @return the block, or empty when no body block has this id
   */
  public Optional<Block> block(String id) {
    return body.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * Returns the source with the given id, or empty when there is none.
   *
   * @param id the source id, e.g. {@code s1}
   * @return the source, or empty when no source has this id
   */
  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns who said a quote: the source its {@link Quote#speaker() speaker} id names.
   *
   * @param quote a quote, normally one of this article's {@link #quotes()}
   * @return the speaker's source; empty when the quote names no speaker (a scare quote, a
   *     title) or, for a quote of another article, when no source of this one has its id
   * @throws NullPointerException when {@code quote} is {@code null}
   */
  public Optional<Source> speaker(Quote quote) {
    String id = Objects.requireNonNull(quote, "quote").speaker();
    return id == null ? Optional.empty() : source(id);
  }

  /**
   * Returns who makes a claim: the source its {@link Claim#claimant() claimant} id names.
   *
   * @param claim a claim, normally one of this article's {@link #claims()}
   * @return the claimant's source; empty when the claim names no claimant or, for a claim of
   *     another article, when no source of this one has its id
   * @throws NullPointerException when {@code claim} is {@code null}
   */
  public Optional<Source> claimant(Claim claim) {
    String id = Objects.requireNonNull(claim, "claim").claimant();
    return id == null ? Optional.empty() : source(id);
  }

  /**
   * Returns the body's text: its blocks' texts joined by blank lines; empty when there is no body.
   *
   * @return the body's text, never {@code null}
   */
  public String bodyText() {
    StringBuilder out = new StringBuilder();
    for (Block block : body) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block.text());
    }
    return out.toString();
  }

  /**
   * Builds an {@link Article}. Lists given to the builder are copied; {@link #build()} validates
   * and the built article never changes when the builder or the caller's lists change afterwards.
   * Not thread-safe. The provenance defaults to parser {@code manual} with no warnings.
   */
  public static final class Builder {
    private @Nullable String url;
    private @Nullable Outlet outlet;
    private @Nullable Syndication syndication;
    private @Nullable String headline;
    private @Nullable String subheadline;
    private final List<Byline> bylines = new ArrayList<>();
    private @Nullable OffsetDateTime published;
    private @Nullable OffsetDateTime modified;
    private @Nullable String language;
    private @Nullable Dateline dateline;
    private @Nullable String section;
    private final List<String> tags = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private final List<Media> media = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private Provenance provenance = Provenance.of("manual");

    private Builder() {}

    /**
     * Sets the URL, or clears it.
     *
     * @param url the absolute URL, or {@code null} to clear it
     * @return this builder
     */
    public Builder url(@Nullable String url) { this.url = url; return this; }
    /**
     * Sets the outlet, or clears it.
     *
     * @param outlet the outlet, or {@code null} to clear it
     * @return this builder
     */
    public Builder outlet(@Nullable Outlet outlet) { this.outlet = outlet; return this; }
    /**
     * Sets the syndication, or clears it.
     *
     * @param syndication the syndication, or {@code null} to clear it
     * @return this builder
     */
    public Builder syndication(@Nullable Syndication syndication) { this.syndication = syndication; return this; }
    /**
     * Sets the headline, or clears it.
     *
     * @param headline the headline, or {@code null} to clear it
     * @return this builder
     */
    public Builder headline(@Nullable String headline) { this.headline = headline; return this; }
    /**
     * Sets the subheadline, or clears it.
     *
     * @param subheadline the subheadline, or {@code null} to clear it
     * @return this builder
     */
    public Builder subheadline(@Nullable String subheadline) { this.subheadline = subheadline; return this; }
    /**
     * Adds a byline.
     *
     * @param byline the byline to append
     * @return this builder
     */
    public Builder addByline(Byline byline) { bylines.add(byline); return this; }
    /**
     * Replaces the bylines.
     *
     * @param values the new bylines, in page order
     * @return this builder
     */
    public Builder bylines(List<Byline> values) { bylines.clear(); bylines.addAll(values); return this; }
    /**
     * Sets the publication time, or clears it.
     *
     * @param published the publication time, or {@code null} to clear it
     * @return this builder
     */
    public Builder published(@Nullable OffsetDateTime published) { this.published = published; return this; }
    /**
     * Sets the modification time, or clears it.
     *
     * @param modified the modification time, or {@code null} to clear it
     * @return this builder
     */
    public Builder modified(@Nullable OffsetDateTime modified) { this.modified = modified; return this; }
    /**
     * Sets the BCP 47 language tag, or clears it.
     *
     * @param language the language tag, e.g. {@code en}, or {@code null} to clear it
     * @return this builder
     */
    public Builder language(@Nullable String language) { this.language = language; return this; }
    /**
     * Sets the dateline, or clears it.
     *
     * @param dateline the dateline, or {@code null} to clear it
     * @return this builder
     */
    public Builder dateline(@Nullable Dateline dateline) { this.dateline = dateline; return this; }
    /**
     * Sets the section, or clears it.
     *
     * @param section the section, or {@code null} to clear it
     * @return this builder
     */
    public Builder section(@Nullable String section) { this.section = section; return this; }
    /**
     * Adds a tag.
     *
     * @param tag the tag to append
     * @return this builder
     */
    public Builder addTag(String tag) { tags.add(tag); return this; }
    /**
     * Replaces the tags.
     *
     * @param values the new tags, in page order
     * @return this builder
     */
    public Builder tags(List<String> values) { tags.clear(); tags.addAll(values); return this; }
    /**
     * Adds a body block.
     *
     * @param block the block to append to the body
     * @return this builder
     */
    public Builder addBlock(Block block) { body.add(block); return this; }
    /**
     * Replaces the body.
     *
     * @param values the new body blocks, in reading order
     * @return this builder
     */
    public Builder body(List<Block> values) { body.clear(); body.addAll(values); return this; }
    /**
     * Adds a media item.
     *
     * @param item the media item to append
     * @return this builder
     */
    public Builder addMedia(Media item) { media.add(item); return this; }
    /**
     * Replaces the media.
     *
     * @param values the new media items
     * @return this builder
     */
    public Builder media(List<Media> values) { media.clear(); media.addAll(values); return this; }
    /**
     * Adds a source.
     *
     * @param source the source to append
     * @return this builder
     */
    public Builder addSource(Source source) { sources.add(source); return this; }
    /**
     * Replaces the sources.
     *
     * @param values the new sources
     * @return this builder
     */
    public Builder sources(List<Source> values) { sources.clear(); sources.addAll(values); return this; }
    /**
     * Adds a quote.
     *
     * @param quote the quote to append
     * @return this builder
     */
    public Builder addQuote(Quote quote) { quotes.add(quote); return this; }
    /**
     * Replaces the quotes.
     *
     * @param values the new quotes
     * @return this builder
     */
    public Builder quotes(List<Quote> values) { quotes.clear(); quotes.addAll(values); return this; }
    /**
     * Adds a claim.
     *
     * @param claim the claim to append
     * @return this builder
     */
    public Builder addClaim(Claim claim) { claims.add(claim); return this; }
    /**
     * Replaces the claims.
     *
     * @param values the new claims
     * @return this builder
     */
    public Builder claims(List<Claim> values) { claims.clear(); claims.addAll(values); return this; }
    /**
     * Sets the provenance.
     *
     * @param provenance the provenance
     * @return this builder
     */
    public Builder provenance(Provenance provenance) { this.provenance = provenance; return this; }

    /**
     * Returns the article; throws {@link InvalidArticleException} naming the first invalid field.
     *
     * @return the validated article
     * @throws InvalidArticleException when a value breaks one of the model's invariants
     */
    public Article build() {
      return new Article(url, outlet, syndication, headline, subheadline,
          ImmutableList.copyOf(bylines), published, modified, language, dateline, section,
          ImmutableList.copyOf(tags), ImmutableList.copyOf(body), ImmutableList.copyOf(media),
          ImmutableList.copyOf(sources), ImmutableList.copyOf(quotes),
          ImmutableList.copyOf(claims), provenance);
    }
  }
}
