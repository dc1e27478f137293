package dev.newsmodel.parse.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Dateline;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  @Test
  void anyKnownAgencyCreditsADateline() {
    Datelines.Split kyodo = Datelines.split("SENDAI, Japan, May 3 (Kyodo) - Ferries resumed.").orElseThrow();
    assertThat(kyodo.dateline()).isEqualTo(new Dateline("SENDAI, Japan", "SENDAI, Japan, May 3 (Kyodo) -"));
    assertThat(kyodo.agency()).isEqualTo("Kyodo News");
    assertThat(kyodo.credit()).isEqualTo("Kyodo");
    assertThat(kyodo.rest()).isEqualTo("Ferries resumed.");

    Datelines.Split ap = Datelines.split("LIMA/CUSCO (AP) — Rescuers arrived.").orElseThrow();
    assertThat(ap.dateline().place()).isEqualTo("LIMA/CUSCO");
    assertThat(ap.agency()).isEqualTo("Associated Press");

    Datelines.Split breakingviews = Datelines.split("LONDON (Reuters Breakingviews) - Banks gain.").orElseThrow();
    assertThat(breakingviews.agency()).isEqualTo("Reuters");
    assertThat(Datelines.split("［大阪 ３日 ロイター］ - 円は下落。").orElseThrow().agency()).isEqualTo("Reuters");
  }

  @Test
  void aBracketThatNamesNoAgencyIsNoDateline() {
    assertThat(Datelines.split("OSAKA, May 3 (local time) - Something.")).isEmpty();
    assertThat(Datelines.split("OSLO (Harbor Gazette) - A ferry sank.")).isEmpty();
    assertThat(Datelines.split("Shares rose in Tokyo (AFP) - not a dateline.")).isEmpty();
  }
}
