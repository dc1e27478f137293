package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Boilerplate#isStockPhrase} skips its regex when the first word rules a match out; the
 * answer must stay exactly the regex's, including for letters that only match by Unicode case
 * folding (long s, Kelvin sign) and for the copyright sign.
 */
class StockPhraseShortcutProperties {
  private static boolean byTheRegex(String text) {
    return text.length() <= 240 && Boilerplate.STOCK_PHRASE.matcher(text).matches();
  }

  @Property(tries = 5000)
  void agreesWithTheRegex(@ForAll("phrases") String text) {
    assertThat(Boilerplate.isStockPhrase(text)).as("%s", text).isEqualTo(byTheRegex(text));
  }

  @Example
  void foldedAndSymbolStartsStillReachTheRegex() {
    assertThat(Boilerplate.isStockPhrase("\u017Fhare")).isEqualTo(byTheRegex("\u017Fhare"));
    assertThat(Boilerplate.isStockPhrase("Read more: the rest")).isTrue();
    assertThat(Boilerplate.isStockPhrase("\u00A9 2024 Example Media")).isTrue();
    assertThat(Boilerplate.isStockPhrase("-- Advertisement --")).isTrue();
    assertThat(Boilerplate.isStockPhrase("The minister said the plan would pass.")).isFalse();
  }

  @Provide
  Arbitrary<String> phrases() {
    Arbitrary<String> words = Arbitraries.of(
        "advertisement", "Ad", "read", "more", "See", "also", "share", "on", "Twitter", "e-mail", "publicité",
        "\u00A9", "copyright", "The", "minister", "said", "you", "may", "like", "don't", "miss", "sign", "up",
        "\u017Fhare", "\u212Aeep", "loading", "we", "use", "cookies", "this", "site", "uses", "ap", "photo",
        "2024", "_x", "a", "e", "related", "mo\u017Ft", "adé", "advert\u0130sement", "thi\u017F", "readers", "sharing", "every", "facebooktwitter", "adding", "loadingx", "subscribers", "copyrighted",
        "doesn't", "emailprint", "sponsoreds", "photos", "\u0131mage", "\u201CWe", "\u65E5\u672C", "\u2014share",
        "\u00E9t\u00E9", "\u00ABRead", "stories:", "Follow", "us", "click", "here", "skip", "to", "back", "top");
    Arbitrary<String> gaps = Arbitraries.of(" ", " ", " ", ": ", " - ", ", ", " | ", "\u00A0", "");
    Arbitrary<String> edges = Arbitraries.of("", "", "-- ", "» ", "\u2022 ", "(", "*", " ", "\u00BB", ".", "!", "\u201C",
        "\u00A9 ", "\u65E5 ");
    return Arbitraries.lazy(() -> net.jqwik.api.Combinators.combine(
            edges, words.list().ofMinSize(1).ofMaxSize(6), gaps, edges)
        .as((lead, list, gap, tail) -> lead + String.join(gap, list) + tail));
  }
}
