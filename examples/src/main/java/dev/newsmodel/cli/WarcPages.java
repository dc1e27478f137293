package dev.newsmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML responses of WARC files, read with jwarc one record at a time: each becomes an
 * item holding the body bytes, the target URI and the HTTP headers, or, for a record that
 * cannot be read (truncated, corrupt), an item holding the failure. After a corrupt record the
 * reader looks for the next record's start (a {@code WARC/1.} line, or the next gzip member
 * in a compressed file) and goes on from there. Other records (requests, metadata, non-HTML
 * or non-2xx responses) are counted as skipped.
 */
final class WarcPages implements Iterator<WarcPages.Item> {
  /** One HTML response, or a record that could not be read. */
  record Item(String file, long offset, @Nullable String url, byte @Nullable [] body,
      Map<String, String> headers, @Nullable Failure failure) {}

  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final Iterator<String> files;
  private @Nullable String file;
  private @Nullable FileChannel channel;
  private @Nullable WarcReader reader;
  private boolean gzip;
  private @Nullable Item next;
  private long skipped;
  private long lastStart = -1;

  WarcPages(List<String> files) {
    this.files = List.copyOf(files).iterator();
  }

  /** Returns how many records were not HTML responses so far. */
  long skipped() {
    return skipped;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (reader == null) {
        if (!files.hasNext()) {
          return false;
        }
        open(files.next());
        continue;
      }
      next = readOne();
    }
    return true;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  private void open(String name) {
    file = name;
    lastStart = -1;
    try {
      FileChannel ch = FileChannel.open(Path.of(name), StandardOpenOption.READ);
      channel = ch;
      ByteBuffer head = ByteBuffer.allocate(2);
      ch.read(head, 0);
      gzip = head.position() == 2 && (head.get(0) & 0xff) == 0x1f && (head.get(1) & 0xff) == 0x8b;
      reader = new WarcReader(ch.position(0));
    } catch (IOException | RuntimeException e) {
      next = new Item(name, 0, null, null, Map.of(), new Failure(dev.newsmodel.parse.ParseException.Reason.UNREADABLE.code(), describe(e)));
      close();
    }
  }

  /** Reads records until one is an HTML response or fails; {@code null} at the file's end. */
  private @Nullable Item readOne() {
    WarcReader r = java.util.Objects.requireNonNull(reader);
    String name = java.util.Objects.requireNonNull(file);
    while (true) {
      Optional<WarcRecord> record;
      try {
        record = r.next();
      } catch (IOException | RuntimeException e) {
        // The failing record starts at the first record boundary after the last good one.
        long start = recordStartAfter(lastStart);
        Item failed = new Item(name, Math.max(start, lastStart + 1), null, null, Map.of(), new Failure(Failure.CORRUPT_RECORD, describe(e)));
        resync(Math.max(start, lastStart + 1));
        return failed;
      }
      if (record.isEmpty()) {
        close();
        return null;
      }
      long offset = r.position();
      lastStart = offset;
      if (!(record.get() instanceof WarcResponse response)) {
        skipped++;
        continue;
      }
      String url = null;
      try {
        url = response.target();
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300 || !isHtml(http)) {
          skipped++;
          continue;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
          body = PageBytes.readAll(in);
        }
        long declared = http.body().size();
        if (declared >= 0 && http.headers().first("Transfer-Encoding").isEmpty()
            && http.headers().first("Content-Encoding").isEmpty() && body.length < declared) {
          throw new java.io.EOFException("record truncated: " + body.length + " of " + declared + " body bytes");
        }
        return new Item(name, offset, url, body, headers(http), null);
      } catch (dev.newsmodel.parse.ParseException e) {
        // A whole record whose body is no page (over the size limit once unpacked): the next
        // record follows as usual, as jwarc skips the rest of this one.
        return new Item(name, offset, url, null, Map.of(), Failure.of(e));
      } catch (IOException | RuntimeException e) {
        Item failed = new Item(name, offset, url, null, Map.of(), new Failure(Failure.CORRUPT_RECORD, describe(e)));
        resync(offset);
        return failed;
      }
    }
  }

  /** Returns the first record boundary after {@code position} (-1 for none or unknown). */
  private long recordStartAfter(long position) {
    FileChannel ch = channel;
    if (ch == null) {
      return -1;
    }
    try {
      long candidate = position + 1;
      while ((candidate = find(ch, candidate, gzip ? GZIP_MAGIC : WARC_MAGIC)) >= 0) {
        if (!gzip || startsGzipRecord(ch, candidate)) {
          return candidate;
        }
        candidate++;
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Whether a gzip member that inflates to a WARC header starts at the position. */
  private static boolean startsGzipRecord(FileChannel channel, long position) {
    try {
      InputStream raw = java.nio.channels.Channels.newInputStream(channel.position(position));
      GZIPInputStream in = new GZIPInputStream(raw, 512);
      byte[] head = in.readNBytes(WARC_MAGIC.length);
      return Arrays.equals(head, WARC_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isHtml(HttpResponse http) {
    String type = http.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.contains("html");
  }

  private static Map<String, String> headers(HttpResponse http) {
    Map<String, String> headers = new LinkedHashMap<>();
    http.headers().map().forEach((k, v) -> {
      if (!v.isEmpty()) {
        headers.put(k, v.get(0));
      }
    });
    return headers;
  }

  /** Positions a fresh reader at the next record start after {@code offset}, or ends the file. */
  private void resync(long offset) {
    FileChannel ch = channel;
    long found = recordStartAfter(offset);
    if (ch == null || found < 0) {
      close();
      return;
    }
    try {
      reader = new WarcReader(ch.position(found));
    } catch (IOException | RuntimeException e) {
      close();
    }
  }

  /** Returns the first position at or after {@code from} where the pattern starts, or -1. */
  static long find(FileChannel channel, long from, byte[] pattern) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long base = from;
    int carry = 0;
    byte[] window = new byte[buffer.capacity() + pattern.length];
    while (true) {
      buffer.clear();
      int n = channel.read(buffer, base + carry);
      if (n <= 0) {
        return -1;
      }
      buffer.flip();
      buffer.get(window, carry, n);
      int length = carry + n;
      for (int i = 0; i + pattern.length <= length; i++) {
        if (matches(window, i, pattern) && (pattern != WARC_MAGIC || i + base == 0 || isLineStart(channel, base + i))) {
          return base + i;
        }
      }
      int keep = Math.min(pattern.length - 1, length);
      System.arraycopy(window, length - keep, window, 0, keep);
      base = base + length - keep;
      carry = keep;
    }
  }

  private static boolean matches(byte[] data, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (data[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLineStart(FileChannel channel, long position) throws IOException {
    ByteBuffer previous = ByteBuffer.allocate(1);
    return channel.read(previous, position - 1) == 1 && previous.get(0) == '\n';
  }

  private void close() {
    reader = null;
    FileChannel ch = channel;
    channel = null;
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // Read-only channel: nothing was lost by a failed close.
      }
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
