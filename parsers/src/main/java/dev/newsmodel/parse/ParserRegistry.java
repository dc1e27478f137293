package dev.newsmodel.parse;

import com.google.common.collect.ImmutableList;
import dev.newsmodel.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The parsers the library knows, and the choice among them for a page: by URL host first,
 * then by the parsers' {@link ArticleParser#contentScore(Page) content scores}, then the
 * fallback ({@code generic} for HTML, {@code text} for plain text).
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ParserRegistry {
  /** The name of the parser that reads HTML pages no outlet parser claims. */
  public static final String GENERIC = "generic";
  /** The name of the parser that reads plain text no outlet parser claims. */
  public static final String TEXT = "text";
  /** The content score at or above which an outlet parser is chosen without a URL. */
  public static final double CONTENT_THRESHOLD = 0.5;

  private final ImmutableList<ArticleParser> parsers;

  private ParserRegistry(List<ArticleParser> parsers) {
    this.parsers = ImmutableList.sortedCopyOf(Comparator.comparing(ArticleParser::name), parsers);
    List<String> seen = new ArrayList<>();
    for (ArticleParser parser : this.parsers) {
      if (seen.contains(parser.name())) {
        throw new IllegalArgumentException("two parsers are named " + parser.name());
      }
      seen.add(parser.name());
    }
  }

  /** Returns a registry of every parser on the class path or module path ({@link ServiceLoader}). */
  public static ParserRegistry load() {
    return load(ParserRegistry.class.getClassLoader());
  }

  /** Returns a registry of every parser the class loader's {@link ServiceLoader} finds. */
  public static ParserRegistry load(@Nullable ClassLoader loader) {
    List<ArticleParser> found = new ArrayList<>();
    ServiceLoader.load(ArticleParser.class, loader).forEach(found::add);
    return new ParserRegistry(found);
  }

  /**
   * Returns a registry of exactly these parsers.
   *
   * @throws IllegalArgumentException when two parsers share a name
   */
  public static ParserRegistry of(List<? extends ArticleParser> parsers) {
    return new ParserRegistry(List.copyOf(parsers));
  }

  /** Returns the parsers, sorted by name. */
  public List<ArticleParser> parsers() {
    return parsers;
  }

  /** Returns the parser with the given name (case-insensitive), or empty. */
  public Optional<ArticleParser> parser(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return parsers.stream().filter(p -> p.name().equals(wanted)).findFirst();
  }

  /**
   * Returns the parser for the page: the one whose host matches the page's URL, else the one
   * with the highest content score at or above {@link #CONTENT_THRESHOLD}, else the fallback.
   *
   * @throws NoSuchElementException when no parser fits and no fallback is registered
   */
  public ArticleParser select(Page page) {
    Optional<String> host = page.host();
    if (host.isPresent()) {
      for (ArticleParser parser : parsers) {
        for (String h : parser.hosts()) {
          if (host.get().equals(h) || host.get().endsWith("." + h)) {
            return parser;
          }
        }
      }
    }
    ArticleParser best = null;
    double bestScore = CONTENT_THRESHOLD;
    for (ArticleParser parser : parsers) {
      double score = parser.contentScore(page);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = parser;
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    String fallback = page.isHtml() ? GENERIC : TEXT;
    return parser(fallback).or(() -> parser(page.isHtml() ? TEXT : GENERIC)).orElseThrow(
        () -> new NoSuchElementException("no parser fits the page and no '" + fallback + "' parser is registered"));
  }

  /** Parses the page with the parser {@link #select(Page)} picks (document layer only). */
  public Article parse(Page page) throws ParseException {
    return select(page).parse(page);
  }

  /**
   * Parses the page with the named parser.
   *
   * @throws NoSuchElementException when no parser has that name
   */
  public Article parse(Page page, String parserName) throws ParseException {
    return parser(parserName)
        .orElseThrow(() -> new NoSuchElementException("no parser named '" + parserName + "'; known: "
            + parsers.stream().map(ArticleParser::name).toList()))
        .parse(page);
  }
}
