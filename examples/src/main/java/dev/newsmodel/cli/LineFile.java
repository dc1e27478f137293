package dev.newsmodel.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A file of JSON Lines written one whole line at a time: each line goes to the operating system
 * in one write as soon as it is ready (no buffer in the JVM), in order, so a killed process leaves
 * at most one partial line, the last. A write that fails (a full disk) is undone back to the
 * line's start where the file allows it, and reported as an {@link OutputException} naming the
 * file; the lines before it stay whole.
 */
final class LineFile implements Closeable {
  private final Path path;
  private final FileChannel channel;
  private long end;

  private LineFile(Path path, FileChannel channel, long end) {
    this.path = path;
    this.channel = channel;
    this.end = end;
  }

  /** Creates or empties the file. */
  static LineFile create(Path path) {
    try {
      FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      return new LineFile(path, channel, 0);
    } catch (IOException | UnsupportedOperationException e) {
      throw new OutputException(path, "write", e);
    }
  }

  /**
   * Opens the file to append to it, creating it when missing: a partial last line (the trace of a
   * crash) is cut off first, and every whole line is handed to {@code lines}.
   */
  static LineFile resume(Path path, Consumer<String> lines) {
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      throw new OutputException(path, "write", e);
    }
    try {
      long whole = wholeLinesEnd(channel);
      if (whole < channel.size()) {
        channel.truncate(whole);
      }
      BufferedReader reader = new BufferedReader(
          Channels.newReader(channel.position(0), StandardCharsets.UTF_8.newDecoder(), 1 << 16), 1 << 16);
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          lines.accept(line);
        }
      }
      channel.position(whole);
      return new LineFile(path, channel, whole);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      if (e instanceof OutputException o) {
        throw o;
      }
      throw new OutputException(path, "resume from", e);
    }
  }

  /** Returns the position just after the last line break (0 when there is none). */
  private static long wholeLinesEnd(FileChannel channel) throws IOException {
    long size = channel.size();
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long to = size;
    while (to > 0) {
      long from = Math.max(0, to - buffer.capacity());
      buffer.clear().limit((int) (to - from));
      while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
        // read the whole window
      }
      for (int i = buffer.position() - 1; i >= 0; i--) {
        if (buffer.get(i) == '\n') {
          return from + i + 1;
        }
      }
      to = from;
    }
    return 0;
  }

  Path path() {
    return path;
  }

  /** Writes the line and a line break, whole, or throws {@link OutputException} and leaves the file as it was. */
  void append(String line) {
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      end += bytes.capacity();
    } catch (IOException e) {
      try {
        // A partial line must not stay behind: cut the file back to the line's start.
        if (channel.size() > end) {
          channel.truncate(end);
        }
      } catch (IOException | UnsupportedOperationException ignored) {
        // --resume drops a partial last line anyway.
      }
      throw new OutputException(path, "write", e);
    }
  }

  /**
   * Syncs the file to the disk and closes it: a run that reports success has its lines stored,
   * not only handed to the operating system. Devices ({@code /dev/null}, a pipe) are not synced:
   * they have nothing to store and refuse the call.
   */
  @Override
  public void close() {
    try (channel) {
      if (java.nio.file.Files.isRegularFile(path)) {
        channel.force(true);
      }
    } catch (IOException e) {
      throw new OutputException(path, "close", e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // already failing
    }
  }
}
