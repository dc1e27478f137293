package dev.newsmodel.parse.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Dateline;
import dev.newsmodel.parse.html.Dates;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

  private static OffsetDateTime opening(String text) {
    return Datelines.openingDate(text, ZoneOffset.ofHours(-5)).map(Dates.ReadDate::dateTime).orElse(null);
  }

  @Test
  void aDatedDatelineOpeningTheTextGivesTheDay() {
    OffsetDateTime day = OffsetDateTime.parse("2015-02-23T00:00-05:00");
    assertThat(opening("Feb. 23, 2015 -- Ferry crossings to the outer islands will resume on Friday.")).isEqualTo(day);
    assertThat(opening("MONDAY, Feb. 23, 2015 (Harbour Health News) -- Sailors who skip sleep take more risks."))
        .isEqualTo(day);
    assertThat(opening("PORTLAND, Maine, February 23, 2015 /Quayside Wire/ -- Quayline Inc. today announced a new route."))
        .isEqualTo(day);
    assertThat(opening("BERLIN, 23. Februar 2015 – Die Fähre fährt wieder.")).isEqualTo(day);
    assertThat(Datelines.openingDate("Feb. 23, 2015 -- text", ZoneOffset.UTC).orElseThrow().zoneAssumed()).isTrue();
  }

  @Test
  void aDateInsideTheTextOrWithoutItsYearIsNoDatedDateline() {
    assertThat(opening("The ferry resumed on Feb. 23, 2015 -- a week after the storm.")).isNull();
    assertThat(opening("TOKYO, March 5 (Reuters) - The central bank held rates.")).isNull();
    assertThat(opening("Kate ist Coverstar im Mai 2024 – die Titelgeschichte.")).isNull();
    assertThat(opening("Feb. 23, 2015 was the day the ferry came back.")).isNull();
    assertThat(opening("Feb. 23")).isNull();
    // A word before the date that is no weekday ("Montag" is one, in Dates' vocabulary).
    assertThat(opening("Ferries Feb. 23, 2015 -- The crossing reopened.")).isNull();
    assertThat(opening("Montag, 23. Februar 2015 – Die Fähre fährt wieder.")).isNotNull();
  }
}
