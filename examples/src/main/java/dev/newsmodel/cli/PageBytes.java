package dev.newsmodel.cli;

import dev.newsmodel.parse.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns an input's bytes into a {@link Page}: gunzips, refuses what is not a page (empty,
 * binary, too large) with a typed {@link Failure.InputException}, and reads {@code .txt}
 * inputs as plain text.
 */
final class PageBytes {
  /** The largest page accepted, after decompression: a guard against gzip bombs. */
  static final int MAX_PAGE_BYTES = 64 * 1024 * 1024;

  private static final int SNIFF = 8192;

  private PageBytes() {}

  /** Reads a stream fully, up to {@link #MAX_PAGE_BYTES}. */
  static byte[] readAll(InputStream in) throws IOException, Failure.InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > MAX_PAGE_BYTES) {
        throw new Failure.InputException("too-large", "larger than " + MAX_PAGE_BYTES + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Returns the page in the bytes.
   *
   * @param name the input's name: {@code .gz} and {@code .txt} endings are honoured
   * @param raw the bytes as read
   * @param url the page's URL, or {@code null}
   * @param headers HTTP headers, empty when unknown
   * @throws Failure.InputException when the bytes are not a page
   */
  static Page toPage(String name, byte[] raw, @Nullable String url, Map<String, String> headers)
      throws Failure.InputException {
    byte[] bytes = isGzip(raw) ? gunzip(raw) : raw;
    if (isBlank(bytes)) {
      throw new Failure.InputException("empty", raw.length == 0 ? "the input is empty" : "the input holds only white space");
    }
    if (looksBinary(bytes)) {
      throw new Failure.InputException("binary", "the input is binary data, not a page");
    }
    Page page = Page.of(bytes, url, headers);
    String lower = stripGz(name.toLowerCase(Locale.ROOT));
    return lower.endsWith(".txt") ? Page.ofText(page.content(), url) : page;
  }

  private static String stripGz(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  private static byte[] gunzip(byte[] raw) throws Failure.InputException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return readAll(in);
    } catch (IOException e) {
      throw new Failure.InputException("unreadable", "corrupt gzip data: " + e.getMessage());
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the bytes are binary: NUL bytes or many control characters near the start. UTF-16
   * and UTF-32 text (which has NULs) is recognised by its byte-order mark and let through.
   */
  static boolean looksBinary(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return false;
    }
    int limit = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < limit; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      // ESC (0x1b) is allowed: ISO-2022-JP pages are full of it.
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return control * 20 > limit;
  }
}
