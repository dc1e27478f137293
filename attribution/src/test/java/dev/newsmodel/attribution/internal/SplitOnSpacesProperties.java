package dev.newsmodel.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Words#splitOnSpaces} must give exactly what the regex split it replaced gives. */
class SplitOnSpacesProperties {
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+");

  @Property(tries = 3000)
  void splitsAsTheRegexSplits(@ForAll("spaced") String text) {
    assertThat(Words.splitOnSpaces(text)).containsExactly(SPACES.split(text));
  }

  @Property(tries = 500)
  void splitsAsTheRegexSplitsAnyText(@ForAll String text) {
    assertThat(Words.splitOnSpaces(text)).containsExactly(SPACES.split(text));
  }

  @Example
  void leadingEmptyPieceKeptTrailingOnesDropped() {
    assertThat(Words.splitOnSpaces(" Ana\u00a0 Reyes ")).containsExactly("", "Ana", "Reyes");
    assertThat(Words.splitOnSpaces("   ")).isEmpty();
    assertThat(Words.splitOnSpaces("")).containsExactly("");
  }

  /** Words and every kind of space the class holds, with neighbours it does not hold. */
  @Provide
  Arbitrary<String> spaced() {
    return Arbitraries.strings()
        .withChars("ab \t\n\u000B\f\r\u001C\u0085\u00A0\u1680\u2000\u200A\u200B\u200C\u2028\u202F\u205F\u3000\uFEFF")
        .ofMaxLength(16);
  }
}
