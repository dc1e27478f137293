package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void offsetsAreKept() {
    assertThat(Dates.parse("2024-04-26T20:44:00+0200", ZoneOffset.UTC).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2024-04-26T20:44:00+02:00"));
    assertThat(Dates.parse("2024-04-26 20:44:00.123 Z", ZoneOffset.UTC).orElseThrow().dateTime().getOffset())
        .isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void zonelessDatesAreReadAtTheAssumedZoneAndFlagged() {
    Dates.ReadDate d = Dates.parse("2024-07-01 09:30", ZoneId.of("Europe/Berlin")).orElseThrow();
    assertThat(d.zoneAssumed()).isTrue();
    assertThat(d.dateTime()).isEqualTo(OffsetDateTime.parse("2024-07-01T09:30:00+02:00"));
  }

  @Test
  void epochAndRfc1123AreRead() {
    assertThat(Dates.parse("1700000000", ZoneOffset.UTC).orElseThrow().dateTime().toEpochSecond()).isEqualTo(1700000000L);
    assertThat(Dates.parse("Tue, 3 Jun 2008 11:05:30 GMT", ZoneOffset.UTC).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2008-06-03T11:05:30Z"));
    assertThat(Dates.parse("yesterday", ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void printedDatesAreReadDayFirstWithMonthNamesAndFlaggedZoneless() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Dates.ReadDate numeric = Dates.parseVisible("Stand: 06.01.2026, 14:07 Uhr", berlin).orElseThrow();
    assertThat(numeric.dateTime()).isEqualTo(OffsetDateTime.parse("2026-01-06T14:07:00+01:00"));
    assertThat(numeric.zoneAssumed()).isTrue();
    assertThat(Dates.parseVisible("erstellt: 01. April 2025, 15:25", berlin).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2025-04-01T15:25:00+02:00"));
    assertThat(Dates.parseVisible("Published March 5, 2024 at 5:54 pm", ZoneOffset.UTC).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2024-03-05T17:54:00Z"));
    assertThat(Dates.parseVisible("no date here", ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void aTwoDigitYearIsThisCenturysButAVersionNumberIsNoDate() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(Dates.parseVisible("Mi 12.03.25 | 09:41 Uhr", berlin).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2025-03-12T09:41:00+01:00"));
    assertThat(Dates.parseVisible("Version 12.03.25.1", berlin)).isEmpty();
  }
}
