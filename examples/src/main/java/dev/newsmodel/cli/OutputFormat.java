package dev.newsmodel.cli;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Claim;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import dev.newsmodel.export.ArticleExporter;
import dev.newsmodel.export.ExporterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How articles are written: the command's own formats ({@code json}, {@code jsonl}, {@code text})
 * or one of the {@link ArticleExporter}s found on the class path ({@code ninjs}, {@code jsonld}
 * and any other a jar registers). Immutable.
 *
 * <p>One input prints one document: the article JSON, the text, or the exporter's document. In
 * JSON Lines (several inputs, {@code jsonl}, {@code --output}, {@code warc}) each record holds
 * the document under its format's {@linkplain #key() key}: {@code article} for the article
 * JSON, the exporter's name otherwise ({@code {"input", "ninjs": {...}}}); a JSON document as
 * JSON, any other as one string.
 */
final class OutputFormat {
  /** The name of the library's article JSON; indented for one input, JSON Lines for several. */
  static final String JSON_NAME = "json";
  /** The name of JSON Lines records ({@code {"input", "article"|"error"}}) even for one input. */
  static final String JSONL_NAME = "jsonl";
  /** The name of readable text: headline, byline, dates, body, quotes, claims, warnings. */
  static final String TEXT_NAME = "text";
  /** The key of the article JSON in a JSON Lines record. */
  static final String ARTICLE_KEY = "article";

  static final OutputFormat JSON = new OutputFormat(JSON_NAME, null);
  static final OutputFormat JSONL = new OutputFormat(JSONL_NAME, null);
  static final OutputFormat TEXT = new OutputFormat(TEXT_NAME, null);

  private final String name;
  private final @Nullable ArticleExporter exporter;

  private OutputFormat(String name, @Nullable ArticleExporter exporter) {
    this.name = name;
    this.exporter = exporter;
  }

  /** The exporters on the command's class path, loaded on first use. */
  private static final class Exporters {
    static final ExporterRegistry REGISTRY = ExporterRegistry.load(OutputFormat.class.getClassLoader());
  }

  /** Returns the exporters the command offers as formats. */
  static ExporterRegistry exporters() {
    return Exporters.REGISTRY;
  }

  /**
   * Returns every format name: the command's own ({@code json}, {@code jsonl}, {@code text}),
   * then the exporters' in name order (an exporter named like one of the command's own is
   * shadowed by it).
   */
  static List<String> names() {
    List<String> names = new ArrayList<>(List.of(JSON_NAME, JSONL_NAME, TEXT_NAME));
    for (String name : exporters().names()) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Returns the format with the given name, in any case.
   *
   * @throws IllegalArgumentException naming the value and every registered format when there is
   *     none, and any exporter that failed to load
   */
  static OutputFormat named(String value) {
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    switch (wanted) {
      case JSON_NAME:
        return JSON;
      case JSONL_NAME:
        return JSONL;
      case TEXT_NAME:
        return TEXT;
      default:
        break;
    }
    Optional<ArticleExporter> found = wanted.isEmpty() ? Optional.empty() : exporters().exporter(wanted);
    if (found.isEmpty()) {
      List<String> problems = exporters().loadProblems();
      throw new IllegalArgumentException("'" + value + "' is not a format; use one of " + String.join(", ", names())
          + (problems.isEmpty() ? "" : " (" + String.join(" ", problems) + ")"));
    }
    return new OutputFormat(found.get().name(), found.get());
  }

  /** Returns the format's name, as given to {@code --format}. */
  String name() {
    return name;
  }

  /** Whether this is the readable text format. */
  boolean isText() {
    return exporter == null && name.equals(TEXT_NAME);
  }

  /** Whether this format asks for JSON Lines records even for one input. */
  boolean isJsonLines() {
    return exporter == null && name.equals(JSONL_NAME);
  }

  /** Returns the key of the document in a JSON Lines record: {@code article}, or the exporter's name. */
  String key() {
    return exporter == null ? ARTICLE_KEY : exporter.name();
  }

  /**
   * Returns the document of one article on its own, ending with a line break: the indented
   * article JSON, the text, or the exporter's document.
   */
  String document(Article article) {
    if (exporter != null) {
      String document = exporter.writeString(article);
      return document.endsWith("\n") ? document : document + "\n";
    }
    return isText() ? text(article) : Json.prettyArticle(article);
  }

  /**
   * Returns the article as the value of a JSON Lines record's {@link #key()}: the article JSON,
   * an exporter's JSON document as JSON, or any other exporter's document as one string.
   */
  JsonNode node(Article article) {
    if (exporter == null) {
      return Json.article(article);
    }
    String document = exporter.writeString(article);
    if (ArticleExporter.isJson(exporter.mediaType())) {
      return Json.MAPPER.readTree(document);
    }
    return Json.MAPPER.getNodeFactory().stringNode(document);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Returns the article as readable text, ending with a line break. */
  static String text(Article article) {
    StringBuilder out = new StringBuilder();
    if (article.headline() != null) {
      out.append(article.headline()).append('\n');
    }
    List<String> meta = new ArrayList<>();
    if (!article.bylines().isEmpty()) {
      meta.add("By " + String.join(", ", article.bylines().stream().map(Byline::name).toList()));
    }
    if (article.syndication() != null) {
      meta.add(article.syndication().agency());
    }
    if (article.outlet() != null) {
      meta.add(article.outlet().name());
    }
    if (article.published() != null) {
      meta.add(article.published().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    if (!meta.isEmpty()) {
      out.append(String.join(" | ", meta)).append('\n');
    }
    for (Block block : article.body()) {
      out.append('\n').append(block.text()).append('\n');
    }
    if (!article.quotes().isEmpty()) {
      out.append("\nQuotes:\n");
      for (Quote quote : article.quotes()) {
        out.append("  \"").append(quote.text()).append("\" - ").append(name(article.speaker(quote))).append('\n');
      }
    }
    if (!article.claims().isEmpty()) {
      out.append("\nClaims:\n");
      for (Claim claim : article.claims()) {
        out.append("  ").append(name(article.claimant(claim))).append(' ')
            .append(claim.stance().name().toLowerCase(Locale.ROOT)).append(": ").append(claim.text()).append('\n');
      }
    }
    if (!article.provenance().warnings().isEmpty()) {
      out.append("\nWarnings (parser ").append(article.provenance().parser()).append("):\n");
      article.provenance().warnings().forEach(w -> out.append("  ").append(w).append('\n'));
    }
    return out.toString();
  }

  private static String name(Optional<Source> source) {
    return source.map(Source::name).orElse("(unattributed)");
  }
}
