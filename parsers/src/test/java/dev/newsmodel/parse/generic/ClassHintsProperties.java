package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MetadataReader#hintsOf} replaced a {@code contains} scan per word of the date, byline
 * and not-byline lists: a list's bit must be set exactly when one of its words occurs.
 */
class ClassHintsProperties {
  @Property(tries = 3000)
  void setsABitExactlyWhenTheListHasAWordInTheText(@ForAll("classes") String text) {
    int expected = (containsAny(text, MetadataReader.DATE_WORDS) ? MetadataReader.DATE_CLASS : 0)
        | (containsAny(text, BylineWords.CLASS_WORDS) ? MetadataReader.BYLINE_CLASS : 0)
        | (containsAny(text, BylineWords.NOT_BYLINE_CLASS_WORDS) ? MetadataReader.NOT_BYLINE_CLASS : 0);
    assertThat(MetadataReader.hintsOf(text)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void ignoresTheCaseOfAsciiLetters(@ForAll("classes") String text) {
    // Class attributes are matched as written: "Byline", "post-DATE" and "byline" say the same.
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    assertThat(MetadataReader.hintsOf(upper)).isEqualTo(MetadataReader.hintsOf(text));
  }

  @Example
  void overlappingWordsAllCount() {
    // words of two lists in one class set both bits, also when run together
    assertThat(MetadataReader.hintsOf("post-author about-box")).isEqualTo(
        MetadataReader.BYLINE_CLASS | MetadataReader.NOT_BYLINE_CLASS);
    assertThat(MetadataReader.hintsOf("photodate")).isEqualTo(MetadataReader.DATE_CLASS | MetadataReader.NOT_BYLINE_CLASS);
    assertThat(MetadataReader.hintsOf("entry-meta")).isZero();
    assertThat(MetadataReader.hintsOf("ArticleByline PublishDate")).isEqualTo(
        MetadataReader.BYLINE_CLASS | MetadataReader.DATE_CLASS);
    assertThat(MetadataReader.hintsOf("")).isZero();
  }

  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Class attributes made of the lists' words, their pieces and separators. */
  @Provide
  Arbitrary<String> classes() {
    List<String> pieces = new ArrayList<>(List.of("-", " ", "_", "x", "\u00e9", "au", "th", "or", "re", "po", "da", "te"));
    for (String[] list : new String[][] {MetadataReader.DATE_WORDS, BylineWords.CLASS_WORDS,
        BylineWords.NOT_BYLINE_CLASS_WORDS}) {
      for (String w : list) {
        pieces.add(w);
        pieces.add(w.substring(0, w.length() - 1));
        pieces.add(w.substring(1));
      }
    }
    return Arbitraries.of(pieces).list().ofMaxSize(6).map(parts -> String.join("", parts));
  }
}
