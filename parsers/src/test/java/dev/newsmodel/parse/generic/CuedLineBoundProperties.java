package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.html.Texts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cued-byline check skips an element when its first text node alone is too long to be a
 * byline line ({@link MetadataReader#printableAsciiExceeds}): that must never skip text whose
 * clean form is within the limit.
 */
class CuedLineBoundProperties {
  @Property(tries = 3000)
  void exceedsOnlyWhenTheCleanTextIsLonger(@ForAll("texts") String text, @ForAll("limits") int limit) {
    if (MetadataReader.printableAsciiExceeds(text, limit)) {
      assertThat(Texts.clean(text).length()).isGreaterThan(limit);
    }
  }

  @Property(tries = 1000)
  void plainAsciiWordsAreCountedExactly(@ForAll("words") String text) {
    int printable = text.replace(" ", "").length();
    assertThat(MetadataReader.printableAsciiExceeds(text, 80)).isEqualTo(printable > 80);
  }

  @Example
  void whiteSpaceAndInvisibleCharactersDoNotCount() {
    String byline = "By Jane Doe" + " \n\t ".repeat(40) + "\u200B".repeat(40);
    assertThat(byline.length()).isGreaterThan(80);
    assertThat(MetadataReader.printableAsciiExceeds(byline, 80)).isFalse();
    assertThat(MetadataReader.printableAsciiExceeds("x".repeat(81), 80)).isTrue();
    assertThat(MetadataReader.printableAsciiExceeds("x".repeat(80), 80)).isFalse();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab .,\n\t\u00A0\u200B\u00ADé\u2019\u3000").ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abcXYZ09.,:- ").ofMaxLength(200);
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(0, 120);
  }
}
