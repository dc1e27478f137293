package dev.newsmodel.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation is one page: each thread cycles over the corpus's pages (all in memory as the
 * fetched bytes), so operations per second are pages per second. Every benchmark that reads
 * HTML starts from the bytes, so decoding is part of each, jsoup's parse included.
 *
 * <p>The defaults below are the full run; {@code bench/run --quick} shortens them on the
 * command line. The warm-up is long on purpose: on two cores the JIT compiler keeps one of them
 * busy for 35 s (one thread) to 50 s (two threads) before the full pipeline runs compiled code.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExtractionBenchmark {

  /** The corpus's pages as bytes, shared by all threads (read only). */
  @State(Scope.Benchmark)
  public static class Pages {
    /** Which corpus under {@code shared/corpus} ({@code fundus-jp}: fundus's Japanese pages). */
    @Param({"aeb", "fundus", "fundus-jp"})
    public String corpus;

    byte[][] bytes;
    String[] urls;

    @Setup(Level.Trial)
    public void load() {
      Corpus loaded = Corpus.load(corpus);
      int n = loaded.size();
      bytes = new byte[n][];
      urls = new String[n];
      for (int i = 0; i < n; i++) {
        bytes[i] = loaded.entries().get(i).bytes();
        urls[i] = loaded.entries().get(i).url();
      }
    }
  }

  /** Each thread's position in the cycle over the pages. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int next(int size) {
      int i = next;
      next = i + 1 == size ? 0 : i + 1;
      return i;
    }
  }

  /** The pipelines under test: one instance each, shared by all threads as users would. */
  @State(Scope.Benchmark)
  public static class Pipelines {
    final NewsModel document = NewsModel.create().withAttribution(false);
    final Attributor attributor = Attributor.load();
    final ArticleJson json = ArticleJson.create();
  }

  /**
   * The whole pipeline as the front door runs it. Until the attribution step is wired into
   * {@code NewsModel}, it is composed here (document layer, then {@code Attributor}), which is
   * what the front door will do; a check on the first pages tells which.
   */
  @State(Scope.Benchmark)
  public static class FullPipeline {
    final NewsModel frontDoor = NewsModel.create();
    boolean frontDoorAttributes;
    NewsModel document;
    Attributor attributor;

    @Setup(Level.Trial)
    public void check(Pages pages, Pipelines pipelines) {
      document = pipelines.document;
      attributor = pipelines.attributor;
      int byFrontDoor = 0;
      int byAttributor = 0;
      for (int i = 0; i < Math.min(20, pages.bytes.length); i++) {
        Article viaFrontDoor = parseOrNull(frontDoor, pages.bytes[i], pages.urls[i]);
        Article viaDocument = parseOrNull(document, pages.bytes[i], pages.urls[i]);
        if (viaFrontDoor != null && !viaFrontDoor.sources().isEmpty()) {
          byFrontDoor++;
        }
        if (viaDocument != null && !attributor.attribute(viaDocument).sources().isEmpty()) {
          byAttributor++;
        }
      }
      frontDoorAttributes = byFrontDoor >= byAttributor;
      if (!frontDoorAttributes) {
        System.err.println("[bench] NewsModel.create() does not attribute yet: 'full' composes "
            + "the document layer with Attributor");
      }
    }

    Article parse(byte[] bytes, String url) throws ParseException {
      Page page = Page.of(bytes, url, Map.of());
      return frontDoorAttributes ? frontDoor.parse(page) : attributor.attribute(document.parse(page));
    }
  }

  /** The document layer's articles of every page (pages it rejects are left out). */
  @State(Scope.Benchmark)
  public static class Documents {
    Article[] articles;

    @Setup(Level.Trial)
    public void extract(Pages pages, Pipelines pipelines) {
      List<Article> out = new ArrayList<>();
      for (int i = 0; i < pages.bytes.length; i++) {
        Article article = parseOrNull(pipelines.document, pages.bytes[i], pages.urls[i]);
        if (article != null) {
          out.add(article);
        }
      }
      articles = out.toArray(Article[]::new);
    }
  }

  /** The full pipeline's articles of every page, for serialisation. */
  @State(Scope.Benchmark)
  public static class Attributed {
    Article[] articles;

    @Setup(Level.Trial)
    public void attribute(Documents documents, Pipelines pipelines) {
      articles = new Article[documents.articles.length];
      for (int i = 0; i < articles.length; i++) {
        articles[i] = pipelines.attributor.attribute(documents.articles[i]);
      }
    }
  }

  static Article parseOrNull(NewsModel model, byte[] bytes, String url) {
    try {
      return model.parse(Page.of(bytes, url, Map.of()));
    } catch (ParseException e) {
      return null;
    }
  }

  /** jsoup's own parse (charset detection, decoding, tree building): the floor. */
  @Benchmark
  public Document jsoupParse(Pages pages, Cursor cursor) {
    int i = cursor.next(pages.bytes.length);
    try {
      return Jsoup.parse(new ByteArrayInputStream(pages.bytes[i]), null, pages.urls[i]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document layer: decoding, registry selection and the chosen parser, no attribution. */
  @Benchmark
  public Object document(Pages pages, Pipelines pipelines, Cursor cursor) {
    int i = cursor.next(pages.bytes.length);
    try {
      return pipelines.document.parse(Page.of(pages.bytes[i], pages.urls[i], Map.of()));
    } catch (ParseException e) {
      return e; // a documented rejection is a result too
    }
  }

  /** The whole library: document layer plus attribution. */
  @Benchmark
  public Object full(Pages pages, FullPipeline full, Cursor cursor) {
    int i = cursor.next(pages.bytes.length);
    try {
      return full.parse(pages.bytes[i], pages.urls[i]);
    } catch (ParseException e) {
      return e;
    }
  }

  /**
   * Apache OpenNLP's English part-of-speech tagger (opennlp-tools 2.5.6, UD English model 1.3.0),
   * loaded once from its model artifact; not thread-safe, so one per thread. Only here to measure
   * what a tagger would cost the pipeline: the library does not use one.
   */
  @State(Scope.Thread)
  public static class PosTagger {
    opennlp.tools.postag.POSTaggerME tagger;

    @Setup(Level.Trial)
    public void load() throws IOException {
      String resource = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
      try (java.io.InputStream in = ExtractionBenchmark.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("OpenNLP POS model " + resource + " is not on the class path");
        }
        tagger = new opennlp.tools.postag.POSTaggerME(new opennlp.tools.postag.POSModel(in));
      }
    }

    int tag(Article article) {
      int tags = 0;
      for (dev.newsmodel.Block b : article.body()) {
        String[] tokens = opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize(b.text());
        tags += tagger.tag(tokens).length;
      }
      return tags;
    }
  }

  /**
   * The whole library plus tokenising and part-of-speech tagging every body block with OpenNLP:
   * what the full pipeline would cost with a tagger in the attribution step.
   */
  @Benchmark
  public int fullWithPosTagger(Pages pages, FullPipeline full, PosTagger tagger, Cursor cursor) {
    int i = cursor.next(pages.bytes.length);
    try {
      return tagger.tag(full.parse(pages.bytes[i], pages.urls[i]));
    } catch (ParseException e) {
      return -1;
    }
  }

  /** Attribution alone, on articles the document layer extracted beforehand. */
  @Benchmark
  public Article attribution(Documents documents, Pipelines pipelines, Cursor cursor) {
    return pipelines.attributor.attribute(documents.articles[cursor.next(documents.articles.length)]);
  }

  /** JSON serialisation of fully parsed articles. */
  @Benchmark
  public byte[] json(Attributed attributed, Pipelines pipelines, Cursor cursor) {
    return pipelines.json.writeBytes(attributed.articles[cursor.next(attributed.articles.length)]);
  }

  /** Readability4J 1.0.8 (a port of Mozilla's Readability) on the page decoded as UTF-8. */
  @Benchmark
  public String readability4j(Pages pages, Cursor cursor) {
    int i = cursor.next(pages.bytes.length);
    String html = new String(pages.bytes[i], StandardCharsets.UTF_8);
    return new Readability4J(pages.urls[i], html).parse().getTextContent();
  }

  /** boilerpipe 1.2.3's ArticleExtractor on the page decoded as UTF-8. */
  @Benchmark
  public String boilerpipe(Pages pages, Cursor cursor) {
    int i = cursor.next(pages.bytes.length);
    String html = new String(pages.bytes[i], StandardCharsets.UTF_8);
    try {
      return ArticleExtractor.INSTANCE.getText(html);
    } catch (BoilerpipeProcessingException e) {
      return e.toString(); // boilerpipe gives up on some pages; giving up is its result
    }
  }
}
