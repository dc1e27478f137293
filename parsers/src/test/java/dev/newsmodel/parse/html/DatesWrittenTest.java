package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Dates written for people: {@link Dates#parseWritten}. */
class DatesWrittenTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Test
  void englishMonthNamesWithZoneAbbreviationsKeepThatOffset() {
    Dates.ReadDate ajw = Dates.parseWritten("March 5, 2024 at 17:54 JST", ZoneOffset.UTC).orElseThrow();
    assertThat(ajw.dateTime()).isEqualTo(OffsetDateTime.parse("2024-03-05T17:54+09:00"));
    assertThat(ajw.zoneAssumed()).isFalse();
    assertThat(Dates.parseWritten("Dec. 5, 2023, 6:40 p.m. EST", TOKYO).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2023-12-05T18:40-05:00"));
    assertThat(Dates.parseWritten("Tuesday, 7 May 2024 09:10 GMT", TOKYO).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2024-05-07T09:10Z"));
    assertThat(Dates.parseWritten("Sept 30, 2021 12:05 a.m. KST", TOKYO).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2021-09-30T00:05+09:00"));
  }

  @Test
  void aDateWithoutAKnownZoneIsReadAtTheAssumedZoneAndSaysSo() {
    Dates.ReadDate date = Dates.parseWritten("July 1, 2023", TOKYO).orElseThrow();
    assertThat(date.dateTime()).isEqualTo(OffsetDateTime.parse("2023-07-01T00:00+09:00"));
    assertThat(date.zoneAssumed()).isTrue();
    assertThat(Dates.parseWritten("July 1, 2023 at 10:00 CST", TOKYO).orElseThrow().zoneAssumed()).isTrue();
  }

  @Test
  void japaneseDatesIncludingFullWidthDigitsAndAfternoon() {
    assertThat(Dates.parseWritten("2019年3月1日13時16分", TOKYO).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2019-03-01T13:16+09:00"));
    assertThat(Dates.parseWritten("２０２０年１２月２４日 午後３時５分", TOKYO).orElseThrow().dateTime())
        .isEqualTo(OffsetDateTime.parse("2020-12-24T15:05+09:00"));
  }

  @Test
  void whatIsNotADateIsEmpty() {
    assertThat(Dates.parseWritten("February 30, 2022 at 10:00 JST", TOKYO)).isEmpty();
    assertThat(Dates.parseWritten("REUTERS", TOKYO)).isEmpty();
    assertThat(Dates.parseWritten("The meeting on March 5, 2024 at 17:54 JST was short.", TOKYO)).isEmpty();
    assertThat(Dates.parseWritten("13:00 p.m. March 1, 2024", TOKYO)).isEmpty();
    assertThat(Dates.parseWritten(null, TOKYO)).isEmpty();
  }
}
