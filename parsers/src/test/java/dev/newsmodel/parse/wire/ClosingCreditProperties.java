package dev.newsmodel.parse.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link WireAgencies#closingCredit} tries the closing-credit pattern only where a match can
 * begin; it must find what {@code Matcher.find()} finds, groups included.
 */
class ClosingCreditProperties {

  @Property(tries = 3000)
  void findsWhatFindFinds(@ForAll("endings") String text) {
    Matcher expected = WireAgencies.CLOSING.matcher(text);
    Matcher actual = WireAgencies.closingCredit(text);
    if (!expected.find()) {
      assertThat(actual).isNull();
      return;
    }
    assertThat(actual).isNotNull();
    assertThat(actual.start()).isEqualTo(expected.start());
    assertThat(actual.group()).isEqualTo(expected.group());
    assertThat(actual.group(1)).isEqualTo(expected.group(1));
    assertThat(actual.group(2)).isEqualTo(expected.group(2));
  }

  @Example
  void creditAfterADashOrInParentheses() {
    assertThat(WireAgencies.closingCredit("The port reopened on Monday. -- Kyodo").group(1)).isEqualTo("Kyodo");
    assertThat(WireAgencies.closingCredit("The port reopened (well-known) (dpa)").group(2)).isEqualTo("dpa");
    assertThat(WireAgencies.closingCredit("The port reopened - or so it seems.")).isNull();
  }

  /** Prose, dashes, parentheses and agency names in any order, often ending in a credit. */
  @Provide
  Arbitrary<String> endings() {
    Arbitrary<String> piece = Arbitraries.of("The port", " reopened", ".", " ", "  ", "-", "--", "\u2013", "\u2014",
        "(", ")", "AFP", "Reuters", "Kyodo", " News", "dpa", "AP", "ap", "(AP)", "\n", "\u2028", "well-known", ",");
    return Combinators.combine(piece.list().ofMaxSize(12), Arbitraries.of("", ".", " .", "\n"))
        .as((pieces, end) -> String.join("", pieces) + end);
  }
}
