package dev.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParseLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile pages through {@link NewsModel} with every registered parser. Each parse must end,
 * within a bound generous for linear work and far too short for quadratic work, in an article
 * held to the limits or a {@link ParseException}; never another exception or an {@link Error}.
 */
class AdversarialInputTest {
  private static final NewsModel MODEL = NewsModel.create();
  // Per parser and page. Linear work on these sizes takes seconds (tens of seconds on a
  // loaded two-core machine shared by several builds); quadratic work on 10^5..10^7 units
  // takes hours.
  private static final Duration BOUND = Duration.ofSeconds(120);

  @Test
  void hundredThousandNestedDivs() {
    String html = HostilePages.nestedDivs(100_000);
    for (Outcome o : everyParser(() -> Page.of(html, "https://news.example.org/deep"), true)) {
      if (o.article != null && !o.parser.equals("text")) {
        assertThat(o.article.bodyText()).as(o.parser).contains("The deepest paragraph sits here.");
      }
    }
  }

  @Test
  void oneFiveMegabyteParagraph() {
    String html = HostilePages.longParagraph(5 * 1024 * 1024);
    for (Outcome o : everyParser(() -> Page.of(html, "https://news.example.org/long"))) {
      assertThat(o.article).as(o.parser + " gives an article").isNotNull();
      // The paragraph is over the per-block limit: it is cut, and the cut is reported.
      assertThat(o.article.body()).as(o.parser).isNotEmpty();
      assertThat(o.article.provenance().warnings()).as(o.parser)
          .anyMatch(w -> w.contains("past the limit of " + ParseLimits.DEFAULT_MAX_BLOCK_CHARS));
      assertThat(o.article.provenance().removed()).as(o.parser)
          .anyMatch(r -> r.reason().equals(ParseLimits.REMOVED_REASON));
    }
  }

  @Test
  void hundredThousandQuoteMarks() {
    String html = HostilePages.quoteMarks(100_000);
    everyParser(() -> Page.of(html, "https://news.example.org/quotes"), true);
  }

  @Test
  void hundredThousandQuoteMarksInOneParagraphForTheAttributorAlone() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append(i % 2 == 0 ? "\u201C" : "\u201D").append(i % 5 == 0 ? "he said " : "a ");
    }
    String text = sb.toString();
    Attributor attributor = Attributor.load();
    assertTimeoutPreemptively(BOUND, () -> attributor.find(List.of(text)));
    assertTimeoutPreemptively(BOUND, () -> attributor.find(List.of("\"".repeat(100_000))));
  }

  @Test
  void oneMillionParagraphs() {
    String html = HostilePages.manyParagraphs(1_000_000);
    for (Outcome o : everyParser(() -> Page.of(html, "https://news.example.org/many"))) {
      if (o.article != null) {
        assertThat(o.article.body().size()).as(o.parser).isLessThanOrEqualTo(ParseLimits.DEFAULT_MAX_BLOCKS);
      }
    }
  }

  @Test
  void twentyMegabytePage() {
    byte[] bytes = HostilePages.bigPage(20 * 1024 * 1024);
    for (Outcome o : everyParser(() -> Page.of(bytes, "https://news.example.org/big", Map.of("Content-Type", "text/html")))) {
      assertThat(o.article).as(o.parser + " gives an article").isNotNull();
    }
  }

  @Test
  void inputOverTheSizeLimitIsRefusedWithAParseException() {
    NewsModel small = MODEL.withLimits(ParseLimits.builder().maxInputChars(1000).build());
    String html = HostilePages.longParagraph(5000);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.parse(Page.of(html, null)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("over the limit of 1000");
  }

  private record Outcome(String parser, Article article, ParseException error) {}

  private static List<Outcome> everyParser(Supplier<Page> pages) {
    return everyParser(pages, false);
  }

  private static List<Outcome> everyParser(Supplier<Page> pages, boolean alsoSelected) {
    List<Outcome> outcomes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (ArticleParser p : MODEL.registry().parsers()) {
      names.add(p.name());
    }
    if (alsoSelected) {
      names.add(null); // the registry's own choice
    }
    for (String name : names) {
      long start = System.nanoTime();
      Outcome o = assertTimeoutPreemptively(BOUND, () -> {
        Page page = pages.get();
        try {
          Article a = name == null ? MODEL.parse(page) : MODEL.parse(page, name);
          return new Outcome(name == null ? "selected:" + a.provenance().parser() : name, a, null);
        } catch (ParseException e) {
          // A documented refusal must not hide a crash.
          assertThat(e.getCause()).as("cause of " + e.getMessage()).isNotInstanceOfAny(RuntimeException.class, Error.class);
          return new Outcome(String.valueOf(name), null, e);
        }
      }, () -> "parser " + name + " took longer than " + BOUND);
      System.out.printf("%s %-22s %6d ms %s%n", AdversarialInputTest.class.getSimpleName(), o.parser,
          (System.nanoTime() - start) / 1_000_000, o.article == null ? "ParseException: " + o.error.getMessage()
              : o.article.body().size() + " blocks");
      if (o.article != null) {
        assertHeldToLimits(o.parser, o.article);
      }
      outcomes.add(o);
    }
    return outcomes;
  }

  static void assertHeldToLimits(String parser, Article article) {
    ParseLimits limits = ParseLimits.defaults();
    assertThat(article.body().size()).as(parser).isLessThanOrEqualTo(limits.maxBlocks());
    for (Block b : article.body()) {
      assertThat(b.text().length()).as(parser).isLessThanOrEqualTo(limits.maxBlockChars());
    }
    assertThat(article.provenance().removed().size()).as(parser).isLessThanOrEqualTo(limits.maxRemovedTexts());
    assertThat(article.media().size()).as(parser).isLessThanOrEqualTo(limits.maxMedia());
  }
}
