package dev.newsmodel.attribution.ja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Claim;
import dev.newsmodel.ClaimMode;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.attribution.Attribution;
import dev.newsmodel.attribution.Attributor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine's rules, one sentence pattern each, on sentences written for these tests. */
class JapaneseEngineTest {
  private static final JapaneseEngine ENGINE = new JapaneseEngine();

  private static Article attribute(String... paragraphs) {
    Article.Builder b = Article.builder().language("ja").published(OffsetDateTime.parse("2025-03-13T10:00:00+09:00"));
    for (int i = 0; i < paragraphs.length; i++) {
      b.addBlock(Block.paragraph("p" + (i + 1), paragraphs[i]));
    }
    return ENGINE.attribute(b.build());
  }

  private static Source speaker(Article a, Quote q) {
    assertThat(q.speaker()).as("speaker of %s", q.text()).isNotNull();
    return a.source(q.speaker()).orElseThrow();
  }

  private static Quote quote(Article a, String text) {
    return a.quotes().stream().filter(q -> q.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote holding " + text + " in " + a.quotes()));
  }

  private static Claim claim(Article a, String text) {
    return a.claims().stream().filter(c -> c.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim holding " + text + " in " + a.claims()));
  }

  private static Optional<Source> claimant(Article a, Claim c) {
    return c.claimant() == null ? Optional.empty() : a.source(c.claimant());
  }

  @Test
  void servesJapaneseThroughServiceLoader() {
    Attributor attributor = Attributor.load();
    assertThat(attributor.engineFor("ja")).get().isInstanceOf(JapaneseEngine.class);
    assertThat(attributor.engineFor("en")).get().isNotInstanceOf(JapaneseEngine.class);
  }

  @Test
  void speakerBeforeQuoteWithTitleAfterName() {
    Article a = attribute("山本太郎外相は10日、「交渉はこれからも続ける」と述べた。");
    Quote q = quote(a, "交渉はこれからも続ける");
    Source s = speaker(a, q);
    assertThat(s.name()).isEqualTo("山本太郎");
    assertThat(s.title()).isEqualTo("外相");
    assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.cue()).contains("述べ");
    Claim c = claim(a, "交渉はこれからも続ける");
    assertThat(c.mode()).isEqualTo(ClaimMode.DIRECT);
    assertThat(c.quotes()).containsExactly(q.id());
  }

  @Test
  void speakerVerbAfterAnAdverbAndAgeAndHonorificOutOfTheName() {
    Article a = attribute("会社員の佐藤花子さん（34）は「雨が多くて困る」と残念そうに話した。");
    Source s = speaker(a, quote(a, "雨が多くて困る"));
    assertThat(s.name()).isEqualTo("佐藤花子");
    assertThat(quote(a, "雨が多くて困る").cue()).contains("話");
  }

  @Test
  void speakerNamedAfterTheQuote() {
    Article a = attribute("新しい橋が開通した。「道が広くなって助かる」。近くに住む会社員、佐藤花子さん（34）からも喜びの声が上がる。");
    assertThat(speaker(a, quote(a, "道が広くなって助かる")).name()).isEqualTo("佐藤花子");
  }

  @Test
  void quoteParagraphWhoseSpeakerIsInTheNextParagraphAndQuotesInARow() {
    Article a = attribute("「やっと終わった。長い一年だった」",
        "地元漁協の組合員の男性は5日、疲れた様子で語った。「来年こそ豊漁になってほしい」と願う。");
    Source first = speaker(a, quote(a, "やっと終わった"));
    Source second = speaker(a, quote(a, "来年こそ豊漁"));
    assertThat(first.id()).isEqualTo(second.id());
    assertThat(first.name()).contains("男性");
    assertThat(first.anonymous()).isTrue();
    assertThat(quote(a, "来年こそ豊漁").cue()).contains("願");
  }

  @Test
  void hearsayNamesItsSource() {
    Article a = attribute("県警によると、男は容疑を認めているという。");
    Claim c = claim(a, "男は容疑を認めている");
    assertThat(c.text()).doesNotEndWith("という");
    assertThat(c.cue()).isEqualTo("によると");
    assertThat(claimant(a, c)).get().extracting(Source::name, Source::kind).containsExactly("県警", SourceKind.GOVERNMENT);
  }

  @Test
  void hearsayFromAReportNamesWhoReportedIt() {
    Article a = attribute("地元紙が報じた内部文書によると、工事は半年遅れる。");
    assertThat(claimant(a, claim(a, "工事は半年遅れる"))).get().extracting(Source::name).isEqualTo("地元紙");
  }

  @Test
  void indirectAnnouncementWithoutTheOpeningDate() {
    Article a = attribute("中央銀行は20日、政策金利を据え置くと発表した。");
    Claim c = claim(a, "政策金利を据え置く");
    assertThat(c.text()).isEqualTo("政策金利を据え置く");
    assertThat(c.mode()).isEqualTo(ClaimMode.INDIRECT);
    assertThat(c.when()).isEqualTo("2025-02-20"); // the 20th lies ahead of the 13th: last month
    assertThat(claimant(a, c)).get().extracting(Source::name, Source::kind)
        .containsExactly("中央銀行", SourceKind.ORGANIZATION);
  }

  @Test
  void objectOfAnAnnouncementIsItsContent() {
    Article a = attribute("市は1日、新しい防災計画を発表した。");
    assertThat(claim(a, "新しい防災計画").cue()).contains("発表");
  }

  @Test
  void aPolicyStatedIsAClaim() {
    Article a = attribute("野党の山本太郎代表は、法案に賛成しない方針を示した。");
    Claim c = claim(a, "法案に賛成しない");
    assertThat(c.cue()).contains("方針を示");
    assertThat(claimant(a, c)).get().extracting(Source::name).isEqualTo("山本太郎");
  }

  @Test
  void sentenceWithoutSubjectContinuesTheSourceBefore() {
    Article a = attribute("消防庁によると、火災は未明に起きた。原因を詳しく調べていると明らかにした。");
    Claim c = claim(a, "原因を詳しく調べている");
    assertThat(claimant(a, c)).get().extracting(Source::name).isEqualTo("消防庁");
    assertThat(c.cue()).contains("明らかに");
  }

  @Test
  void stances() {
    Article a = attribute("同社の広報担当者は「事実無根だ」と否定した。", "市教委はコメントを控えた。",
        "火事は漏電が原因とみられる。");
    assertThat(claim(a, "事実無根だ").stance()).isEqualTo(Stance.DENIES);
    assertThat(claim(a, "コメントを控えた").stance()).isEqualTo(Stance.NO_COMMENT);
    Claim hedge = claim(a, "火事は漏電が原因");
    assertThat(hedge.stance()).isEqualTo(Stance.UNCERTAIN);
    assertThat(hedge.claimant()).isNull();
  }

  @Test
  void anonymousSources() {
    Article a = attribute("政府関係者によると、会談は来月に開かれる。");
    Source s = claimant(a, claim(a, "会談は来月に開かれる")).orElseThrow();
    assertThat(s.anonymous()).isTrue();
    assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void sameDivisionIsTheDivisionNamedBefore() {
    Article a = attribute("県警捜査1課は3日、男を逮捕した。同課は、男が現金を奪ったとみている。");
    Source s = claimant(a, claim(a, "男が現金を奪った")).orElseThrow();
    assertThat(s.name()).isEqualTo("県警捜査1課");
    assertThat(s.mentions()).extracting(m -> m.text()).contains("同課");
  }

  @Test
  void divisionWithoutItsParentIsTheSameSource() {
    Article a = attribute("県警捜査1課は3日、男を逮捕した。捜査1課は認否を明らかにしていない。");
    Claim c = claim(a, "認否を明らかにしていない");
    assertThat(c.stance()).isEqualTo(Stance.NO_COMMENT);
    assertThat(claimant(a, c)).get().extracting(Source::name).isEqualTo("県警捜査1課");
    assertThat(c.quantities()).isEmpty();
  }

  @Test
  void surnameWithHonorificIsThePersonNamedBefore() {
    Article a = attribute("西村一郎首相は1日、記者団の取材に応じた。西村氏は「景気は回復している」と強調した。");
    Source s = speaker(a, quote(a, "景気は回復している"));
    assertThat(s.mentions()).extracting(m -> m.text()).contains("西村一郎首相", "西村氏");
  }

  @Test
  void shortFormIsTheSameOrganisation() {
    Article a = attribute("東西銀行は1日、新社長の人事を発表した。東西銀は「経営を立て直す」と説明した。");
    Source first = claimant(a, claim(a, "新社長の人事")).orElseThrow();
    Source second = claimant(a, claim(a, "経営を立て直す")).orElseThrow();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(first.name()).isEqualTo("東西銀行");
  }

  @Test
  void aTitleInBracketsIsAPartialQuoteWithoutSpeaker() {
    Article a = attribute("番組「春の海を歩く」が賞を受けた。");
    Quote q = quote(a, "春の海を歩く");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.speaker()).isNull();
  }

  @Test
  void findGivesSpansIntoTheParagraphs() {
    List<String> paragraphs = List.of("山本太郎外相は10日、「交渉はこれからも続ける」と述べた。");
    List<Attribution> found = ENGINE.find(paragraphs);
    assertThat(found).hasSize(1);
    Attribution x = found.get(0);
    String text = paragraphs.get(0);
    assertThat(text.substring(x.source().start(), x.source().end())).isEqualTo("山本太郎外相");
    assertThat(text.substring(x.cue().start(), x.cue().end())).isEqualTo("と述べた");
    assertThat(text.substring(x.content().get(0).start(), x.content().get(0).end())).isEqualTo("交渉はこれからも続ける");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    String[] story = {"県警によると、男は容疑を認めている。", "山本太郎外相は10日、「交渉はこれからも続ける」と述べた。"};
    Article expected = attribute(story);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> attribute(story)));
      }
      for (Future<Article> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
