package dev.newsmodel.attribution;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.attribution.internal.MarkedQuotes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds who said what in a story's body text with the {@link AttributionEngine} for the
 * story's language: sources with their mentions, quotes with their speakers, claims with
 * claimant, cue and stance. Reads text, never HTML. Immutable and thread-safe: one instance
 * serves all threads.
 *
 * <pre>{@code
 * Attributor attributor = Attributor.load();               // every engine on the class path
 * Article attributed = attributor.attribute(article);      // by article.language()
 * List<Attribution> found = attributor.find(paragraphs, "en");
 * }</pre>
 *
 * <p><b>Choosing the engine.</b> The engine is the one serving the primary subtag of
 * {@link Article#language()} ({@code en-GB} is served by the engine for {@code en}).
 * <ul>
 *   <li>An article <b>without a language</b> is attributed as if it were in the
 *       {@linkplain #defaultLanguage() default language}, {@code en} unless changed with
 *       {@link #withDefaultLanguage(String)}; with no default language it is treated as a
 *       language no engine serves.
 *   <li>A <b>language no engine serves</b> gets the language-neutral fallback: every passage
 *       between quote marks ({@code "…"}, {@code “…”}, {@code „…“}, {@code «…»}, {@code 「…」},
 *       {@code 『…』}) becomes a quote without speaker or cue, no sources or claims are
 *       invented, and {@code provenance.warnings} says so ("no attribution engine for
 *       language 'de': …").
 * </ul>
 */
public final class Attributor {
  /** The language an article without one is attributed in, unless changed. */
  public static final String DEFAULT_LANGUAGE = "en";

  private final Map<String, AttributionEngine> byLanguage;
  private final List<AttributionEngine> engines;
  private final List<String> loadProblems;
  private final @Nullable String defaultLanguage;

  private Attributor(List<AttributionEngine> engines, List<String> loadProblems, @Nullable String defaultLanguage) {
    Map<String, AttributionEngine> map = new LinkedHashMap<>();
    List<AttributionEngine> kept = new ArrayList<>();
    List<String> problems = new ArrayList<>(loadProblems);
    for (AttributionEngine engine : engines) {
      Objects.requireNonNull(engine, "engine");
      boolean added = false;
      for (String language : engine.languages()) {
        String key = primary(language);
        AttributionEngine other = map.putIfAbsent(key, engine);
        if (other == null) {
          added = true;
        } else if (other != engine) {
          problems.add("A second engine for '" + key + "' (" + engine.name() + ", " + engine.getClass().getName()
              + ") was ignored for that language: '" + other.name() + "' serves it.");
        }
      }
      if (added) {
        kept.add(engine);
      }
    }
    this.byLanguage = Map.copyOf(map);
    this.engines = List.copyOf(kept);
    this.loadProblems = List.copyOf(problems);
    this.defaultLanguage = defaultLanguage == null ? null : primary(defaultLanguage);
  }

  private Attributor(Discovered found, @Nullable String defaultLanguage) {
    this(found.engines, found.problems, defaultLanguage);
  }

  /**
   * Returns an attributor with every engine that {@link ServiceLoader} finds on the class path
   * or module path (the library's own English engine among them). A provider that fails to
   * load, or a second engine for a language already served, is left out and reported by
   * {@link #loadProblems()}; the others still load.
   *
   * @return the attributor; default language {@code en}
   */
  public static Attributor load() {
    return load(Attributor.class.getClassLoader());
  }

  /**
   * Returns an attributor with every engine that {@link ServiceLoader} finds through
   * {@code loader}, as {@link #load()} does.
   *
   * @param loader the class loader to search, or {@code null} for the system class loader
   * @return the attributor; default language {@code en}
   */
  public static Attributor load(@Nullable ClassLoader loader) {
    return new Attributor(discover(loader), DEFAULT_LANGUAGE);
  }

  /**
   * Returns an attributor with exactly these engines, in order of precedence: where two serve
   * one language, the first serves it (the other is reported by {@link #loadProblems()}).
   *
   * @param engines the engines; may be empty (every article then gets the fallback)
   * @return the attributor; default language {@code en}
   */
  public static Attributor of(List<? extends AttributionEngine> engines) {
    return new Attributor(List.copyOf(engines), List.of(), DEFAULT_LANGUAGE);
  }

  /**
   * Returns a copy in which {@code engine} serves its languages, before any engine that served
   * them here.
   *
   * @param engine the engine to add
   * @return the new attributor
   */
  public Attributor with(AttributionEngine engine) {
    List<AttributionEngine> all = new ArrayList<>();
    all.add(Objects.requireNonNull(engine, "engine"));
    all.addAll(engines);
    return new Attributor(all, List.of(), defaultLanguage);
  }

  /**
   * Returns a copy that attributes articles without a language as {@code language}, or, with
   * {@code null}, gives them the fallback of a language no engine serves.
   *
   * @param language a BCP 47 tag such as {@code en}, or {@code null}
   * @return the new attributor
   */
  public Attributor withDefaultLanguage(@Nullable String language) {
    return new Attributor(engines, loadProblems, language);
  }

  /**
   * Returns the language an article without one is attributed in.
   *
   * @return a primary subtag such as {@code en}, or {@code null} when there is none
   */
  public @Nullable String defaultLanguage() {
    return defaultLanguage;
  }

  /**
   * Returns the engines, in order of precedence.
   *
   * @return the engines; empty when there are none
   */
  public List<AttributionEngine> engines() {
    return engines;
  }

  /**
   * Returns the languages some engine serves, sorted.
   *
   * @return lower-case primary subtags
   */
  public List<String> languages() {
    return List.copyOf(new TreeSet<>(byLanguage.keySet()));
  }

  /**
   * Returns the engine that serves a language.
   *
   * @param language a BCP 47 tag such as {@code en} or {@code en-GB}
   * @return the engine for its primary subtag, or empty when none serves it
   */
  public Optional<AttributionEngine> engineFor(String language) {
    return Optional.ofNullable(byLanguage.get(primary(Objects.requireNonNull(language, "language"))));
  }

  /**
   * Returns what went wrong while loading engines: providers that failed to load, second
   * engines for a language already served.
   *
   * @return one sentence each; empty when nothing did
   */
  public List<String> loadProblems() {
    return loadProblems;
  }

  /**
   * Returns a copy of {@code article} whose sources, quotes and claims are replaced by those
   * the engine for its language finds in its body blocks. See the class documentation for an
   * article without a language or in a language no engine serves.
   *
   * @param article the article to attribute
   * @return the attributed article
   */
  public Article attribute(Article article) {
    Objects.requireNonNull(article, "article");
    String language = article.language() == null ? defaultLanguage : primary(article.language());
    AttributionEngine engine = language == null ? null : byLanguage.get(language);
    if (engine != null) {
      return engine.attribute(article);
    }
    String served = byLanguage.isEmpty() ? "none" : String.join(", ", languages());
    String warning = (language == null
        ? "No attribution engine for an article without a language"
        : "No attribution engine for language '" + language + "'")
        + ": quoted passages are marked as quotes without speakers; no sources or claims were looked for"
        + " (engines serve: " + served + ").";
    return MarkedQuotes.attribute(article, warning);
  }

  /**
   * Finds the attribution relations of bare paragraphs in the default language.
   *
   * @param paragraphs the texts, in reading order
   * @return the relations found; empty when there are none or no engine serves the default language
   */
  public List<Attribution> find(List<String> paragraphs) {
    return defaultLanguage == null ? List.of() : find(paragraphs, defaultLanguage);
  }

  /**
   * Finds the attribution relations of bare paragraphs with the engine for {@code language}.
   * Spans index the paragraphs as given (UTF-16).
   *
   * @param paragraphs the texts, in reading order
   * @param language a BCP 47 tag such as {@code en}
   * @return the relations found, in reading order; empty when there are none
   * @throws IllegalArgumentException when no engine serves {@code language} (see {@link #languages()})
   */
  public List<Attribution> find(List<String> paragraphs, String language) {
    List<String> texts = List.copyOf(paragraphs);
    AttributionEngine engine = engineFor(language).orElseThrow(() -> new IllegalArgumentException(
        "no attribution engine for language '" + primary(language) + "' (engines serve: "
            + (byLanguage.isEmpty() ? "none" : String.join(", ", languages())) + ")"));
    return engine.find(texts);
  }

  /**
   * Finds the attribution relations of an article with the engine {@link #attribute(Article)}
   * would choose, in the blocks it reads: every body block but subheadings
   * ({@link AttributionEngine#attributedBlocks(Article)}). A span's paragraph is the block's index
   * in {@link Article#body()}.
   *
   * @param article the article
   * @return the relations found; empty when there are none or no engine serves its language
   */
  public List<Attribution> find(Article article) {
    Objects.requireNonNull(article, "article");
    String language = article.language() == null ? defaultLanguage : primary(article.language());
    AttributionEngine engine = language == null ? null : byLanguage.get(language);
    if (engine == null) {
      return List.of();
    }
    List<Block> read = AttributionEngine.attributedBlocks(article);
    List<String> texts = new ArrayList<>();
    List<Integer> bodyIndex = new ArrayList<>();
    List<Block> body = article.body();
    // attributedBlocks keeps the body's own block objects, in order: each is found by identity.
    for (int i = 0, next = 0; i < body.size() && next < read.size(); i++) {
      if (body.get(i) == read.get(next)) {
        texts.add(read.get(next).text());
        bodyIndex.add(i);
        next++;
      }
    }
    List<Attribution> found = new ArrayList<>();
    for (Attribution a : engine.find(texts)) {
      found.add(new Attribution(inBody(a.source(), bodyIndex), inBody(a.cue(), bodyIndex),
          a.content().stream().map(span -> inBody(span, bodyIndex)).toList(), a.stance()));
    }
    return List.copyOf(found);
  }

  // The span moved from the engine's list of read blocks to the article's body.
  private static @Nullable TextSpan inBody(@Nullable TextSpan span, List<Integer> bodyIndex) {
    return span == null ? null : new TextSpan(bodyIndex.get(span.paragraph()), span.start(), span.end());
  }

  private static String primary(String language) {
    int dash = language.indexOf('-');
    int underscore = language.indexOf('_');
    int end = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    return (end < 0 ? language : language.substring(0, end)).strip().toLowerCase(Locale.ROOT);
  }

  private record Discovered(List<AttributionEngine> engines, List<String> problems) {}

  private static Discovered discover(@Nullable ClassLoader loader) {
    List<AttributionEngine> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<AttributionEngine> it = ServiceLoader.load(AttributionEngine.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        // One broken jar must not take the other engines down with it.
        problems.add("An attribution engine could not be loaded: " + e.getMessage());
      }
    }
    // The library's own engines last: an engine a user adds for a language takes precedence.
    List<AttributionEngine> ordered = new ArrayList<>();
    for (AttributionEngine e : found) {
      if (!e.getClass().getName().startsWith("dev.newsmodel.attribution.")) {
        ordered.add(e);
      }
    }
    for (AttributionEngine e : found) {
      if (e.getClass().getName().startsWith("dev.newsmodel.attribution.")) {
        ordered.add(e);
      }
    }
    return new Discovered(ordered, problems);
  }
}
