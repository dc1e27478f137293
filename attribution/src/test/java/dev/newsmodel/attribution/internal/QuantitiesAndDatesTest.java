package dev.newsmodel.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers and time words in sentences written for these tests. */
class QuantitiesAndDatesTest {
  private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

  @Test
  void countsWithUnitsMoneyPercentagesAndDecimals() {
    assertThat(Quantities.find("It opened 40 regional sales offices in 12 countries."))
        .extracting(q -> q.value().toPlainString(), q -> q.unit())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("40", "regional sales offices"),
            org.assertj.core.groups.Tuple.tuple("12", "countries"));
    assertThat(Quantities.find("a $3 billion deal, up 20%, after a 6.9 magnitude quake"))
        .extracting(q -> q.value().stripTrailingZeros().toPlainString(), q -> q.text())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("3000000000", "$3 billion"),
            org.assertj.core.groups.Tuple.tuple("20", "20%"),
            org.assertj.core.groups.Tuple.tuple("6.9", "6.9 magnitude quake"));
  }

  @Test
  void yearsDaysOfMonthAndNameParts() {
    assertThat(Quantities.find("In 2019, on Dec. 22, COVID-19 spread.")).isEmpty();
  }

  @Test
  void weekdaysResolveToTheLastSuchDayOnOrBeforePublication() {
    assertThat(Dates.resolve("the ministry said on Thursday", THURSDAY)).isEqualTo("2024-03-14");
    assertThat(Dates.resolve("the ministry said on Monday", THURSDAY)).isEqualTo("2024-03-11");
    assertThat(Dates.resolve("she said yesterday", THURSDAY)).isEqualTo("2024-03-13");
  }

  @Test
  void monthsAndDatesResolveToThePast() {
    assertThat(Dates.resolve("reports published in September", THURSDAY)).isEqualTo("2023-09");
    assertThat(Dates.resolve("a statement on Dec. 22", THURSDAY)).isEqualTo("2023-12-22");
    assertThat(Dates.resolve("a statement on March 2", THURSDAY)).isEqualTo("2024-03-02");
    assertThat(Dates.resolve("no time here", THURSDAY)).isNull();
    assertThat(Dates.resolve("on Thursday", null)).isNull();
  }
}
