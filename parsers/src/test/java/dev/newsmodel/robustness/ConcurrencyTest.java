package dev.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.corpus.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link NewsModel} (one registry, one instance of each parser) serves many threads: the
 * results are byte for byte those of one thread, and the same input always gives the same JSON.
 */
class ConcurrencyTest {
  private static final NewsModel MODEL = NewsModel.create();
  private static final ArticleJson JSON = ArticleJson.create();

  private record Input(String name, byte[] bytes, String url, String parser) {}

  /** The aeb corpus (generic pages from many sites), 8 threads against one thread. */
  @Test
  void eightThreadsOverTheCorpusGiveTheSingleThreadResults() throws Exception {
    Path dir = SharedCorpus.require("corpus/aeb/html");
    List<Input> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        inputs.add(new Input(f.getFileName().toString(), Files.readAllBytes(f), "https://news.example.org/" + inputs.size(), null));
      }
    }
    assertThat(inputs).hasSizeGreaterThan(100);
    assertConcurrentEqualsSequential(inputs, 8);
  }

  /** Every parser at once, each on pages of its own kind and on the others', against a sequential run. */
  @Test
  void allParsersConcurrentlyOnDifferentPagesMatchSequentialResults() throws Exception {
    List<byte[]> pages = new ArrayList<>(ownPages());
    pages.addAll(sharedSample());
    List<Input> inputs = new ArrayList<>();
    for (ArticleParser parser : MODEL.registry().parsers()) {
      for (int i = 0; i < pages.size(); i++) {
        inputs.add(new Input(parser.name() + "#" + i, pages.get(i), "https://news.example.org/p" + i, parser.name()));
      }
    }
    assertConcurrentEqualsSequential(inputs, 8);
  }

  @Test
  void theSameInputAlwaysGivesByteIdenticalJson() throws Exception {
    for (byte[] page : ownPages()) {
      byte[] first = run(new Input("first", page, "https://news.example.org/x", null));
      for (int i = 0; i < 3; i++) {
        // A fresh front door and registry each time: nothing may depend on instance or load order.
        byte[] again = JSON.writeBytes(NewsModel.create().parse(Page.of(page, "https://news.example.org/x", Map.of())));
        assertThat(again).isEqualTo(first);
      }
    }
  }

  private static void assertConcurrentEqualsSequential(List<Input> inputs, int threads) throws Exception {
    List<byte[]> sequential = new ArrayList<>();
    for (Input input : inputs) {
      sequential.add(run(input));
    }
    // Each input twice, in a shuffled order, so that threads interleave different pages and parsers.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      order.add(i);
      order.add(i);
    }
    Collections.shuffle(order, new Random(42));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int i : order) {
        futures.add(pool.submit(() -> run(inputs.get(i))));
      }
      for (int k = 0; k < order.size(); k++) {
        int i = order.get(k);
        byte[] concurrent = futures.get(k).get();
        if (!Arrays.equals(concurrent, sequential.get(i))) {
          assertThat(new String(concurrent, StandardCharsets.UTF_8)).as(inputs.get(i).name())
              .isEqualTo(new String(sequential.get(i), StandardCharsets.UTF_8));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Parses one input to JSON bytes; a refusal is a result too and must be the same everywhere. */
  private static byte[] run(Input input) throws Exception {
    Page page = Page.of(input.bytes(), input.url(), Map.of());
    try {
      return JSON.writeBytes(input.parser() == null ? MODEL.parse(page) : MODEL.parse(page, input.parser()));
    } catch (ParseException e) {
      return ("ParseException: " + e.getMessage()).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static List<byte[]> ownPages() {
    List<byte[]> pages = new ArrayList<>();
    pages.add(HostilePages.nestedDivs(50).getBytes(StandardCharsets.UTF_8));
    pages.add(HostilePages.longParagraph(20_000).getBytes(StandardCharsets.UTF_8));
    pages.add(HostilePages.quoteMarks(500).getBytes(StandardCharsets.UTF_8));
    pages.add(HostilePages.bigPage(30_000));
    pages.add(("The harbour board said on Tuesday that the pier would open in spring.\n\n"
        + "\u201CIt will be busy,\u201D the manager said. Critics said the cost, 5 million dollars, was too high.\n\n"
        + "Read more: Ferry timetables").getBytes(StandardCharsets.UTF_8));
    return pages;
  }

  /** Up to 8 pages of each shared corpus directory that has HTML, when the corpus is present. */
  private static List<byte[]> sharedSample() throws IOException {
    String root = System.getProperty("newsmodel.shared");
    List<byte[]> out = new ArrayList<>();
    if (root == null || !Files.isDirectory(Path.of(root, "corpus"))) {
      return out;
    }
    for (String sub : List.of("corpus/aeb/html", "corpus/asahi")) {
      Path dir = Path.of(root, sub);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
            .sorted().limit(8).forEach(p -> {
              try {
                out.add(Files.readAllBytes(p));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
      }
    }
    return out;
  }
}
