package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Texts#clean} is a single hand-written pass for speed; it must give exactly what the
 * rule says, written here as the three regular expressions it replaced.
 */
class TextsCleanProperties {
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private static String byTheRule(String text) {
    String out = INVISIBLE.matcher(text).replaceAll("");
    out = CONTROL.matcher(out).replaceAll(" ");
    out = SPACES.matcher(out).replaceAll(" ").strip();
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  @Property(tries = 3000)
  void cleanFollowsTheRule(@ForAll("tricky") String text) {
    assertThat(Texts.clean(text)).isEqualTo(byTheRule(text));
  }

  @Property(tries = 500)
  void cleanFollowsTheRuleOnAnyText(@ForAll String text) {
    assertThat(Texts.clean(text)).isEqualTo(byTheRule(text));
  }

  @Property(tries = 3000)
  void cleaningAnArrayInPlaceFollowsTheRule(@ForAll("tricky") String text, @ForAll("tricky") String after) {
    // the text first in a longer array: what lies beyond length is not the text's
    char[] chars = (text + after).toCharArray();
    assertThat(Texts.clean(chars, text.length())).isEqualTo(byTheRule(text));
  }

  @Example
  void cleanTextComesBackAsTheSameInstance() {
    String clean = "Already clean, one space between words.";
    assertThat(Texts.clean(clean)).isSameAs(clean);
  }

  @Example
  void decomposedAccentsAreComposed() {
    assertThat(Texts.clean("  Cafe\u0301\u00A0\u200Bau\tlait\u0085 ")).isEqualTo("Caf\u00E9 au lait");
  }

  /** Letters, the characters the rule treats specially, their neighbours and combining marks. */
  @Provide
  Arbitrary<String> tricky() {
    return Arbitraries.strings()
        .withChars("ab \t\n\r\u000B\u000C\u0000\u0008\u000E\u001F\u007F\u0085\u009F\u00A0\u00A1\u00AD")
        .withChars("\u1680\u2000\u2007\u200A\u200B\u200C\u200D\u200E\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF")
        .withChars("e\u0301\u0308\u00E9\u1100\u1161\uD83D\uDE00")
        .ofMaxLength(24);
  }
}
