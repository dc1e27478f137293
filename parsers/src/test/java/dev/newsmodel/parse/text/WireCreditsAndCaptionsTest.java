package dev.newsmodel.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Syndication;
import dev.newsmodel.parse.wire.Datelines;
import dev.newsmodel.parse.wire.WireAgencies;
import org.junit.jupiter.api.Test;

class WireCreditsAndCaptionsTest {
  @Test
  void creditLinesNameTheirAgency() {
    assertThat(WireAgencies.creditLine("REUTERS")).contains(new Syndication("Reuters", "REUTERS", null));
    assertThat(WireAgencies.creditLine("KYODO NEWS").orElseThrow().agency()).isEqualTo("Kyodo News");
    assertThat(WireAgencies.creditLine("AFP-JIJI").orElseThrow().agency()).isEqualTo("AFP");
    assertThat(WireAgencies.creditLine("By The Associated Press").orElseThrow().creditLine()).isEqualTo("The Associated Press");
    assertThat(WireAgencies.creditLine("YONHAP").orElseThrow().agency()).isEqualTo("Yonhap");
    assertThat(WireAgencies.creditLine("XINHUA").orElseThrow().agency()).isEqualTo("Xinhua");
  }

  @Test
  void sentencesAndUnknownWordsAreNotCredits() {
    assertThat(WireAgencies.creditLine("Reuters")).isEmpty();
    assertThat(WireAgencies.creditLine("Reuters reported the figures on Monday.")).isEmpty();
    assertThat(WireAgencies.creditLine("TOKYO")).isEmpty();
    assertThat(WireAgencies.creditLine("AP-NEWSROOM")).isEmpty();
  }

  @Test
  void wireDatelinesGiveThePlaceAndAgency() {
    Datelines.Split d = Datelines.split("OSAKA, May 3 (Kyodo) - Ferry services resumed on Friday.").orElseThrow();
    assertThat(d.dateline().place()).isEqualTo("OSAKA");
    assertThat(d.dateline().text()).isEqualTo("OSAKA, May 3 (Kyodo) -");
    assertThat(d.agency()).isEqualTo("Kyodo News");
    assertThat(Datelines.split("OSAKA, May 3 (local time) - Something.")).isEmpty();
  }
}
