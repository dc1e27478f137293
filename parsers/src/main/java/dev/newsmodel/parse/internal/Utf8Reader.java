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
  /**
   * Bytes handed to the JDK's decoder per call. Its intrinsic ASCII loop runs only from the
   * start of a call: after the first multi-byte character it decodes byte by byte to the end of
   * the input it was given. Pages have ASCII markup between the non-ASCII letters and
   * punctuation of their text, so short windows give most of the bytes back to the fast loop.
   */
  static final int WINDOW = 256;

  private final byte[] bytes;
  private final ByteBuffer in;
  private final int end;
  private final int window;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
  // The low surrogate of a supplementary character whose high half ended the last read.
  private char pendingLow;

  Utf8Reader(byte[] bytes, int from, int to) {
    this(bytes, from, to, WINDOW);
  }

  // With the window as a parameter, so that tests can cut characters at window ends.
  Utf8Reader(byte[] bytes, int from, int to, int window) {
    this.bytes = bytes;
    this.in = ByteBuffer.wrap(bytes, from, to - from);
    this.end = to;
    this.window = window;
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
      int p = in.position();
      while (out.hasRemaining() && p < end) {
        // Well-formed input: a call stops when either side is used up; a character cut by
        // the window's end stays in the input for the next window.
        in.limit(Math.min(end, p + window));
        decoder.decode(in, out, false);
        int q = in.position();
        if (q == p && in.limit() == end) {
          break; // no room in the output for the next character (a surrogate pair)
        }
        if (q == p) {
          in.limit(end); // a character longer than the window's rest: give it the whole input
          decoder.decode(in, out, false);
          if (in.position() == p) {
            break;
          }
        }
        p = in.position();
      }
      in.limit(end);
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
