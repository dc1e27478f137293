package dev.newsmodel.cli;

import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.eval.attribution.AttributionEvaluation;
import dev.newsmodel.eval.attribution.JapaneseEvaluation;
import dev.newsmodel.eval.extraction.ExtractionEvaluation;
import dev.newsmodel.eval.extraction.FundusEvaluation;
import dev.newsmodel.eval.extraction.ReadabilityEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsmodel eval}: the library's evaluations, as the library runs them. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures the library on an evaluation corpus: body extraction, metadata, attribution.",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Fundus.class, EvalCommand.Readability.class,
        EvalCommand.AttributionEval.class,
        EvalCommand.Japanese.class})
final class EvalCommand {
  @ParentCommand private @Nullable Main main;

  Context context() {
    return Main.context(main);
  }

  static Context context(@Nullable EvalCommand eval) {
    return java.util.Objects.requireNonNull(eval, "eval subcommand run without its parent").context();
  }

  /** {@code newsmodel eval extraction DIR --ground-truth GT.json [--predictions OUTDIR]}. */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Body extraction on a directory of <id>.html[.gz] pages, scored by word 4-gram precision, recall and F1.")
  static final class Extraction implements Callable<Integer> {
    @ParentCommand private @Nullable EvalCommand eval;

    @Parameters(index = "0", paramLabel = "DIR", description = "The pages, e.g. ../shared/corpus/aeb/html.")
    private Path pages = Path.of(".");

    @Option(names = "--ground-truth", required = true, paramLabel = "GT.json", description = "The ground truth: {id: {articleBody, url}}.")
    private Path groundTruth = Path.of(".");

    @Option(names = "--predictions", paramLabel = "OUTDIR", description = "Also write <id>.json predictions here (for tools/score_extraction.py).")
    private @Nullable Path predictions;

    @Override
    public Integer call() throws IOException {
      Context context = context(eval);
      ExtractionEvaluation.Result result = ExtractionEvaluation.run(pages, groundTruth, predictions,
          context.newsModel().get().registry());
      context.out().println(result.report());
      context.out().flush();
      return 0;
    }
  }

  /** {@code newsmodel eval fundus DIR [--exceptions FILE]}. */
  @Command(name = "fundus", mixinStandardHelpOptions = true,
      description = {"Title, date, authors and body against the fundus corpus's expected output, per country and overall.",
          "authors: the bylines (people) against fundus's authors; credits: the bylines plus the syndication's agency,"
              + " an agency counting as the expected author the agency vocabulary resolves to it (AP = Associated Press)."})
  static final class Fundus implements Callable<Integer> {
    @ParentCommand private @Nullable EvalCommand eval;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus, e.g. ../shared/corpus/fundus.")
    private Path corpus = Path.of(".");

    @Option(names = "--exceptions", paramLabel = "FILE", description = "Reviewed exceptions to report separately.")
    private @Nullable Path exceptions;

    @Option(names = "--misses", description = "Also print each mismatched title, date, author set and credit set.")
    private boolean misses;

    @Override
    public Integer call() throws IOException {
      Context context = context(eval);
      FundusEvaluation.Result result = FundusEvaluation.run(corpus, exceptions, context.newsModel().get().registry());
      if (misses) {
        context.out().print(result.misses());
      }
      context.out().println(result.report());
      context.out().flush();
      return 0;
    }
  }

  /** {@code newsmodel eval readability DIR [--per-page]}. */
  @Command(name = "readability", mixinStandardHelpOptions = true,
      description = "Body (word 4-gram F1), title, byline and date against a reader view's reviewed output "
          + "(Mozilla Readability's test-suite layout: <page>/source.html[.gz], expected.html, expected-metadata.json).")
  static final class Readability implements Callable<Integer> {
    @ParentCommand private @Nullable EvalCommand eval;

    @Parameters(index = "0", paramLabel = "DIR", description = "The page folders, e.g. ../shared/corpus/readability/pages.")
    private Path pages = Path.of(".");

    @Option(names = "--per-page", description = "Also print each page's body figures and metadata misses, worst first.")
    private boolean perPage;

    @Override
    public Integer call() throws IOException {
      Context context = context(eval);
      ReadabilityEvaluation.Result result = ReadabilityEvaluation.run(pages, context.newsModel().get().registry());
      if (perPage) {
        context.out().print(result.perPage());
      }
      context.out().println(result.report());
      context.out().flush();
      return 0;
    }
  }

  /** {@code newsmodel eval attribution GOLD.jsonl [--predictions OUT.jsonl]}. */
  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = "Sources, cues and contents against gold attribution relations (PolNeAR JSONL), at tau 0.3 and 0.8.")
  static final class AttributionEval implements Callable<Integer> {
    @ParentCommand private @Nullable EvalCommand eval;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold records, e.g. ../shared/corpus/polnear/dev.jsonl.")
    private Path gold = Path.of(".");

    @Option(names = "--predictions", paramLabel = "OUT.jsonl", description = "Also write the predictions (for tools/score_attribution.py).")
    private @Nullable Path predictions;

    @Override
    public Integer call() throws IOException {
      Context context = context(eval);
      Map<String, Object> report = new AttributionEvaluation(Attributor.load()).evaluate(gold, predictions);
      AttributionEvaluation.print(report, context.out());
      context.out().flush();
      return 0;
    }
  }

  /** {@code newsmodel eval ja EXPECTED.json [--verbose]}: the figures of {@code tools/score_ja.py}. */
  @Command(name = "ja", mixinStandardHelpOptions = true,
      description = "Japanese pages: who said what and the document layer against hand annotations (the checks of tools/score_ja.py).")
  static final class Japanese implements Callable<Integer> {
    @ParentCommand private @Nullable EvalCommand eval;

    @Parameters(index = "0", paramLabel = "EXPECTED.json", description = "The annotations, e.g. ../shared/corpus/ja/expected.json.")
    private Path expected = Path.of(".");

    @Option(names = {"-v", "--verbose"}, description = "Name each missed check.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
      Context context = context(eval);
      JapaneseEvaluation.Result result = new JapaneseEvaluation(context.newsModel().get()).evaluate(expected);
      result.print(context.out(), verbose);
      context.out().flush();
      return 0;
    }
  }
}
