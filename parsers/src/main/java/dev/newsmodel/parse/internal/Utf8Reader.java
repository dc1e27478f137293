package dev.newsmodel.parse.internal;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a range of bytes already known to be well-formed UTF-8 (see {@link
 * CharsetDetector#isValidUtf8}) as characters, straight from the array: the parser reads the
 * page without the page ever being built as one {@code String} (which cost about twice the
 * page's size again, then a copy). Not for unchecked bytes: it does not validate.
 */
final class Utf8Reader extends Reader {
  private final byte[] bytes;
  private final ByteBuffer in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
  // The low surrogate of a supplementary character whose high half ended the last read.
  private char pendingLow;

  Utf8Reader(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.in = ByteBuffer.wrap(bytes, from, to - from);
  }

  @Override
  public int read(char[] cbuf, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int o = off;
    int limit = off + len;
    if (pendingLow != 0) {
      cbuf[o++] = pendingLow;
      pendingLow = 0;
    }
    if (o < limit && in.hasRemaining()) {
      // The JDK's decoder: its ASCII loop is an intrinsic (a hand-written loop here cost a
      // sixth of the document layer's own time).
      CharBuffer out = CharBuffer.wrap(cbuf, o, limit - o);
      decoder.decode(in, out, false); // well-formed input: stops only when either side is used up
      o = out.position();
      if (o == off && in.hasRemaining()) {
        o = splitPair(cbuf, o); // room for one char only, and the next is a surrogate pair
      }
    }
    int n = o - off;
    return n == 0 ? -1 : n;
  }

  // Writes the high half of the supplementary character at the input's position, keeps the low.
  private int splitPair(char[] cbuf, int o) {
    int p = in.position();
    byte[] b = bytes;
    int cp = ((b[p] & 0x07) << 18) | ((b[p + 1] & 0x3F) << 12) | ((b[p + 2] & 0x3F) << 6) | (b[p + 3] & 0x3F);
    in.position(p + 4);
    cbuf[o] = Character.highSurrogate(cp);
    pendingLow = Character.lowSurrogate(cp);
    return o + 1;
  }

  @Override
  public void close() {
    // Nothing to release: the bytes belong to the page.
  }
}
