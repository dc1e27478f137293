package dev.newsmodel.parse.outlet.reuters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParserRegistry;
import dev.newsmodel.corpus.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parser on the real Reuters pages of the shared corpora (read from {@code newsmodel.shared},
 * never copied into the project): the fundus pages against their expected title, authors, date,
 * body and topics, and the 2019 page of the article-extraction benchmark against its body by
 * word 4-gram F1 (the metric of {@code tools/score_extraction.py}). Skipped when the corpora
 * are absent.
 */
class ReutersCorpusTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ParserRegistry REGISTRY = ParserRegistry.load();
  /** The benchmark's 2019 Reuters page. */
  private static final String AEB_PAGE = "57d46c9d";
  private static final double AEB_F1_FLOOR = 0.98;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private static Path shared() {
    return SharedCorpus.require("corpus").getParent();
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Article parse(String html, String url) throws ParseException {
    Page page = Page.of(html, url);
    assertThat(REGISTRY.select(page).name()).as("parser chosen for %s", url).isEqualTo(ReutersParser.NAME);
    return REGISTRY.select(page).parse(page);
  }

  /**
   * Returns the body as fundus prints it: the lead with its dateline, then the paragraphs and
   * the subheadings in order.
   */
  private static List<String> bodyWithDateline(Article article) {
    List<String> out = new ArrayList<>();
    for (Block block : article.body()) {
      out.add(out.isEmpty() && article.dateline() != null && block.kind() == BlockKind.PARAGRAPH
          ? article.dateline().text() + " " + block.text() : block.text());
    }
    return out;
  }

  @Test
  void fundusPagesGiveTheExpectedTitleAuthorsDateBodyAndTopics() throws Exception {
    Path dir = shared().resolve("corpus/fundus/us");
    assumeTrue(Files.isRegularFile(dir.resolve("Reuters.json")), "no fundus Reuters expectations; skipped");
    JsonNode expected = JSON.readTree(Files.readString(dir.resolve("Reuters.json")));
    JsonNode meta = JSON.readTree(Files.readString(dir.resolve("meta.info")));

    // Each parser version of fundus covers the pages crawled while it was current: the
    // versions in order pair with the pages in crawl-date order.
    List<String> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Reuters_") && n.endsWith(".html.gz"))
          .sorted(Comparator.comparing(n -> meta.get(n).get("crawl_date").asString()))
          .toList();
    }
    List<String> versions = new ArrayList<>();
    expected.propertyNames().forEach(versions::add);
    versions.sort(Comparator.comparing(ReutersCorpusTest::versionKey));
    assertThat(pages).hasSameSizeAs(versions).isNotEmpty();

    for (int i = 0; i < pages.size(); i++) {
      String name = pages.get(i);
      JsonNode want = expected.get(versions.get(i));
      Article article = parse(gunzip(dir.resolve(name)), meta.get(name).get("url").asString());

      assertThat(article.headline()).as("%s title", name).isEqualTo(want.get("title").asString());
      List<String> authors = new ArrayList<>();
      want.get("authors").values().forEach(a -> authors.add(a.asString()));
      assertThat(article.bylines().stream().filter(b -> b.role() == null).map(Byline::name).toList())
          .as("%s authors", name).isEqualTo(authors);
      assertThat(article.published()).as("%s date", name)
          .isEqualTo(OffsetDateTime.parse(want.get("publishing_date").asString().replace(' ', 'T')));
      List<String> topics = new ArrayList<>();
      want.get("topics").values().forEach(t -> topics.add(t.asString()));
      assertThat(article.tags()).as("%s topics", name).isEqualTo(topics);

      List<String> body = new ArrayList<>();
      want.get("body").get("summary").values().forEach(s -> body.add(s.asString()));
      for (JsonNode section : want.get("body").get("sections").values()) {
        section.get("headline").values().forEach(h -> body.add(h.asString()));
        section.get("paragraphs").values().forEach(p -> body.add(p.asString()));
      }
      assertThat(bodyWithDateline(article)).as("%s body", name).isEqualTo(body);
      assertThat(article.dateline()).as("%s dateline", name).isNotNull();
      assertThat(article.bylines()).as("%s sign-off roles", name).anySatisfy(b -> assertThat(b.role()).isEqualTo("editing"));
    }
  }

  @Test
  void benchmarkPageOf2019ReachesTheF1Floor() throws Exception {
    Path aeb = shared().resolve("corpus/aeb");
    JsonNode truth = JSON.readTree(Files.readString(aeb.resolve("ground-truth.json")));
    Entry<String, JsonNode> page = null;
    for (Entry<String, JsonNode> entry : truth.properties()) {
      if (entry.getKey().startsWith(AEB_PAGE)) {
        page = entry;
      }
    }
    assumeTrue(page != null, "benchmark page " + AEB_PAGE + " not in the ground truth; skipped");
    Article article = parse(gunzip(aeb.resolve("html/" + page.getKey() + ".html.gz")), page.getValue().get("url").asString());

    // The benchmark's body is the text a reader sees, dateline included.
    String predicted = String.join("\n\n", bodyWithDateline(article));
    double f1 = f1(page.getValue().get("articleBody").asString(), predicted);
    assertThat(f1).as("word 4-gram F1 of the 2019 page").isGreaterThanOrEqualTo(AEB_F1_FLOOR);
    assertThat(article.headline()).isNotBlank();
    assertThat(article.published()).isNotNull();
    assertThat(article.bodyText()).doesNotContain("Our Standards", "Reporting by");
  }

  /** Word 4-gram F1 as the benchmark's scorer computes it for one page. */
  static double f1(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Entry<List<String>, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Entry<List<String>, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    if (fp == 0 && fn == 0) {
      return 1.0;
    }
    double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }

  private static String versionKey(String version) {
    // V1 < V1_1 < V2 < V10: pad each number.
    StringBuilder key = new StringBuilder();
    for (String part : version.replace("V", "").split("_")) {
      key.append(String.format("%05d", Integer.parseInt(part)));
    }
    return key.toString();
  }

  @Test
  void f1MatchesTheScorerOnSmallCases() {
    assertThat(f1("one two three four five", "one two three four five")).isEqualTo(1.0);
    assertThat(f1("one two three four five", "")).isZero();
    // 2 shingles each, 1 shared: P = R = 1/2.
    assertThat(f1("one two three four five", "one two three four six")).isEqualTo(0.5);
  }
}
