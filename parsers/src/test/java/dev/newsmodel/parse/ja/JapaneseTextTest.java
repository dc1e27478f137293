package dev.newsmodel.parse.ja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.generic.BodyExtractor;
import dev.newsmodel.parse.generic.Extraction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JapaneseTextTest {

  private static Element p(String html) {
    return Jsoup.parseBodyFragment("<p>" + html + "</p>").selectFirst("p");
  }

  @Test
  void rubyReadingsNeverRunIntoTheText() {
    assertThat(JapaneseText.text(p("<ruby>漢字<rt>かんじ</rt></ruby>を読む"))).isEqualTo("漢字を読む");
    assertThat(JapaneseText.text(p("<ruby><rb>弾劾</rb><rp>（</rp><rt>だんがい</rt><rp>）</rp></ruby>訴追")))
        .isEqualTo("弾劾訴追");
  }

  @Test
  void lineBreaksOfTheSourceBetweenJapaneseCharactersAreClosedUp() {
    // A template that puts the ruby on a line of its own.
    String html = "港町の\n<ruby><rb>灯台守</rb><rp>（</rp><rt>とうだいもり</rt><rp>）</rp></ruby>\nは語った。";
    assertThat(JapaneseText.text(p(html))).isEqualTo("港町の灯台守は語った。");
    assertThat(JapaneseText.text(p("市によると、\n  工事は終わった。"))).isEqualTo("市によると、工事は終わった。");
  }

  @Test
  void spacesThatAreNoLineBreakAndBreaksBesideLatinTextStay() {
    assertThat(JapaneseText.text(p("港町 灯台"))).isEqualTo("港町 灯台");
    assertThat(JapaneseText.text(p("新型の\nAI機器"))).isEqualTo("新型の AI機器");
    assertThat(JapaneseText.text(p("一行目。<br>\n二行目。"))).isEqualTo("一行目。 二行目。");
    assertThat(JapaneseText.text(p("Tokyo\nBay"))).isEqualTo("Tokyo Bay");
    // Links of a menu, one a line: the white space between two elements separates them.
    assertThat(JapaneseText.text(p("<a>国内</a>\n<a>国際</a>"))).isEqualTo("国内 国際");
  }

  @Test
  void aReadingFlattenedWithSpacesIsClosedUpAroundTheName() {
    assertThat(JapaneseText.closeUpReadings("山田 太郎 （ たろう ） 氏は語った。")).isEqualTo("山田太郎（たろう）氏は語った。");
    assertThat(JapaneseText.closeUpReadings("市は 尹錫悦 （ ユンソンニョル ） 大統領と会った。"))
        .isEqualTo("市は 尹錫悦（ユンソンニョル）大統領と会った。");
    assertThat(JapaneseText.closeUpReadings("山田太郎（41）は語った。")).isEqualTo("山田太郎（41）は語った。");
  }

  @Test
  void theBodyFinderLeavesReadingsOutAndClosesUpLineBreaks() {
    String sentence = "港町の木造灯台の修復工事が終わり、約三年ぶりに明かりがともった。市によると、費用の多くは寄付でまかなったという。";
    String html = "<html lang=ja><body><article><p>\n　港町の\n<ruby><rb>灯台守</rb><rp>（</rp><rt>とうだいもり</rt><rp>）</rp></ruby>\n"
        + "は「明かりが戻って安心した」と話した。" + sentence + "</p><p>" + sentence + "</p><p>" + sentence + "</p></article></body></html>";
    Extraction extraction = BodyExtractor.extract(Jsoup.parse(html));
    assertThat(extraction.blocks().get(0).text()).startsWith("港町の灯台守は「明かりが戻って安心した」と話した。");
  }
}
