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
 * byline line ({@link MetadataReader#printableAsciiExceeds}) or does not open with a cue word
 * ({@link BylineWords#opensWithCueWord}): neither may skip a line the cued-byline pattern
 * takes.
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

  @Property(tries = 3000)
  void everyLineThePatternTakesOpensWithACueWord(@ForAll("cuedLines") String line) {
    if (BylineWords.CUED_LINE.matcher(line).matches()) {
      assertThat(BylineWords.opensWithCueWord(line)).isTrue();
    }
  }

  @Example
  void cueWordsInEveryLanguageOpenALineAndOtherWordsDoNot() {
    for (String line : new String[] {"By Jane Doe", "BY JANE DOE", "Von Jan Roe", "Par Jean Dupont", "Por Ana Ruiz",
        "Di Anna Rossi", "Door Jan Jansen", "Av Kari Nordmann", "Af Mette Hansen", "Text: Jan Kowal",
        "Texte : Marie Roe", "Autorin: Eva Muster", "Author: Jane Doe", "Auteur : Paul Roe", "Autore: Anna Rossi"}) {
      assertThat(BylineWords.CUED_LINE.matcher(line).matches()).as(line).isTrue();
      assertThat(BylineWords.opensWithCueWord(line)).as(line).isTrue();
    }
    assertThat(BylineWords.opensWithCueWord("Bericht aus Berlin")).isFalse();
    assertThat(BylineWords.opensWithCueWord("Jane Doe")).isFalse();
    assertThat(BylineWords.opensWithCueWord("Mehr zum Thema")).isFalse();
  }

  @Example
  void everyAuthorAndDateLabelPassesTheLabelPrefilter() {
    for (String label : BylineWords.AUTHOR_LABELS) {
      assertThat(MetadataReader.mayBeLabel(label, MetadataReader.AUTHOR_LABEL_LETTERS)).as(label).isTrue();
      assertThat(MetadataReader.mayBeLabel(" " + label.toUpperCase(java.util.Locale.ROOT) + ":",
          MetadataReader.AUTHOR_LABEL_LETTERS)).as(label).isTrue();
    }
    for (String label : MetadataReader.DATE_LABELS) {
      assertThat(MetadataReader.mayBeLabel(label, MetadataReader.DATE_LABEL_LETTERS)).as(label).isTrue();
      assertThat(MetadataReader.mayBeLabel(label.toUpperCase(java.util.Locale.ROOT) + ":",
          MetadataReader.DATE_LABEL_LETTERS)).as(label).isTrue();
    }
    assertThat(MetadataReader.mayBeLabel("Home", MetadataReader.AUTHOR_LABEL_LETTERS)).isFalse();
    assertThat(MetadataReader.mayBeLabel("12 Kommentare", MetadataReader.DATE_LABEL_LETTERS)).isFalse();
    assertThat(MetadataReader.mayBeLabel("Über uns", MetadataReader.AUTHOR_LABEL_LETTERS)).isTrue(); // looked up
  }

  @Provide
  Arbitrary<String> cuedLines() {
    Arbitrary<String> cue = Arbitraries.of("By", "BY", "Von", "VON", "Par", "PAR", "Por", "POR", "Di", "Door", "DOOR",
        "Av", "Af", "Text:", "Texte:", "Texte :", "Autor:", "Autorin:", "Author:", "Auteur :", "Autore:", "Bei", "Vor",
        "Pro", "Das", "Auf", "Tag", "Ab", "Ví", "Über");
    Arbitrary<String> rest = Arbitraries.strings().withChars("ABJabcé.'’- ,&").ofMaxLength(40);
    return net.jqwik.api.Combinators.combine(cue, rest).as((c, r) -> c + " J" + r);
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
