package dev.newsmodel.parse.outlet.asahi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParserRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** asahi.com pages we wrote ourselves, modelled on each template's structure. */
class AsahiParserTest {
  private static final AsahiParser PARSER = new AsahiParser();
  private static final ParserRegistry REGISTRY = ParserRegistry.load();

  static Page fixture(String name, String url) throws IOException {
    try (InputStream in = Objects.requireNonNull(AsahiParserTest.class.getResourceAsStream("/asahi/" + name))) {
      return Page.of(in, url, Map.of());
    }
  }

  @Test
  void ajwWireStoryGivesHeadlineDateSyndicationCaptionBodyAndRemovesTheRest() throws Exception {
    Article article = PARSER.parse(fixture("ajw-wire.html", "https://www.asahi.com/ajw/articles/15550001"));

    assertThat(article.headline()).isEqualTo("Ferry operators add night crossings as tourism rebounds");
    assertThat(article.outlet()).isEqualTo(AsahiParser.OUTLET_EN);
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-06-14T07:05+09:00"));
    assertThat(article.syndication().agency()).isEqualTo("Reuters");
    assertThat(article.syndication().creditLine()).isEqualTo("REUTERS");
    assertThat(article.bylines()).isEmpty();
    assertThat(article.media()).containsExactly(new Media("https://www.asahi.com/ajw/articles/images/ferry_night.jpg",
        "A ferry leaves the port of Takamatsu at dusk on June 10", "The Asahi Shimbun"));
    assertThat(article.body()).extracting(Block::text).containsExactly(
        "Ferry companies on the Seto Inland Sea will add overnight crossings this summer as foreign visitors return in record numbers.",
        "Three operators said on Thursday they would run late departures between Takamatsu, Kobe and Beppu from July.",
        "\"Demand for cabins has doubled since spring,\" said Emi Kato, a spokeswoman for one of the companies.",
        "The tourism agency expects more than 35 million visitors this year.");
    assertThat(article.body()).extracting(Block::id).containsExactly("p1", "p2", "p3", "p4");
    assertThat(article.tags()).containsExactly("ferries", "tourism", "Seto Inland Sea");

    assertThat(article.provenance().removed()).extracting(RemovedText::reason)
        .contains("share-bar", "advertisement", "related", "writer-profile", "promo");
    assertThat(article.provenance().removed()).filteredOn(r -> r.reason().equals("promo")).extracting(RemovedText::text)
        .containsExactly("A series on the craftsmen who build wooden fishing boats by hand",
            "Here is a roundup of festivals that light up mountain villages in winter.");
    assertThat(article.provenance().removed()).filteredOn(r -> r.reason().equals("advertisement"))
        .extracting(RemovedText::text).containsExactly("[PR]");
    String body = article.bodyText();
    assertThat(body).doesNotContain("[PR]", "Share on", "Related Articles", "Osaka bureau", "REUTERS",
        "(The Asahi Shimbun)", "Copyright");
    assertThat(article.provenance().warnings()).isEmpty();
  }

  @Test
  void ajwWireCreditInTheBylineSlotIsSyndicationNotAByline() throws Exception {
    String html = "<html lang=en><body><div id=MainInner><div class=ArticleTitle><div class=Title><h1>Rail fares to rise</h1></div>"
        + "<p class=EnArticleName>AFP-JIJI</p><p class=EnLastUpdated>April 1, 2024 at 06:00 JST</p></div>"
        + "<div class=ArticleText><p>Rail companies will raise fares in autumn, they said on Monday.</p>"
        + "<p>The increase averages 4 percent.</p></div></div></body></html>";
    Article article = PARSER.parse(Page.of(html, "https://www.asahi.com/ajw/articles/3"));
    assertThat(article.bylines()).isEmpty();
    assertThat(article.syndication().agency()).isEqualTo("AFP");
    assertThat(article.syndication().creditLine()).isEqualTo("AFP-JIJI");
    assertThat(article.body()).hasSize(2);
  }

  @Test
  void ajwStaffStoryGivesBylineSubheadingAndPhotographerCredit() throws Exception {
    Article article = PARSER.parse(fixture("ajw-staff.html", "https://www.asahi.com/ajw/articles/15560002"));
    assertThat(article.headline()).isEqualTo("Retired teacher maps every shrine in her valley");
    assertThat(article.bylines()).containsExactly(new Byline("MIKA TANABE", "Staff Writer"));
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2025-01-09T12:30+09:00"));
    assertThat(article.syndication()).isNull();
    assertThat(article.body()).extracting(Block::kind).containsExactly(
        BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(article.body().get(1).text()).isEqualTo("Notebooks and a bicycle");
    assertThat(article.body().get(3).text()).isEqualTo("She plans to give the finished map to the local library in spring.");
    assertThat(article.media()).containsExactly(new Media("https://www.asahicom.jp/ajw/articles/images/shrine_map.jpg",
        "Yoko Mori studies her hand-drawn map in her home in Nagano Prefecture on Dec. 20", "Mika Tanabe"));
    // Teasers after the text container are removed one by one.
    assertThat(article.provenance().removed()).extracting(RemovedText::reason)
        .containsExactly("share-bar", "promo", "promo", "after-body");
    assertThat(article.provenance().removed()).extracting(RemovedText::text)
        .contains("Portraits of lighthouse keepers on remote islands", "Here are the best autumn hiking trails near Tokyo.");
    assertThat(article.bodyText()).doesNotContain("lighthouse keepers", "hiking trails", "English edition");
  }

  @Test
  void titleSuffixIsDroppedWhenTheHeadlineComesFromTheTitle() throws Exception {
    String html = "<html lang=en><head><title>Snow closes mountain pass | The Asahi Shimbun: Breaking News, Japan News and Analysis</title></head>"
        + "<body><div id=MainInner><div class=ArticleText><p>The pass will stay closed until Monday.</p></div></div></body></html>";
    Article article = PARSER.parse(Page.of(html, "https://www.asahi.com/ajw/articles/1"));
    assertThat(article.headline()).isEqualTo("Snow closes mountain pass");
    assertThat(article.provenance().warnings()).anyMatch(w -> w.startsWith("No publication date"));
  }

  @Test
  void legacyJapaneseTemplateWithMetaValues() throws Exception {
    Article article = PARSER.parse(fixture("ja-legacy.html", "https://www.asahi.com/articles/ASR0000001.html"));
    assertThat(article.headline()).isEqualTo("港町の木造灯台、修復終え再点灯");
    assertThat(article.outlet()).isEqualTo(AsahiParser.OUTLET_JA);
    assertThat(article.language()).isEqualTo("ja");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2023-10-02T18:20+09:00"));
    assertThat(article.section()).isEqualTo("社会");
    assertThat(article.tags()).containsExactly("社会", "地域", "灯台");
    assertThat(article.bylines()).isEmpty();
    assertThat(article.body()).extracting(Block::text).containsExactly(
        "北海道小樽市の港にある木造灯台の修復工事が終わり、２日夜、約３年ぶりに明かりがともった。",
        "市によると、工事費の多くはふるさと納税の寄付でまかなったという。");
    assertThat(article.media()).containsExactly(new Media("https://www.asahicom.jp/articles/images/lighthouse_commL.jpg",
        "再点灯した木造灯台=2023年10月2日、北海道小樽市", "佐藤一郎"));
    assertThat(article.provenance().removed()).extracting(RemovedText::reason)
        .containsExactly("share-bar", "advertisement", "related");
  }

  @Test
  void japaneseConventionsRubyCreditsAndMembershipText() throws Exception {
    Article article = PARSER.parse(fixture("ja-credits.html", "https://www.asahi.com/articles/ASR0000003.html"));
    // 【ジュネーブ＝高橋一郎】: dateline and byline, out of the body; the ruby reading is no text.
    assertThat(article.dateline().place()).isEqualTo("ジュネーブ");
    assertThat(article.bylines()).containsExactly(Byline.of("高橋一郎"));
    assertThat(article.body()).extracting(Block::text).containsExactly(
        "各国の閣僚が集まる国際会議が１９日、スイスで開かれた。議長を務める同国の環境相は「今年こそ具体的な目標で合意したい」と述べた。",
        "会議は２日間の日程で、海面上昇への対策などを話し合う。",
        "途上国への支援が焦点",
        "途上国の代表団は、資金支援の拡充を求める方針だという。");
    assertThat(article.body().get(2).kind()).isEqualTo(BlockKind.SUBHEADING);
    assertThat(article.provenance().removed()).extracting(RemovedText::reason).contains("dateline", "paywall");
  }

  @Test
  void currentJapaneseTemplateReadsJsonLdCreatorAndStructure() throws Exception {
    Article article = PARSER.parse(fixture("ja-current.html", "https://www.asahi.com/articles/AST0000002.html"));
    assertThat(article.headline()).isEqualTo("山あいの村で伝統の火祭り ４年ぶりに開催");
    // The creator is the reporter; the author is only the organisation.
    assertThat(article.bylines()).containsExactly(Byline.of("鈴木花子"));
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-08-15T20:05+09:00"));
    assertThat(article.modified()).isEqualTo(OffsetDateTime.parse("2024-08-15T21:40+09:00"));
    assertThat(article.section()).isEqualTo("文化・芸能");
    assertThat(article.body()).extracting(Block::kind).containsExactly(
        BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(article.bodyText()).doesNotContain("[PR]", "有料会員", "トップニュース", "シェア");
    assertThat(article.media()).containsExactly(new Media("https://www.asahicom.jp/imgopt/img/abc/comm_L/fire_festival.jpg",
        "夜空を焦がす松明=2024年8月15日、長野県", "鈴木花子"));
    assertThat(article.provenance().removed()).extracting(RemovedText::text).contains("[PR]");
  }

  @Test
  void aUtcTimeElementIsGivenInJst() throws Exception {
    String html = "<html lang=ja><body><main><h1>見出し</h1><time datetime=\"2024-02-01T03:00:00.000Z\">2024年2月1日 12時00分</time>"
        + "<div><p>本文の一段落目です。</p><p>本文の二段落目です。</p></div></main></body></html>";
    Article article = PARSER.parse(Page.of(html, "https://www.asahi.com/articles/X.html"));
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-02-01T12:00+09:00"));
    assertThat(article.body()).hasSize(2);
  }

  @Test
  void aPageWithoutBodyGivesAnArticleWithWarnings() throws Exception {
    String html = "<html lang=en><head><title>Only a title | The Asahi Shimbun: Breaking News, Japan News and Analysis</title></head>"
        + "<body><div id=MainInner><div class=ArticleTitle><div class=Title><h1>Only a title</h1></div></div></div></body></html>";
    Article article = PARSER.parse(Page.of(html, "https://www.asahi.com/ajw/articles/2"));
    assertThat(article.headline()).isEqualTo("Only a title");
    assertThat(article.body()).isEmpty();
    assertThat(article.provenance().warnings()).anyMatch(w -> w.startsWith("No body"));
    Article bare = PARSER.parse(Page.of("<html><body><div><span>menu</span></div><div>x</div></body></html>", null));
    assertThat(bare.provenance().warnings()).anyMatch(w -> w.startsWith("No headline"));
  }

  @Test
  void ajwTextScrapeOfOurOwnIsRecognisedWithoutUrl() throws Exception {
    String text = String.join("\n",
        "KYODO",
        "February 3, 2024 at 21:10 JST",
        "Snowplows clear a road in Aomori on Feb. 3 (The Asahi Shimbun)",
        "Heavy snow cut power to about 12,000 homes in northern Japan on Saturday, the utility said.",
        "Crews expected to restore most lines by Sunday morning, officials said.",
        "\"We ask residents to avoid unnecessary trips,\" a prefectural official told reporters.",
        "Trains on two local lines were suspended.",
        "A photo essay on the last wooden schoolhouses of Shikoku",
        "Readers share the family recipes they cook for the New Year.",
        "Here are the stories behind Tokyo's oldest neon signs.");
    Page page = Page.of(text, null);
    assertThat(PARSER.contentScore(page)).isGreaterThanOrEqualTo(ParserRegistry.CONTENT_THRESHOLD);
    assertThat(REGISTRY.select(page).name()).isEqualTo("asahi");
    Article article = REGISTRY.select(page).parse(page);
    assertThat(article.outlet()).isEqualTo(AsahiParser.OUTLET_EN);
    assertThat(article.syndication().agency()).isEqualTo("Kyodo News");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-02-03T21:10+09:00"));
    assertThat(article.media()).containsExactly(new Media(null, "Snowplows clear a road in Aomori on Feb. 3", "The Asahi Shimbun"));
    assertThat(article.body()).hasSize(4);
    assertThat(article.body().get(3).text()).isEqualTo("Trains on two local lines were suspended.");
    assertThat(article.provenance().removed()).extracting(RemovedText::reason).containsOnly("promo").hasSize(3);
    assertThat(article.provenance().warnings()).anyMatch(w -> w.startsWith("No headline"));
  }

  @Test
  void contentScoreTellsAsahiFromOtherPages() throws Exception {
    assertThat(PARSER.contentScore(fixture("ajw-wire.html", null))).isGreaterThanOrEqualTo(0.5);
    assertThat(PARSER.contentScore(fixture("ja-current.html", null))).isGreaterThanOrEqualTo(0.5);
    assertThat(REGISTRY.select(fixture("ja-legacy.html", null)).name()).isEqualTo("asahi");
    assertThat(PARSER.contentScore(Page.of("Just some text.\nWith two lines that say nothing about an outlet.", null)))
        .isLessThan(ParserRegistry.CONTENT_THRESHOLD);
    // Either AJW mark alone is enough; both together make it certain.
    String credit = "Crowds fill a shrine in Kyoto on Jan. 1 (The Asahi Shimbun)\nVisitors prayed for a good year.";
    String stamp = "January 1, 2025 at 10:00 JST\nVisitors prayed for a good year.";
    assertThat(PARSER.contentScore(Page.of(credit, null))).isGreaterThanOrEqualTo(ParserRegistry.CONTENT_THRESHOLD);
    assertThat(PARSER.contentScore(Page.of(stamp, null))).isGreaterThanOrEqualTo(ParserRegistry.CONTENT_THRESHOLD);
    assertThat(PARSER.contentScore(Page.of(stamp + "\n" + credit, null))).isGreaterThan(PARSER.contentScore(Page.of(stamp, null)));
    // Another paper's timestamp format or credit is not Asahi's.
    assertThat(PARSER.contentScore(Page.of("10:00 JST, January 1, 2025\nCrowds at a shrine (The Japan News)\nText.", null)))
        .isLessThan(ParserRegistry.CONTENT_THRESHOLD);
    assertThat(PARSER.contentScore(Page.of("<html><head><meta property=og:site_name content='Harbor Gazette'></head>"
        + "<body><p>a</p><p>b</p></body></html>", null))).isLessThan(ParserRegistry.CONTENT_THRESHOLD);
  }
}
