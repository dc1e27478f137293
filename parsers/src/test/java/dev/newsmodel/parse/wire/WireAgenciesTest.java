package dev.newsmodel.parse.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireAgenciesTest {
  @Test
  void datelineCreditsAreFound() {
    var reuters = WireAgencies.detect(List.of("OSLO, March 3 (Reuters) - The central bank held rates on Thursday.")).orElseThrow();
    assertThat(reuters).isNotNull();
    assertThat(reuters.agency()).isEqualTo("Reuters");
    assertThat(reuters.place()).isEqualTo("OSLO");
    assertThat(reuters.wholeBlock()).isFalse();

    var ap = WireAgencies.detect(List.of("LIMA, Peru (AP) — Rescuers reached the village late on Monday.")).orElseThrow();
    assertThat(ap.agency()).isEqualTo("Associated Press");
    assertThat(ap.place()).isEqualTo("LIMA");

    var kyodo = WireAgencies.detect(List.of("NAGOYA (Kyodo) -- A new train line opened on Friday.")).orElseThrow();
    assertThat(kyodo.agency()).isEqualTo("Kyodo News");
  }

  @Test
  void creditLinesAndClosingCreditsAreFound() {
    var line = WireAgencies.detect(List.of("REUTERS", "The central bank held rates on Thursday.")).orElseThrow();
    assertThat(line.agency()).isEqualTo("Reuters");
    assertThat(line.wholeBlock()).isTrue();
    assertThat(line.blockIndex()).isZero();

    var afp = WireAgencies.detect(List.of("The summit ended without a statement.", "Talks will resume in May. — AFP")).orElseThrow();
    assertThat(afp.agency()).isEqualTo("AFP");

    var dpa = WireAgencies.detect(List.of("Die Gespräche werden im Mai fortgesetzt. (dpa)")).orElseThrow();
    assertThat(dpa.agency()).isEqualTo("dpa");
  }

  @Test
  void ordinaryTextCreditsNoAgency() {
    assertThat(WireAgencies.detect(List.of("The apple harvest (a record) was good - farmers said."))).isEmpty();
    assertThat(WireAgencies.detect(List.of())).isEmpty();
  }

  @Test
  void agencyNamesAreRecognisedAsWholes() {
    assertThat(WireAgencies.find("The Associated Press")).contains("Associated Press");
    assertThat(WireAgencies.find("AFP")).contains("AFP");
    assertThat(WireAgencies.find("Jane Doe")).isEmpty();
  }

  @Test
  void oneLexiconServesCreditLinesAndRunningText() {
    // Names from what were two lexicons read the same way through every entry point.
    assertThat(WireAgencies.creditLine("EUROPA PRESS").orElseThrow().agency()).isEqualTo("Europa Press");
    assertThat(WireAgencies.agency("The Associated Press")).contains("Associated Press");
    assertThat(WireAgencies.find("The Associated Press")).contains(WireAgencies.agency("AP").orElseThrow());
    assertThat(WireAgencies.agency("時事通信")).contains("Jiji Press");
    assertThat(WireAgencies.creditLine("ロイター").orElseThrow().agency()).isEqualTo("Reuters");
    assertThat(WireAgencies.agency("Harbor Gazette")).isEmpty();
  }
}
