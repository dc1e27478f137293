package dev.newsmodel.parse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text scrapes of our own: credit, timestamp, caption, body, and trailing promos never seen by the code. */
class PlainTextParserTest {
  private static final String STORY = String.join("\n",
      "The harbor town of Kamiura has finished restoring its wooden lighthouse, a century after it first guided fishing boats home.",
      "Carpenters replaced the rotten beams with cedar from nearby forests, keeping the original octagonal frame.",
      "\"We wanted the tower to look exactly as our grandparents remember it,\" said Mayor Haruto Ishii at the reopening ceremony.",
      "The restoration cost 120 million yen, most of it raised through hometown tax donations, according to the town office.",
      "Visitors will be able to climb to the lantern room on weekends from April.");

  private static final List<String> PROMOS = List.of(
      "Here are the winners of this year's regional photo contest.",
      "Stories from the artisans keeping lacquerware traditions alive in Wajima",
      "Chefs from across the country share winter dishes from their home regions.",
      "Discover how a small brewery in Niigata reinvented sake for a younger crowd.",
      "An illustrated guide to hot springs off the beaten path");

  private static Article parse(String text) throws ParseException {
    return new PlainTextParser().parse(Page.of(text, null));
  }

  @Test
  void aScrapeInTheSeedsShapeGivesCreditTimestampCaptionBodyAndRemovedPromos() throws Exception {
    String text = "AP\nApril 2, 2024 at 09:15 JST\n"
        + "Carpenters fit a new cedar beam on the lighthouse in Kamiura on March 28 (Kyodo)\n"
        + STORY + "\n" + String.join("\n", PROMOS) + "\n";
    Article article = parse(text);

    assertThat(article.syndication().agency()).isEqualTo("The Associated Press");
    assertThat(article.syndication().creditLine()).isEqualTo("AP");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-04-02T09:15+09:00"));
    assertThat(article.media()).containsExactly(
        new Media(null, "Carpenters fit a new cedar beam on the lighthouse in Kamiura on March 28", "Kyodo"));
    assertThat(article.body()).extracting(Block::id).containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(article.body().get(0).text()).startsWith("The harbor town of Kamiura");
    assertThat(article.body().get(4).text()).isEqualTo("Visitors will be able to climb to the lantern room on weekends from April.");
    assertThat(article.provenance().removed()).extracting(RemovedText::reason).containsOnly("promo");
    assertThat(article.provenance().removed()).extracting(RemovedText::text).containsExactlyElementsOf(PROMOS);
    for (String promo : PROMOS) {
      assertThat(article.bodyText()).doesNotContain(promo);
    }
    assertThat(article.headline()).isNull();
    assertThat(article.provenance().warnings()).contains("No headline: the text has no headline line.");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.provenance().parser()).isEqualTo("text");
  }

  @Test
  void aShortLastParagraphStaysInTheBody() throws Exception {
    for (String last : List.of("Admission is free.", "Tickets go on sale next week.", "He declined to say more.")) {
      Article article = parse("REUTERS\n" + STORY + "\n" + last);
      assertThat(article.body()).hasSize(6);
      assertThat(article.body().get(5).text()).isEqualTo(last);
      assertThat(article.provenance().removed()).isEmpty();
    }
  }

  @Test
  void aShortPresentTenseLastParagraphRightAboveThePromosStays() throws Exception {
    String last = "Fishermen expect more visitors in summer.";
    Article article = parse(STORY + "\n" + last + "\n" + String.join("\n", PROMOS));
    assertThat(article.body().get(article.body().size() - 1).text()).isEqualTo(last);
    assertThat(article.provenance().removed()).extracting(RemovedText::text).containsExactlyElementsOf(PROMOS);
  }

  @Test
  void aWireSignOffCreditsPeopleAndLeavesTheBody() throws Exception {
    Article article = parse("REUTERS\n" + STORY + "\n(Reporting by Mari Saito and Ken Ono; Editing by Ruth Lee)\n" + PROMOS.get(0));
    assertThat(article.body()).hasSize(5);
    assertThat(article.bylines()).containsExactly(
        new Byline("Mari Saito", "reporting"), new Byline("Ken Ono", "reporting"), new Byline("Ruth Lee", "editing"));
    assertThat(article.provenance().removed()).extracting(RemovedText::reason).containsExactly("sign-off", "promo");
  }

  @Test
  void signOffsAreOnlyWhatTheySeem() {
    assertThat(SignOffs.read("Additional reporting by Aya Mori in Osaka")).containsExactly(new Byline("Aya Mori", "additional reporting"));
    assertThat(SignOffs.read("Reporting by the ministry showed a rise.")).isEmpty();
    assertThat(SignOffs.read("He was editing by hand all night")).isEmpty();
  }

  @Test
  void aStoryEndingInAQuoteKeepsItAndLosesOnlyThePromosAfterIt() throws Exception {
    String quote = "\"It is the heart of the town,\" one fisherman said.";
    Article article = parse(STORY + "\n" + quote + "\n" + PROMOS.get(1) + "\n" + PROMOS.get(4));
    assertThat(article.body().get(article.body().size() - 1).text()).isEqualTo(quote);
    assertThat(article.provenance().removed()).extracting(RemovedText::text).containsExactly(PROMOS.get(1), PROMOS.get(4));
  }

  @Test
  void headlineBylineAndWireDatelineAreRead() throws Exception {
    Article article = parse("Lighthouse in harbor town shines again\nBy HANAKO SUZUKI/ Staff Writer\nUpdated: May 4, 2024 at 10:00 JST\n"
        + "KAMIURA, May 3 (Kyodo) - The town relit its lighthouse on Friday.\nMore than 300 residents watched.");
    assertThat(article.headline()).isEqualTo("Lighthouse in harbor town shines again");
    assertThat(article.bylines()).containsExactly(new Byline("HANAKO SUZUKI", "Staff Writer"));
    assertThat(article.modified()).isEqualTo(OffsetDateTime.parse("2024-05-04T10:00+09:00"));
    assertThat(article.published()).isNull();
    assertThat(article.provenance().warnings()).anyMatch(w -> w.startsWith("No publication date"));
    assertThat(article.dateline().place()).isEqualTo("KAMIURA");
    assertThat(article.syndication().agency()).isEqualTo("Kyodo News");
    assertThat(article.body()).hasSize(2);
  }

  @Test
  void aNonWireCreditInCapitalsIsNeitherHeadlineNorBody() throws Exception {
    Article article = parse("THE ASAHI SHIMBUN\nMay 4, 2024 at 10:00 JST\n" + STORY);
    assertThat(article.headline()).isNull();
    assertThat(article.syndication()).isNull();
    assertThat(article.body()).hasSize(5);
    assertThat(article.provenance().removed()).containsExactly(new RemovedText("credit-line", "THE ASAHI SHIMBUN"));
  }

  @Test
  void japaneseTextScrapeWithPhotographerCaption() throws Exception {
    Article article = parse("2024年5月3日 18時30分\n再点灯した灯台=2024年5月3日、北海道小樽市、佐藤一郎撮影\n"
        + "北海道小樽市の港で３日、修復を終えた灯台に明かりがともった。\n市の担当者は「観光の目玉にしたい」と話した。");
    assertThat(article.language()).isEqualTo("ja");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-05-03T18:30+09:00"));
    assertThat(article.provenance().warnings()).anyMatch(w -> w.contains("no zone") && w.contains("Asia/Tokyo"));
    assertThat(article.media()).containsExactly(new Media(null, "再点灯した灯台=2024年5月3日、北海道小樽市", "佐藤一郎"));
    assertThat(article.body()).hasSize(2);
  }

  @Test
  void textWithoutBodyStillGivesAnArticleWithWarnings() throws Exception {
    Article article = parse("REUTERS\nMay 4, 2024 at 10:00 JST\n");
    assertThat(article.body()).isEmpty();
    assertThat(article.syndication().agency()).isEqualTo("Reuters");
    assertThat(article.provenance().warnings()).anyMatch(w -> w.startsWith("No body"));
  }

  @Test
  void emptyTextIsAParseException() {
    assertThatThrownBy(() -> parse("   \n  ")).isInstanceOf(ParseException.class);
  }

  @Test
  void promoScoresFollowTheSignals() {
    var story = PromoDetector.contentWords(List.of(STORY));
    // Sharing the story's words and attributing pull a line below the threshold.
    assertThat(PromoDetector.score("Mayor Ishii said the lighthouse restoration was worth the cost.", story, true))
        .isLessThan(PromoDetector.THRESHOLD);
    // A presenting teaser with nothing in common with the story is a promo on its own.
    assertThat(PromoDetector.score("A look at the fashion of 1970s Tokyo", story, false))
        .isGreaterThanOrEqualTo(PromoDetector.THRESHOLD);
    // Japanese lines are left to the HTML parsers.
    assertThat(PromoDetector.score("特集：全国の温泉ガイド", story, true)).isZero();
  }
}
