package dev.newsmodel.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr (pages done, pages per second, errors), redrawn at most
 * five times a second; silent when stderr is not a terminal, so logs and pipes stay clean.
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  /**
   * @param err the stream to draw on
   * @param enabled whether to draw at all
   * @param total the number of inputs, or {@code -1} when unknown
   */
  Progress(PrintStream err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  void update(long done, long errors) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS && done != total) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print('\r' + line(done, errors, now - start));
    err.flush();
  }

  void finish() {
    if (enabled && drawn) {
      err.print('\n');
      err.flush();
    }
  }

  /** Returns the bar's text for the given counts and elapsed time. */
  String line(long done, long errors, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    String rate = String.format(Locale.ROOT, "%.1f pages/s", done / seconds);
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, done * WIDTH / total);
      return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
          + " pages, " + rate + ", " + errors + (errors == 1 ? " error" : " errors");
    }
    return done + " pages, " + rate + ", " + errors + (errors == 1 ? " error" : " errors");
  }
}
