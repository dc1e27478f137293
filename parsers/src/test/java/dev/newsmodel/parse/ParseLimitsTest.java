package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Provenance;
import dev.newsmodel.Quote;
import dev.newsmodel.RemovedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParseLimitsTest {

  /** A parser that returns a fixed article, to hold the limits against exact counts. */
  private record Fixed(Article article) implements ArticleParser {
    @Override public String name() { return "fixed"; }
    @Override public String description() { return "returns a fixed article"; }
    @Override public Set<String> hosts() { return Set.of(); }
    @Override public Article parse(Page page) { return article; }
  }

  private static NewsModel model(Article article, ParseLimits limits) {
    return NewsModel.create(ParserRegistry.of(List.of(new Fixed(article)))).withLimits(limits);
  }

  private static Article withBlocks(List<String> texts, List<RemovedText> removed) {
    Article.Builder b = Article.builder().provenance(new Provenance("fixed", List.of(), removed));
    for (String t : texts) {
      b.addBlock(Block.paragraph("p" + (b.build().body().size() + 1), t));
    }
    return b.build();
  }

  private static final Page PAGE = Page.of("<p>a</p><p>b</p>", "https://news.example.org/a");

  @Test
  void defaultsAreTheDocumentedConstantsAndTheBuilderRejectsNonsense() {
    ParseLimits d = ParseLimits.defaults();
    assertThat(d.maxInputChars()).isEqualTo(32 * 1024 * 1024);
    assertThat(d.maxBlocks()).isEqualTo(10_000);
    assertThat(d.maxBlockChars()).isEqualTo(100_000);
    assertThat(d.maxAttributedBlocks()).isEqualTo(1_000);
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.toBuilder().maxBlocks(5).build()).isNotEqualTo(d);
    assertThatThrownBy(() -> ParseLimits.builder().maxBlocks(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParseLimits.builder().maxBlockChars(3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(NewsModel.create().limits()).isEqualTo(d);
  }

  @Test
  void blocksPastTheCountAreCutWithAWarningAndKeptInRemoved() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      texts.add("Paragraph number " + i + " of the story.");
    }
    Article out = model(withBlocks(texts, List.of()), ParseLimits.builder().maxBlocks(4).build())
        .withAttribution(false).parse(PAGE, "fixed");
    assertThat(out.body()).extracting(Block::id).containsExactly("p1", "p2", "p3", "p4");
    assertThat(out.provenance().warnings()).anyMatch(w -> w.startsWith("6 body blocks") && w.contains("limit of 4"));
    assertThat(out.provenance().removed()).anyMatch(r -> r.reason().equals(ParseLimits.REMOVED_REASON)
        && r.text().startsWith("Paragraph number 5"));
  }

  @Test
  void longBlockTextIsCutNeverInsideASurrogatePair() throws Exception {
    String text = "a".repeat(19) + "\uD83D\uDE00" + "tail text";
    Article out = model(withBlocks(List.of(text), List.of()), ParseLimits.builder().maxBlockChars(20).build())
        .withAttribution(false).parse(PAGE, "fixed");
    assertThat(out.body().get(0).text()).isEqualTo("a".repeat(19));
    assertThat(out.provenance().warnings()).anyMatch(w -> w.contains("Block p1") && w.contains("limit of 20"));
    assertThat(out.provenance().removed()).anyMatch(r -> r.text().startsWith("\uD83D\uDE00tail"));
  }

  @Test
  void removedTextsAreHeldToTheirCountAndLength() throws Exception {
    List<RemovedText> removed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      removed.add(new RemovedText("promo", "x".repeat(40) + i));
    }
    Article out = model(withBlocks(List.of("A story."), removed),
        ParseLimits.builder().maxRemovedTexts(3).maxBlockChars(16).build()).withAttribution(false).parse(PAGE, "fixed");
    assertThat(out.provenance().removed()).hasSize(3).allMatch(r -> r.text().length() <= 16);
    assertThat(out.provenance().warnings()).anyMatch(w -> w.contains("removed-text entries past the limit of 3"));
  }

  @Test
  void anArticleWithinTheLimitsComesBackUnchanged() throws Exception {
    Article in = withBlocks(List.of("One.", "Two."), List.of(new RemovedText("promo", "More")));
    assertThat(model(in, ParseLimits.defaults()).withAttribution(false).parse(PAGE, "fixed")).isSameAs(in);
  }

  @Test
  void attributionReadsTheFirstBlocksAndItsSpansStayValid() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      texts.add("\u201CThe pier will open in spring,\u201D said Lena Park, the director of the harbour board.");
    }
    Article out = model(withBlocks(texts, List.of()), ParseLimits.builder().maxAttributedBlocks(2).build()).parse(PAGE, "fixed");
    assertThat(out.body()).hasSize(6);
    assertThat(out.quotes()).isNotEmpty().extracting(Quote::paragraph).containsOnly("p1", "p2");
    assertThat(out.provenance().warnings()).anyMatch(w -> w.contains("first 2 of 6 body blocks"));
  }

  @Test
  void cutsHappenBeforeAttributionSoQuoteSpansIndexTheCutText() throws Exception {
    String quote = "\u201CThe pier will open in spring,\u201D said Lena Park, the director. ";
    Article out = model(withBlocks(List.of(quote.repeat(40)), List.of()), ParseLimits.builder().maxBlockChars(200).build())
        .parse(PAGE, "fixed");
    String text = out.body().get(0).text();
    assertThat(text).hasSize(200);
    assertThat(out.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(200));
  }

  @Test
  void aParserThatThrowsGivesADocumentedParseExceptionWithTheCause() {
    ArticleParser broken = new ArticleParser() {
      @Override public String name() { return "broken"; }
      @Override public String description() { return "throws"; }
      @Override public Set<String> hosts() { return Set.of(); }
      @Override public Article parse(Page page) { throw new IllegalStateException("boom"); }
    };
    NewsModel model = NewsModel.create(ParserRegistry.of(List.of(broken)));
    assertThatThrownBy(() -> model.parse(PAGE, "broken")).isInstanceOf(ParseException.class)
        .hasMessageContaining("broken").hasCauseInstanceOf(IllegalStateException.class);
  }
}
