package dev.newsmodel.attribution.ja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link JapaneseRules} on sentences written for these tests: the engine's rules
 * find the attribution, and the same rules without the one under test do not, so each test
 * fails when its rule is dropped from {@link JapaneseRules#ORDER} or stops matching.
 * Attributions are shown as {@code source | cue | content | stance}, {@code -} for no source.
 */
class JapaneseRulesTest {

  private static List<String> found(JapaneseRules rules, String... paragraphs) {
    List<String> texts = List.of(paragraphs);
    ArticleContext ctx = rules.read(texts);
    List<String> out = new ArrayList<>();
    for (Found f : ctx.found) {
      String content = texts.get(f.content().paragraph()).substring(f.content().start(), f.content().end());
      out.add((f.who() == null ? "-" : f.who().name) + " | " + f.cueText() + " | " + content + " | " + f.stance());
    }
    return out;
  }

  private static List<String> found(String... paragraphs) {
    return found(JapaneseRules.STANDARD, paragraphs);
  }

  private static JapaneseRules without(Class<? extends AttributionRule> rule) {
    List<AttributionRule> rules = new ArrayList<>(JapaneseRules.ORDER);
    assertThat(rules.removeIf(rule::isInstance)).as("%s is one of the rules", rule.getSimpleName()).isTrue();
    return new JapaneseRules(rules);
  }

  private static void assertFoundOnlyWith(Class<? extends AttributionRule> rule, String expected, String... paragraphs) {
    assertThat(found(paragraphs)).contains(expected);
    assertThat(found(without(rule), paragraphs)).doesNotContain(expected);
  }

  @Test
  void everyRuleRunsOnceInTheDocumentedOrder() {
    assertThat(JapaneseRules.ORDER).extracting(r -> r.getClass().getSimpleName()).containsExactly(
        "PendingQuoteRule", "SubjectRule", "DirectQuoteRule", "HearsayRule", "QuotativeRule", "RefusalRule",
        "ObjectRule", "PositionRule", "HedgeRule", "CarryRule");
  }

  @Test
  void directQuoteWithTheSpeakerBeforeIt() {
    assertFoundOnlyWith(DirectQuoteRule.class, "山田次郎 | と訴えた | 審議を急ぐべきだ | ASSERTS",
        "山田次郎議員は2日、「審議を急ぐべきだ」と訴えた。");
  }

  @Test
  void directQuoteKeepsItsSpeakerAndCue() {
    ArticleContext ctx = JapaneseRules.STANDARD.read(List.of("山田次郎議員は2日、「審議を急ぐべきだ」と訴えた。"));
    assertThat(ctx.quotes).hasSize(1);
    assertThat(ctx.quotes.get(0).speaker).isNotNull();
    assertThat(ctx.quotes.get(0).speaker.name).isEqualTo("山田次郎");
    assertThat(ctx.quotes.get(0).cue).isEqualTo("と訴えた");
  }

  @Test
  void loneQuoteSpeakerInTheNextParagraph() {
    assertFoundOnlyWith(PendingQuoteRule.class, "男性 | 語った | もう少し早く知りたかった | ASSERTS",
        "「もう少し早く知りたかった」", "商店街で店を営む男性（60）は、肩を落として語った。");
  }

  @Test
  void loneQuoteSpeakerInAVoiceFromAfterIt() {
    assertFoundOnlyWith(PendingQuoteRule.class, "田中良子 | 声 | 駅が近くなって便利だ | ASSERTS",
        "「駅が近くなって便利だ」。近所に住む主婦の田中良子さんからも歓迎の声が聞かれた。");
  }

  @Test
  void hearsay() {
    assertFoundOnlyWith(HearsayRule.class, "消費者庁 | によると | 被害は全国で100件を超えた | ASSERTS",
        "消費者庁によると、被害は全国で100件を超えた。");
  }

  @Test
  void hearsayLeavesTheClosingTeiuOut() {
    assertThat(found("気象台によれば、今夜から雪が強まる見通しだという。"))
        .containsExactly("気象台 | によれば | 今夜から雪が強まる見通しだ | ASSERTS");
  }

  @Test
  void quotativeTo() {
    assertFoundOnlyWith(QuotativeRule.class, "運営会社 | と発表した | 来月から料金を値上げする | ASSERTS",
        "運営会社は5日、来月から料金を値上げすると発表した。");
  }

  @Test
  void refusalToComment() {
    assertFoundOnlyWith(RefusalRule.class, "市の担当者 | コメントを控えた | 市の担当者は取材に対し、コメントを控えた | NO_COMMENT",
        "市の担当者は取材に対し、コメントを控えた。");
  }

  @Test
  void objectOfAnAnnouncement() {
    assertFoundOnlyWith(ObjectRule.class, "東西銀行 | を発表した | 新しい料金体系 | ASSERTS",
        "東西銀行は1日、新しい料金体系を発表した。");
  }

  @Test
  void positionWithoutTo() {
    assertFoundOnlyWith(PositionRule.class, "知事 | 方針を示した | 計画を見直さない | ASSERTS",
        "知事は、計画を見直さない方針を示した。");
  }

  @Test
  void hedgeHasNoClaimant() {
    assertFoundOnlyWith(HedgeRule.class, "- | 可能性がある | 大雨で川が増水する | UNCERTAIN",
        "大雨で川が増水する可能性がある。");
  }

  @Test
  void subjectCarriesIntoASentenceWithoutOne() {
    assertFoundOnlyWith(CarryRule.class, "山田次郎 | と訴えた | 審議を急ぐべきだ | ASSERTS",
        "山田次郎議員は2日、地元で集会を開いた。「審議を急ぐべきだ」と訴えた。");
  }

  @Test
  void subjectIsMetBeforeTheCuesAreRead() {
    // SubjectRule attributes nothing: alone it only meets the sentence's subject as a source
    ArticleContext ctx = new JapaneseRules(List.of(new SubjectRule())).read(List.of("県警捜査1課は3日、男を逮捕した。"));
    assertThat(ctx.sources.entities()).extracting(e -> e.name).containsExactly("県警捜査1課");
    assertThat(ctx.sources.entities().get(0).used).isFalse();
    assertThat(ctx.found).isEmpty();
    assertThat(new JapaneseRules(List.of()).read(List.of("県警捜査1課は3日、男を逮捕した。")).sources.entities()).isEmpty();
  }

  @Test
  void sameOfficeRefersBackAcrossSentences() {
    ArticleContext ctx = JapaneseRules.STANDARD.read(List.of("消費者庁によると、被害は全国で100件を超えた。同庁は注意を呼びかけている。"));
    assertThat(ctx.sources.entities()).hasSize(1);
    assertThat(ctx.sources.entities().get(0).mentionTexts).containsExactly("消費者庁", "同庁");
  }

  @Test
  void shortFormIsTheSameSource() {
    assertThat(found("東西銀行は1日、新しい料金体系を発表した。東西銀は「経営を立て直す」と説明した。"))
        .containsExactly("東西銀行 | を発表した | 新しい料金体系 | ASSERTS", "東西銀行 | と説明した | 経営を立て直す | ASSERTS");
  }
}
