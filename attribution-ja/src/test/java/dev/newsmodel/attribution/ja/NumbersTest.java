package dev.newsmodel.attribution.ja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void japaneseNumbers() {
    assertThat(Numbers.quantities("死者は計4万6584人になった")).extracting(Quantity::value)
        .containsExactly(new BigDecimal("46584"));
    assertThat(Numbers.quantities("約1億2000万円を支払った")).singleElement()
        .satisfies(q -> {
          assertThat(q.value()).isEqualTo(new BigDecimal("120000000"));
          assertThat(q.unit()).isEqualTo("円");
        });
    assertThat(Numbers.value("６・６")).isEqualTo(new BigDecimal("6.6"));
    assertThat(Numbers.value("三十")).isEqualTo(new BigDecimal("30"));
    assertThat(Numbers.quantities("１３日に発表した")).isEmpty();
    assertThat(Numbers.quantities("捜査2課が調べた")).isEmpty();
  }

  @Test
  void datesRelativeToTheArticle() {
    LocalDate published = LocalDate.of(2025, 1, 13);
    assertThat(Numbers.when("気象庁は13日、", published)).isEqualTo("2025-01-13");
    assertThat(Numbers.when("気象庁は１３日、", published)).isEqualTo("2025-01-13");
    assertThat(Numbers.when("30日に会見した", published)).isEqualTo("2024-12-30");
    assertThat(Numbers.when("2024年8月に公表した", published)).isEqualTo("2024-08");
    assertThat(Numbers.when("12月5日に", published)).isEqualTo("2024-12-05");
    assertThat(Numbers.when("日付はない", published)).isNull();
  }
}
