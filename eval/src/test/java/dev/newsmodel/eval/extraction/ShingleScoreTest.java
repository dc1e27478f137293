package dev.newsmodel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void tokensAreRunsOfLettersDigitsAndUnderscores() {
    assertThat(ShingleScore.tokens("It’s 3.5 km — naïve_user, 東京!")).containsExactly("It", "s", "3", "5", "km", "naïve_user", "東京");
  }

  @Test
  void overlapCountsShinglesAsMultisets() {
    // truth: a b c d e -> [abcd, bcde]; prediction: a b c d x -> [abcd, bcdx]
    ShingleScore.Overlap o = ShingleScore.overlap("a b c d e", "a b c d x");
    assertThat(o.tp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(o.fp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(o.fn()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(o.precision()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void shortTextsAreOneShingleAndEmptyOnesNone() {
    assertThat(ShingleScore.shingles("one two")).containsOnlyKeys(List.of("one", "two"));
    assertThat(ShingleScore.shingles("  ")).isEmpty();
    ShingleScore.Overlap same = ShingleScore.overlap("", "");
    assertThat(same.precision()).isEqualTo(1.0);
  }

  @Test
  void aggregateSkipsEmptyPredictionsForPrecisionLikeTheBenchmark() {
    ShingleScore.Overlap perfect = ShingleScore.overlap("a b c d", "a b c d");
    ShingleScore.Overlap empty = ShingleScore.overlap("a b c d", "");
    ShingleScore.Figures f = ShingleScore.aggregate(List.of(perfect, empty), List.of(true, false));

    assertThat(f.precision()).isEqualTo(1.0);
    assertThat(f.recall()).isEqualTo(0.5);
    assertThat(f.f1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(f.accuracy()).isEqualTo(0.5);
  }
}
