package dev.newsmodel.eval.extraction;

import dev.newsmodel.Article;
import dev.newsmodel.Byline;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParserRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the library's articles with a reader-view extractor's reviewed output laid out as
 * Mozilla Readability's test suite is: a directory with one folder per page, each holding
 * {@code source.html} or {@code source.html.gz} (the page), {@code expected.html} (the
 * extracted content) and {@code expected-metadata.json} ({@code title}, {@code byline},
 * {@code publishedTime}…). That output is a peer's, not human ground truth: the figures say
 * where the library and the peer disagree, which is where to look for lost text.
 *
 * <p>How each field is compared:
 *
 * <ul>
 *   <li><b>body</b>: the text of {@code expected.html} against the article's subheadline and
 *       body text, by the article-extraction benchmark's word-4-gram metric ({@link
 *       ShingleScore}, aggregated as {@code score_extraction.py} does: precision and recall are
 *       means over pages, F1 is of those means);
 *   <li><b>title</b>: the headline equal to the expected {@code title} after white-space
 *       normalisation (pages without a title are not scored);
 *   <li><b>byline</b>: the first author's name, case-folded, found in the expected {@code byline}
 *       text, or that text (less a leading "By") found in the name; pages without a byline are
 *       not scored, and a page where the library finds no author counts as a miss;
 *   <li><b>date</b>: the calendar day of the expected {@code publishedTime}, as written, equal to
 *       the day of the article's publication date in its own offset; pages without one are not
 *       scored.
 * </ul>
 *
 * <p>Pages are parsed without a URL (the suite has none), so the generic parser reads them. A
 * page that fails to parse counts as an empty body and misses on every field, and is listed in
 * {@link PageResult#error()}.
 */
public final class ReadabilityEvaluation {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");
  private static final Pattern LEADING_BY = Pattern.compile("(?iu)^(?:by|von|par|por|di|door)\\s+");

  private ReadabilityEvaluation() {}

  /**
   * One page's comparison; a {@code null} field means the expected metadata has none, so the
   * field is not scored on this page.
   *
   * @param name the page's folder name
   * @param body the body's shingle overlap with the expected content
   * @param titleEqual whether the headline equals the expected title
   * @param bylineFound whether the first author matches the expected byline
   * @param dateEqual whether the publication day equals the expected one
   * @param expectedTitle the expected title
   * @param actualTitle the article's headline
   * @param expectedByline the expected byline text
   * @param actualByline the article's first author
   * @param expectedDate the expected publication time as written
   * @param actualDate the article's publication date
   * @param error why the page could not be read or parsed, or {@code null}
   */
  public record PageResult(String name, ShingleScore.Overlap body, @Nullable Boolean titleEqual,
      @Nullable Boolean bylineFound, @Nullable Boolean dateEqual, @Nullable String expectedTitle,
      @Nullable String actualTitle, @Nullable String expectedByline, @Nullable String actualByline,
      @Nullable String expectedDate, @Nullable String actualDate, @Nullable String error) {}

  /**
   * Aggregate figures.
   *
   * @param pages the number of pages
   * @param body the body figures by the benchmark's aggregation
   * @param title the share of scored pages whose title matched
   * @param titlePages the pages with an expected title
   * @param byline the share of scored pages whose byline matched
   * @param bylinePages the pages with an expected byline
   * @param date the share of scored pages whose date matched
   * @param datePages the pages with an expected date
   */
  public record Figures(int pages, ShingleScore.Figures body, double title, int titlePages, double byline,
      int bylinePages, double date, int datePages) {}

  /**
   * The evaluation's result.
   *
   * @param pages every page's comparison, in folder-name order
   */
  public record Result(List<PageResult> pages) {
    /**
     * Copies the list.
     *
     * @param pages every page's comparison, in folder-name order
     */
    public Result {
      pages = List.copyOf(pages);
    }

    /**
     * Returns the aggregate figures.
     *
     * @return body precision, recall, F1 and accuracy, and the metadata shares
     */
    public Figures figures() {
      List<ShingleScore.Overlap> overlaps = new ArrayList<>();
      List<Boolean> exact = new ArrayList<>();
      int[] title = new int[2];
      int[] byline = new int[2];
      int[] date = new int[2];
      for (PageResult p : pages) {
        overlaps.add(p.body());
        exact.add(p.body().fp() == 0 && p.body().fn() == 0);
        count(title, p.titleEqual());
        count(byline, p.bylineFound());
        count(date, p.dateEqual());
      }
      return new Figures(pages.size(), ShingleScore.aggregate(overlaps, exact), share(title), title[1],
          share(byline), byline[1], share(date), date[1]);
    }

    /**
     * Returns the figures as text, saying how each field is compared, and the pages that failed.
     *
     * @return the report
     */
    public String report() {
      Figures f = figures();
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%-8s F1 %.3f  precision %.3f  recall %.3f  (word 4-grams against expected.html's text, %d pages)%n",
          "body", f.body().f1(), f.body().precision(), f.body().recall(), f.pages()));
      out.append(String.format(Locale.ROOT, "%-8s %.3f  (%d pages; headline equal to title, white space normalised)%n",
          "title", f.title(), f.titlePages()));
      out.append(String.format(Locale.ROOT, "%-8s %.3f  (%d pages; first author's name in the byline text or it in the name, case-folded)%n",
          "byline", f.byline(), f.bylinePages()));
      out.append(String.format(Locale.ROOT, "%-8s %.3f  (%d pages; same calendar day as publishedTime as written)%n",
          "date", f.date(), f.datePages()));
      for (PageResult p : pages) {
        if (p.error() != null) {
          out.append("  failed ").append(p.name()).append(": ").append(p.error()).append('\n');
        }
      }
      return out.toString();
    }

    /**
     * Returns one line per page: its body precision, recall and F1 and which metadata missed,
     * worst body F1 first, for finding what to fix.
     *
     * @return the lines, tab-separated
     */
    public String perPage() {
      StringBuilder out = new StringBuilder();
      pages.stream().sorted(java.util.Comparator.comparingDouble(p -> p.body().f1())).forEach(p -> {
        out.append(String.format(Locale.ROOT, "%s\tP %.3f\tR %.3f\tF1 %.3f", p.name(), p.body().precision(),
            p.body().recall(), p.body().f1()));
        if (Boolean.FALSE.equals(p.titleEqual())) {
          out.append("\ttitle expected=").append(p.expectedTitle()).append(" actual=").append(p.actualTitle());
        }
        if (Boolean.FALSE.equals(p.bylineFound())) {
          out.append("\tbyline expected=").append(oneLine(p.expectedByline())).append(" actual=").append(p.actualByline());
        }
        if (Boolean.FALSE.equals(p.dateEqual())) {
          out.append("\tdate expected=").append(p.expectedDate()).append(" actual=").append(p.actualDate());
        }
        out.append('\n');
      });
      return out.toString();
    }
  }

  private static void count(int[] tally, @Nullable Boolean hit) {
    if (hit != null) {
      tally[1]++;
      tally[0] += hit ? 1 : 0;
    }
  }

  private static double share(int[] tally) {
    return tally[1] == 0 ? Double.NaN : tally[0] / (double) tally[1];
  }

  /**
   * Runs the library (all parsers of {@link ParserRegistry#load()}) on the pages.
   *
   * @param pagesDir the directory of page folders
   * @return every page's comparison
   * @throws IOException when the directory cannot be listed or a page's expected files cannot be read
   */
  public static Result run(Path pagesDir) throws IOException {
    return run(pagesDir, ParserRegistry.load());
  }

  /**
   * Runs with the given registry; see {@link #run(Path)}.
   *
   * @param pagesDir the directory of page folders
   * @param registry the parsers to use
   * @return every page's comparison
   * @throws IOException when the directory cannot be listed or a page's expected files cannot be read
   */
  public static Result run(Path pagesDir, ParserRegistry registry) throws IOException {
    List<Path> folders;
    try (Stream<Path> list = Files.list(pagesDir)) {
      folders = list.filter(p -> Files.isRegularFile(p.resolve("expected.html"))).sorted().toList();
    }
    if (folders.isEmpty()) {
      throw new IOException("no page folders with an expected.html in " + pagesDir);
    }
    // The document layer alone, through the front door (limits applied), as the other evaluations.
    NewsModel documents = NewsModel.create(registry).withAttribution(false);
    List<PageResult> results = new ArrayList<>();
    for (Path folder : folders) {
      results.add(compare(folder, documents));
    }
    return new Result(results);
  }

  private static PageResult compare(Path folder, NewsModel documents) throws IOException {
    String name = folder.getFileName().toString();
    String expectedBody = Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8)).text();
    Path metaFile = folder.resolve("expected-metadata.json");
    JsonNode meta;
    try {
      meta = Files.isRegularFile(metaFile) ? JSON.readTree(metaFile.toFile()) : JSON.createObjectNode();
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException("cannot read " + metaFile + ": " + e.getOriginalMessage(), e);
    }
    String expectedTitle = text(meta, "title");
    String expectedByline = text(meta, "byline");
    String expectedDate = text(meta, "publishedTime");
    Article article;
    try {
      article = documents.parse(Page.of(readSource(folder), null, Map.of()));
    } catch (Exception e) {
      return new PageResult(name, ShingleScore.overlap(expectedBody, ""), expectedTitle == null ? null : false,
          expectedByline == null ? null : false, expectedDate == null ? null : false, expectedTitle, null,
          expectedByline, null, expectedDate, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    StringBuilder actual = new StringBuilder();
    if (article.subheadline() != null) {
      actual.append(article.subheadline()).append("\n\n");
    }
    actual.append(article.bodyText());
    String author = article.bylines().stream().filter(b -> b.role() == null).map(Byline::name).findFirst().orElse(null);
    String day = article.published() == null ? null : article.published().toLocalDate().toString();
    return new PageResult(name, ShingleScore.overlap(expectedBody, actual.toString()),
        expectedTitle == null ? null : article.headline() != null && normalise(expectedTitle).equals(normalise(article.headline())),
        expectedByline == null ? null : bylineMatches(expectedByline, author),
        expectedDate == null ? null : day != null && expectedDate.length() >= 10 && expectedDate.substring(0, 10).equals(day),
        expectedTitle, article.headline(), expectedByline, author, expectedDate,
        article.published() == null ? null : article.published().toString(), null);
  }

  /** Whether an author's name and a byline text name the same person (either contains the other). */
  static boolean bylineMatches(String expected, @Nullable String author) {
    if (author == null) {
      return false;
    }
    String want = LEADING_BY.matcher(normalise(expected).toLowerCase(Locale.ROOT)).replaceFirst("");
    String got = normalise(author).toLowerCase(Locale.ROOT);
    return !want.isEmpty() && !got.isEmpty() && (want.contains(got) || got.contains(want));
  }

  private static byte[] readSource(Path folder) throws IOException {
    Path plain = folder.resolve("source.html");
    if (Files.isRegularFile(plain)) {
      return Files.readAllBytes(plain);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("source.html.gz")))) {
      return in.readAllBytes();
    }
  }

  private static @Nullable String text(JsonNode meta, String field) {
    JsonNode node = meta.get(field);
    return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
  }

  private static String oneLine(@Nullable String text) {
    return text == null ? "null" : normalise(text);
  }

  private static String normalise(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
