package dev.newsmodel.testing;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Claim;
import dev.newsmodel.ClaimMode;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.Mention;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.Quantity;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.RemovedText;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.Syndication;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ready-made, valid sample articles for tests. The stories are invented; names, places and
 * outlets are fictional. Each method returns a new builder or article, so tests can edit
 * their copy freely ({@code SampleArticles.wireStoryBuilder().headline(null).build()}).
 */
public final class SampleArticles {
  private SampleArticles() {}

  /** The wire story's paragraphs, in order, with ids {@code p1} to {@code p6}. */
  public static final List<String> WIRE_STORY_PARAGRAPHS = List.of(
      "The city council of Lindenfeld is examining a report that 37 water mains failed inspection last year.",
      "\"We will replace every failed main before the winter,\" Mayor Petra Honkanen told reporters on Tuesday.",
      "\"Nobody will be left without water.\"",
      "Kessler Engineering, the contractor that laid the pipes, denied the report, calling it \"misleading\".",
      "A council official, who asked not to be named, said repairs could cost 12 million euros.",
      "The Valley Courier reported that two districts had lost pressure in March.");

  /**
   * Returns a builder holding the wire story: an invented story republished from the
   * fictional agency Northwire, with a dateline, two bylines, a photo with caption and credit,
   * six paragraphs, five sources (a government, its mayor, a company, an anonymous official,
   * a newspaper), four quotes (direct, continued and partial) and five claims (assertions, a
   * denial answering the report, a hedged statement with a quantity).
   *
   * @return a new builder
   */
  public static Article.Builder wireStoryBuilder() {
    List<String> p = WIRE_STORY_PARAGRAPHS;
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      body.add(Block.paragraph("p" + (i + 1), p.get(i)));
    }
    return Article.builder()
        .url("https://courier.example/news/2025/lindenfeld-water-mains")
        .outlet(new Outlet("The Example Courier", "courier.example"))
        .syndication(new Syndication("Northwire", "NORTHWIRE", null))
        .headline("Lindenfeld examines report of failed water mains")
        .subheadline("Council says repairs will finish before winter")
        .addByline(Byline.of("Anja Vesterby"))
        .addByline(new Byline("Rui Salgado", "additional reporting"))
        .published(OffsetDateTime.parse("2025-10-14T16:05:00+02:00"))
        .modified(OffsetDateTime.parse("2025-10-14T18:30:00+02:00"))
        .language("en")
        .dateline(new Dateline("LINDENFELD", "LINDENFELD, Oct 14 (Northwire) -"))
        .section("World")
        .tags(List.of("infrastructure", "water"))
        .body(body)
        .addMedia(new Media("https://courier.example/img/mains.jpg",
            "Workers inspect a water main in Lindenfeld on Oct. 13", "Northwire/Ola Brink"))
        .addSource(source("council", "Lindenfeld city council", SourceKind.GOVERNMENT, false, null, null,
            mention(body, 0, "The city council of Lindenfeld")))
        .addSource(source("honkanen", "Petra Honkanen", SourceKind.PERSON, false, "Mayor", "council",
            mention(body, 1, "Mayor Petra Honkanen")))
        .addSource(source("kessler", "Kessler Engineering", SourceKind.ORGANIZATION, false, null, null,
            mention(body, 3, "Kessler Engineering")))
        .addSource(source("official", "A council official", SourceKind.PERSON, true, "official", "council",
            mention(body, 4, "A council official")))
        .addSource(source("courier", "The Valley Courier", SourceKind.NEWS_AGENCY, false, null, null,
            mention(body, 5, "The Valley Courier")))
        .addQuote(quote(body, "q1", QuoteKind.DIRECT, 1,
            "We will replace every failed main before the winter", "honkanen", "told", false))
        .addQuote(quote(body, "q2", QuoteKind.DIRECT, 2, "Nobody will be left without water.", "honkanen", null, true))
        .addQuote(quote(body, "q3", QuoteKind.PARTIAL, 3, "misleading", "kessler", "calling", false))
        .addClaim(claim(body, "c1", null, "report", Stance.ASSERTS, ClaimMode.INDIRECT, 0,
            "37 water mains failed inspection last year")
            .addQuantity(new Quantity(new BigDecimal("37"), "37 water mains", "water mains")).when("2024").build())
        .addClaim(claim(body, "c2", "honkanen", "told", Stance.ASSERTS, ClaimMode.DIRECT, 1,
            "We will replace every failed main before the winter").addQuote("q1").when("2025-10-14").build())
        .addClaim(claim(body, "c3", "kessler", "denied", Stance.DENIES, ClaimMode.MIXED, 3, "the report")
            .addQuote("q3").respondsTo("c1").build())
        .addClaim(claim(body, "c4", "official", "said", Stance.UNCERTAIN, ClaimMode.INDIRECT, 4,
            "repairs could cost 12 million euros")
            .addQuantity(new Quantity(new BigDecimal("12000000"), "12 million euros", "EUR")).build())
        .addClaim(claim(body, "c5", "courier", "reported", Stance.ASSERTS, ClaimMode.INDIRECT, 5,
            "two districts had lost pressure in March").when("2025-03").build())
        .provenance(new Provenance("sample", List.of("modified time taken from the page footer"),
            List.of(new RemovedText("promo", "Sign up for the Courier morning briefing"),
                new RemovedText("related", "More on Lindenfeld's budget"))));
  }

  /**
   * Returns the wire story; see {@link #wireStoryBuilder()}.
   *
   * @return the article
   */
  public static Article wireStory() {
    return wireStoryBuilder().build();
  }

  /**
   * Returns a builder holding a minimal article: one paragraph, a headline, a publication
   * time in UTC, no bylines, media, sources, quotes or claims.
   *
   * @return a new builder
   */
  public static Article.Builder minimalBuilder() {
    return Article.builder()
        .headline("Library opens on Sundays")
        .published(OffsetDateTime.parse("2025-01-05T09:00:00Z"))
        .language("en")
        .addBlock(Block.paragraph("p1", "The town library will open on Sundays from next month."))
        .provenance(Provenance.of("sample"));
  }

  /**
   * Returns the minimal article; see {@link #minimalBuilder()}.
   *
   * @return the article
   */
  public static Article minimal() {
    return minimalBuilder().build();
  }

  /**
   * Returns a builder whose body holds the given paragraphs with ids {@code p1}, {@code p2},
   * ...; everything else is empty.
   *
   * @param paragraphs the paragraphs' texts, in order
   * @return a new builder
   */
  public static Article.Builder withParagraphs(String... paragraphs) {
    Article.Builder builder = Article.builder().provenance(Provenance.of("sample"));
    for (int i = 0; i < paragraphs.length; i++) {
      builder.addBlock(new Block("p" + (i + 1), BlockKind.PARAGRAPH, paragraphs[i]));
    }
    return builder;
  }

  private static Mention mention(List<Block> body, int block, String text) {
    int start = indexIn(body, block, text);
    return new Mention(body.get(block).id(), start, start + text.length(), text);
  }

  private static Source source(String id, String name, SourceKind kind, boolean anonymous,
      @Nullable String title, @Nullable String affiliation, Mention mention) {
    return Source.builder(id, name, kind).anonymous(anonymous).title(title).affiliation(affiliation)
        .addMention(mention).build();
  }

  private static Quote quote(List<Block> body, String id, QuoteKind kind, int block, String text,
      String speaker, @Nullable String cue, boolean continuation) {
    int start = indexIn(body, block, text);
    return new Quote(id, kind, text, speaker, cue, body.get(block).id(), start, start + text.length(), continuation);
  }

  private static Claim.Builder claim(List<Block> body, String id, @Nullable String claimant, String cue,
      Stance stance, ClaimMode mode, int block, String text) {
    int start = indexIn(body, block, text);
    return Claim.builder(id).claimant(claimant).cue(cue).stance(stance).mode(mode).text(text)
        .span(body.get(block).id(), start, start + text.length());
  }

  private static int indexIn(List<Block> body, int block, String text) {
    int start = body.get(block).text().indexOf(text);
    if (start < 0) {
      throw new IllegalStateException("sample text not in block " + block + ": " + text);
    }
    return start;
  }
}
