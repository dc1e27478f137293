package dev.newsmodel.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CharsetDetector#head} does in one pass what {@link CharsetDetector#utf16WithoutBom} and
 * {@link CharsetDetector#looksBinary} do in two: it must say what they say, on short inputs,
 * odd lengths and inputs longer than the 8 KB both look at.
 */
class CharsetHeadProperties {
  @Property(tries = 1500)
  void saysWhatTheTwoScansSay(@ForAll("bytes") byte[] bytes) {
    CharsetDetector.Head head = CharsetDetector.head(bytes);
    assertThat(head.utf16()).isEqualTo(CharsetDetector.utf16WithoutBom(bytes));
    assertThat(head.binary()).isEqualTo(head.utf16() == null && CharsetDetector.looksBinary(bytes));
  }

  @Example
  void typicalInputs() {
    assertThat(CharsetDetector.head("<p>Hello</p>".getBytes(StandardCharsets.UTF_16LE)).utf16())
        .isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(CharsetDetector.head(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}).binary()).isTrue();
    assertThat(CharsetDetector.head("<p>Hello</p>\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(
        new CharsetDetector.Head(null, false));
    assertThat(CharsetDetector.head(new byte[0])).isEqualTo(new CharsetDetector.Head(null, false));
  }

  /** Mostly ASCII text with NULs and other controls, one pattern repeated to various lengths. */
  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> unit = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(9)
        .map(b -> {
          for (int i = 0; i < b.length; i++) {
            b[i] = i % 3 == 0 ? 0 : (byte) Math.floorMod(b[i], 0x30); // zeros, controls, low ASCII
          }
          return b;
        });
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
        unit.flatMap(u -> Arbitraries.integers().between(0, 9000).map(length -> repeat(u, length))),
        Arbitraries.strings().ofMaxLength(30).map(s -> s.getBytes(StandardCharsets.UTF_16BE)),
        Arbitraries.strings().ofMaxLength(30).map(s -> s.getBytes(StandardCharsets.UTF_16LE)));
  }

  private static byte[] repeat(byte[] unit, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = unit[i % unit.length];
    }
    return out;
  }
}
