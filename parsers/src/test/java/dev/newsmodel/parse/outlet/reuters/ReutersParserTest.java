package dev.newsmodel.parse.outlet.reuters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParserRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The parser on pages written for these tests, one per reuters.com generation. */
class ReutersParserTest {
  private static final ReutersParser PARSER = new ReutersParser();

  static String fixture(String name) {
    try (InputStream in = ReutersParserTest.class.getResourceAsStream("/reuters/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Article parse(String name, @Nullable String url) throws ParseException {
    return PARSER.parse(Page.of(fixture(name), url));
  }

  static List<String> texts(Article article, BlockKind kind) {
    return article.body().stream().filter(b -> b.kind() == kind).map(Block::text).toList();
  }

  static List<String> removed(Article article, String reason) {
    return article.provenance().removed().stream().filter(r -> r.reason().equals(reason)).map(RemovedText::text).toList();
  }

  @Nested
  class Arc2023 {
    private final Article article = parse("arc-2023.html", null);

    Arc2023() throws ParseException {}

    @Test
    void readsHeadlineDatesSectionAndOutlet() {
      assertThat(article.headline()).isEqualTo("Harbour city opens floating solar farm");
      assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2023-06-02T04:15:00Z"));
      assertThat(article.modified()).isEqualTo(OffsetDateTime.parse("2023-06-02T06:40:12.500Z"));
      assertThat(article.section()).isEqualTo("Energy");
      assertThat(article.outlet().name()).isEqualTo("Reuters");
      assertThat(article.outlet().domain()).isEqualTo("reuters.com");
      assertThat(article.language()).isEqualTo("en");
      assertThat(article.url()).isEqualTo("https://www.reuters.com/business/energy/harbour-city-opens-floating-solar-farm-2023-06-02/");
      assertThat(article.provenance().parser()).isEqualTo("reuters");
      assertThat(article.provenance().warnings()).isEmpty();
    }

    @Test
    void tagsComeFromSectionAndChannelsNotFromKeywordCodes() {
      assertThat(article.tags()).containsExactly("Energy", "Business", "Asia Pacific", "Sustainability");
    }

    @Test
    void splitsDatelineWithRegionAndDateOffTheLead() {
      assertThat(article.dateline()).isEqualTo(new Dateline("MINATO CITY, Japan", "MINATO CITY, Japan, June 2 (Reuters) -"));
      assertThat(article.body().get(0).text()).startsWith("A harbour city in western Japan switched on");
    }

    @Test
    void keepsOnlyTheNumberedParagraphsWithoutLinkSuffix() {
      assertThat(texts(article, BlockKind.PARAGRAPH)).hasSize(3);
      assertThat(article.body().get(1).text())
          .isEqualTo("The farm covers an old shipping basin and will power about 4,000 homes, according to the operator.");
      assertThat(article.bodyText()).doesNotContain("opens new tab", "Advertisement", "Our Standards", "Reporting by", "Read Next", "Wind farm");
      assertThat(removed(article, "link-suffix")).containsExactly(", opens new tab");
    }

    @Test
    void authorsAndSignOffRolesWithCommaSeparatedSignOff() {
      assertThat(article.bylines()).containsExactly(
          Byline.of("Hana Mori"),
          new Byline("Hana Mori", "reporting"),
          new Byline("Leo Brandt", "additional reporting"),
          new Byline("Sara Quint", "writing"),
          new Byline("Paul Ivers", "editing"));
      assertThat(removed(article, "sign-off"))
          .containsExactly("Reporting by Hana Mori, additional reporting by Leo Brandt, writing by Sara Quint, Editing by Paul Ivers");
    }

    @Test
    void primaryImageCaptionAndCredit() {
      assertThat(article.media()).containsExactly(new Media("https://cloudfront.example.com/reuters/PANELS.jpg",
          "Workers check solar panels floating on the harbour in Minato City, Japan, June 1, 2023.", "REUTERS/Kim Kyung-Hoon"));
    }

    @Test
    void summaryBoxOfArcPagesLeadsTheBodyAsListItems() throws ParseException {
      Article summary = PARSER.parse(Page.of("<html><body><article><div class=\"article-body__container__3y\">"
          + "<div class=\"article-body__summary__9x\"><h2 data-testid=\"Heading\">Summary</h2>"
          + "<ul class=\"summary__summary__2o\"><li data-testid=\"Body\">Output up 4%</li><li data-testid=\"Body\">Prices flat</li></ul></div>"
          + "<p data-testid=\"paragraph-0\">OSAKA, May 1 (Reuters) - Output rose.</p></div></article></body></html>",
          "https://www.reuters.com/markets/x/"));
      assertThat(summary.body()).extracting(Block::kind, Block::text).containsExactly(
          org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "Output up 4%"),
          org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "Prices flat"),
          org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "Output rose."));
      assertThat(removed(summary, "label")).containsExactly("Summary");
      assertThat(summary.dateline().place()).isEqualTo("OSAKA");
    }

    @Test
    void boilerplateGoesToProvenanceWithItsReason() {
      assertThat(removed(article, "advertisement")).containsExactly("Advertisement · Scroll to continue");
      assertThat(removed(article, "standards")).containsExactly("Our Standards: The Thomson Reuters Trust Principles.");
      assertThat(removed(article, "related")).singleElement().asString().contains("Read Next", "Wind farm plan stalls");
      assertThat(removed(article, "toolbar")).containsExactly("Text size");
      assertThat(removed(article, "footer")).containsExactly("All quotes delayed a minimum of 15 minutes.");
      assertThat(article.bodyText()).doesNotContain("Text size", "Share", "quotes delayed");
    }
  }

  @Nested
  class Arc2024 {
    private final Article article = parse("arc-2024.html", "https://www.reuters.com/world/europe/river-port-reopens-after-floods-2024-02-01/");

    Arc2024() throws ParseException {}

    @Test
    void divParagraphsAndSubheadingsInOrder() {
      assertThat(article.body()).extracting(Block::kind).containsExactly(
          BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
      assertThat(article.body().get(2).text()).isEqualTo("DAMAGE TALLY");
      assertThat(article.body().get(1).text()).isEqualTo("Port managers said the quays were cleared of silt overnight.");
      assertThat(article.body()).extracting(Block::id).containsExactly("p1", "p2", "p3", "p4", "p5");
    }

    @Test
    void slashedPlaceDateline() {
      assertThat(article.dateline()).isEqualTo(new Dateline("VIENNA/BRATISLAVA", "VIENNA/BRATISLAVA, Feb 1 (Reuters) -"));
      assertThat(article.body().get(0).text()).isEqualTo("Barges returned to a Danube river port on Thursday, a week after floods closed it.");
    }

    @Test
    void keepsThePagesOwnOffset() {
      assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-02-01T09:30:00+01:00"));
      assertThat(article.published().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void authorsFromJsonLdThenSemicolonSignOffWithPlaces() {
      assertThat(article.bylines()).containsExactly(
          Byline.of("Greta Lind"), Byline.of("Omar Haddad"),
          new Byline("Greta Lind", "reporting"), new Byline("Omar Haddad", "reporting"),
          new Byline("Ivo Marek", "additional reporting"), new Byline("Ruth Keane", "editing"));
    }

    @Test
    void galleryImagesWithCounterLicensingAndCreditRemoved() {
      assertThat(article.media()).containsExactly(
          new Media("https://cloudfront.example.com/reuters/BARGE1.jpg",
              "A barge is moored at the reopened quay in Vienna, Austria, February 1, 2024.", "REUTERS/Lisi Niesner/File Photo"),
          new Media("https://cloudfront.example.com/reuters/BARGE2.jpg", "Silt on the quay after the flood", null));
      assertThat(removed(article, "gallery-counter")).containsExactly("[1/2]");
      assertThat(removed(article, "licensing")).contains("Purchase Licensing Rights");
      assertThat(article.media()).allSatisfy(m -> assertThat(m.caption()).doesNotContain("Purchase", "opens new tab"));
    }

    @Test
    void itemOfCounterLeavesTheCaptionToo() throws ParseException {
      Article article = PARSER.parse(Page.of("<html><body><article><div data-testid=\"ArticleBody\">"
          + "<div data-testid=\"paragraph-0\">(Reuters) - Text.</div>"
          + "<div data-testid=\"gallery-0\"><img src=\"https://cdn.example.com/a.jpg\" alt=\"a\">"
          + "<p data-testid=\"Body\">Item 1 of 2 A crane lifts a barge. REUTERS/Lisi Niesner</p></div>"
          + "</div></article></body></html>", "https://www.reuters.com/world/x/"));
      assertThat(article.media()).containsExactly(
          new Media("https://cdn.example.com/a.jpg", "A crane lifts a barge.", "REUTERS/Lisi Niesner"));
      assertThat(removed(article, "gallery-counter")).containsExactly("Item 1 of 2");
    }

    @Test
    void tagsDropInternalChannelCodes() {
      assertThat(article.tags()).containsExactly("Europe", "World", "Commodities");
    }

    @Test
    void relatedCardsAndToolbarLicensingButtonRemoved() {
      assertThat(removed(article, "related")).singleElement().asString().contains("Bridge repairs");
      assertThat(removed(article, "licensing")).containsExactly("Purchase Licensing Rights", "Purchase Licensing Rights");
      assertThat(article.bodyText()).doesNotContain("Bridge repairs", "Purchase", "Expand");
    }
  }

  @Nested
  class Modules2026 {
    private final Article article = parse("modules-2026.html", null);

    Modules2026() throws ParseException {}

    @Test
    void summaryBulletsLeadTheBodyAsListItems() {
      assertThat(article.body().get(0)).isEqualTo(new Block("p1", BlockKind.LIST_ITEM, "Policy rate left at 3.25%"));
      assertThat(article.body().get(1)).isEqualTo(new Block("p2", BlockKind.LIST_ITEM, "Governor says inflation is easing slowly"));
      assertThat(removed(article, "label")).containsExactly("Summary");
    }

    @Test
    void moduleParagraphsWithAndWithoutTestIds() {
      assertThat(texts(article, BlockKind.PARAGRAPH)).containsExactly(
          "The central bank kept its policy rate unchanged on Wednesday and said it would wait for clearer signs that inflation is easing.",
          "\"We can afford to be patient,\" the governor told reporters.",
          "Markets had priced in a small chance of a cut.");
      assertThat(article.dateline()).isEqualTo(new Dateline("LISBON", "LISBON, March 18 (Reuters) -"));
      assertThat(article.language()).isEqualTo("en-GB");
      assertThat(article.section()).isEqualTo("Rates & Bonds");
      assertThat(article.bodyText()).doesNotContain("By Nadia", "12:00 PM");
    }

    @Test
    void signOffTestIdAndBoilerplate() {
      assertThat(article.bylines()).containsExactly(
          Byline.of("Nadia Ferro"), new Byline("Nadia Ferro", "reporting"), new Byline("Tom Weller", "editing"));
      assertThat(removed(article, "sign-off")).containsExactly("Reporting by Nadia Ferro; Editing by Tom Weller");
      assertThat(removed(article, "advertisement")).containsExactly("Advertisement · Scroll to continue");
      assertThat(removed(article, "standards")).hasSize(1);
      assertThat(removed(article, "related")).singleElement().asString().contains("Bond yields dip");
      assertThat(article.media()).containsExactly(new Media("https://cloudfront.example.com/reuters/BANK.jpg",
          "The central bank headquarters in Lisbon, Portugal, March 17, 2026.", "REUTERS/Pedro Nunes"));
    }
  }

  @Nested
  class Next2020 {
    private final Article article = parse("next-2020.html", null);

    Next2020() throws ParseException {}

    @Test
    void readsTheWrapperParagraphs() {
      assertThat(article.headline()).isEqualTo("Rail strike halts freight across the north");
      assertThat(texts(article, BlockKind.PARAGRAPH)).containsExactly(
          "Freight trains stood idle across the north on Monday as rail workers began a two-day strike over pay.",
          "The union said talks would resume on Wednesday.",
          "Passenger services were not affected.");
      assertThat(article.dateline()).isEqualTo(new Dateline("OSLO", "OSLO (Reuters) -"));
      assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-04-12T15:20:00Z"));
      assertThat(article.section()).isEqualTo("World News");
    }

    @Test
    void bylineLinksAttributionAndTrustBadge() {
      assertThat(article.bylines()).containsExactly(Byline.of("Ines Varga"), new Byline("Ines Varga", "reporting"),
          new Byline("Karl Dahl", "writing"), new Byline("Mia Stone", "editing"));
      assertThat(removed(article, "standards")).hasSize(1);
      assertThat(removed(article, "advertisement")).containsExactly("Advertisement");
    }

    @Test
    void viaReutersCreditAndNoticeApart() {
      assertThat(article.media()).singleElement().satisfies(m -> {
        assertThat(m.caption()).isEqualTo("Freight wagons stand idle at a depot in Oslo, Norway, April 12, 2021.");
        assertThat(m.credit()).isEqualTo("NTB/Ola Berg via REUTERS");
      });
      assertThat(removed(article, "photo-notice")).containsExactly("ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.");
    }

    @Test
    void emptyWrapperFallsBackToNextDataBodyItemsWithAWarning() throws ParseException {
      Article data = parse("next-2020-data-only.html", null);
      assertThat(data.body()).extracting(Block::text).containsExactly(
          "Copper prices rose on Monday as a mine strike in the south tightened supply.", "STOCKS FALL",
          "Warehouse stocks fell for a third week.");
      assertThat(data.dateline().place()).isEqualTo("LONDON");
      assertThat(data.bylines()).contains(new Byline("Anna Pike", "reporting"), new Byline("Jon Reyes", "editing"));
      assertThat(data.provenance().warnings()).anySatisfy(w -> assertThat(w).contains("__NEXT_DATA__"));
    }
  }

  /** The 2020-22 layout with the header, byline and read time inside the body wrapper. */
  @Nested
  class Next2020Header {
    private final Article article = parse("next-2020-header.html", null);

    Next2020Header() throws ParseException {}

    @Test
    void bylineAndReadTimeLeaveTheBody() {
      assertThat(article.body()).extracting(Block::text).containsExactly(
          "Three towns on the northern lake shore began rationing tap water on Wednesday after the driest winter "
              + "in forty years left their reservoir at a fifth of its usual level.",
          "Households may draw water for two hours each morning and evening, the towns' joint utility said.",
          "FARMS HIT FIRST",
          "Dairy farms, which need water every day, have asked for an exemption.");
      assertThat(removed(article, "byline")).containsExactly("By Tomas Ferreira and Lena Hart");
      assertThat(removed(article, "read-time")).containsExactly("4 Min Read");
    }

    @Test
    void datelineTakenFromTheFirstParagraph() {
      assertThat(article.dateline()).isEqualTo(new Dateline("LAKEVIEW, Ontario", "LAKEVIEW, Ontario (Reuters) -"));
    }

    @Test
    void bylinesFromTheBylineElementNotTheOrganisation() {
      assertThat(article.bylines()).containsExactly(Byline.of("Tomas Ferreira"), Byline.of("Lena Hart"),
          new Byline("Tomas Ferreira", "reporting"), new Byline("Lena Hart", "reporting"),
          new Byline("Owen Platt", "editing"));
    }

    @Test
    void headerDateLineGivesThePublicationDateInItsZone() {
      assertThat(article.headline()).isEqualTo("Lake towns ration water as dry spell enters third month");
      assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-03-03T09:14:00Z"));
      assertThat(article.section()).isEqualTo("Environment");
    }
  }

  @Nested
  class Standard2019 {
    private final Article article = parse("standard-2019.html", null);

    Standard2019() throws ParseException {}

    @Test
    void readsTheStandardBody() {
      assertThat(article.headline()).isEqualTo("Grain exports rise as harbour reopens");
      assertThat(texts(article, BlockKind.PARAGRAPH)).containsExactly(
          "Grain exports rose in August after the harbour reopened, traders said on Wednesday.",
          "Wheat led the rise, followed by corn.",
          "(Graphic: Grain exports by month - here)");
      assertThat(article.dateline()).isEqualTo(new Dateline("ODESA, Ukraine", "ODESA, Ukraine (Reuters) -"));
    }

    @Test
    void sectionFromTheChannelNotTheHomepagePlaceholder() {
      assertThat(article.section()).isEqualTo("Business News");
      assertThat(article.tags()).containsExactly("Business News");
    }

    @Test
    void bylineBarAttributionAndCaption() {
      assertThat(article.bylines()).containsExactly(Byline.of("Petra Holm"), new Byline("Petra Holm", "reporting"),
          new Byline("Yuri Danko", "additional reporting"), new Byline("Lena Fox", "additional reporting"),
          new Byline("Mark Dell", "editing"));
      assertThat(article.media()).singleElement().satisfies(m -> {
        assertThat(m.credit()).isEqualTo("REUTERS/Viktor Ruban");
        assertThat(m.caption()).isEqualTo("Ships wait at the grain terminal in Odesa, Ukraine, August 13, 2019.");
        assertThat(m.url()).startsWith("https://s3.example.net/");
      });
      assertThat(removed(article, "standards")).hasSize(1);
      assertThat(removed(article, "share-bar")).isEmpty(); // outside the body container: never walked
      assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2019-08-14T10:05:00Z"));
    }
  }

  @Nested
  class Classic2014 {
    @Test
    void articleTextSpanWithLocationParenthesisedSignOffAndEasternTime() throws ParseException {
      Article article = parse("classic-2014.html", null);
      assertThat(article.headline()).isEqualTo("Tea growers brace for late frost");
      assertThat(texts(article, BlockKind.PARAGRAPH)).containsExactly(
          "Tea growers covered their bushes with nets on Thursday as forecasters warned of a late frost.",
          "A hard frost could cut the first harvest by a fifth, the growers' association said.");
      assertThat(article.dateline()).isEqualTo(new Dateline("SHIZUOKA, Japan", "SHIZUOKA, Japan (Reuters) -"));
      assertThat(article.bylines()).containsExactly(Byline.of("Mei Tanaka"), new Byline("Mei Tanaka", "reporting"),
          new Byline("Hugh Lane", "editing"));
      assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2015-03-05T04:10:00-05:00"));
      assertThat(article.language()).isEqualTo("en-US");
      assertThat(article.media()).singleElement().satisfies(m -> assertThat(m.credit()).isEqualTo("REUTERS/Toru Hanai"));
      assertThat(removed(article, "sign-off")).containsExactly("(Reporting by Mei Tanaka; Editing by Hugh Lane)");
    }

    @Test
    void articleTextDivWithEditorNoteBylineTextAndRevisionDate() throws ParseException {
      Article article = parse("classic-2016.html", null);
      assertThat(article.headline()).isEqualTo("Museum returns bronze statue to temple");
      assertThat(texts(article, BlockKind.PARAGRAPH)).containsExactly(
          "(Corrects name of the museum in paragraph 1)",
          "A museum handed a bronze statue back to a southern temple on Wednesday, decades after it was taken.",
          "The statue will be kept in a new strongroom.");
      assertThat(article.dateline()).isEqualTo(new Dateline("NEW DELHI", "NEW DELHI (Reuters) -"));
      assertThat(article.bylines()).containsExactly(Byline.of("Arun Pillai"), Byline.of("Clara Voss"),
          new Byline("Clara Voss", "writing"), new Byline("Ben Hart", "editing"));
      assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2016-09-14T07:45:10Z"));
    }
  }

  @Nested
  class UnknownLayouts {
    @Test
    void jsonLdArticleBodyWithAWarning() throws ParseException {
      Article article = parse("unknown-jsonld.html", "https://www.reuters.com/science/glacier-survey-2025-07-01/");
      assertThat(article.body()).extracting(Block::text).containsExactly(
          "Alpine glaciers lost ice faster this spring than in any year on record, a survey showed on Tuesday.",
          "Scientists blamed a dry winter and an early heatwave.");
      assertThat(article.dateline()).isEqualTo(new Dateline("ZURICH", "ZURICH, July 1 (Reuters) -"));
      assertThat(article.bylines()).contains(Byline.of("Ola Strand"), new Byline("Eva Roth", "editing"));
      assertThat(article.provenance().warnings()).anySatisfy(w -> assertThat(w)
          .contains("layout not recognised").contains("JSON-LD articleBody"));
    }

    @Test
    void genericBodyFinderWithAWarning() throws ParseException {
      Article article = parse("unknown-markup.html", "https://www.reuters.com/world/europe/ferry-night-crossings-2025-09-09/");
      assertThat(texts(article, BlockKind.PARAGRAPH)).hasSize(3);
      assertThat(article.body().get(0).text()).startsWith("A ferry operator will add night crossings");
      assertThat(article.dateline().place()).isEqualTo("HELSINKI");
      assertThat(article.bylines()).contains(new Byline("Jussi Laine", "reporting"), new Byline("Ann Ruiz", "editing"));
      assertThat(article.bodyText()).doesNotContain("Reporting by", "Terms", "Markets");
      assertThat(article.provenance().warnings()).anySatisfy(w -> assertThat(w)
          .contains("layout not recognised").contains("generic body finder"));
    }

    @Test
    void fusionGlobalContentWithItsDatelineAndSignOff() throws ParseException {
      Article article = parse("fusion-only.html", null);
      assertThat(article.body()).extracting(Block::kind, Block::text).containsExactly(
          org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "A Gulf airline ordered twenty wide-body jets on Monday, the planemaker said."),
          org.assertj.core.groups.Tuple.tuple(BlockKind.SUBHEADING, "DELIVERIES"),
          org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "Deliveries start in 2027."));
      assertThat(article.dateline()).isEqualTo(new Dateline("DUBAI", "DUBAI, Nov 20 (Reuters) -"));
      assertThat(article.bylines()).containsExactly(Byline.of("Rita Lopes"), new Byline("Rita Lopes", "reporting"),
          new Byline("Ken Ito", "editing"));
      assertThat(article.provenance().warnings()).anySatisfy(w -> assertThat(w).contains("Fusion.globalContent"));
      assertThat(article.section()).isEqualTo("Aerospace & Defense");
    }

    @Test
    void brokenPagesGiveAnArticleWithWarningsNotAnException() throws ParseException {
      String[] pages = {
          "<html><body><article><p data-testid=\"paragraph-0\"></p><p data-testid=\"paragraph-1\"> </p></article></body></html>",
          "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":</script>"
              + "<script>Fusion.globalContent={\"result\":{\"content_elements\":[{\"type\":\"paragraph\"</script></head>"
              + "<body><div class=\"StandardArticleBody_body\"><p>(Reuters) -</p></div></body></html>",
          "<div id=\"articleText\"><p>Reporting by</p><figure><figcaption>REUTERS</figcaption></figure></div>",
          "<html lang=\"not a tag!\"><head><link rel=\"canonical\" href=\"::bad url\">"
              + "<meta name=\"article:published_time\" content=\"yesterday\"></head><body><h1>Only a title</h1></body></html>"};
      for (String html : pages) {
        Article article = PARSER.parse(Page.of(html, "https://www.reuters.com/world/x/"));
        assertThat(article.provenance().warnings()).as(html).isNotEmpty();
        assertThat(article.outlet()).isEqualTo(ReutersParser.OUTLET);
      }
    }
  }

  @Nested
  class Registration {
    @Test
    void registryPicksTheParserByHostAndByContent() throws Exception {
      ParserRegistry registry = ParserRegistry.load();
      assertThat(registry.parser("reuters")).isPresent();
      assertThat(registry.select(Page.of(fixture("standard-2019.html"), "https://www.reuters.com/article/x-idUS1")).name())
          .isEqualTo("reuters");
      assertThat(registry.select(Page.of(fixture("arc-2023.html"), null)).name()).isEqualTo("reuters");
    }

    @Test
    void contentScoreNeedsReutersSignals() {
      assertThat(PARSER.contentScore(Page.of(fixture("arc-2023.html"), null))).isGreaterThan(0.9);
      assertThat(PARSER.contentScore(Page.of(fixture("standard-2019.html"), null))).isGreaterThanOrEqualTo(0.5);
      String other = "<html><head><meta property=\"og:site_name\" content=\"Daily Planet\"></head>"
          + "<body><article><p>NEW YORK (Reuters) - A wire story carried by another outlet.</p></article></body></html>";
      assertThat(PARSER.contentScore(Page.of(other, null))).isLessThan(ParserRegistry.CONTENT_THRESHOLD);
      assertThat(PARSER.contentScore(Page.ofText("TOKYO (Reuters) - text", null))).isZero();
    }

    @Test
    void agencyAsAuthorGivesWayToThePeopleInTheMeta() throws ParseException {
      Article article = PARSER.parse(Page.of("<html><head><meta name=\"article:author\" content=\"Ada Kerr\">"
          + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Reuters\"}}</script>"
          + "</head><body><article><p data-testid=\"paragraph-0\">(Reuters) - Text.</p></article></body></html>",
          "https://www.reuters.com/x/"));
      assertThat(article.bylines()).containsExactly(Byline.of("Ada Kerr"));
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
      List<String> names = List.of("arc-2023.html", "arc-2024.html", "modules-2026.html", "next-2020.html",
          "standard-2019.html", "classic-2014.html", "fusion-only.html", "unknown-jsonld.html");
      List<Article> expected = new java.util.ArrayList<>();
      for (String name : names) {
        expected.add(parse(name, null));
      }
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<Article>> futures = new java.util.ArrayList<>();
        for (int round = 0; round < 4; round++) {
          for (String name : names) {
            futures.add(pool.submit(() -> parse(name, null)));
          }
        }
        for (int i = 0; i < futures.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(expected.get(i % names.size()));
        }
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void emptyPageIsAnError() {
      assertThatThrownBy(() -> PARSER.parse(Page.of("  ", "https://www.reuters.com/x"))).isInstanceOf(ParseException.class);
    }

    @Test
    void plainTextScrapeStillGivesDatelineBodyAndSignOff() throws ParseException {
      Article article = PARSER.parse(Page.ofText(
          "TOKYO, Dec 22 (Reuters) - Shares rose on Monday.\n\nTraders cited exporters.\n\nReporting by Aki Sato; Editing by Lee Moss\n",
          "https://www.reuters.com/markets/x/"));
      assertThat(article.dateline()).isEqualTo(new Dateline("TOKYO", "TOKYO, Dec 22 (Reuters) -"));
      assertThat(article.body()).extracting(Block::text).containsExactly("Shares rose on Monday.", "Traders cited exporters.");
      assertThat(article.bylines()).containsExactly(new Byline("Aki Sato", "reporting"), new Byline("Lee Moss", "editing"));
      assertThat(article.provenance().warnings()).isNotEmpty();
    }
  }
}
