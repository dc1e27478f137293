package dev.newsmodel.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request to stop a batch run early ({@code SIGTERM}, or a test): the run takes no new input,
 * writes the lines already in progress, prints its summary and then {@linkplain #finished() says
 * it is done}, so the shutdown hook that asked can let the JVM exit.
 */
public final class StopSignal {
  private volatile boolean requested;
  private volatile boolean batch;
  private final CountDownLatch done = new CountDownLatch(1);

  /** Asks the run to stop after the lines in progress. */
  public void request() {
    requested = true;
  }

  /**
   * Returns whether a stop was asked for.
   *
   * @return whether a stop was asked for
   */
  public boolean requested() {
    return requested;
  }

  /** Called when a batch run starts: from then on a stop waits for its last lines and summary. */
  void batchStarted() {
    batch = true;
  }

  /** Called once the command has written its last line and its summary. */
  public void finished() {
    done.countDown();
  }

  /**
   * Asks the run to stop and, when a batch run has started, waits until it has finished, at most
   * {@code seconds}; for a shutdown hook. Other commands are not waited for.
   *
   * @param seconds the longest wait
   */
  public void requestAndAwait(long seconds) {
    request();
    if (!batch) {
      return;
    }
    try {
      done.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
