package dev.newsmodel.parse.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the charset of undeclared bytes among the ones news pages use: UTF-8, the Japanese
 * Shift_JIS (as windows-31j), EUC-JP and ISO-2022-JP, and windows-1252.
 *
 * <p>Why our own and not juniversalchardet or ICU4J: those cover dozens of charsets with
 * statistical models (ICU4J alone is a 13 MB jar) where we need five, and these five are told
 * apart by validity plus one plausibility measure: valid UTF-8 with non-ASCII bytes is
 * practically never anything else; ISO-2022-JP is 7-bit with escape sequences; Shift_JIS and
 * EUC-JP reject each other's kana byte pairs, and real Japanese text decodes to mostly kana and
 * kanji, while Latin text decoded as Japanese (or the reverse) gives half-width katakana, rare
 * symbols or errors.
 */
public final class CharsetDetector {
  /** Shift_JIS as Windows and the web write it (a superset of the JIS standard). */
  public static final Charset SHIFT_JIS = Charset.forName("windows-31j");
  /** EUC-JP. */
  public static final Charset EUC_JP = Charset.forName("EUC-JP");
  /** ISO-2022-JP. */
  public static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
  /** windows-1252, what the web means by Latin-1. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  // Enough bytes to decide; scoring the whole of a large page would only cost time.
  private static final int SAMPLE = 64 * 1024;
  // Eight bytes at a time: pages are mostly ASCII markup, and a long with no high bit set is
  // eight ASCII bytes checked at once (the validity scan ran on every page, byte by byte).
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private CharsetDetector() {}

  /**
   * Returns the most plausible charset of the bytes; UTF-8 for pure ASCII.
   *
   * @param bytes the bytes
   * @return the charset
   */
  public static Charset detect(byte[] bytes) {
    if (isAscii(bytes)) {
      return isIso2022Jp(bytes) ? ISO_2022_JP : StandardCharsets.UTF_8;
    }
    if (isValidUtf8WithNonAscii(bytes)) {
      return StandardCharsets.UTF_8;
    }
    byte[] sample = bytes.length > SAMPLE ? java.util.Arrays.copyOf(bytes, SAMPLE) : bytes;
    Charset best = WINDOWS_1252;
    double bestScore = score(sample, WINDOWS_1252);
    for (Charset candidate : new Charset[] {SHIFT_JIS, EUC_JP}) {
      double s = score(sample, candidate);
      if (s > bestScore) {
        best = candidate;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * What the first 8 KB of undeclared bytes say (read in one pass): whether they are UTF-16
   * without a byte-order mark, and otherwise whether they look binary rather than text.
   *
   * @param utf16 UTF-16BE or UTF-16LE, or {@code null}
   * @param binary whether the bytes look binary ({@code false} when they are UTF-16)
   */
  public record Head(@org.jspecify.annotations.Nullable Charset utf16, boolean binary) {}

  /**
   * Returns what the first 8 KB of the bytes say. UTF-16 without a byte-order mark: the ASCII
   * characters of markup put a NUL in every other byte, the even ones for big-endian and the
   * odd ones for little-endian; at least 30% of the units must have it on one side and almost
   * none on the other (a page in Japanese is still about half markup). Binary, for bytes that
   * are not UTF-16: a known binary signature, or NUL and other control bytes in more than one
   * in twenty of the first 8 KB.
   *
   * @param bytes the bytes
   * @return what the head says
   */
  public static Head head(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int evenZero = 0;
    int oddZero = 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
        if (b == 0 && i < (n & ~1)) {
          if ((i & 1) == 0) {
            evenZero++;
          } else {
            oddZero++;
          }
        }
      }
    }
    Charset utf16 = null;
    int pairs = (n & ~1) / 2;
    if ((n & ~1) >= 8) {
      if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs) {
        utf16 = StandardCharsets.UTF_16BE;
      } else if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs) {
        utf16 = StandardCharsets.UTF_16LE;
      }
    }
    if (utf16 != null) {
      return new Head(utf16, false);
    }
    return new Head(null, bytes.length > 0 && (hasBinarySignature(bytes) || control * 20 > n));
  }

  /**
   * Returns whether every byte is 7-bit.
   *
   * @param bytes the bytes
   * @return {@code true} when every byte is below 0x80
   */
  public static boolean isAscii(byte[] bytes) {
    return asciiRun(bytes, 0, bytes.length) == bytes.length;
  }

  // Returns the index of the first non-ASCII byte of bytes[from, to), or to when there is none.
  static int asciiRun(byte[] bytes, int from, int to) {
    int i = from;
    while (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
      i += 8;
    }
    while (i < to && bytes[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Returns whether the bytes are 7-bit and use ISO-2022-JP's escape sequences into JIS X 0208.
   *
   * @param bytes the bytes
   * @return {@code true} for ISO-2022-JP
   */
  public static boolean isIso2022Jp(byte[] bytes) {
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == 0x1B && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
        return isAscii(bytes);
      }
    }
    return false;
  }

  /**
   * Returns whether the bytes are valid UTF-8 and not all ASCII.
   *
   * @param bytes the bytes
   * @return {@code true} for UTF-8 with at least one non-ASCII character
   */
  public static boolean isValidUtf8WithNonAscii(byte[] bytes) {
    if (isAscii(bytes)) {
      return false;
    }
    // A page cut off mid-character at the end is still UTF-8: ignore a trailing partial sequence.
    int end = bytes.length;
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
      end = end - back - 1;
    }
    return isValidUtf8(bytes, 0, end);
  }

  /**
   * Returns whether {@code bytes[from, to)} is well-formed UTF-8 as the JDK's strict decoder
   * judges it (no overlong forms, surrogates, code points above U+10FFFF or cut-off sequences),
   * checked in place: decoding a page only to throw the characters away allocated twice its size.
   *
   * @param bytes the bytes
   * @param from the first index checked
   * @param to the index after the last one checked
   * @return {@code true} when the range is well-formed UTF-8
   */
  public static boolean isValidUtf8(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i];
      if (b >= 0) {
        i = asciiRun(bytes, i + 1, to);
        continue;
      }
      b &= 0xFF;
      int need;
      int min = 0x80;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) {
          min = 0xA0; // overlong
        } else if (b == 0xED) {
          max = 0x9F; // surrogates
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) {
          min = 0x90; // overlong
        } else if (b == 0xF4) {
          max = 0x8F; // above U+10FFFF
        }
      } else {
        return false;
      }
      if (i + need >= to) {
        return false; // cut off
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k <= need; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += need + 1;
    }
    return true;
  }

  /**
   * Returns how plausible the bytes are as text in the charset: the share of non-ASCII
   * characters that are what text in that charset is made of, minus a penalty per error.
   */
  static double score(byte[] bytes, Charset charset) {
    CharBuffer chars = CharBuffer.allocate(bytes.length + 16);
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int errors = 0;
    while (in.hasRemaining()) {
      var result = decoder.decode(in, chars, true);
      if (result.isError()) {
        errors++;
        in.position(in.position() + result.length());
      } else {
        break;
      }
    }
    chars.flip();
    boolean japanese = !charset.equals(WINDOWS_1252);
    int nonAscii = 0;
    int plausible = 0;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if (japanese ? isJapanese(c) : isLatin(c)) {
        plausible++;
      }
    }
    if (nonAscii == 0) {
      return errors == 0 ? 0.5 : -errors;
    }
    return (double) plausible / nonAscii - 5.0 * errors / nonAscii;
  }

  private static boolean isJapanese(char c) {
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x4E00 && c <= 0x9FFF) // common kanji
        || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
        || (c >= 0xFF01 && c <= 0xFF5E); // full-width ASCII forms
  }

  private static boolean isLatin(char c) {
    // Letters of Western European languages, and the typographic punctuation of windows-1252.
    return (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
        || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2013 || c == 0x2014
        || c == 0x2026 || c == 0x20AC || c == 0xA0 || c == 0xB0 || c == 0xA9 || c == 0x152 || c == 0x153
        || c == 0xAB || c == 0xBB;
  }

  static boolean hasBinarySignature(byte[] bytes) {
    return startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 'G', 'I', 'F', '8')
        || startsWith(bytes, '%', 'P', 'D', 'F') || startsWith(bytes, 'P', 'K', 3, 4)
        || startsWith(bytes, 0xFF, 0xD8, 0xFF) || startsWith(bytes, 0x7F, 'E', 'L', 'F')
        || startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
