package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link BodyExtractor#endsSentence} reads by hand what the regex {@code SENTENCE_END} said. */
class SentenceEndProperties {
  @Property(tries = 5000)
  void agreesWithTheRegex(@ForAll("texts") String text) {
    assertThat(BodyExtractor.endsSentence(text)).as("%s", text)
        .isEqualTo(BodyExtractor.SENTENCE_END.matcher(text).find());
  }

  @Example
  void closersFollowedByWhiteSpaceOrAFinalTerminator() {
    assertThat(BodyExtractor.endsSentence("It rained.")).isTrue();
    assertThat(BodyExtractor.endsSentence("He said \u201Cno\u201D \n")).isTrue();
    assertThat(BodyExtractor.endsSentence("Done.\u2028")).isTrue();
    assertThat(BodyExtractor.endsSentence("Done.\u2028\u2028")).isFalse();
    assertThat(BodyExtractor.endsSentence("Read more")).isFalse();
    assertThat(BodyExtractor.endsSentence("")).isFalse();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("ab .!?\u3002\uFF01\uFF1F\u2026\"\u201D\u2019\u00BB)]\t\n\r\u000B\f\u0085\u2028\u2029\u00A0x")
        .ofMaxLength(12);
  }
}
