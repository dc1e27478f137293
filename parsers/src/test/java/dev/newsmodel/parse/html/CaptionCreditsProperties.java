package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CaptionCredits#mayHaveCredit} lets {@link CaptionCredits#split} skip its backtracking
 * regex for labelled credits; it must never skip a caption the regex would split.
 */
class CaptionCreditsProperties {
  @Property(tries = 3000)
  void neverSkipsACaptionTheRegexSplits(@ForAll("captions") String text) {
    if (CaptionCredits.TRAILING_CREDIT.matcher(text).matches()) {
      assertThat(CaptionCredits.mayHaveCredit(text)).isTrue();
    }
  }

  @Property(tries = 1000)
  void neverSkipsOnAnyText(@ForAll String text) {
    if (CaptionCredits.TRAILING_CREDIT.matcher(text).matches()) {
      assertThat(CaptionCredits.mayHaveCredit(text)).isTrue();
    }
  }

  @Example
  void creditsAreStillSplitAndPlainCaptionsSkipped() {
    assertThat(CaptionCredits.split("Boats in the harbour. (Photo: Jane Roe)").credit()).isEqualTo("Jane Roe");
    assertThat(CaptionCredits.split("Boats in the harbour \u0131mage: Jane Roe").credit()).isEqualTo("Jane Roe");
    assertThat(CaptionCredits.split("Boats in the harbour. AFP ) ").credit()).isEqualTo("AFP");
    assertThat(CaptionCredits.mayHaveCredit("Boats in the harbour at dawn.")).isFalse();
  }

  @Example
  void aWordEndingLikeAnAgencyIsNoCredit() {
    assertThat(CaptionCredits.split("Officials study the flood map")).isEqualTo(
        new CaptionCredits.Split("Officials study the flood map", null, null));
    assertThat(CaptionCredits.split("Rescuers near Tepa").credit()).isNull();
    // labels run into the caption's last word, as pages glue them, still count
    assertThat(CaptionCredits.split("The harbour at dawnCredit: Jane Roe").credit()).isEqualTo("Jane Roe");
    assertThat(CaptionCredits.split("The harbour at dawn. AP").credit()).isEqualTo("AP");
    // a Name/Agency credit starts with a capital and does not reach back across a sentence end
    assertThat(CaptionCredits.split("Boats leave the Harbour at dawn. Seaview/Jane Roe")).isEqualTo(
        new CaptionCredits.Split("Boats leave the Harbour at dawn.", "Seaview/Jane Roe", null));
    assertThat(CaptionCredits.split("boats leave at dawn.Studio/Jane Roe").credit()).isEqualTo("Studio/Jane Roe");
    assertThat(CaptionCredits.split("Boats at dawn. A.P./Jane Roe").credit()).isEqualTo("A.P./Jane Roe");
    assertThat(CaptionCredits.split("Boats at dawn. Jane K. Roe/dpa").credit()).isEqualTo("Jane K. Roe/dpa");
    assertThat(CaptionCredits.split("Boats at dawn. dpa/Jane Roe").credit()).isEqualTo("dpa/Jane Roe");
    assertThat(CaptionCredits.split("The harbour at dawn \u00A9Jane Roe").caption()).isEqualTo("The harbour at dawn");
  }

  /** Caption words, credit labels (some in Turkish or long-s spellings), agencies and brackets. */
  @Provide
  Arbitrary<String> captions() {
    Arbitrary<String> piece = Arbitraries.of("Boats", " in the harbour", ".", " ", ",", ":", "/", "(", ")", "[", "]",
        "Photo", "photos by", "\u0131mage", "PICTURE", "credit:", "Bild", "video/", "\u00A9", "Getty Images",
        "AFP", "ap", "Reuters", "ReuterS", "reuter\u017F", "EPA", "dpa", "Jane Roe", "JANE/ROE", "\n", "\u2028",
        "\u0130", "map");
    return Combinators.combine(piece.list().ofMaxSize(10), Arbitraries.of("", " ", ")", " ) ", "\n"))
        .as((pieces, end) -> String.join("", pieces) + end);
  }
}
