package dev.newsmodel.cli;

import dev.newsmodel.Article;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** {@code newsmodel parse}: pages, directories of pages, or standard input to articles. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
        "Parses pages (.html, .htm, .txt, each optionally .gz; - for standard input) into articles.",
        "",
        "One input prints its article. Several inputs or a directory print JSON Lines in input "
            + "order, one per input: {\"input\", \"article\"} (an exporter's format: {\"input\", \"ninjs\"}, ...) "
            + "or {\"input\", \"error\": {\"type\", \"message\"}}.",
        "",
        "--output FILE writes the lines to a file, one whole line at a time; --resume continues a run "
            + "that stopped, skipping the inputs its output already answers.",
        "",
        "Exit code 0 when every input gave an article, 1 when any failed, 2 on a usage error, 3 when "
            + "the run cannot go on, 4 when the output cannot be written (full disk, no permission)."})
final class ParseCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Main main;
  @Spec private @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Pages or directories of pages; - reads standard input.")
  private List<String> inputs = List.of();

  @Option(names = "--url", paramLabel = "URL", description = "The page's URL (one input only): picks the outlet's parser and resolves links.")
  private @Nullable String url;

  @Option(names = "--url-map", paramLabel = "FILE.tsv", description = "KEY<TAB>URL lines giving each input's URL; KEY is the path, the file name, or the name without extensions.")
  private @Nullable Path urlMap;

  @Option(names = "--parser", paramLabel = "NAME", description = "Use this parser instead of choosing one (see 'newsmodel parsers').")
  private @Nullable String parser;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
      completionCandidates = FormatConverter.Names.class,
      description = "${COMPLETION-CANDIDATES} (default json). json, jsonl and text are the command's own; "
          + "the others are the exporters on the class path. Several inputs in an exporter's format "
          + "give JSON Lines with the document under the format's name: {\"input\", \"ninjs\": {...}}.")
  private OutputFormat format = OutputFormat.JSON;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Parse on N threads; output stays in input order (default 1).")
  private int threads = 1;

  @Option(names = "--verbose", description = "Name the files in directories that are not pages (they are skipped and counted in the summary).")
  private boolean verbose;

  @Mixin private OutputOptions outputOptions = new OutputOptions();

  @Override
  public Integer call() throws IOException {
    Context context = Main.context(main);
    if (threads < 1) {
      throw new ParameterException(spec().commandLine(), "--threads must be at least 1");
    }
    outputOptions.check(spec());
    Inputs all = new Inputs(inputs);
    boolean toFiles = outputOptions.output != null || outputOptions.failures != null;
    if (toFiles && format.isText()) {
      throw new ParameterException(spec().commandLine(), "--output and --failures write JSON Lines; --format text is not available");
    }
    boolean single = all.isSingle() && !format.isJsonLines() && !toFiles;
    if (url != null && !all.isSingle()) {
      throw new ParameterException(spec().commandLine(), "--url applies to one input; use --url-map for several");
    }
    if (url != null) {
      try {
        url = Page.checkUrl(url);
      } catch (IllegalArgumentException e) {
        String why = String.valueOf(e.getMessage());
        throw new ParameterException(spec().commandLine(), "--url " + (why.startsWith("url: ") ? why.substring(5) : why));
      }
    }
    NewsModel newsModel = context.newsModel().get();
    if (parser != null && newsModel.registry().parser(parser).isEmpty()) {
      throw new ParameterException(spec().commandLine(), "no parser named '" + parser + "'; known: "
          + String.join(", ", newsModel.registry().names()) + " (see 'newsmodel parsers')");
    }
    UrlMap urls = urlMap == null ? UrlMap.empty() : UrlMap.read(urlMap);
    Parsing parsing = new Parsing(newsModel, parser);

    if (single) {
      Inputs.Input input = all.iterator().next();
      Outcome outcome = parsing.parse(input.name(), () -> read(context, input, urls));
      Article article = outcome.article();
      if (article == null) {
        Failure failure = java.util.Objects.requireNonNull(outcome.failure());
        context.err().println("newsmodel: " + input.name() + ": " + failure.type() + ": " + failure.message());
        return 1;
      }
      context.out().print(format.document(article));
      context.out().flush();
      return 0;
    }

    BatchOutput sink;
    try {
      sink = outputOptions.open(context);
    } catch (OutputException e) {
      context.err().println("newsmodel: " + e.getMessage());
      return Main.OUTPUT_FAILED;
    }
    try (sink) {
      long total = context.terminal() ? all.count() : -1;
      Progress progress = new Progress(context.err(), context.terminal(), total);
      long[] skipped = new long[1];
      List<String> notPages = new java.util.ArrayList<>();
      long[] notPageCount = new long[1];
      Iterator<BatchRun.Job> jobs = BatchRun.unanswered(all.iterator(file -> {
            notPageCount[0]++;
            if (verbose) {
              notPages.add(file.toString());
            }
          }),
          input -> sink.answered(BatchOutput.key(input.name(), -1)), skipped,
          input -> () -> parsing.parse(input.name(), () -> read(context, input, urls)));
      long start = System.nanoTime();
      BatchRun.Summary summary =
          BatchRun.run(jobs, threads, progress, context.stop(), outcome -> write(context, sink, outcome));
      context.out().flush();
      context.err().println(summaryLine("parse", summary, start) + resumed(skipped[0], sink)
          + notPages(notPageCount[0], verbose) + stopped(summary));
      for (String file : notPages) {
        context.err().println("newsmodel parse: skipped " + file + " (not a page file)");
      }
      if (summary.total() == 0 && skipped[0] == 0) {
        context.err().println("newsmodel: no page files (.html, .htm, .txt, each optionally .gz) in " + inputs);
        return 1;
      }
      return summary.failed() + sink.failedBefore() == 0 ? 0 : 1;
    } catch (OutputException e) {
      // A write, or the sync and close at the end, failed: the lines before it are whole.
      context.out().flush();
      context.err().println("newsmodel: " + e.getMessage());
      return Main.OUTPUT_FAILED;
    }
  }

  /** The summary's words on inputs an earlier run answered, or nothing. */
  static String resumed(long skipped, BatchOutput sink) {
    return skipped == 0 ? "" : ", " + skipped + " answered before (" + sink.failedBefore() + " failed)";
  }

  /** The summary's words on the files of directories that are not page files, or nothing. */
  static String notPages(long count, boolean verbose) {
    if (count == 0) {
      return "";
    }
    return ", " + count + " other " + plural(count, "file") + " skipped (not .html, .htm, .txt"
        + (verbose ? ")" : "; --verbose names them)");
  }

  /** The noun, with an s unless the count is one. */
  static String plural(long count, String noun) {
    return count == 1 ? noun : noun + "s";
  }

  /** The summary's words on a run stopped by a signal, or nothing. */
  static String stopped(BatchRun.Summary summary) {
    return summary.stopped() ? "; stopped early: run again with --resume to finish" : "";
  }

  private void write(Context context, BatchOutput sink, Outcome outcome) {
    Article article = outcome.article();
    if (format.isText()) {
      if (article != null) {
        context.out().print("==> " + outcome.input() + " <==\n" + OutputFormat.text(article) + "\n");
      } else {
        Failure failure = java.util.Objects.requireNonNull(outcome.failure());
        context.err().println("newsmodel: " + outcome.input() + ": " + failure.type() + ": " + failure.message());
      }
      return;
    }
    sink.write(outcome, Json.line(Json.record(outcome, format)));
  }

  static String summaryLine(String command, BatchRun.Summary summary, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return String.format(Locale.ROOT, "newsmodel %s: %d %s, %d parsed, %d failed in %.1f s",
        command, summary.total(), plural(summary.total(), "input"), summary.ok(), summary.failed(), seconds);
  }

  private dev.newsmodel.parse.Page read(Context context, Inputs.Input input, UrlMap urls) throws IOException {
    Path path = input.path();
    if (input.problem() != null) {
      throw new IOException(input.problem());
    }
    String pageUrl = url != null ? url : urls.lookup(input.name(), path);
    if (path == null) {
      return PageBytes.toPage(input.name(), context.in(), pageUrl);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return PageBytes.toPage(input.name(), in, pageUrl);
    }
  }

  private CommandSpec spec() {
    return java.util.Objects.requireNonNull(spec);
  }

  /** Reads format names in any case: the command's own and the registered exporters'. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.named(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }

    /** The format names, for the help text and shell completion. */
    static final class Names implements Iterable<String> {
      @Override
      public java.util.Iterator<String> iterator() {
        return OutputFormat.names().iterator();
      }
    }
  }
}
