package dev.newsmodel.parse.outlet.asahi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParserRegistry;
import dev.newsmodel.corpus.SharedCorpus;
import dev.newsmodel.parse.html.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asahi.com pages of ../shared against their expected files: fundus (title, publishing
 * date, authors, body paragraphs, topics, image URLs) and postlight (title, date, excerpt, author). Reviewed
 * differences are listed with their reasons in {@code corpus/asahi-exceptions.tsv}; for those
 * the test asserts that the parser still differs, so a stale entry fails too.
 */
class AsahiHtmlCorpusTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ParserRegistry REGISTRY = ParserRegistry.load();

  @TestFactory
  Stream<DynamicTest> fundusAsahiPages() throws IOException {
    Path dir = SharedCorpus.require("corpus/fundus/jp");
    JsonNode expectedVersions = JSON.readTree(Files.readString(dir.resolve("AsahiShimbun.json")));
    JsonNode meta = JSON.readTree(Files.readString(dir.resolve("meta.info")));
    Map<String, Map<String, String>> exceptions = exceptions();
    List<String> pages = new ArrayList<>();
    meta.propertyNames().forEach(name -> {
      if (name.startsWith("AsahiShimbun_")) {
        pages.add(name);
      }
    });
    // Versions V1, V1_1, ... follow the crawl dates of the publisher's pages in order.
    pages.sort(Comparator.comparing(p -> meta.get(p).get("crawl_date").asString()));
    List<String> versions = new ArrayList<>(expectedVersions.propertyNames());
    versions.sort(Comparator.naturalOrder());
    assertThat(pages).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String name = pages.get(i);
      JsonNode expected = expectedVersions.get(versions.get(Math.min(i, versions.size() - 1)));
      String url = meta.get(name).get("url").asString();
      tests.add(DynamicTest.dynamicTest(name, () -> checkFundus(dir.resolve(name), url, expected,
          exceptions.getOrDefault(name, Map.of()))));
    }
    return tests.stream();
  }

  private static void checkFundus(Path file, String url, JsonNode expected, Map<String, String> exceptions) throws Exception {
    Page page;
    try (InputStream in = Files.newInputStream(file)) {
      page = Page.of(in, url, Map.of());
    }
    Article article = REGISTRY.select(page).parse(page);
    assertThat(article.provenance().parser()).isEqualTo("asahi");
    assertThat(article.headline()).isEqualTo(Texts.clean(expected.get("title").asString()));
    OffsetDateTime date = OffsetDateTime.parse(expected.get("publishing_date").asString().replace(' ', 'T'));
    assertThat(article.published()).isEqualTo(date);
    assertThat(article.published().getOffset().getId()).isEqualTo("+09:00");

    List<String> authors = new ArrayList<>();
    expected.get("authors").forEach(a -> authors.add(a.asString()));
    List<String> actualAuthors = article.bylines().stream().map(Byline::name).toList();
    if (exceptions.containsKey("authors")) {
      assertThat(actualAuthors).as("reviewed exception: " + exceptions.get("authors")).isNotEqualTo(authors).isNotEmpty();
    } else {
      assertThat(actualAuthors).isEqualTo(authors);
    }

    List<String> paragraphs = new ArrayList<>();
    for (JsonNode section : expected.get("body").get("sections")) {
      section.get("headline").forEach(h -> paragraphs.add(Texts.clean(h.asString())));
      section.get("paragraphs").forEach(p -> paragraphs.add(Texts.clean(p.asString())));
    }
    assertThat(article.body()).extracting(Block::text).containsExactlyElementsOf(paragraphs);
    assertThat(article.language()).isEqualTo("ja");

    List<String> topics = new ArrayList<>();
    expected.get("topics").forEach(t -> topics.add(Texts.clean(t.asString())));
    assertThat(article.tags()).containsExactlyElementsOf(topics);
    List<String> imageUrls = new ArrayList<>();
    expected.get("images").forEach(i -> imageUrls.add(i.get("versions").get(0).get("url").asString()));
    assertThat(article.media()).extracting(dev.newsmodel.Media::url).containsExactlyElementsOf(imageUrls);
    assertThat(article.bodyText()).doesNotContain("[PR]");
  }

  @TestFactory
  Stream<DynamicTest> postlightAsahiPages() throws IOException {
    Path dir = SharedCorpus.require("corpus/asahi");
    Map<String, Map<String, String>> exceptions = exceptions();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String name = html.getFileName().toString();
        Path expectedFile = dir.resolve(name.replaceFirst("_(?:re)?capture\\d{4}\\.html$", ".expected.json"));
        tests.add(DynamicTest.dynamicTest(name, () -> checkPostlight(html, JSON.readTree(Files.readString(expectedFile)),
            exceptions.getOrDefault(name, Map.of()))));
      }
    }
    assertThat(tests).hasSize(2);
    return tests.stream();
  }

  private static void checkPostlight(Path file, JsonNode expected, Map<String, String> exceptions) throws Exception {
    Page page = Page.of(Files.readAllBytes(file), expected.get("url").asString(), Map.of());
    Article article = REGISTRY.select(page).parse(page);
    assertThat(article.provenance().parser()).isEqualTo("asahi");
    assertThat(article.headline()).isEqualTo(expected.get("title").asString());
    OffsetDateTime date = OffsetDateTime.parse(expected.get("date_published").asString());
    assertThat(article.published()).isNotNull();
    assertThat(article.published().toInstant()).isEqualTo(date.toInstant());
    assertThat(article.published().getOffset().getId()).isEqualTo("+09:00");
    String excerpt = Texts.clean(expected.get("excerpt").asString()).replaceFirst("…$", "");
    assertThat(article.body()).isNotEmpty();
    assertThat(article.body().get(0).text()).startsWith(excerpt);
    String author = expected.get("author").asString();
    List<String> actualAuthors = article.bylines().stream().map(Byline::name).toList();
    if (exceptions.containsKey("authors")) {
      assertThat(actualAuthors).as("reviewed exception: " + exceptions.get("authors")).doesNotContain(author).isEmpty();
    } else {
      assertThat(actualAuthors).containsExactly(author);
    }
    assertThat(article.language()).isEqualTo("ja");
  }

  private static Map<String, Map<String, String>> exceptions() throws IOException {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(
            AsahiHtmlCorpusTest.class.getResourceAsStream("/corpus/asahi-exceptions.tsv"));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 3);
        assertThat(parts).as("exception line needs page, field and reason: " + line).hasSize(3);
        assertThat(parts[2].strip()).as("a reason for " + line).isNotEmpty();
        out.computeIfAbsent(parts[0], k -> new HashMap<>()).put(parts[1], parts[2]);
      }
    }
    return out;
  }
}
