package dev.newsmodel.eval.extraction;

import dev.newsmodel.Article;
import dev.newsmodel.Byline;
import dev.newsmodel.agency.NewsAgencies;
import dev.newsmodel.agency.NewsAgency;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParserRegistry;
import dev.newsmodel.parse.html.Dates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the library's articles with fundus's expected outputs: a directory of countries,
 * each with pages {@code <Publisher>_<date>.html.gz}, their URLs and crawl dates in
 * {@code meta.info}, and per publisher {@code <Publisher>.json} holding one expected output per
 * parser version ({@code V1}, {@code V1_1}, {@code V2}…). Each page is compared with the
 * version valid on its crawl date: a publisher's pages in crawl order take its versions in
 * version order (one page per version, as fundus's test data is laid out; surplus pages take
 * the newest version).
 *
 * <p>Per page: the title equal after white-space normalisation, the publishing date equal to
 * the minute (the same instant), the author set equal (after white-space normalisation), and
 * the body's word-4-gram F1 ({@link ShingleScore}) between the expected summary, section
 * headlines and paragraphs and the article's subheadline and body. A field the expected output
 * lacks is not scored for that page.
 *
 * <p>Credits: the model keeps people as bylines and a wire agency as the article's syndication,
 * while fundus lists an agency among the authors. The credits figure compares the set of the
 * bylines' names plus the syndication's agency with fundus's authors, an expected author and
 * the agency counting as equal when {@link NewsAgencies#standard()} resolves both to the same
 * agency ({@code AP} and {@code Associated Press}, {@code DPA} and {@code dpa}). The authors
 * figure stays people against fundus's authors.
 *
 * <p>An exceptions file lists reviewed cases where the expected output is itself wrong, one
 * per line: {@code country/page-file TAB field TAB reason} with field one of {@code title},
 * {@code date}, {@code authors}, {@code credits}, {@code body}; blank lines and lines starting with {@code #}
 * are ignored. Excepted comparisons are left out of the "with exceptions" figures.
 */
public final class FundusEvaluation {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double BODY_MISS = 0.9;
  private static final Pattern VERSION_PART = Pattern.compile("[V_]");

  private FundusEvaluation() {}

  /**
   * One page's comparison; a {@code null} value means the expected output has no such field.
   *
   * @param country the country folder
   * @param file the page file name
   * @param version the expected output's version key
   * @param titleEqual whether the titles match
   * @param dateEqual whether the dates are the same instant to the minute
   * @param authorsEqual whether the author sets match
   * @param body the body's word-4-gram overlap ({@link ShingleScore}) with the expected body
   * @param expectedTitle the expected title
   * @param actualTitle the article's headline
   * @param expectedAuthors the expected authors
   * @param actualAuthors the article's bylines
   * @param expectedDate the expected date as written
   * @param actualDate the article's publication date, or {@code null}
   * @param error why the page could not be parsed, or {@code null}
   * @param creditsEqual whether the bylines plus the syndication's agency match the expected
   *     authors, an agency matching any name of it
   * @param actualAgency the article's syndication agency, or {@code null}
   */
  public record PageResult(String country, String file, String version, @Nullable Boolean titleEqual,
      @Nullable Boolean dateEqual, @Nullable Boolean authorsEqual, ShingleScore.@Nullable Overlap body,
      @Nullable String expectedTitle, @Nullable String actualTitle, List<String> expectedAuthors,
      List<String> actualAuthors, @Nullable String expectedDate, @Nullable String actualDate,
      @Nullable String error, @Nullable Boolean creditsEqual, @Nullable String actualAgency) {
    /**
     * Copies the lists.
     *
     * @param country the country folder
     * @param file the page file name
     * @param version the expected output's version key
     * @param titleEqual whether the titles match
     * @param dateEqual whether the dates are the same instant to the minute
     * @param authorsEqual whether the author sets match
     * @param body the body's word-4-gram overlap with the expected body, or {@code null} when none is expected
     * @param expectedTitle the expected title
     * @param actualTitle the article's headline
     * @param expectedAuthors the expected authors
     * @param actualAuthors the article's bylines
     * @param expectedDate the expected date as written
     * @param actualDate the article's publication date, or {@code null}
     * @param error why the page could not be parsed, or {@code null}
     * @param creditsEqual whether the bylines plus the syndication's agency match the expected
     *     authors, an agency matching any name of it
     * @param actualAgency the article's syndication agency, or {@code null}
     */
    public PageResult {
      expectedAuthors = List.copyOf(expectedAuthors);
      actualAuthors = List.copyOf(actualAuthors);
    }

    /**
     * Returns the body's word-4-gram F1 of this page.
     *
     * @return the F1 of the page's precision and recall, or {@code null} when the expected output has no body
     */
    public @Nullable Double bodyF1() {
      return body == null ? null : body.f1();
    }

    /**
     * Returns the page's key in the exceptions file, {@code country/file}.
     *
     * @return the key
     */
    public String key() {
      return country + "/" + file;
    }
  }

  /**
   * Aggregate figures over a set of pages: shares of pages whose field matched, among the pages
   * where that field is scored, and the body's word-4-gram figures two ways.
   *
   * <p>{@code body} is the mean of the pages' F1; {@code benchmark} aggregates as the
   * article-extraction benchmark and {@code score_extraction.py} do (precision and recall are
   * means over pages, F1 is of those two means), which weighs a page that loses half its text
   * and one that gains half a page of furniture differently from the per-page mean.
   *
   * @param pages the number of pages
   * @param title the share of titles that matched
   * @param titlePages the pages with an expected title
   * @param date the share of dates that matched
   * @param datePages the pages with an expected date
   * @param authors the share of author sets that matched
   * @param authorPages the pages with expected authors
   * @param body the mean of the pages' body F1
   * @param bodyPages the pages with an expected body
   * @param benchmark the body figures aggregated as {@code score_extraction.py} does
   * @param credits the share of pages whose bylines plus syndication agency matched the expected
   *     authors (see the class comment)
   * @param creditPages the pages with expected authors scored for credits
   */
  public record Figures(int pages, double title, int titlePages, double date, int datePages, double authors,
      int authorPages, double body, int bodyPages, ShingleScore.Figures benchmark, double credits, int creditPages) {
    String line(String label) {
      return String.format(Locale.ROOT,
          "%-10s pages=%3d  title %.3f (%d)  date %.3f (%d)  authors %.3f (%d)  credits %.3f (%d)  body-F1 %.3f (%d)"
              + "  benchmark-F1 %.3f P %.3f R %.3f",
          label, pages, title, titlePages, date, datePages, authors, authorPages, credits, creditPages, body, bodyPages,
          benchmark.f1(), benchmark.precision(), benchmark.recall());
    }
  }

  /**
   * The evaluation's result.
   *
   * @param pages every page's comparison
   * @param exceptions the reviewed exceptions, {@code country/file} → field → reason
   */
  public record Result(List<PageResult> pages, Map<String, Map<String, String>> exceptions) {
    /**
     * Copies the collections.
     *
     * @param pages every page's comparison
     * @param exceptions the reviewed exceptions, {@code country/file} → field → reason
     */
    public Result {
      pages = List.copyOf(pages);
      exceptions = Map.copyOf(exceptions);
    }

    /**
     * Returns the overall figures, with the exceptions applied or not.
     *
     * @param withExceptions whether to apply the exceptions
     * @return the figures
     */
    public Figures overall(boolean withExceptions) {
      return figures(pages, withExceptions ? exceptions : Map.of());
    }

    /**
     * Returns the figures per country (sorted), with the exceptions applied or not.
     *
     * @param withExceptions whether to apply the exceptions
     * @return the figures by country
     */
    public Map<String, Figures> byCountry(boolean withExceptions) {
      Map<String, List<PageResult>> groups = new TreeMap<>();
      for (PageResult p : pages) {
        groups.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
      }
      Map<String, Figures> out = new LinkedHashMap<>();
      groups.forEach((k, v) -> out.put(k, figures(v, withExceptions ? exceptions : Map.of())));
      return out;
    }

    /**
     * Returns one line per mismatched field (page, field, expected, actual, and "[excepted]"
     * when the exceptions file reviews it) and per page whose body F1 is below 0.9 (with its
     * precision and recall), for finding what to fix; empty when all match.
     *
     * @return the lines, tab-separated
     */
    public String misses() {
      StringBuilder out = new StringBuilder();
      for (PageResult p : pages) {
        Map<String, String> exc = exceptions.getOrDefault(p.key(), Map.of());
        if (p.error() != null) {
          out.append(p.key()).append("\terror\t").append(p.error()).append('\n');
        }
        if (Boolean.FALSE.equals(p.titleEqual())) {
          miss(out, p, "title", p.expectedTitle(), p.actualTitle(), exc);
        }
        if (Boolean.FALSE.equals(p.dateEqual())) {
          miss(out, p, "date", p.expectedDate(), p.actualDate(), exc);
        }
        if (Boolean.FALSE.equals(p.authorsEqual())) {
          miss(out, p, "authors", p.expectedAuthors().toString(), p.actualAuthors().toString(), exc);
        }
        if (Boolean.FALSE.equals(p.creditsEqual())) {
          miss(out, p, "credits", p.expectedAuthors().toString(),
              p.actualAuthors() + (p.actualAgency() == null ? "" : " + syndication " + p.actualAgency()), exc);
        }
        if (p.body() != null && p.body().f1() < BODY_MISS) {
          out.append(p.key()).append("\tbody\t").append(String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f",
              p.body().precision(), p.body().recall(), p.body().f1())).append(exc.containsKey("body") ? "\t[excepted]" : "")
              .append('\n');
        }
      }
      return out.toString();
    }

    private static void miss(StringBuilder out, PageResult p, String field, @Nullable String expected,
        @Nullable String actual, Map<String, String> exc) {
      out.append(p.key()).append('\t').append(field).append("\texpected=").append(expected)
          .append("\tactual=").append(actual).append(exc.containsKey(field) ? "\t[excepted]" : "").append('\n');
    }

    /**
     * Returns the per-country and overall figures, without and with the exceptions.
     *
     * @return the report's text
     */
    public String report() {
      StringBuilder out = new StringBuilder();
      byCountry(false).forEach((country, f) -> out.append(f.line(country)).append('\n'));
      out.append(overall(false).line("overall")).append('\n');
      long excepted = exceptions.values().stream().mapToLong(Map::size).sum();
      out.append(overall(true).line("with-exc")).append("   (").append(excepted).append(" reviewed exceptions)\n");
      long errors = pages.stream().filter(p -> p.error() != null).count();
      if (errors > 0) {
        out.append("errors=").append(errors).append('\n');
      }
      return out.toString();
    }
  }

  private static Figures figures(List<PageResult> pages, Map<String, Map<String, String>> exceptions) {
    int titleN = 0, titleOk = 0, dateN = 0, dateOk = 0, authorN = 0, authorOk = 0, creditN = 0, creditOk = 0, bodyN = 0;
    double bodySum = 0;
    List<ShingleScore.Overlap> overlaps = new ArrayList<>();
    List<Boolean> exact = new ArrayList<>();
    for (PageResult p : pages) {
      Map<String, String> exc = exceptions.getOrDefault(p.key(), Map.of());
      if (p.titleEqual() != null && !exc.containsKey("title")) {
        titleN++;
        titleOk += p.titleEqual() ? 1 : 0;
      }
      if (p.dateEqual() != null && !exc.containsKey("date")) {
        dateN++;
        dateOk += p.dateEqual() ? 1 : 0;
      }
      if (p.authorsEqual() != null && !exc.containsKey("authors")) {
        authorN++;
        authorOk += p.authorsEqual() ? 1 : 0;
      }
      if (p.creditsEqual() != null && !exc.containsKey("credits")) {
        creditN++;
        creditOk += p.creditsEqual() ? 1 : 0;
      }
      if (p.body() != null && !exc.containsKey("body")) {
        bodyN++;
        bodySum += p.body().f1();
        overlaps.add(p.body());
        exact.add(p.body().fp() == 0 && p.body().fn() == 0);
      }
    }
    return new Figures(pages.size(), share(titleOk, titleN), titleN, share(dateOk, dateN), dateN,
        share(authorOk, authorN), authorN, bodyN == 0 ? Double.NaN : bodySum / bodyN, bodyN,
        ShingleScore.aggregate(overlaps, exact), share(creditOk, creditN), creditN);
  }

  private static double share(int ok, int n) {
    return n == 0 ? Double.NaN : ok / (double) n;
  }

  /**
   * Runs the library (all parsers of {@link ParserRegistry#load()}) on the corpus.
   *
   * @param corpus the fundus corpus directory (country folders)
   * @param exceptionsFile the reviewed exceptions, or {@code null} for none
   * @return the figures and mismatches
   * @throws IOException when the corpus cannot be listed or a file cannot be read
   */
  public static Result run(Path corpus, @Nullable Path exceptionsFile) throws IOException {
    return run(corpus, exceptionsFile, ParserRegistry.load());
  }

  /**
   * Runs with the given registry; see {@link #run(Path, Path)}.
   *
   * @param corpus the fundus corpus directory (country folders)
   * @param exceptionsFile the reviewed exceptions, or {@code null}
   * @param registry the parsers to run
   * @return the figures and mismatches
   * @throws IOException when a file cannot be read
   */
  public static Result run(Path corpus, @Nullable Path exceptionsFile, ParserRegistry registry) throws IOException {
    NewsModel documents = NewsModel.create(registry).withAttribution(false);
    List<PageResult> results = new ArrayList<>();
    List<Path> countries;
    try (Stream<Path> list = Files.list(corpus)) {
      countries = list.filter(Files::isDirectory).sorted().toList();
    }
    for (Path country : countries) {
      Path metaInfo = country.resolve("meta.info");
      if (!Files.isRegularFile(metaInfo)) {
        continue;
      }
      JsonNode meta = JSON.readTree(metaInfo.toFile());
      List<Path> expectations;
      try (Stream<Path> list = Files.list(country)) {
        expectations = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      }
      for (Path expected : expectations) {
        String publisher = expected.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode versions = JSON.readTree(expected.toFile());
        List<String> keys = new ArrayList<>();
        versions.propertyNames().forEach(keys::add);
        keys.sort(FundusEvaluation::compareVersions);
        List<String> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : meta.properties()) {
          String file = e.getKey();
          if (file.startsWith(publisher + "_") && file.length() > publisher.length() + 1
              && Character.isDigit(file.charAt(publisher.length() + 1)) && Files.isRegularFile(country.resolve(file))) {
            pages.add(file);
          }
        }
        pages.sort(Comparator.comparing((String f) -> meta.get(f).path("crawl_date").asString("")).thenComparing(f -> f));
        for (int i = 0; i < pages.size() && !keys.isEmpty(); i++) {
          String file = pages.get(i);
          String version = keys.get(Math.min(i, keys.size() - 1));
          results.add(compare(country.getFileName().toString(), file, version, country.resolve(file),
              meta.get(file).path("url").asString(""), versions.get(version), documents));
        }
      }
    }
    return new Result(results, exceptionsFile == null ? Map.of() : readExceptions(exceptionsFile));
  }

  /**
   * Orders version keys V1 &lt; V1_1 &lt; V2 &lt; V10 by their numbers; a comparator.
   *
   * @param a a version key
   * @param b another version key
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
   */
  public static int compareVersions(String a, String b) {
    String[] pa = VERSION_PART.split(a.substring(a.startsWith("V") ? 1 : 0));
    String[] pb = VERSION_PART.split(b.substring(b.startsWith("V") ? 1 : 0));
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      int x = i < pa.length ? parseOr(pa[i]) : -1;
      int y = i < pb.length ? parseOr(pb[i]) : -1;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return a.compareTo(b);
  }

  private static int parseOr(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static PageResult compare(String country, String file, String version, Path page, String url,
      JsonNode expected, NewsModel documents) {
    String expectedTitle = expected.hasNonNull("title") ? expected.get("title").asString() : null;
    List<String> expectedAuthors = new ArrayList<>();
    if (expected.has("authors")) {
      expected.get("authors").values().forEach(a -> expectedAuthors.add(normalise(a.asString())));
    }
    String expectedDate = expected.hasNonNull("publishing_date") ? expected.get("publishing_date").asString() : null;
    String expectedBody = expected.has("body") ? bodyText(expected.get("body")) : null;
    Article article;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      article = documents.parse(Page.of(in.readAllBytes(), url.isEmpty() ? null : url, Map.of()));
    } catch (Exception e) {
      return new PageResult(country, file, version, expectedTitle == null ? null : false, expectedDate == null ? null : false,
          expected.has("authors") ? false : null, expectedBody == null ? null : ShingleScore.overlap(expectedBody, ""), expectedTitle, null,
          expectedAuthors, List.of(), expectedDate, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
          expected.has("authors") ? false : null, null);
    }
    Boolean titleEqual = expectedTitle == null ? null
        : article.headline() != null && normalise(expectedTitle).equals(normalise(article.headline()));
    Boolean dateEqual = null;
    if (expectedDate != null) {
      var want = Dates.parse(expectedDate, ZoneOffset.UTC);
      if (want.isEmpty() || article.published() == null) {
        dateEqual = false;
      } else if (want.get().zoneAssumed()) {
        // An expected date without a zone is a wall-clock time: compare the page's local time.
        dateEqual = want.get().dateTime().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
            .equals(article.published().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
      } else {
        dateEqual = want.get().dateTime().toInstant().truncatedTo(ChronoUnit.MINUTES)
            .equals(article.published().toInstant().truncatedTo(ChronoUnit.MINUTES));
      }
    }
    List<String> actualAuthors = new ArrayList<>();
    for (Byline b : article.bylines()) {
      // Fundus lists the authors; people credited with another role (a Reuters sign-off's
      // editors, say) are not among them.
      if (b.role() == null) {
        actualAuthors.add(normalise(b.name()));
      }
    }
    Boolean authorsEqual = expected.has("authors") ? new HashSet<>(expectedAuthors).equals(new HashSet<>(actualAuthors)) : null;
    String agency = article.syndication() == null ? null : article.syndication().agency();
    Boolean creditsEqual = expected.has("authors") ? creditsEqual(expectedAuthors, actualAuthors, agency) : null;
    ShingleScore.Overlap body = null;
    if (expectedBody != null) {
      StringBuilder actual = new StringBuilder();
      if (article.subheadline() != null) {
        actual.append(article.subheadline()).append("\n\n");
      }
      actual.append(article.bodyText());
      body = ShingleScore.overlap(expectedBody, actual.toString());
    }
    return new PageResult(country, file, version, titleEqual, dateEqual, authorsEqual, body, expectedTitle,
        article.headline(), expectedAuthors, actualAuthors, expectedDate,
        article.published() == null ? null : article.published().toString(), null, creditsEqual, agency);
  }

  /**
   * Whether the people plus the agency are the expected authors as a set: the agency stands for
   * the one expected author the vocabulary resolves to the same agency, else for itself.
   */
  static boolean creditsEqual(List<String> expected, List<String> people, @Nullable String agency) {
    Set<String> want = new HashSet<>(expected);
    Set<String> got = new HashSet<>(people);
    if (agency != null) {
      Optional<NewsAgency> credited = NewsAgencies.standard().find(agency);
      String named = agency;
      for (String author : want) {
        if (!got.contains(author) && credited.isPresent() && NewsAgencies.standard().find(author).equals(credited)) {
          named = author;
          break;
        }
      }
      got.add(named);
    }
    return want.equals(got);
  }

  /** Returns the expected body as text: summary, then each section's headline and paragraphs. */
  static String bodyText(JsonNode body) {
    StringBuilder out = new StringBuilder();
    for (JsonNode s : body.path("summary").values()) {
      out.append(s.asString()).append("\n\n");
    }
    for (JsonNode section : body.path("sections").values()) {
      for (JsonNode h : section.path("headline").values()) {
        out.append(h.asString()).append("\n\n");
      }
      for (JsonNode p : section.path("paragraphs").values()) {
        out.append(p.asString()).append("\n\n");
      }
    }
    return out.toString();
  }

  private static String normalise(String text) {
    String spaced = SPACES.matcher(text).replaceAll(" ").strip();
    return java.text.Normalizer.normalize(spaced, java.text.Normalizer.Form.NFC);
  }

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");

  /** Reads {@code country/file TAB field TAB reason} lines. */
  static Map<String, Map<String, String>> readExceptions(Path file) throws IOException {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      if (parts.length < 3 || parts[2].isBlank()) {
        throw new IOException("exceptions line needs page, field and reason separated by tabs: " + line);
      }
      Set<String> fields = Set.of("title", "date", "authors", "credits", "body");
      if (!fields.contains(parts[1].strip())) {
        throw new IOException("unknown field '" + parts[1] + "' in exceptions line: " + line);
      }
      out.computeIfAbsent(parts[0].strip(), k -> new TreeMap<>()).put(parts[1].strip(), parts[2].strip());
    }
    return out;
  }
}
