package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Texts#clean(String)} skips the NFC check for text whose characters {@link
 * dev.newsmodel.parse.internal.Nfc#mayNotBeNfc(char)} calls safe: every such character must be its own NFC form and must not
 * combine with a neighbour, or text that is not NFC would come out as it came in.
 */
class TextsNfcRangesTest {

  private static List<Character> safeCharacters() {
    List<Character> safe = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (!dev.newsmodel.parse.internal.Nfc.mayNotBeNfc(c)) {
        safe.add(c);
      }
    }
    return safe;
  }

  @Test
  void everySafeCharacterIsItsOwnNfcFormAndNoMark() {
    List<Character> safe = safeCharacters();
    assertThat(safe).hasSizeGreaterThan(30_000);
    for (char c : safe) {
      String alone = String.valueOf(c);
      assertThat(Normalizer.normalize(alone, Normalizer.Form.NFC)).as("U+%04X", (int) c).isEqualTo(alone);
      int type = Character.getType(c);
      assertThat(type).as("U+%04X is a mark", (int) c)
          .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK,
              (int) Character.ENCLOSING_MARK);
      assertThat(Character.isSurrogate(c)).as("U+%04X", (int) c).isFalse();
    }
  }

  @Test
  void textOfSafeCharactersInAnyOrderIsNfc() {
    List<Character> safe = safeCharacters();
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        text.append(safe.get(random.nextInt(safe.size())));
      }
      assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s", text).isTrue();
    }
  }

  @Test
  void combiningMarksAndDecomposingCharactersStillNormalise() {
    // e + combining acute, kana + combining voiced mark, the Angstrom sign, curly quotes around them
    assertThat(Texts.clean("\u201Ccafe\u0301\u201D")).isEqualTo("\u201Ccaf\u00E9\u201D");
    assertThat(Texts.clean("\u304B\u3099")).isEqualTo("\u304C");
    assertThat(Texts.clean("\u212B \u2014 \u00C5")).isEqualTo("\u00C5 \u2014 \u00C5");
    assertThat(Texts.clean("\u1100\u1161")).isEqualTo("\uAC00");
    assertThat(Texts.clean("Nguy\u1EC5n \u2019s")).isEqualTo("Nguy\u1EC5n \u2019s");
    // The array path (a character to drop) normalises too.
    assertThat(Texts.clean("cafe\u0301\u200B")).isEqualTo("caf\u00E9");
  }
}
