package dev.newsmodel.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence units and quote marks on sentences written for these tests. */
class TextUnitsTest {

  private static List<String> units(String paragraph) {
    List<QuoteSpan> quotes = QuoteFinder.find(List.of(paragraph)).get(0);
    return TextUnits.units(0, paragraph, quotes).stream().map(u -> paragraph.substring(u.start(), u.end())).toList();
  }

  @Test
  void abbreviationsInitialsAndNumbersDoNotEndSentences() {
    assertThat(units("Mr. Dale met Gen. R. J. Hollis on Dec. 4 in the U.S. capital. Rates rose 3.5 percent."))
        .containsExactly("Mr. Dale met Gen. R. J. Hollis on Dec. 4 in the U.S. capital.", "Rates rose 3.5 percent.");
  }

  @Test
  void aQuoteSpanningSentencesStaysInOneUnit() {
    assertThat(units("\u201cWe tried. We failed. We will try again,\u201d Ana Reyes said. The vote is Monday."))
        .containsExactly("\u201cWe tried. We failed. We will try again,\u201d Ana Reyes said.", "The vote is Monday.");
  }

  @Test
  void aQuotedSentenceAfterAnAttributedOneIsItsOwnUnit() {
    assertThat(units("\u201cIt is late,\u201d he said. \u201cWe should go.\u201d"))
        .containsExactly("\u201cIt is late,\u201d he said.", "\u201cWe should go.\u201d");
  }

  @Test
  void quoteMarksOfEveryKind() {
    for (String text : List.of("He said \u201cyes now\u201d.", "He said \"yes now\".", "He said \u00abyes now\u00bb.",
        "He said \u300cyes now\u300d.", "He said \u300eyes now\u300f.", "He said \u2018yes now\u2019.",
        "He said ''yes now''.")) {
      List<QuoteSpan> q = QuoteFinder.find(List.of(text)).get(0);
      assertThat(q).as(text).hasSize(1);
      assertThat(text.substring(q.get(0).innerStart(), q.get(0).innerEnd())).as(text).isEqualTo("yes now");
    }
  }

  @Test
  void mixedCurlyAndStraightMarksCloseEachOther() {
    String text = "\u201cWe will rebuild the pier,\" Lena Voss said. \"It will reopen by spring.\u201d";
    List<QuoteSpan> q = QuoteFinder.find(List.of(text)).get(0);
    assertThat(q).extracting(s -> text.substring(s.innerStart(), s.innerEnd()))
        .containsExactly("We will rebuild the pier,", "It will reopen by spring.");
    // a straight mark opening a word inside a curly quote nests rather than closes
    String nested = "\u201cThey called it \"the long bridge\" for years,\u201d she said.";
    List<QuoteSpan> n = QuoteFinder.find(List.of(nested)).get(0);
    assertThat(n).extracting(s -> nested.substring(s.innerStart(), s.innerEnd()))
        .containsExactly("They called it \"the long bridge\" for years,");
  }

  @Test
  void anOpeningCurlyMarkAfterAWordCloses() {
    // “…,“ typed for “…,”: the mark after a word and before a space ends the quote
    String text = "\u201cWe will rebuild the pier,\u201c Lena Voss said. \u201cIt will reopen by spring.\u201d";
    List<QuoteSpan> q = QuoteFinder.find(List.of(text)).get(0);
    assertThat(q).extracting(s -> text.substring(s.innerStart(), s.innerEnd()))
        .containsExactly("We will rebuild the pier,", "It will reopen by spring.");
    String last = "She called the plan \u201cthe best in the region\u201c";
    assertThat(QuoteFinder.find(List.of(last)).get(0)).extracting(s -> last.substring(s.innerStart(), s.innerEnd()))
        .containsExactly("the best in the region");
  }

  @Test
  void apostrophesAreNoQuoteMarks() {
    assertThat(QuoteFinder.find(List.of("The players' union said it doesn't back Japan's bid or the \u201990s rules.")).get(0))
        .isEmpty();
  }

  @Test
  void anOpenQuoteRunsOnIntoTheNextParagraph() {
    List<List<QuoteSpan>> q = QuoteFinder.find(List.of("She said: \u201cFirst part.", "\u201cSecond part.\u201d"));
    assertThat(q.get(0).get(0).runsOn()).isTrue();
    assertThat(q.get(1).get(0).continued()).isTrue();
    assertThat(q.get(1).get(0).runsOn()).isFalse();
  }

  @Test
  void aLineBreakEndsAUnit() {
    assertThat(units("\u201cHe is a bully.\u201d \u2015 Ana Ruiz\n\u201cHe never listens.\u201d \u2015 Ben Cole"))
        .containsExactly("\u201cHe is a bully.\u201d \u2015 Ana Ruiz", "\u201cHe never listens.\u201d \u2015 Ben Cole");
  }
}
