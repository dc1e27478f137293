package dev.newsmodel.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The inputs named on the command line, in order: files as given, directories walked in
 * name order (only page files: {@code .html}, {@code .htm}, {@code .txt}, each optionally
 * {@code .gz}), and {@code -} for standard input. Directories are listed one at a time, so a
 * huge tree does not fill the heap. A directory that cannot be listed (removed during the run,
 * no permission) is an input of its own that fails as {@code unreadable}.
 */
final class Inputs implements Iterable<Inputs.Input> {
  /**
   * One input: a file, or standard input when {@code path} is {@code null}; {@code problem} says
   * why a directory could not be listed, or is {@code null}.
   */
  record Input(String name, @Nullable Path path, @Nullable String problem) {
    Input(String name, @Nullable Path path) {
      this(name, path, null);
    }

    boolean isStdin() {
      return path == null;
    }
  }

  private final List<String> args;

  Inputs(List<String> args) {
    this.args = List.copyOf(args);
  }

  /** Whether the command line names exactly one input that is not a directory. */
  boolean isSingle() {
    return args.size() == 1 && (args.get(0).equals("-") || !Files.isDirectory(Path.of(args.get(0))));
  }

  /**
   * Returns the inputs, handing each file of a directory that is not a page file to {@code
   * notAPage} as the walk passes it (files named on the command line are always inputs).
   */
  Iterator<Input> iterator(java.util.function.Consumer<Path> notAPage) {
    return new Walker(notAPage);
  }

  /** Counts the inputs (walks the directories once more); for the progress bar. */
  long count() {
    long n = 0;
    for (Iterator<Input> it = iterator(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  static boolean isPageFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
  }

  @Override
  public Iterator<Input> iterator() {
    return new Walker(path -> { });
  }

  /** Depth-first, name-ordered walk holding one directory listing per level. */
  private final class Walker implements Iterator<Input> {
    private int nextArg;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private @Nullable Input next;
    private final java.util.function.Consumer<Path> notAPage;

    Walker(java.util.function.Consumer<Path> notAPage) {
      this.notAPage = notAPage;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (!stack.isEmpty()) {
          Iterator<Path> top = stack.peek();
          if (!top.hasNext()) {
            stack.pop();
            continue;
          }
          Path path = top.next();
          if (Files.isDirectory(path)) {
            push(path, path.toString());
          } else if (isPageFile(path)) {
            next = new Input(path.toString(), path);
          } else {
            notAPage.accept(path);
          }
        } else if (nextArg < args.size()) {
          String arg = args.get(nextArg++);
          if (arg.equals("-")) {
            next = new Input("-", null);
          } else {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
              push(path, arg);
            } else {
              next = new Input(arg, path);
            }
          }
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public Input next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Input result = next;
      next = null;
      return result;
    }

    private void push(Path dir, String name) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(entries::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        next = new Input(name, dir, "cannot list the directory: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        return;
      }
      entries.sort(null);
      stack.push(entries.iterator());
    }
  }
}
