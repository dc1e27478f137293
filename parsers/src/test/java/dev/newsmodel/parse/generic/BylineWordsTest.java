package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every pattern built from {@link BylineWords} knows every cue word: a word added to the list
 * reaches the stripping of names, the cue standing alone, the cue inside a line, the line that
 * is only a byline and the byline after a title's separator alike.
 */
class BylineWordsTest {
  @Test
  void everyPrepositionOpensABylineInEveryPattern() {
    for (String word : BylineWords.PREPOSITIONS) {
      String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      assertThat(BylineWords.LEADING_CUE.matcher(capitalised + " Jane Doe").replaceFirst("")).as(word).isEqualTo("Jane Doe");
      assertThat(BylineWords.CUE_ONLY.matcher(capitalised).matches()).as(word).isTrue();
      assertThat(BylineWords.CUE_ONLY.matcher(word + ":").matches()).as(word).isTrue();
      assertThat(BylineWords.CUE_IN_LINE.matcher("Politik " + word + " Jane Doe 05.11.2024").find()).as(word).isTrue();
      assertThat(BylineWords.CUED_LINE.matcher(capitalised + " Jane Doe").matches()).as(word).isTrue();
      assertThat(BylineWords.CUED_LINE.matcher(word.toUpperCase(Locale.ROOT) + " JANE DOE").matches()).as(word).isTrue();
      assertThat(BylineWords.opensWithCueWord(capitalised + " Jane Doe")).as(word).isTrue();
      assertThat(BylineWords.TITLE_TAIL.matcher(word + " Jane Doe").matches()).as(word)
          .isEqualTo(!BylineWords.EVERYDAY_PREPOSITIONS.contains(word));
    }
  }

  @Test
  void everyLabelNeedsItsColonInsideALine() {
    for (String label : BylineWords.LABELS) {
      String capitalised = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
      assertThat(BylineWords.LEADING_CUE.matcher(capitalised + ": Jan Kowal").replaceFirst("")).as(label).isEqualTo("Jan Kowal");
      assertThat(BylineWords.CUE_ONLY.matcher(capitalised + " :").matches()).as(label).isTrue();
      assertThat(BylineWords.CUED_LINE.matcher(capitalised + ": Jan Kowal").matches()).as(label).isTrue();
      assertThat(BylineWords.CUED_LINE.matcher(capitalised + " Jan Kowal").matches()).as(label).isFalse();
      assertThat(BylineWords.CUE_IN_LINE.matcher("Reportage " + capitalised + ": Jan Kowal").find()).as(label).isTrue();
      assertThat(BylineWords.CUE_IN_LINE.matcher("Reportage " + capitalised + " Jan Kowal").find()).as(label).isFalse();
      assertThat(BylineWords.opensWithCueWord(capitalised + ": Jan Kowal")).as(label).isTrue();
    }
  }

  @Test
  void wordsThatOnlyLookLikeCuesAreNone() {
    // A name that begins with a cue's letters, and a cue in lower case opening a sentence.
    assertThat(BylineWords.LEADING_CUE.matcher("Byron Katz").replaceFirst("")).isEqualTo("Byron Katz");
    assertThat(BylineWords.CUE_ONLY.matcher("Bye").matches()).isFalse();
    assertThat(BylineWords.CUED_LINE.matcher("by the river Thames").matches()).isFalse();
    assertThat(BylineWords.opensWithCueWord("Bericht aus Berlin")).isFalse();
    assertThat(BylineWords.opensWithCueWord("")).isFalse();
    assertThat(BylineWords.opensWithCueWord("Überblick")).isFalse();
    // "da" and "de" are stripped from a known byline, never cues on their own.
    assertThat(BylineWords.LEADING_CUE.matcher("de Ana Ruiz").replaceFirst("")).isEqualTo("Ana Ruiz");
    assertThat(BylineWords.CUE_ONLY.matcher("de").matches()).isFalse();
  }

  @Test
  void labelLettersAreTheLabelsFirstLetters() {
    assertThat(BylineWords.firstLetters(java.util.List.of("autor", "Text", "written by", "autore")))
        .hasSize(3).contains("a", "t", "w");
  }
}
