package dev.newsmodel.parse.internal;

import java.io.Reader;

/**
 * Reads a range of bytes already known to be well-formed UTF-8 (see {@link
 * CharsetDetector#isValidUtf8}) as characters, straight from the array: the parser reads the
 * page without the page ever being built as one {@code String} (which cost about twice the
 * page's size again, then a copy). Not for unchecked bytes: it does not validate.
 */
final class Utf8Reader extends Reader {
  private final byte[] bytes;
  private final int end;
  private int pos;
  // The low surrogate of a supplementary character whose high half ended the last read.
  private char pendingLow;

  Utf8Reader(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.pos = from;
    this.end = to;
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
    byte[] b = bytes;
    int p = pos;
    while (o < limit && p < end) {
      int c = b[p];
      if (c >= 0) {
        cbuf[o++] = (char) c;
        p++;
      } else if ((c & 0xE0) == 0xC0) {
        cbuf[o++] = (char) (((c & 0x1F) << 6) | (b[p + 1] & 0x3F));
        p += 2;
      } else if ((c & 0xF0) == 0xE0) {
        cbuf[o++] = (char) (((c & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F));
        p += 3;
      } else {
        int cp = ((c & 0x07) << 18) | ((b[p + 1] & 0x3F) << 12) | ((b[p + 2] & 0x3F) << 6) | (b[p + 3] & 0x3F);
        p += 4;
        cbuf[o++] = Character.highSurrogate(cp);
        char low = Character.lowSurrogate(cp);
        if (o < limit) {
          cbuf[o++] = low;
        } else {
          pendingLow = low;
        }
      }
    }
    pos = p;
    int n = o - off;
    return n == 0 ? -1 : n;
  }

  @Override
  public void close() {
    // Nothing to release: the bytes belong to the page.
  }
}
