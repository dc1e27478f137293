package dev.newsmodel.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Syndication;
import org.junit.jupiter.api.Test;

class WireCreditsAndCaptionsTest {
  @Test
  void creditLinesNameTheirAgency() {
    assertThat(WireCredits.creditLine("REUTERS")).contains(new Syndication("Reuters", "REUTERS", null));
    assertThat(WireCredits.creditLine("KYODO NEWS").orElseThrow().agency()).isEqualTo("Kyodo News");
    assertThat(WireCredits.creditLine("AFP-JIJI").orElseThrow().agency()).isEqualTo("AFP");
    assertThat(WireCredits.creditLine("By The Associated Press").orElseThrow().creditLine()).isEqualTo("The Associated Press");
    assertThat(WireCredits.creditLine("YONHAP").orElseThrow().agency()).isEqualTo("Yonhap");
    assertThat(WireCredits.creditLine("XINHUA").orElseThrow().agency()).isEqualTo("Xinhua");
  }

  @Test
  void sentencesAndUnknownWordsAreNotCredits() {
    assertThat(WireCredits.creditLine("Reuters")).isEmpty();
    assertThat(WireCredits.creditLine("Reuters reported the figures on Monday.")).isEmpty();
    assertThat(WireCredits.creditLine("TOKYO")).isEmpty();
    assertThat(WireCredits.creditLine("AP-NEWSROOM")).isEmpty();
  }

  @Test
  void wireDatelinesGiveThePlaceAndAgency() {
    WireCredits.WireDateline d = WireCredits.dateline("OSAKA, May 3 (Kyodo) - Ferry services resumed on Friday.").orElseThrow();
    assertThat(d.dateline().place()).isEqualTo("OSAKA");
    assertThat(d.dateline().text()).isEqualTo("OSAKA, May 3 (Kyodo) -");
    assertThat(d.agency()).isEqualTo("Kyodo News");
    assertThat(WireCredits.dateline("OSAKA, May 3 (local time) - Something.")).isEmpty();
  }

  @Test
  void captionsSplitOffTheirCredit() {
    Captions.Caption english = Captions.bracketedCredit("Volunteers repaint a lighthouse in Otaru on May 2 (The Asahi Shimbun)").orElseThrow();
    assertThat(english.text()).isEqualTo("Volunteers repaint a lighthouse in Otaru on May 2");
    assertThat(english.credit()).isEqualTo("The Asahi Shimbun");
    assertThat(Captions.bracketedCredit("A crowd gathers outside the station (Reuters/Jane Doe)").orElseThrow().credit())
        .isEqualTo("Reuters/Jane Doe");
    // An aside in brackets is not a credit.
    assertThat(Captions.bracketedCredit("The ministry published the figures (in yen)")).isEmpty();

    Captions.Caption photographer = Captions.split("修復された灯台=2024年5月2日、北海道小樽市、山田花子撮影").orElseThrow();
    assertThat(photographer.credit()).isEqualTo("山田花子");
    assertThat(photographer.text()).isEqualTo("修復された灯台=2024年5月2日、北海道小樽市");
    Captions.Caption agency = Captions.split("会見する首相=ロイター").orElseThrow();
    assertThat(agency.text()).isEqualTo("会見する首相");
    assertThat(agency.credit()).isEqualTo("ロイター");
    assertThat(Captions.split("港の風景").orElseThrow().credit()).isNull();
    assertThat(Captions.split("  ")).isEmpty();
  }
}
