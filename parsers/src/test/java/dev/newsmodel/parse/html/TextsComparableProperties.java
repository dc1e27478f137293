package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Texts#comparable} is one hand-written pass; it must give what the regular expression
 * it replaced gave: punctuation, symbols and white space removed from the cleaned, lower-cased
 * text.
 */
class TextsComparableProperties {
  private static final Pattern NOT_COMPARED = Pattern.compile("[\\p{P}\\p{S}\\s]+");

  private static String byTheRule(String text) {
    return NOT_COMPARED.matcher(Texts.clean(text).toLowerCase(Locale.ROOT)).replaceAll("");
  }

  @Property(tries = 3000)
  void comparableFollowsTheRule(@ForAll("tricky") String text) {
    assertThat(Texts.comparable(text)).isEqualTo(byTheRule(text));
  }

  @Property(tries = 1000)
  void comparableFollowsTheRuleOnAnyText(@ForAll String text) {
    assertThat(Texts.comparable(text)).isEqualTo(byTheRule(text));
  }

  @Example
  void punctuationCaseAndSpacingDoNotCount() {
    assertThat(Texts.comparable(" Fire at the «Port»! ")).isEqualTo(Texts.comparable("fire at the port"))
        .isEqualTo("fireattheport");
  }

  /** ASCII, Latin-1 and general punctuation, symbols (an emoji among them), letters and marks. */
  @Provide
  Arbitrary<String> tricky() {
    return Arbitraries.strings()
        .withCharRange(' ', '\u007F')
        .withChars("\t\n\u000B\u000C\r\u0085\u00A0\u00A1\u00A7\u00AB\u00B4\u00BB\u00C9\u00E9\u0301")
        .withChars("\u2010\u2014\u2018\u2019\u201C\u201D\u2026\u2028\u20AC\u2122\u3001\u3002\u300C\uFF01")
        .withChars("\uD83D\uDE00\u0130\u03A3")
        .ofMaxLength(24);
  }
}
