package dev.newsmodel.parse;

import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attributor;
import java.util.function.UnaryOperator;

/**
 * The library's front door: parses a page with the right parser and adds attribution
 * (sources, quotes, claims). Immutable and thread-safe: create one and share it.
 *
 * <pre>{@code
 * NewsModel newsModel = NewsModel.create();
 * Article article = newsModel.parse(Page.of(html, "https://www.asahi.com/ajw/articles/123"));
 * }</pre>
 */
public final class NewsModel {
  private final ParserRegistry registry;
  private final UnaryOperator<Article> attribution;
  private final boolean attributing;

  private NewsModel(ParserRegistry registry, UnaryOperator<Article> attribution, boolean attributing) {
    this.registry = registry;
    this.attribution = attribution;
    this.attributing = attributing;
  }

  /** Returns a front door over every parser on the class path, with attribution on. */
  public static NewsModel create() {
    return create(ParserRegistry.load());
  }

  /** Returns a front door over the given registry, with attribution on. */
  public static NewsModel create(ParserRegistry registry) {
    return new NewsModel(registry, DefaultAttribution.INSTANCE, true);
  }

  /** Returns a copy that adds attribution or, with {@code false}, returns the document layer only. */
  public NewsModel withAttribution(boolean on) {
    return new NewsModel(registry, attribution, on);
  }

  /** Returns the registry the parsers are chosen from. */
  public ParserRegistry registry() {
    return registry;
  }

  /**
   * Parses the page with the parser the registry selects, then adds attribution.
   *
   * @throws ParseException when the input is not a page at all
   */
  public Article parse(Page page) throws ParseException {
    return attribute(registry.parse(page));
  }

  /**
   * Parses the page with the named parser, then adds attribution.
   *
   * @throws java.util.NoSuchElementException when no parser has that name
   * @throws ParseException when the input is not a page at all
   */
  public Article parse(Page page, String parserName) throws ParseException {
    return attribute(registry.parse(page, parserName));
  }

  private Article attribute(Article document) {
    return attributing ? attribution.apply(document) : document;
  }

  /** The attribution step: the attribution package's stateless, thread-safe {@link Attributor}. */
  private enum DefaultAttribution implements UnaryOperator<Article> {
    INSTANCE;

    private final Attributor attributor = new Attributor();

    @Override
    public Article apply(Article article) {
      return attributor.attribute(article);
    }
  }
}
