package dev.newsmodel.parse;

import dev.newsmodel.Article;
import dev.newsmodel.InvalidArticleException;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.parse.internal.ArticleLimiter;
import java.util.Objects;

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
 *
 * <p>It is the one way to parse: {@link ParserRegistry} only chooses a parser, and
 * {@link ArticleParser#parse(Page)} is the raw parser call (no checks, no limits, no
 * attribution), meant for parser authors' tests. A page that gives no article throws a checked
 * {@link ParseException} whose {@link ParseException#reason() reason} says why; a bad argument
 * throws an unchecked exception ({@code NullPointerException} naming the parameter, {@link
 * UnknownParserException}).
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
   * @throws NullPointerException when {@code registry} is {@code null}
   */
  public static NewsModel create(ParserRegistry registry) {
    return new NewsModel(Objects.requireNonNull(registry, "registry"), Attributor.load(), true,
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
   * @throws NullPointerException when {@code attributor} is {@code null}
   */
  public NewsModel withAttribution(Attributor attributor) {
    return new NewsModel(registry, Objects.requireNonNull(attributor, "attributor"), true, limits);
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
   * @param newLimits the limits, e.g. {@code ParseLimits.builder().maxBlocks(500).build()}
   * @return the new front door
   * @throws NullPointerException when {@code newLimits} is {@code null}
   */
  public NewsModel withLimits(ParseLimits newLimits) {
    return new NewsModel(registry, attribution, attributing, Objects.requireNonNull(newLimits, "newLimits"));
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
   * Parses the page with the parser the registry selects, holds the article to the {@link
   * #limits()} and adds attribution (unless switched off). This and {@link #parse(Page, String)}
   * are the library's ways to parse; both apply all of that.
   *
   * @param page the page, made for this one parse
   * @return the article
   * @throws ParseException when the page gives no article; {@link ParseException#reason()} says
   *     why: the bytes' problem ({@code UNREADABLE}, {@code TOO_LARGE} past {@link Page#MAX_BYTES}
   *     or {@link ParseLimits#maxInputChars()}, {@code BINARY}, {@code EMPTY}), {@code NOT_A_PAGE}
   *     (nothing to parse, or the parser refused it), {@code NO_PARSER}, or a bug in a parser or
   *     attribution ({@code INVALID_ARTICLE}, {@code PARSER_FAILED}, the bug attached as the cause)
   * @throws NullPointerException when {@code page} is {@code null}
   */
  public Article parse(Page page) throws ParseException {
    Objects.requireNonNull(page, "page");
    checkPage(page);
    ArticleParser parser;
    try {
      parser = registry.select(page);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(ParseException.Reason.PARSER_FAILED, "Internal error in choosing a parser", page, e);
    }
    return run(parser, page);
  }

  /**
   * Parses the page with the named parser, holds the article to the {@link #limits()} and adds
   * attribution (unless switched off).
   *
   * @param page the page, made for this one parse
   * @param parserName the parser's name (case-insensitive), e.g. {@code text}
   * @return the article
   * @throws UnknownParserException when no parser has that name (before the page is looked at)
   * @throws ParseException when the page gives no article; see {@link #parse(Page)}
   * @throws NullPointerException when {@code page} or {@code parserName} is {@code null}
   */
  public Article parse(Page page, String parserName) throws ParseException {
    Objects.requireNonNull(page, "page");
    ArticleParser parser = registry.named(Objects.requireNonNull(parserName, "parserName"));
    checkPage(page);
    return run(parser, page);
  }

  private Article run(ArticleParser parser, Page page) throws ParseException {
    Article document;
    try {
      document = ArticleLimiter.apply(parser.parse(page), limits);
    } catch (InvalidArticleException e) {
      throw failure(ParseException.Reason.INVALID_ARTICLE, "The '" + parser.name() + "' parser built an invalid article",
          page, e);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(ParseException.Reason.PARSER_FAILED, "Internal error in parser '" + parser.name() + "'", page, e);
    }
    if (!attributing) {
      return document;
    }
    try {
      return attributeWithin(document);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(ParseException.Reason.PARSER_FAILED, "Internal error in attribution", page, e);
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

  // Cheapest first: what the bytes said, then the size, then (decoding and parsing the DOM) whether
  // there is anything to parse.
  private void checkPage(Page page) throws ParseException {
    page.checkBytes();
    // Asks the page first: a page still held as UTF-8 bytes no longer than the limit is not decoded for this.
    if (page.isLongerThan(limits.maxInputChars())) {
      int length = page.content().length();
      throw new ParseException(ParseException.Reason.TOO_LARGE, "The page is " + length
          + " characters long, over the limit of " + limits.maxInputChars() + " (ParseLimits.maxInputChars)"
          + (page.url() == null ? "" : " (" + page.url() + ")") + ".");
    }
    page.checkReadable();
  }

  // A parser must not throw anything but ParseException; if one does, the caller still gets
  // the documented exception, with the bug attached as its cause.
  private static ParseException failure(ParseException.Reason reason, String what, Page page, Throwable e) {
    return new ParseException(reason, what + " on " + (page.url() == null ? "a page without URL" : page.url())
        + ": " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
  }
}
