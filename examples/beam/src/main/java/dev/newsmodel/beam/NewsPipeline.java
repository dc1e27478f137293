package dev.newsmodel.beam;

import dev.newsmodel.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses pages at scale with Apache Beam: WARC files (every HTML 2xx response, with its target
 * URI) or JSON Lines of pages in, article JSON Lines ({@link ArticleJson}) out, failures as
 * {@code {"input", "url", "error": {"type", "message"}}} lines beside them. Counters
 * {@code parsed}, {@code failed}, {@code skippedRecords} and {@code corruptRecords} (namespace
 * {@code dev.newsmodel.beam.NewsPipeline}) report progress on every runner.
 *
 * <p>Runs on Beam's direct runner by default; choose another with {@code --runner=FlinkRunner},
 * {@code SparkRunner} or {@code DataflowRunner} and that runner on the class path.
 */
public final class NewsPipeline {
  /** Namespace of the pipeline's counters. */
  public static final String NAMESPACE = NewsPipeline.class.getName();

  static final TupleTag<String> ARTICLES = new TupleTag<>() {};
  static final TupleTag<String> FAILURES = new TupleTag<>() {};

  private NewsPipeline() {}

  /**
   * Runs the pipeline with {@code --warc=GLOB | --pages=GLOB --output=PREFIX [--runner=...]}.
   *
   * @param args the pipeline options
   */
  public static void main(String[] args) {
    PipelineOptionsFactory.register(NewsPipelineOptions.class);
    NewsPipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsPipelineOptions.class);
    PipelineResult result = build(options).run();
    result.waitUntilFinish();
  }

  /**
   * Builds the pipeline for the options (exactly one of {@code warc} and {@code pages}).
   *
   * @param options the pipeline's options
   * @return the pipeline, ready to run
   * @throws IllegalArgumentException when not exactly one of {@code warc} and {@code pages} is given
   */
  public static Pipeline build(NewsPipelineOptions options) {
    if ((options.getWarc() == null) == (options.getPages() == null)) {
      throw new IllegalArgumentException("give exactly one of --warc and --pages");
    }
    Pipeline pipeline = Pipeline.create(options);
    PCollectionTuple pages;
    if (options.getWarc() != null) {
      pages = pipeline
          .apply("MatchWarcs", FileIO.match().filepattern(options.getWarc()))
          .apply("OpenWarcs", FileIO.readMatches().withCompression(org.apache.beam.sdk.io.Compression.UNCOMPRESSED))
          .apply("ReadWarcRecords", ParDo.of(new ReadWarc()).withOutputTags(PAGES, TupleTagList.of(FAILURES)));
    } else {
      pages = pipeline
          .apply("ReadPageLines", TextIO.read().from(options.getPages()))
          .apply("ReadPageJson", ParDo.of(new ReadPageJson()).withOutputTags(PAGES, TupleTagList.of(FAILURES)));
    }
    PCollection<PageRecord> records = pages.get(PAGES).setCoder(SerializableCoder.of(PageRecord.class));
    PCollectionTuple parsed = records.apply("Parse",
        ParDo.of(new ParsePage()).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));

    TextIO.Write articles = TextIO.write().to(options.getOutput()).withSuffix(".jsonl");
    TextIO.Write failures = TextIO.write().to(options.getOutput() + "-failures").withSuffix(".jsonl");
    if (options.getShards() > 0) {
      articles = articles.withNumShards(options.getShards());
      failures = failures.withNumShards(options.getShards());
    }
    parsed.get(ARTICLES).apply("WriteArticles", articles);
    org.apache.beam.sdk.values.PCollectionList.of(pages.get(FAILURES)).and(parsed.get(FAILURES))
        .apply("AllFailures", org.apache.beam.sdk.transforms.Flatten.pCollections())
        .apply("WriteFailures", failures);
    return pipeline;
  }

  static final TupleTag<PageRecord> PAGES = new TupleTag<>() {};

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static String failure(String input, @Nullable String url, String type, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("input", input);
    node.put("url", url);
    node.putObject("error").put("type", type).put("message", message);
    return MAPPER.writeValueAsString(node);
  }

  /** Reads the HTML 2xx responses of one WARC file; a corrupt record ends that file's reading. */
  static final class ReadWarc extends DoFn<FileIO.ReadableFile, PageRecord> {
    private static final long serialVersionUID = 1L;
    private final Counter skipped = Metrics.counter(NAMESPACE, "skippedRecords");
    private final Counter corrupt = Metrics.counter(NAMESPACE, "corruptRecords");

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String name = file.getMetadata().resourceId().toString();
      long offset = 0;
      try (WarcReader reader = new WarcReader(file.open())) {
        while (true) {
          Optional<WarcRecord> record = reader.next();
          if (record.isEmpty()) {
            return;
          }
          offset = reader.position();
          if (!(record.get() instanceof WarcResponse response)) {
            skipped.inc();
            continue;
          }
          HttpResponse http = response.http();
          String type = http.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
          if (http.status() < 200 || http.status() >= 300 || !(type.isEmpty() || type.contains("html"))) {
            skipped.inc();
            continue;
          }
          byte[] body;
          try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readAllBytes();
          }
          long declared = http.body().size();
          if (http.headers().first("Content-Encoding").isEmpty() && http.headers().first("Transfer-Encoding").isEmpty()
              && body.length < declared) {
            throw new java.io.EOFException("record truncated: " + body.length + " of " + declared + " body bytes");
          }
          Map<String, String> headers = new LinkedHashMap<>();
          http.headers().map().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
          out.get(PAGES).output(new PageRecord(name + "@" + offset, response.target(), body, headers));
        }
      } catch (IOException | RuntimeException e) {
        // A stream cannot be searched for the next record: report and end this file.
        corrupt.inc();
        out.get(FAILURES).output(failure(name + "@" + offset, null, "corrupt-record",
            e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
  }

  /** Reads one JSON line {@code {"url": ..., "html": ...}} into a page. */
  static final class ReadPageJson extends DoFn<String, PageRecord> {
    private static final long serialVersionUID = 1L;
    private final Counter failed = Metrics.counter(NAMESPACE, "failed");

    @ProcessElement
    public void process(@Element String line, MultiOutputReceiver out) {
      if (line.isBlank()) {
        return;
      }
      try {
        JsonNode node = MAPPER.readTree(line);
        JsonNode html = node.get("html");
        if (html == null || !html.isString()) {
          throw new IllegalArgumentException("no \"html\" string in the line");
        }
        String url = node.hasNonNull("url") ? node.get("url").asString() : null;
        String input = url != null ? url : "line:" + Integer.toHexString(line.hashCode());
        out.get(PAGES).output(new PageRecord(input, url, html.asString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Map.of("Content-Type", "text/html; charset=utf-8")));
      } catch (RuntimeException e) {
        failed.inc();
        out.get(FAILURES).output(failure("line", null, "bad-line", e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
  }

  /** Parses a page into article JSON; the library is made once per worker instance. */
  static final class ParsePage extends DoFn<PageRecord, String> {
    private static final long serialVersionUID = 1L;
    private final Counter parsed = Metrics.counter(NAMESPACE, "parsed");
    private final Counter failed = Metrics.counter(NAMESPACE, "failed");
    private transient @Nullable NewsModel newsModel;
    private transient @Nullable ArticleJson json;

    @Setup
    public void setup() {
      newsModel = NewsModel.create();
      json = ArticleJson.create();
    }

    @ProcessElement
    public void process(@Element PageRecord page, MultiOutputReceiver out) {
      try {
        if (page.body().length == 0) {
          throw new ParseException(ParseException.Reason.EMPTY, "The page is empty.");
        }
        Article article = java.util.Objects.requireNonNull(newsModel)
            .parse(Page.of(page.body(), page.url(), page.headers()));
        out.get(ARTICLES).output(java.util.Objects.requireNonNull(json).write(article));
        parsed.inc();
      } catch (ParseException e) {
        // The same types as the newsmodel command's failures: the reason's stable code.
        failed.inc();
        out.get(FAILURES).output(failure(page.input(), page.url(), e.reason().code(), String.valueOf(e.getMessage())));
      } catch (RuntimeException | StackOverflowError e) {
        // Page.of refuses a URL that is no absolute http(s) URL (unchecked); anything else is a bug.
        failed.inc();
        String type = e instanceof IllegalArgumentException ? "invalid-url" : "internal";
        out.get(FAILURES).output(failure(page.input(), page.url(), type, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
  }
}
