package dev.newsmodel.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A page kept as UTF-8 bytes is parsed through {@link Utf8Reader}: whatever the read sizes and
 * decoding windows, it must give exactly the characters {@code new String(bytes, UTF_8)} gives,
 * surrogate pairs cut across reads and characters cut by a window's end included.
 */
class Utf8ReaderProperties {
  @Property(tries = 2000)
  void readsWhatTheJdkDecodes(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 7) int chunk,
      @ForAll @IntRange(min = 1, max = 9) int window) throws IOException {
    byte[] bytes = ("<p>" + text).getBytes(StandardCharsets.UTF_8);
    int from = 3;
    Utf8Reader reader = new Utf8Reader(bytes, from, bytes.length, window);
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    int n;
    while ((n = reader.read(buffer, 0, chunk)) >= 0) {
      out.append(buffer, 0, n);
    }
    assertThat(out.toString()).isEqualTo(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void readsLongTextsWithTheDefaultWindow(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 3000) int chunk)
      throws IOException {
    String page = text.repeat(1 + 2 * Utf8Reader.WINDOW / Math.max(1, text.length()));
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    Utf8Reader reader = new Utf8Reader(bytes, 0, bytes.length);
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    int n;
    while ((n = reader.read(buffer, 0, chunk)) >= 0) {
      out.append(buffer, 0, n);
    }
    assertThat(out.toString()).isEqualTo(page);
  }

  @Property(tries = 500)
  void lazyDecodingGivesTheSameTextHeadAndBlankness(@ForAll("texts") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    PageDecoder.Decoded decoded = PageDecoder.decode(bytes, "text/html; charset=utf-8");
    String expected = new String(bytes, StandardCharsets.UTF_8);
    assertThat(decoded.head(5)).isEqualTo(expected.length() <= 5 ? expected : expected.substring(0, 5));
    assertThat(decoded.isBlank()).isEqualTo(expected.isBlank());
    assertThat(decoded.longerThan(4)).isEqualTo(expected.length() > 4);
    assertThat(decoded.text()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("a <>\u00E9\u00A0\u3000\u65E5\u672C\u2028\n")
        .withCharRange('\u0000', '\u007F')
        .ofMaxLength(40)
        .flatMap(s -> Arbitraries.of("", "\uD83D\uDE00", "\uD835\uDC9C\uD835\uDC9C").map(extra -> s + extra + s));
  }
}
