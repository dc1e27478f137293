package dev.newsmodel.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * {@code Texts.clean} and {@link ArticleLimiter#safeText} skip the NFC check for text made only
 * of characters below U+0300. NFC changes text only through a character that decomposes or
 * through a pair that composes, so every such character and every pair of them is checked.
 */
class NfcShortcutTest {
  @Test
  void everyCharacterAndPairBelowU0300IsAlreadyNfc() {
    char[] pair = new char[2];
    for (char a = 0; a < 0x300; a++) {
      assertThat(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC)).as("U+%04X", (int) a).isTrue();
      pair[0] = a;
      for (char b = 0; b < 0x300; b++) {
        pair[1] = b;
        if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) a, (int) b));
        }
      }
    }
  }

  @Test
  void safeTextStillNormalisesAndRemovesControls() {
    assertThat(ArticleLimiter.safeText("Cafe\u0301 au lait")).isEqualTo("Caf\u00E9 au lait");
    assertThat(ArticleLimiter.safeText("a\u0007b\r\nc\rd")).isEqualTo("ab\nc\nd");
    String plain = "Plain text, \u00E9t\u00E9 \u0153uvre.";
    assertThat(ArticleLimiter.safeText(plain)).isSameAs(plain);
  }
}
