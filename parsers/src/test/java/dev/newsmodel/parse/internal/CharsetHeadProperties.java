package dev.newsmodel.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CharsetDetector#head} counts NULs and control bytes in one pass; it must say what the
 * rule says, written here as the two separate scans it replaced, on short inputs, odd lengths
 * and inputs longer than the 8 KB both look at.
 */
class CharsetHeadProperties {
  @Property(tries = 1500)
  void saysWhatTheTwoScansSay(@ForAll("bytes") byte[] bytes) {
    CharsetDetector.Head head = CharsetDetector.head(bytes);
    assertThat(head.utf16()).isEqualTo(utf16WithoutBom(bytes));
    assertThat(head.binary()).isEqualTo(head.utf16() == null && looksBinary(bytes));
  }

  // UTF-16 without a byte-order mark: in the first 8 KB, NULs in at least 30% of the even
  // (big-endian) or odd (little-endian) bytes and in under 5% of the others.
  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += bytes[i] == 0 ? 1 : 0;
      oddZero += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  // Binary: a known signature, or control bytes other than \n \r \t \f ESC in more than one
  // in twenty of the first 8 KB.
  private static boolean looksBinary(byte[] bytes) {
    if (bytes.length == 0) {
      return false;
    }
    if (CharsetDetector.hasBinarySignature(bytes)) {
      return true;
    }
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control * 20 > n;
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
