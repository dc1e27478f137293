package dev.newsmodel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns JMH's JSON results (run with {@code -prof gc}) into one table: per benchmark, corpus
 * and thread count, pages/s, MB/s of HTML, bytes allocated per page and the ratio to jsoup's
 * own parse measured in the same run (same corpus and thread count).
 *
 * <p>Usage: {@code Report [--json OUT] RESULT.json...}. MB are 10^6 bytes; a corpus's MB/s is
 * its pages/s times its mean page size.
 */
public final class Report {
  /** The benchmark names in table order, keyed by the JMH method name. */
  static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("jsoupParse", "jsoup-parse");
    NAMES.put("document", "document");
    NAMES.put("full", "full");
    NAMES.put("attribution", "attribution");
    NAMES.put("json", "json");
    NAMES.put("readability4j", "readability4j");
    NAMES.put("boilerpipe", "boilerpipe");
  }

  /** One line of the table. */
  record Row(String name, String corpus, int threads, double pagesPerSecond, double mbPerSecond,
      double allocatedBytesPerPage, double ratioToJsoupParse, double ratioToOneThread) {}

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private Report() {}

  public static void main(String[] args) throws IOException {
    Path out = null;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--json")) {
        out = Paths.get(args[++i]);
      } else {
        inputs.add(Paths.get(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      System.err.println("usage: Report [--json OUT] JMH_RESULT.json...");
      System.exit(2);
    }
    List<JsonNode> results = new ArrayList<>();
    for (Path input : inputs) {
      for (JsonNode result : JSON.readTree(input.toFile())) {
        results.add(result);
      }
    }
    Map<String, Double> meanBytes = new HashMap<>();
    List<Row> rows = rows(results, corpus -> meanBytes.computeIfAbsent(corpus,
        c -> Corpus.load(c).meanBytes()));
    System.out.print(table(rows));
    if (out != null) {
      Files.writeString(out, json(rows), StandardCharsets.UTF_8);
    }
  }

  /** Mean page size of a corpus, in bytes. */
  interface MeanBytes {
    double of(String corpus);
  }

  static List<Row> rows(List<JsonNode> results, MeanBytes meanBytes) {
    List<Raw> raws = new ArrayList<>();
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asString();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String name = NAMES.getOrDefault(method, method);
      String corpus = result.path("params").path("corpus").asString("aeb");
      int threads = result.path("threads").asInt(1);
      JsonNode primary = result.path("primaryMetric");
      if (!primary.path("scoreUnit").asString().equals("ops/s")) {
        throw new IllegalArgumentException(benchmark + ": expected ops/s, got "
            + primary.path("scoreUnit").asString());
      }
      double alloc = Double.NaN;
      for (Map.Entry<String, JsonNode> metric : result.path("secondaryMetrics").properties()) {
        // JMH 1.37 names it "gc.alloc.rate.norm"; older versions prefix a middle dot.
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = metric.getValue().path("score").asDouble();
        }
      }
      raws.add(new Raw(name, corpus, threads, primary.path("score").asDouble(), alloc));
    }
    List<Row> rows = new ArrayList<>();
    for (Raw raw : raws) {
      double jsoup = find(raws, "jsoup-parse", raw.corpus(), raw.threads());
      double single = find(raws, raw.name(), raw.corpus(), 1);
      rows.add(new Row(raw.name(), raw.corpus(), raw.threads(), raw.pagesPerSecond(),
          raw.pagesPerSecond() * meanBytes.of(raw.corpus()) / 1e6, raw.alloc(),
          raw.pagesPerSecond() / jsoup,
          raw.threads() == 1 ? Double.NaN : raw.pagesPerSecond() / single));
    }
    List<String> order = new ArrayList<>(NAMES.values());
    rows.sort(Comparator.comparing(Row::corpus)
        .thenComparingInt(Row::threads)
        .thenComparingInt(r -> order.contains(r.name()) ? order.indexOf(r.name()) : order.size()));
    return rows;
  }

  /** One JMH result reduced to what the table needs. */
  private record Raw(String name, String corpus, int threads, double pagesPerSecond, double alloc) {}

  private static double find(List<Raw> raws, String name, String corpus, int threads) {
    for (Raw raw : raws) {
      if (raw.name().equals(name) && raw.corpus().equals(corpus) && raw.threads() == threads) {
        return raw.pagesPerSecond();
      }
    }
    return Double.NaN;
  }

  static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    String header = String.format(Locale.ROOT, "| %-13s | %-6s | %7s | %8s | %8s | %11s | %14s | %9s |%n",
        "benchmark", "corpus", "threads", "pages/s", "MB/s", "alloc/page", "× jsoup-parse", "× 1 thread");
    sb.append(header);
    sb.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(15), "-".repeat(8),
        "-".repeat(9) , "-".repeat(10), "-".repeat(10), "-".repeat(13), "-".repeat(16), "-".repeat(11)));
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %-13s | %-6s | %7d | %8.1f | %8.1f | %11s | %14s | %9s |%n",
          r.name(), r.corpus(), r.threads(), r.pagesPerSecond(), r.mbPerSecond(),
          Double.isNaN(r.allocatedBytesPerPage()) ? "n/a"
              : String.format(Locale.ROOT, "%.2f MB", r.allocatedBytesPerPage() / 1e6),
          ratio(r.ratioToJsoupParse()), ratio(r.ratioToOneThread())));
    }
    return sb.toString();
  }

  private static String ratio(double ratio) {
    return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  static String json(List<Row> rows) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("benchmarks");
    for (Row r : rows) {
      ObjectNode o = list.addObject();
      o.put("name", r.name());
      o.put("corpus", r.corpus());
      o.put("threads", r.threads());
      o.put("pagesPerSecond", round(r.pagesPerSecond()));
      o.put("mbPerSecond", round(r.mbPerSecond()));
      putNumber(o, "allocatedBytesPerPage", Double.isNaN(r.allocatedBytesPerPage())
          ? null : (double) Math.round(r.allocatedBytesPerPage()));
      putNumber(o, "ratioToJsoupParse", Double.isNaN(r.ratioToJsoupParse())
          ? null : Math.round(r.ratioToJsoupParse() * 1000) / 1000.0);
      if (!Double.isNaN(r.ratioToOneThread())) {
        o.put("ratioToOneThread", Math.round(r.ratioToOneThread() * 1000) / 1000.0);
      }
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  private static void putNumber(ObjectNode o, String key, @Nullable Double value) {
    if (value == null) {
      o.putNull(key);
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      o.put(key, value.longValue());
    } else {
      o.put(key, value);
    }
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
