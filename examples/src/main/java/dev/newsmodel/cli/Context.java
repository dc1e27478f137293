package dev.newsmodel.cli;

import dev.newsmodel.parse.NewsModel;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a command runs against: the library, the standard streams and whether stderr is a
 * terminal. Tests build one over their own streams and parsers.
 *
 * @param newsModel gives the library's front door (made once, on first use)
 * @param in standard input, read for the input {@code -}
 * @param out where results go
 * @param err where progress, errors and the summary go
 * @param terminal whether {@code err} is a terminal, so a progress bar may be drawn
 * @param stop asks a batch run to stop early (the process's {@code SIGTERM} hook, or a test)
 */
public record Context(
    Supplier<NewsModel> newsModel, InputStream in, PrintStream out, PrintStream err, boolean terminal,
    StopSignal stop) {

  /**
   * Returns a context over the process's streams and every parser on the class path.
   *
   * @param out standard output
   * @param err standard error
   * @return the context
   */
  public static Context system(PrintStream out, PrintStream err) {
    return new Context(memoize(() -> reportingLoadProblems(NewsModel.create(), err)), System.in, out, err,
        stderrIsTerminal(), new StopSignal());
  }

  /**
   * Writes to {@code err} what went wrong while the library loaded its parsers and attribution
   * engines (a broken or duplicate provider on the class path), one warning line each, and
   * returns the library. The library goes on without them; without these lines a plugin jar
   * that fails to load would only show as pages parsed by another parser.
   */
  static NewsModel reportingLoadProblems(NewsModel newsModel, PrintStream err) {
    List<String> problems = new ArrayList<>(newsModel.registry().loadProblems());
    problems.addAll(newsModel.attributor().loadProblems());
    for (String problem : problems) {
      err.println("newsmodel: warning: " + problem);
    }
    err.flush();
    return newsModel;
  }

  /**
   * Whether standard error is a terminal. {@link System#console()} alone says no as soon as
   * standard output is redirected ({@code newsmodel parse DIR > out.jsonl}), the very case a
   * progress bar is for, so on Linux the descriptor's target is asked first.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Returns a context over the given streams and library, with no terminal.
   *
   * @param newsModel the library to parse with
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the context
   */
  public static Context of(NewsModel newsModel, InputStream in, PrintStream out, PrintStream err) {
    return new Context(() -> newsModel, in, out, err, false, new StopSignal());
  }

  /** Returns this context with the given stop signal. */
  Context withStop(StopSignal signal) {
    return new Context(newsModel, in, out, err, terminal, signal);
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile @Nullable T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = supplier.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
