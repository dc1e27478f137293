package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireAgenciesTest {
  @Test
  void datelineCreditsAreFound() {
    var reuters = WireAgencies.detect(List.of("OSLO, March 3 (Reuters) - The central bank held rates on Thursday."));
    assertThat(reuters).isNotNull();
    assertThat(reuters.agency()).isEqualTo("Reuters");
    assertThat(reuters.place()).isEqualTo("OSLO");
    assertThat(reuters.wholeBlock()).isFalse();

    var ap = WireAgencies.detect(List.of("LIMA, Peru (AP) — Rescuers reached the village late on Monday."));
    assertThat(ap.agency()).isEqualTo("Associated Press");
    assertThat(ap.place()).isEqualTo("LIMA");

    var kyodo = WireAgencies.detect(List.of("NAGOYA (Kyodo) -- A new train line opened on Friday."));
    assertThat(kyodo.agency()).isEqualTo("Kyodo News");
  }

  @Test
  void creditLinesAndClosingCreditsAreFound() {
    var line = WireAgencies.detect(List.of("REUTERS", "The central bank held rates on Thursday."));
    assertThat(line.agency()).isEqualTo("Reuters");
    assertThat(line.wholeBlock()).isTrue();
    assertThat(line.blockIndex()).isZero();

    var afp = WireAgencies.detect(List.of("The summit ended without a statement.", "Talks will resume in May. — AFP"));
    assertThat(afp.agency()).isEqualTo("AFP");

    var dpa = WireAgencies.detect(List.of("Die Gespräche werden im Mai fortgesetzt. (dpa)"));
    assertThat(dpa.agency()).isEqualTo("dpa");
  }

  @Test
  void ordinaryTextCreditsNoAgency() {
    assertThat(WireAgencies.detect(List.of("The apple harvest (a record) was good - farmers said."))).isNull();
    assertThat(WireAgencies.detect(List.of())).isNull();
  }

  @Test
  void agencyNamesAreRecognisedAsWholes() {
    assertThat(WireAgencies.find("The Associated Press")).isEqualTo("Associated Press");
    assertThat(WireAgencies.find("AFP")).isEqualTo("AFP");
    assertThat(WireAgencies.find("Jane Doe")).isNull();
  }
}
