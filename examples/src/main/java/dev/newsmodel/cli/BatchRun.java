package dev.newsmodel.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs jobs, one per input, on {@code threads} threads and hands their outcomes to a sink in
 * input order. At most {@code 2 × threads} jobs are in flight, so memory stays constant
 * however many inputs there are. A {@link StopSignal} ends the run early: no new job starts,
 * the jobs in flight finish and their outcomes are handed on, in order.
 */
final class BatchRun {

  /**
   * The jobs of the inputs an output does not answer yet, made one at a time as the run asks for
   * them (a resumed run skips what it already wrote); {@code skipped[0]} counts the others.
   */
  static <T> Iterator<Job> unanswered(Iterator<T> inputs, Predicate<T> answered, long[] skipped,
      Function<T, Job> job) {
    Iterator<T> open = com.google.common.collect.Iterators.filter(inputs, input -> {
      if (answered.test(input)) {
        skipped[0]++;
        return false;
      }
      return true;
    });
    return com.google.common.collect.Iterators.transform(open, job::apply);
  }

  /** One input's work; never throws (failures are outcomes). */
  interface Job {
    Outcome run();
  }

  /** What a run did. */
  record Summary(long ok, long failed, boolean stopped) {
    long total() {
      return ok + failed;
    }
  }

  private BatchRun() {}

  static Summary run(Iterator<Job> jobs, int threads, Progress progress, StopSignal stop, Consumer<Outcome> sink) {
    stop.batchStarted();
    long[] counts = new long[2];
    Consumer<Outcome> counting = outcome -> {
      // Counted once written: a sink that fails (a full disk) leaves the count at what was written.
      sink.accept(outcome);
      counts[outcome.ok() ? 0 : 1]++;
      progress.update(counts[0] + counts[1], counts[1]);
    };
    if (threads <= 1) {
      while (!stop.requested() && jobs.hasNext()) {
        counting.accept(jobs.next().run());
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
        Thread thread = new Thread(runnable, "newsmodel-parse");
        thread.setDaemon(true);
        return thread;
      });
      try {
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        while (!stop.requested() && jobs.hasNext()) {
          Job job = jobs.next();
          window.add(pool.submit(job::run));
          if (window.size() >= 2 * threads) {
            counting.accept(take(window.poll()));
          }
        }
        while (!window.isEmpty()) {
          counting.accept(take(window.poll()));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    progress.finish();
    return new Summary(counts[0], counts[1], stop.requested() && jobs.hasNext());
  }

  private static Outcome take(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // Jobs catch everything; reaching here is a bug in the job itself.
      throw new IllegalStateException("a parse job failed unexpectedly", e.getCause());
    }
  }
}
