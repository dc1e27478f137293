package dev.newsmodel.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --output}, {@code --resume} and {@code --failures}, shared by {@code parse} and {@code warc}. */
final class OutputOptions {
  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the JSON Lines to FILE instead of standard output: one whole line per input, "
          + "in input order, each handed to the system as soon as it is done.")
  @Nullable Path output;

  @Option(names = "--resume",
      description = "Continue a run that stopped: keep --output's lines (a partial last line is dropped), "
          + "skip every input they (and --failures') answer, append the rest. Give the same inputs.")
  boolean resume;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Write the lines of inputs that failed to FILE instead, apart from the articles.")
  @Nullable Path failures;

  /** Checks the combination; throws a usage error. */
  void check(CommandSpec spec) {
    if (resume && output == null) {
      throw new ParameterException(spec.commandLine(), "--resume needs --output FILE: the output to resume");
    }
    if (output != null && failures != null
        && output.toAbsolutePath().normalize().equals(failures.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "--failures must name another file than --output");
    }
  }

  /** Opens the run's output; throws {@link OutputException} when a file cannot be used. */
  BatchOutput open(Context context) {
    return BatchOutput.open(context.out(), output, failures, resume);
  }
}
