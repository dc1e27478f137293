package dev.newsmodel.parse;

import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.parse.internal.ArticleLimiter;

/**
 * The library's front door: parses a page with the right parser, holds the result to the
 * {@link ParseLimits} and adds attribution (sources, quotes, claims). Immutable and
 * thread-safe: create one and share it.
 *
 * <pre>{@code
 * NewsModel newsModel = NewsModel.create();
 * Article article = newsModel.parse(Page.of(html, "https://www.asahi.com/ajw/articles/123"));
 * }</pre>
 *
 * <p>Every text the returned article holds is NFC without control characters (tab and newline
 * excepted). Past a limit the article is cut and its provenance warns about what was cut (see
 * {@link ParseLimits}); input longer than {@link ParseLimits#maxInputChars()} is refused.
 */
public final class NewsModel {
  private final ParserRegistry registry;
  private final Attributor attribution;
  private final boolean attributing;
  private final ParseLimits limits;

  private NewsModel(ParserRegistry registry, Attributor attribution, boolean attributing, ParseLimits limits) {
    this.registry = registry;
    this.attribution = attribution;
    this.attributing = attributing;
    this.limits = limits;
  }

  /**
   * Returns a front door over every parser and every attribution engine on the class path
   * ({@link ParserRegistry#load()}, {@link Attributor#load()}), with attribution on and default
   * limits.
   *
   * @return the front door
   */
  public static NewsModel create() {
    return create(ParserRegistry.load());
  }

  /**
   * Returns a front door over the given registry and every attribution engine on the class path
   * ({@link Attributor#load()}), with attribution on and default limits.
   *
   * @param registry the parsers to choose from
   * @return the front door
   */
  public static NewsModel create(ParserRegistry registry) {
    return new NewsModel(java.util.Objects.requireNonNull(registry, "registry"), Attributor.load(), true,
        ParseLimits.defaults());
  }

  /**
   * Returns a copy that adds attribution or, with {@code false}, returns the document layer only.
   *
   * @param on whether to attribute
   * @return the new front door
   */
  public NewsModel withAttribution(boolean on) {
    return new NewsModel(registry, attribution, on, limits);
  }

  /**
   * Returns a copy that attributes with {@code attributor} (its engines, its default language),
   * with attribution on.
   *
   * @param attributor the attributor, e.g. {@code Attributor.load().with(myEngine)}
   * @return the new front door
   */
  public NewsModel withAttribution(Attributor attributor) {
    return new NewsModel(registry, java.util.Objects.requireNonNull(attributor, "attributor"), true, limits);
  }

  /**
   * Returns the attributor every parse uses while attribution is on.
   *
   * @return the attributor
   */
  public Attributor attributor() {
    return attribution;
  }

  /**
   * Returns whether parses add attribution.
   *
   * @return {@code true} unless switched off with {@code withAttribution(false)}
   */
  public boolean attributing() {
    return attributing;
  }

  /**
   * Returns a copy that holds every parse to the given limits instead of the current ones.
   *
   * @param newLimits the limits
   * @return a new front door with the given limits
   */
  public NewsModel withLimits(ParseLimits newLimits) {
    return new NewsModel(registry, attribution, attributing, java.util.Objects.requireNonNull(newLimits, "limits"));
  }

  /**
   * Returns the registry the parsers are chosen from.
   *
   * @return the registry
   */
  public ParserRegistry registry() {
    return registry;
  }

  /**
   * Returns the limits every parse is held to.
   *
   * @return the limits
   */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Parses the page with the parser the registry selects, then adds attribution.
   *
   * @param page the page
   * @return the article, attributed unless attribution is switched off
   * @throws ParseException when the input is not a page at all, is longer than
   *     {@link ParseLimits#maxInputChars()}, or a parser failed on it (a bug: the cause is attached)
   */
  public Article parse(Page page) throws ParseException {
    checkSize(page);
    ArticleParser parser;
    try {
      parser = registry.select(page);
    } catch (java.util.NoSuchElementException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw failure("choosing a parser", page, e);
    }
    return run(parser, page);
  }

  /**
   * Parses the page with the named parser, then adds attribution.
   *
   * @param page the page
   * @param parserName the parser's name
   * @return the article, attributed unless attribution is switched off
   * @throws java.util.NoSuchElementException when no parser has that name
   * @throws ParseException when the input is not a page at all, is longer than
   *     {@link ParseLimits#maxInputChars()}, or the parser failed on it (a bug: the cause is attached)
   */
  public Article parse(Page page, String parserName) throws ParseException {
    ArticleParser parser = registry.parser(parserName)
        .orElseThrow(() -> new java.util.NoSuchElementException("no parser named '" + parserName + "'; known: "
            + registry.parsers().stream().map(ArticleParser::name).toList()));
    checkSize(page);
    return run(parser, page);
  }

  private Article run(ArticleParser parser, Page page) throws ParseException {
    Article document;
    try {
      // Through the registry: it refuses what is not a page (Page.checkReadable) first.
      document = ArticleLimiter.apply(registry.parse(page, parser.name()), limits);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure("parser '" + parser.name() + "'", page, e);
    }
    if (!attributing) {
      return document;
    }
    try {
      return attributeWithin(document);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure("attribution", page, e);
    }
  }

  // Attribution costs more than linear time in the number of blocks: it reads the first
  // maxAttributedBlocks only; its spans then index blocks the whole article still has.
  private Article attributeWithin(Article document) {
    int max = limits.maxAttributedBlocks();
    int n = document.body().size();
    if (n <= max) {
      return attribution.attribute(document);
    }
    Article head = attribution.attribute(document.toBuilder().body(document.body().subList(0, max)).build());
    java.util.List<String> warnings = new java.util.ArrayList<>(head.provenance().warnings());
    warnings.add("Attribution read the first " + max + " of " + n + " body blocks (ParseLimits.maxAttributedBlocks); "
        + "the other " + (n - max) + " were not searched for sources, quotes and claims.");
    return head.toBuilder().body(document.body())
        .provenance(new dev.newsmodel.Provenance(head.provenance().parser(), warnings, head.provenance().removed()))
        .build();
  }

  private void checkSize(Page page) throws ParseException {
    // Asks the page first: a page still held as UTF-8 bytes no longer than the limit is not decoded for this.
    if (page.isLongerThan(limits.maxInputChars())) {
      int length = page.content().length();
      throw new ParseException("The page is " + length + " characters long, over the limit of "
          + limits.maxInputChars() + " (ParseLimits.maxInputChars)" + (page.url() == null ? "" : ": " + page.url()) + ".");
    }
  }

  // A parser must not throw anything but ParseException; if one does, the caller still gets
  // the documented exception, with the bug attached as its cause.
  private static ParseException failure(String what, Page page, Throwable e) {
    return new ParseException("Internal error in " + what + " on " + (page.url() == null ? "a page without URL" : page.url())
        + ": " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
  }
}
