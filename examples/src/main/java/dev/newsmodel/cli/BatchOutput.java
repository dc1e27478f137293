package dev.newsmodel.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Where a batch run's JSON Lines go: standard output, or {@code --output FILE} written one whole
 * line at a time; failed inputs go to {@code --failures FILE} instead when it is given. With
 * {@code --resume} the files are read back first: their partial last lines are dropped and every
 * input they answer is {@linkplain #answered(String) known}, so the run skips it and appends the
 * rest.
 */
final class BatchOutput implements AutoCloseable {
  private final PrintStream out;
  private final @Nullable LineFile output;
  private final @Nullable LineFile failures;
  private final KeySet answered;
  private final long failedBefore;

  private BatchOutput(PrintStream out, @Nullable LineFile output, @Nullable LineFile failures, KeySet answered,
      long failedBefore) {
    this.out = out;
    this.output = output;
    this.failures = failures;
    this.answered = answered;
    this.failedBefore = failedBefore;
  }

  /**
   * Opens the run's output.
   *
   * @param out standard output, used when {@code output} is {@code null}
   * @param output the output file, or {@code null} for standard output
   * @param failures the file for failed inputs, or {@code null} to keep them with the rest
   * @param resume whether to read the files back and append, or to start them afresh
   * @throws OutputException when a file cannot be opened, read back or is not a run's output
   */
  static BatchOutput open(PrintStream out, @Nullable Path output, @Nullable Path failures, boolean resume) {
    KeySet answered = new KeySet();
    long[] failed = new long[1];
    LineFile o = null;
    LineFile f = null;
    try {
      if (output != null) {
        o = resume ? LineFile.resume(output, line -> read(output, line, answered, failed)) : LineFile.create(output);
      }
      if (failures != null) {
        f = resume ? LineFile.resume(failures, line -> read(failures, line, answered, failed)) : LineFile.create(failures);
      }
    } catch (RuntimeException e) {
      if (o != null) {
        o.close();
      }
      throw e;
    }
    return new BatchOutput(out, o, f, answered, failed[0]);
  }

  private static void read(Path file, String line, KeySet answered, long[] failed) {
    Answer answer = answer(file, line);
    if (answered.add(answer.key()) && answer.failed()) {
      failed[0]++;
    }
  }

  /** Whether a resumed run's earlier output already answers the input with this key. */
  boolean answered(String key) {
    return answered.size() > 0 && answered.contains(key);
  }

  /** How many inputs earlier runs answered. */
  long answeredBefore() {
    return answered.size();
  }

  /** How many of the inputs earlier runs answered failed. */
  long failedBefore() {
    return failedBefore;
  }

  /** Writes the outcome's line where it belongs. */
  void write(Outcome outcome, String line) {
    LineFile file = !outcome.ok() && failures != null ? failures : output;
    if (file != null) {
      file.append(line);
    } else {
      out.print(line + "\n");
    }
  }

  @Override
  public void close() {
    try {
      if (output != null) {
        output.close();
      }
    } finally {
      if (failures != null) {
        failures.close();
      }
    }
  }

  /** Returns the key of an outcome: its input, and for a WARC record its offset. */
  static String key(String input, long offset) {
    return offset < 0 ? input : input + "\n" + offset;
  }

  /** What a line of an earlier run answers: its input's key, and whether it is an error. */
  record Answer(String key, boolean failed) {}

  /**
   * Reads a line written by an earlier run: its first fields ({@code input}, {@code offset},
   * {@code url}) and the name of the next: {@code error}, or the document's key ({@code article}
   * or a format's name, see {@link OutputFormat#key()}); the document itself is not read.
   */
  static Answer answer(Path file, String line) {
    try (JsonParser parser = Json.MAPPER.createParser(line)) {
      if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.PROPERTY_NAME
          && "input".equals(parser.currentName()) && parser.nextToken() == JsonToken.VALUE_STRING) {
        String input = parser.getString();
        long offset = -1;
        String next = parser.nextToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : "";
        if ("offset".equals(next) && parser.nextToken() == JsonToken.VALUE_NUMBER_INT) {
          offset = parser.getLongValue();
          next = parser.nextToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : "";
        }
        if ("url".equals(next)) {
          parser.nextToken();
          next = parser.nextToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : "";
        }
        if ("error".equals(next) || OutputFormat.ARTICLE_KEY.equals(next)
            || OutputFormat.exporters().names().contains(next)) {
          return new Answer(key(input, offset), "error".equals(next));
        }
      }
    } catch (RuntimeException e) {
      // reported below
    }
    String start = line.length() > 60 ? line.substring(0, 60) + "…" : line;
    throw new OutputException(file, "holds a line that is not a newsmodel record, so it cannot be resumed: " + start);
  }
}
