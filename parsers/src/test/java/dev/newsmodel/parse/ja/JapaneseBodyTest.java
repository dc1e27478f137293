package dev.newsmodel.parse.ja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.RemovedText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseBodyTest {
  private static final String SENTENCE = "市の担当者は「来年も続けたい」と話した。";

  private static JapaneseBody.Reading read(String... paragraphs) {
    List<JapaneseBody.Line> lines = new ArrayList<>();
    for (String p : paragraphs) {
      lines.add(new JapaneseBody.Line(BlockKind.PARAGRAPH, p));
    }
    return JapaneseBody.read(lines);
  }

  private static List<String> texts(JapaneseBody.Reading reading) {
    return reading.blocks().stream().map(JapaneseBody.Line::text).toList();
  }

  @Test
  void anOpeningCreditGivesTheDatelineAndTheReporter() {
    JapaneseBody.Reading r = read("　【ワシントン＝山田太郎】米政府は１日、新しい方針を発表した。", SENTENCE);
    assertThat(r.dateline().place()).isEqualTo("ワシントン");
    assertThat(r.dateline().text()).isEqualTo("【ワシントン＝山田太郎】");
    assertThat(r.bylines()).containsExactly(new Byline("山田太郎", null));
    assertThat(texts(r).get(0)).isEqualTo("米政府は１日、新しい方針を発表した。");
    assertThat(r.removed()).contains(new RemovedText("dateline", "【ワシントン＝山田太郎】"));
    assertThat(r.syndication()).isNull();
  }

  @Test
  void anOpeningCreditOfAnAgencyIsTheSyndication() {
    JapaneseBody.Reading kyodo = read("【パリ共同】仏政府は２日、新しい方針を発表した。", SENTENCE);
    assertThat(kyodo.syndication().agency()).isEqualTo("Kyodo News");
    assertThat(kyodo.dateline().place()).isEqualTo("パリ");
    assertThat(texts(kyodo).get(0)).startsWith("仏政府は");

    JapaneseBody.Reading reuters = read("【ロンドン＝ロイター】英中銀は３日、政策金利を据え置いた。", SENTENCE);
    assertThat(reuters.syndication().agency()).isEqualTo("Reuters");
    assertThat(reuters.dateline().place()).isEqualTo("ロンドン");

    JapaneseBody.Reading afp = read("【１月５日 AFP】南米の港町で５日、祭りが開かれた。", SENTENCE);
    assertThat(afp.syndication().agency()).isEqualTo("AFP");
    assertThat(afp.dateline()).isNull();
    assertThat(texts(afp).get(0)).startsWith("南米の港町で");
  }

  @Test
  void aLabelInBracketsIsNoCredit() {
    JapaneseBody.Reading r = read("【速報】港町で火災があった。", SENTENCE);
    assertThat(r.dateline()).isNull();
    assertThat(r.bylines()).isEmpty();
    assertThat(texts(r).get(0)).isEqualTo("【速報】港町で火災があった。");
  }

  @Test
  void aClosingCreditGivesTheReporters() {
    JapaneseBody.Reading r = read(SENTENCE, "交渉は続く見通しだ。【ベルリン山田太郎、北京佐藤花子、マドリード＝鈴木一】");
    assertThat(r.bylines()).extracting(Byline::name).containsExactly("山田太郎", "佐藤花子", "鈴木一");
    // Who reported from where, as a wire sign-off credits it; the page's own byline stays the author.
    assertThat(r.bylines()).extracting(Byline::role).containsOnly(JapaneseBody.REPORTING);
    assertThat(texts(r)).containsExactly(SENTENCE, "交渉は続く見通しだ。");
    assertThat(r.removed()).contains(new RemovedText("byline", "【ベルリン山田太郎、北京佐藤花子、マドリード＝鈴木一】"));

    JapaneseBody.Reading alone = read(SENTENCE, "交渉は続く見通しだ。【山田太郎】");
    assertThat(alone.bylines()).extracting(Byline::name).containsExactly("山田太郎");
  }

  @Test
  void aClosingBracketThatNamesNoReporterStays() {
    assertThat(texts(read(SENTENCE, "詳しくは次の通り。【関連記事】"))).containsExactly(SENTENCE, "詳しくは次の通り。【関連記事】");
    assertThat(read(SENTENCE, "交渉は続く見通しだ。【社会部】").bylines()).isEmpty();
    assertThat(read(SENTENCE, "【山田太郎】").bylines()).extracting(Byline::name).containsExactly("山田太郎");
  }

  @Test
  void aClosingWireCreditIsTheSyndication() {
    JapaneseBody.Reading kyodo = read(SENTENCE, "会談は２時間に及んだ。（共同）");
    assertThat(kyodo.syndication().agency()).isEqualTo("Kyodo News");
    assertThat(texts(kyodo)).containsExactly(SENTENCE, "会談は２時間に及んだ。");

    assertThat(read(SENTENCE, "会談は２時間に及んだ。（AFP＝時事）").syndication().agency()).isEqualTo("AFP");
    assertThat(read(SENTENCE, "会談は２時間に及んだ。（時事）").syndication().agency()).isEqualTo("Jiji Press");

    JapaneseBody.Reading afp = read(SENTENCE, "会談は２時間に及んだ。(c)AFP/Jane Roe");
    assertThat(afp.syndication().agency()).isEqualTo("AFP");
    assertThat(afp.syndication().creditLine()).isEqualTo("(c)AFP/Jane Roe");
    assertThat(texts(afp)).containsExactly(SENTENCE, "会談は２時間に及んだ。");

    // An age or a note in brackets closing a sentence is no credit.
    assertThat(read(SENTENCE, "山田さんは話した（41）").syndication()).isNull();
  }

  @Test
  void membershipNoticesAndTheirPromotionLeaveTheBody() {
    JapaneseBody.Reading r = read(SENTENCE, SENTENCE + "続けて、工事の日程が説明された。",
        "この記事は会員限定です。登録すると続きを読めます。", "ニュースプラスに登録すると", "全ての記事が読める", "※新聞の購読者は無料です。");
    assertThat(texts(r)).hasSize(2);
    assertThat(r.removed()).extracting(RemovedText::reason).containsOnly("paywall").hasSize(4);

    JapaneseBody.Reading features = read(SENTENCE, SENTENCE, "記事に『リアクション』ができます。ご利用には会員登録が必要です。",
        "カテゴリーをフォローする");
    assertThat(texts(features)).containsExactly(SENTENCE, SENTENCE);
  }

  @Test
  void anArticleParagraphMentioningMembershipStays() {
    String long1 = "市は今年から、図書館の会員登録が必要ですという案内を廃止し、誰でも本を借りられるようにした。"
        + "担当者は「利用者を増やしたい」と話しており、来年度には分館でも同じ仕組みを取り入れる方針だ。"
        + "利用者の反応はおおむね好評で、週末には家族連れの姿が目立つという。";
    assertThat(texts(read(SENTENCE, long1))).containsExactly(SENTENCE, long1);
  }

  @Test
  void anOpeningDateLineGivesTheDates() {
    JapaneseBody.Reading r = read("2025年3月4日 05時06分 (3月4日 07時08分更新)", SENTENCE);
    assertThat(r.published()).isEqualTo(OffsetDateTime.parse("2025-03-04T05:06:00+09:00"));
    assertThat(r.modified()).isEqualTo(OffsetDateTime.parse("2025-03-04T07:08:00+09:00"));
    assertThat(texts(r)).containsExactly(SENTENCE);
    assertThat(r.removed()).containsExactly(new RemovedText("date", "2025年3月4日 05時06分 (3月4日 07時08分更新)"));

    JapaneseBody.Reading yearEnd = read("２０２４年１２月３１日 ２３時５０分 （１月１日 ００時１０分更新）", SENTENCE);
    assertThat(yearEnd.modified()).isEqualTo(OffsetDateTime.parse("2025-01-01T00:10:00+09:00"));
  }

  @Test
  void aShortLineWithoutSentencePunctuationInsideTheBodyIsAHeading() {
    JapaneseBody.Reading r = read(SENTENCE, "新しい仕組みで解決へ", SENTENCE, "宮崎県：高鍋町、新富町", SENTENCE);
    assertThat(r.blocks()).extracting(JapaneseBody.Line::kind).containsExactly(BlockKind.PARAGRAPH,
        BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    // Steps of instructions and quoted remarks are no headings.
    JapaneseBody.Reading steps = read(SENTENCE, "メニューから「設定」→「表示」", SENTENCE, "設定画面の右上の欄を", SENTENCE);
    assertThat(steps.blocks()).extracting(JapaneseBody.Line::kind).containsOnly(BlockKind.PARAGRAPH);
  }
}
