package dev.newsmodel.cli;

import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsmodel warc}: every HTML response in WARC files to an article. */
@Command(
    name = "warc",
    mixinStandardHelpOptions = true,
    description = {
        "Parses every HTML response (2xx) of WARC files (.warc or .warc.gz) with its target URI.",
        "",
        "Prints JSON Lines in record order: {\"input\", \"offset\", \"url\", \"article\"}, or "
            + "\"error\": {\"type\", \"message\"} in place of the article. Truncated or corrupt records "
            + "are reported and skipped; other records are counted as skipped.",
        "",
        "--output FILE writes the lines to a file, one whole line at a time; --resume continues a run "
            + "that stopped, skipping the records (file and offset) its output already answers.",
        "",
        "Exit code 0 when every response gave an article, 1 when any failed, 2 on a usage error, "
            + "4 when the output cannot be written (full disk, no permission)."})
final class WarcCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Main main;
  @Spec private @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE.warc[.gz]", description = "WARC files.")
  private List<String> files = List.of();

  @Option(names = "--parser", paramLabel = "NAME", description = "Use this parser for every page instead of choosing one.")
  private @Nullable String parser;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      converter = ParseCommand.FormatConverter.class, completionCandidates = ParseCommand.FormatConverter.Names.class,
      description = "${COMPLETION-CANDIDATES} except text (default jsonl; json is the same: the article "
          + "under \"article\"). An exporter's document goes under its name: {\"input\", ..., \"ninjs\": {...}}.")
  private OutputFormat format = OutputFormat.JSONL;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Parse on N threads; output stays in record order (default 1).")
  private int threads = 1;

  @Mixin private OutputOptions outputOptions = new OutputOptions();

  @Override
  public Integer call() {
    Context context = Main.context(main);
    CommandSpec command = Objects.requireNonNull(spec);
    if (threads < 1) {
      throw new ParameterException(command.commandLine(), "--threads must be at least 1");
    }
    outputOptions.check(command);
    if (format.isText()) {
      throw new ParameterException(command.commandLine(), "warc writes JSON Lines; --format text is not available");
    }
    NewsModel newsModel = context.newsModel().get();
    if (parser != null && newsModel.registry().parser(parser).isEmpty()) {
      throw new ParameterException(command.commandLine(), "no parser named '" + parser + "'; known: "
          + String.join(", ", newsModel.registry().names()) + " (see 'newsmodel parsers')");
    }
    Parsing parsing = new Parsing(newsModel, parser);
    BatchOutput sink;
    try {
      sink = outputOptions.open(context);
    } catch (OutputException e) {
      context.err().println("newsmodel: " + e.getMessage());
      return Main.OUTPUT_FAILED;
    }
    try (sink) {
      WarcPages pages = new WarcPages(files);
      long[] answered = new long[1];
      Iterator<BatchRun.Job> jobs = BatchRun.unanswered(pages,
          item -> sink.answered(BatchOutput.key(item.file(), item.offset())), answered,
          item -> job(parsing, item));
      long start = System.nanoTime();
      Progress progress = new Progress(context.err(), context.terminal(), -1);
      BatchRun.Summary summary = BatchRun.run(jobs, threads, progress, context.stop(),
          outcome -> sink.write(outcome, Json.line(Json.record(outcome, format))));
      context.out().flush();
      context.err().println(ParseCommand.summaryLine("warc", summary, start)
          + ", " + pages.skipped() + " other " + ParseCommand.plural(pages.skipped(), "record") + " skipped"
          + ParseCommand.resumed(answered[0], sink)
          + ParseCommand.stopped(summary));
      return summary.failed() + sink.failedBefore() == 0 ? 0 : 1;
    } catch (OutputException e) {
      // A write, or the sync and close at the end, failed: the lines before it are whole.
      context.out().flush();
      context.err().println("newsmodel: " + e.getMessage());
      return Main.OUTPUT_FAILED;
    }
  }

  /** The job of one WARC record: its failure as it is, or its page parsed. */
  private static BatchRun.Job job(Parsing parsing, WarcPages.Item item) {
    Failure failure = item.failure();
    if (failure != null) {
      return () -> Outcome.failed(item.file(), failure).at(item.offset(), item.url());
    }
    byte[] body = Objects.requireNonNull(item.body());
    try {
      Page.checkUrl(item.url());
    } catch (IllegalArgumentException e) {
      Failure invalid = new Failure(Failure.INVALID_URL, String.valueOf(e.getMessage()));
      return () -> Outcome.failed(item.file(), invalid).at(item.offset(), item.url());
    }
    return () -> parsing.parse(item.file(), () -> PageBytes.toPage(body, item.url(), item.headers()))
        .at(item.offset(), item.url());
  }
}
