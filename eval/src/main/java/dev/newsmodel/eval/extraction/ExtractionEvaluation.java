package dev.newsmodel.eval.extraction;

import dev.newsmodel.Article;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParserRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the library over a directory of pages and scores the article bodies against a ground
 * truth in the article-extraction benchmark's format ({@code {"<id>": {"articleBody": …,
 * "url": …}}}), with the benchmark's own metric ({@link ShingleScore}): the figures equal
 * those {@code score_extraction.py} prints for the same predictions.
 *
 * <p>Pages are {@code <id>.html} or {@code <id>.html.gz}, read as UTF-8 bytes through
 * {@link Page#of(byte[], String, Map)} with the ground truth's URL, so that the registry picks
 * outlet parsers where they match. A page that is missing or fails to parse counts as an empty
 * prediction and is listed in {@link Result#failures()}.
 */
public final class ExtractionEvaluation {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ExtractionEvaluation() {}

  /**
   * One page's score.
   *
   * @param id the page id
   * @param url the page URL from the ground truth, empty when none
   * @param overlap the shingle overlap
   * @param exact whether the token sequences are equal
   */
  public record PageScore(String id, String url, ShingleScore.Overlap overlap, boolean exact) {}

  /**
   * The result of an evaluation.
   *
   * @param figures precision, recall, F1 and accuracy as the benchmark computes them
   * @param pages each page's score in ground-truth order
   * @param failures the pages that could not be read or parsed, with the reason
   */
  public record Result(ShingleScore.Figures figures, List<PageScore> pages, Map<String, String> failures) {
    /**
     * Copies the collections.
     *
     * @param figures precision, recall, F1 and accuracy as the benchmark computes them
     * @param pages each page's score in ground-truth order
     * @param failures the pages that could not be read or parsed, with the reason
     */
    public Result {
      pages = List.copyOf(pages);
      failures = Map.copyOf(failures);
    }

    /**
     * Returns the figures as {@code score_extraction.py} prints them (three decimals), plus failures.
     *
     * @return the report's text
     */
    public String report() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%-20s %-13s  %-13s  %-13s  %-13s%n", "", "F1", "precision", "recall", "accuracy"));
      out.append(String.format(Locale.ROOT, "%-20s %.3f          %.3f          %.3f          %.3f%n", "newsmodel",
          figures.f1(), figures.precision(), figures.recall(), figures.accuracy()));
      out.append("pages=").append(pages.size()).append(" failures=").append(failures.size()).append('\n');
      failures.forEach((id, why) -> out.append("  failed ").append(id).append(": ").append(why).append('\n'));
      return out.toString();
    }
  }

  /**
   * Evaluates the library (all parsers of {@link ParserRegistry#load()}) on a directory of pages.
   *
   * @param pagesDir the directory of {@code <id>.html[.gz]} pages
   * @param groundTruth the ground-truth JSON file
   * @param predictionsDir where to write {@code <id>.json} predictions ({@code {"articleBody": …}}), or {@code null}
   * @return the figures and failures
   * @throws IOException when the ground truth cannot be read or a prediction cannot be written
   */
  public static Result run(Path pagesDir, Path groundTruth, @Nullable Path predictionsDir) throws IOException {
    return run(pagesDir, groundTruth, predictionsDir, ParserRegistry.load());
  }

  /**
   * Evaluates with the given registry; see {@link #run(Path, Path, Path)}.
   *
   * @param pagesDir the directory of {@code <id>.html[.gz]} pages
   * @param groundTruth the ground-truth JSON file
   * @param predictionsDir where to write {@code <id>.json} predictions, or {@code null}
   * @param registry the parsers to run
   * @return the figures and failures
   * @throws IOException when a file cannot be read or written
   */
  public static Result run(Path pagesDir, Path groundTruth, @Nullable Path predictionsDir, ParserRegistry registry)
      throws IOException {
    Map<String, String[]> truth = readGroundTruth(groundTruth);
    if (predictionsDir != null) {
      Files.createDirectories(predictionsDir);
    }
    Map<String, String> predicted = new LinkedHashMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    NewsModel documents = NewsModel.create(registry).withAttribution(false);
    for (Map.Entry<String, String[]> e : truth.entrySet()) {
      String id = e.getKey();
      String body = "";
      try {
        byte[] bytes = readPage(pagesDir, id);
        if (bytes == null) {
          failures.put(id, "no page file");
        } else {
          String url = e.getValue()[1].isEmpty() ? null : e.getValue()[1];
          Article article = documents.parse(Page.of(bytes, url, Map.of()));
          body = article.bodyText();
        }
      } catch (Exception ex) {
        failures.put(id, ex.getClass().getSimpleName() + ": " + ex.getMessage());
      }
      predicted.put(id, body);
      if (predictionsDir != null) {
        ObjectNode node = JSON.createObjectNode();
        node.put("articleBody", body);
        Files.writeString(predictionsDir.resolve(id + ".json"), JSON.writeValueAsString(node));
      }
    }
    return score(truth, predicted, failures);
  }

  /**
   * Scores predictions already made (e.g. by another extractor) against a ground truth.
   *
   * @param groundTruth the ground-truth JSON file
   * @param predicted page id → predicted body; a missing id counts as an empty prediction
   * @return the figures
   * @throws IOException when the ground truth cannot be read
   */
  public static Result score(Path groundTruth, Map<String, String> predicted) throws IOException {
    return score(readGroundTruth(groundTruth), predicted, Map.of());
  }

  private static Result score(Map<String, String[]> truth, Map<String, String> predicted, Map<String, String> failures) {
    List<PageScore> pages = new ArrayList<>();
    List<ShingleScore.Overlap> overlaps = new ArrayList<>();
    List<Boolean> exact = new ArrayList<>();
    for (Map.Entry<String, String[]> e : truth.entrySet()) {
      String t = e.getValue()[0];
      String p = predicted.getOrDefault(e.getKey(), "");
      ShingleScore.Overlap overlap = ShingleScore.overlap(t, p);
      boolean same = ShingleScore.tokens(t).equals(ShingleScore.tokens(p));
      overlaps.add(overlap);
      exact.add(same);
      pages.add(new PageScore(e.getKey(), e.getValue()[1], overlap, same));
    }
    return new Result(ShingleScore.aggregate(overlaps, exact), pages, failures);
  }

  /** Reads id → {articleBody, url} in file order. */
  private static Map<String, String[]> readGroundTruth(Path groundTruth) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(groundTruth.toFile());
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException("cannot read ground truth " + groundTruth + ": " + e.getOriginalMessage(), e);
    }
    Map<String, String[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      JsonNode body = e.getValue().get("articleBody");
      JsonNode url = e.getValue().get("url");
      out.put(e.getKey(), new String[] {
          body == null || body.isNull() ? "" : body.asString(), url == null || url.isNull() ? "" : url.asString()});
    }
    return out;
  }

  static byte @Nullable [] readPage(Path dir, String id) {
    try {
      Path plain = dir.resolve(id + ".html");
      if (Files.isRegularFile(plain)) {
        return Files.readAllBytes(plain);
      }
      Path gz = dir.resolve(id + ".html.gz");
      if (Files.isRegularFile(gz)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
          return in.readAllBytes();
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
