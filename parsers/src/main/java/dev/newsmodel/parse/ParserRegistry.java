package dev.newsmodel.parse;

import com.google.common.collect.ImmutableList;
import dev.newsmodel.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The parsers the library knows, and the choice among them for a page: by URL host first,
 * then by the parsers' {@link ArticleParser#contentScore(Page) content scores}, then the
 * fallback ({@code generic} for HTML, {@code text} for plain text).
 *
 * <p>Immutable and thread-safe: build one and share it. Parsers are stateless by contract, and
 * each {@link Page} belongs to one call.
 *
 * <p>The registry chooses; it does not parse. Parse through {@link NewsModel} (built over a
 * registry with {@link NewsModel#create(ParserRegistry)}): it refuses what is no page, holds the
 * result to the {@link ParseLimits} and adds attribution. {@link ArticleParser#parse(Page)} on a
 * parser the registry hands out is the raw call, with none of that: for parser authors' tests.
 */
public final class ParserRegistry {
  /** The name of the parser that reads HTML pages no outlet parser claims. */
  public static final String GENERIC = "generic";
  /** The name of the parser that reads plain text no outlet parser claims. */
  public static final String TEXT = "text";
  /** The content score at or above which an outlet parser is chosen without a URL. */
  public static final double CONTENT_THRESHOLD = 0.5;

  private final ImmutableList<ArticleParser> parsers;
  private final ImmutableList<String> loadProblems;

  private ParserRegistry(List<ArticleParser> parsers) {
    this(parsers, List.of());
  }

  private ParserRegistry(List<ArticleParser> parsers, List<String> loadProblems) {
    this.loadProblems = ImmutableList.copyOf(loadProblems);
    this.parsers = ImmutableList.sortedCopyOf(Comparator.comparing(ArticleParser::name), parsers);
    List<String> seen = new ArrayList<>();
    for (ArticleParser parser : this.parsers) {
      if (seen.contains(parser.name())) {
        throw new IllegalArgumentException("two parsers are named " + parser.name());
      }
      seen.add(parser.name());
    }
  }

  /**
   * Returns a registry of every parser on the class path or module path ({@link ServiceLoader}).
   *
   * @return the registry
   */
  public static ParserRegistry load() {
    return load(ParserRegistry.class.getClassLoader());
  }

  /**
   * Returns a registry of every parser the class loader's {@link ServiceLoader} finds.
   *
   * @param loader the class loader to search, or {@code null} for the system class loader
   * @return the registry
   */
  public static ParserRegistry load(@Nullable ClassLoader loader) {
    List<ArticleParser> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<ArticleParser> it = ServiceLoader.load(ArticleParser.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        ArticleParser parser = it.next();
        // A jar on the class path may repeat a parser that is already there: keep the first.
        if (found.stream().noneMatch(p -> p.name().equals(parser.name()))) {
          found.add(parser);
        } else {
          problems.add("A second parser named '" + parser.name() + "' (" + parser.getClass().getName() + ") was ignored.");
        }
      } catch (ServiceConfigurationError e) {
        // One broken jar must not take the other parsers down with it.
        problems.add("A parser could not be loaded: " + e.getMessage());
      }
    }
    return new ParserRegistry(found, problems);
  }

  /**
   * Returns a registry of exactly these parsers.
   *
   * @param parsers the parsers
   * @return the registry
   * @throws NullPointerException when {@code parsers} or one of them is {@code null}
   * @throws IllegalArgumentException when two parsers share a name
   */
  public static ParserRegistry of(List<? extends ArticleParser> parsers) {
    Objects.requireNonNull(parsers, "parsers");
    for (int i = 0; i < parsers.size(); i++) {
      Objects.requireNonNull(parsers.get(i), "parsers[" + i + "]");
    }
    return new ParserRegistry(List.copyOf(parsers));
  }

  /**
   * Returns what went wrong while loading parsers (broken or duplicate providers); empty when nothing did.
   *
   * @return the problems, one sentence each
   */
  public List<String> loadProblems() {
    return loadProblems;
  }

  /**
   * Returns the parsers' names, sorted.
   *
   * @return the names
   */
  public List<String> names() {
    return parsers.stream().map(ArticleParser::name).toList();
  }

  /**
   * Returns one line per parser: its name, the hosts it is made for (or {@code content only})
   * and its description, for listings such as the command line's {@code parsers}.
   *
   * @return the lines, sorted by name
   */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (ArticleParser parser : parsers) {
      String hosts = parser.hosts().isEmpty() ? "content only" : String.join(", ", new java.util.TreeSet<>(parser.hosts()));
      out.add(parser.name() + "\t" + hosts + "\t" + parser.description());
    }
    return out;
  }

  /**
   * Returns the parsers, sorted by name.
   *
   * @return the parsers
   */
  public List<ArticleParser> parsers() {
    return parsers;
  }

  /**
   * Returns the parser with the given name (case-insensitive, surrounding white space ignored),
   * or empty.
   *
   * @param name the parser's name, e.g. {@code asahi}
   * @return the parser, or empty when none has the name
   * @throws NullPointerException when {@code name} is {@code null}
   */
  public Optional<ArticleParser> parser(String name) {
    String wanted = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
    return parsers.stream().filter(p -> p.name().equals(wanted)).findFirst();
  }

  /**
   * Returns the parser for the page: the one whose host matches the page's URL, else the one
   * with the highest content score at or above {@link #CONTENT_THRESHOLD}, else the fallback.
   *
   * @param page the page
   * @return the parser to read it with
   * @throws ParseException with reason {@link ParseException.Reason#NO_PARSER NO_PARSER} when no
   *     parser fits and no fallback is registered
   * @throws NullPointerException when {@code page} is {@code null}
   */
  public ArticleParser select(Page page) throws ParseException {
    Optional<String> host = Objects.requireNonNull(page, "page").host();
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
      // The score to beat is the floor: below it a parser may answer early (ArticleParser#contentScore(Page, double)).
      double score = safeScore(parser, page, bestScore);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = parser;
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    String fallback = page.isHtml() ? GENERIC : TEXT;
    Optional<ArticleParser> found = parser(fallback).or(() -> parser(page.isHtml() ? TEXT : GENERIC));
    if (found.isEmpty()) {
      throw new ParseException(ParseException.Reason.NO_PARSER, "No parser fits the page"
          + (page.url() == null ? "" : " (" + page.url() + ")") + " and no '" + fallback
          + "' parser is registered; registered: " + String.join(", ", names()) + ".");
    }
    return found.get();
  }

  private static double safeScore(ArticleParser parser, Page page, double floor) {
    try {
      double score = parser.contentScore(page, floor);
      return Double.isNaN(score) ? 0 : score;
    } catch (RuntimeException e) {
      // A parser that cannot judge the page does not claim it.
      return 0;
    }
  }

  /**
   * Returns the parser with the given name when one is given, else the one {@link #select(Page)} picks.
   *
   * @param page the page
   * @param parserName the parser's name, or {@code null} (or blank) to choose by the page
   * @return the parser
   * @throws UnknownParserException when no parser has the name
   * @throws ParseException with reason {@link ParseException.Reason#NO_PARSER NO_PARSER} when no
   *     name is given, no parser fits and no fallback is registered
   * @throws NullPointerException when {@code page} is {@code null}
   */
  public ArticleParser select(Page page, @Nullable String parserName) throws ParseException {
    Objects.requireNonNull(page, "page");
    if (parserName == null || parserName.isBlank()) {
      return select(page);
    }
    return named(parserName);
  }

  /**
   * Returns the parser with the given name.
   *
   * @param name the parser's name (case-insensitive)
   * @return the parser
   * @throws UnknownParserException when no parser has the name
   * @throws NullPointerException when {@code name} is {@code null}
   */
  public ArticleParser named(String name) {
    return parser(name).orElseThrow(() -> new UnknownParserException(name, names()));
  }
}
