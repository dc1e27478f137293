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

  @Test
  void printedDatesInMoreLanguagesAndScripts() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertThat(Dates.parseVisible("Publié le 1er avril 2025 à 15h25", paris).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2025-04-01T15:25:00+02:00"));
    assertThat(Dates.parseVisible("Publicado el 12 de marzo de 2020", paris).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2020-03-12T00:00:00+01:00"));
    assertThat(Dates.parseVisible("12 października 2021", paris).orElseThrow().dateTime().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2021, 10, 12));
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    assertThat(Dates.parseVisible("2020年3月12日 14:05", tokyo).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2020-03-12T14:05:00+09:00"));
    assertThat(Dates.parseVisible("입력 2020년 3월 12일", ZoneId.of("Asia/Seoul")).orElseThrow().dateTime().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2020, 3, 12));
    assertThat(Dates.parseVisible("2026.01.29 18:40", ZoneId.of("Asia/Seoul")).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2026-01-29T18:40:00+09:00"));
  }

  @Test
  void slashedDatesAreDayFirstUnlessToldOrAPartSaysOtherwise() {
    assertThat(Dates.parseVisible("12/03/2020", ZoneOffset.UTC).orElseThrow().dateTime().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2020, 3, 12));
    assertThat(Dates.parseVisible("12/03/2020", ZoneOffset.UTC, true).orElseThrow().dateTime().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2020, 12, 3));
    // 25 cannot be a month, whatever the caller says.
    assertThat(Dates.parseVisible("03/25/2020 2:05 PM", ZoneOffset.UTC, false).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2020-03-25T14:05:00Z"));
    assertThat(Dates.parseVisible("13/13/2020", ZoneOffset.UTC)).isEmpty();
    assertThat(Dates.parseVisible("1/2/3", ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void monthNamesAreKnownInSeveralLanguages() {
    assertThat(Dates.isMonthName("März")).isTrue();
    assertThat(Dates.isMonthName("Dec.")).isTrue();
    assertThat(Dates.isMonthName("mars")).isTrue();
    assertThat(Dates.isMonthName("Doe")).isFalse();
  }
}
