package dev.newsmodel.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The inputs a resumed run has already answered, kept as 128-bit digests of their keys (a path,
 * or a WARC file and record offset) in an open-addressing table at most half full: 32 to 64
 * bytes an input whatever the length of its path, so a crawl of a million pages resumes in at
 * most 64 MB. Two keys share a digest with a probability near 2^-128 per pair. Not for
 * several threads: a run asks from the thread that hands out its jobs.
 */
final class KeySet {
  private long[] table = new long[2 * 1024];
  private int size;
  private final MessageDigest sha256;

  KeySet() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Adds the key; returns whether it was not there yet. */
  boolean add(String key) {
    long[] d = digest(key);
    if (2 * (size + 1) > table.length / 2) {
      grow();
    }
    return insert(table, d[0], d[1]);
  }

  boolean contains(String key) {
    long[] d = digest(key);
    int slots = table.length / 2;
    for (int i = slot(d[1], slots); ; i = (i + 1) & (slots - 1)) {
      long hi = table[2 * i];
      if (hi == 0) {
        return false;
      }
      if (hi == d[0] && table[2 * i + 1] == d[1]) {
        return true;
      }
    }
  }

  int size() {
    return size;
  }

  private boolean insert(long[] into, long hi, long lo) {
    int slots = into.length / 2;
    for (int i = slot(lo, slots); ; i = (i + 1) & (slots - 1)) {
      long h = into[2 * i];
      if (h == 0) {
        into[2 * i] = hi;
        into[2 * i + 1] = lo;
        if (into == table) {
          size++;
        }
        return true;
      }
      if (h == hi && into[2 * i + 1] == lo) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = table;
    long[] bigger = new long[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        insert(bigger, old[i], old[i + 1]);
      }
    }
    table = bigger;
  }

  private static int slot(long lo, int slots) {
    return (int) (lo ^ (lo >>> 32)) & (slots - 1);
  }

  /** The key's SHA-256, first 128 bits; the high half never 0 (0 marks an empty slot). */
  private long[] digest(String key) {
    byte[] d = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (d[i] & 0xff);
      lo = (lo << 8) | (d[i + 8] & 0xff);
    }
    return new long[] {hi | 1L, lo};
  }
}
