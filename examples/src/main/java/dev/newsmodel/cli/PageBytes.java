package dev.newsmodel.cli;

import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns an input into a {@link Page}. What the bytes are (empty, binary, corrupt gzip, too
 * large) is the library's to tell, when the page is parsed; the command only says what the
 * file's name says: a {@code .txt} (or {@code .txt.gz}) input is plain text.
 */
final class PageBytes {
  private PageBytes() {}

  /**
   * Reads a stream fully, up to {@link Page#MAX_BYTES}: a WARC record's body, held as bytes until
   * a worker parses it.
   *
   * @throws ParseException with reason {@code TOO_LARGE} past the limit (the rest is not read)
   */
  static byte[] readAll(InputStream in) throws IOException, ParseException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > Page.MAX_BYTES) {
        throw new ParseException(ParseException.Reason.TOO_LARGE, "The input is longer than the limit of "
            + Page.MAX_BYTES + " bytes (Page.MAX_BYTES).");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Returns the page of a file or standard input, read as {@link Page#of(InputStream, String, Map)}
   * does (no further than {@link Page#MAX_BYTES}).
   *
   * @param name the input's name: a {@code .txt} or {@code .txt.gz} ending makes it plain text
   * @param in the input's bytes
   * @param url the page's URL, or {@code null}
   */
  static Page toPage(String name, InputStream in, @Nullable String url) throws IOException {
    return Page.of(in, url, headers(name, Map.of()));
  }

  /**
   * Returns the page in a WARC record's body.
   *
   * @param raw the body as read
   * @param url the record's target URI, or {@code null}
   * @param headers the record's HTTP headers
   */
  static Page toPage(byte[] raw, @Nullable String url, Map<String, String> headers) {
    return Page.of(raw, url, headers);
  }

  // A .txt file is plain text whatever it holds: said the way HTTP says it.
  private static Map<String, String> headers(String name, Map<String, String> headers) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    if (!lower.endsWith(".txt")) {
      return headers;
    }
    Map<String, String> plain = new HashMap<>(headers);
    plain.put("Content-Type", "text/plain");
    return plain;
  }
}
