package dev.newsmodel.eval.attribution;

import dev.newsmodel.attribution.Attribution;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.attribution.TextSpan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the {@link Attributor} on a gold JSONL file in the PolNeAR shape (one article per line:
 * {@code doc_id}, {@code text}, {@code attributions} with {@code source}, {@code cue},
 * {@code content} span lists, offsets in code points) and scores it with the metrics of the
 * project's reference scorer {@code score_attribution.py}, ported faithfully: content match at
 * coverage thresholds τ=0.3 and τ=0.8 (share of gold content characters covered by the
 * predicted content, greedy one-to-one matching, best coverage first), source and cue accuracy
 * on matched pairs, end-to-end content+source F1, exact-span P/R/F1 per role, and recall of
 * direct (quoted) and indirect attributions. Each record's text is split into paragraphs on
 * blank lines, keeping offsets.
 *
 * <p>Usage: {@code AttributionEvaluation GOLD.jsonl [--predictions OUT.jsonl]}; prints the
 * figures as JSON.
 */
public final class AttributionEvaluation {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final double[] TAUS = {0.3, 0.8};

  private final Attributor attributor;

  /**
   * Creates an evaluation of the given attributor.
   *
   * @param attributor the attributor to evaluate
   */
  public AttributionEvaluation(Attributor attributor) {
    this.attributor = attributor;
  }

  /**
   * Command line entry: {@code GOLD.jsonl [--predictions OUT.jsonl]}.
   *
   * @param args the command-line arguments
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 && !(args.length == 3 && args[1].equals("--predictions"))) {
      System.err.println("usage: AttributionEvaluation GOLD.jsonl [--predictions OUT.jsonl]");
      System.exit(2);
      return;
    }
    Path out = args.length == 3 ? Path.of(args[2]) : null;
    Map<String, Object> report = new AttributionEvaluation(Attributor.load()).evaluate(Path.of(args[0]), out);
    print(report, System.out);
  }

  /**
   * Prints a report as indented JSON.
   *
   * @param report the report, as {@link #evaluate(Path, Path)} returns it
   * @param out where to print it
   */
  public static void print(Map<String, Object> report, PrintStream out) {
    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
  }

  /**
   * Runs attribution on every gold record, writes the predictions when {@code predictions} is
   * not null, and returns the figures keyed as the reference scorer keys them ({@code tau=0.3},
   * {@code tau=0.8}, {@code exact_source}, ...). Throws {@link IOException} when a file cannot
   * be read or written.
   *
   * @param gold the gold JSONL file
   * @param predictions the predictions file to write, or {@code null}
   * @return the figures
   * @throws IOException when a file cannot be read or written
   */
  public Map<String, Object> evaluate(Path gold, @Nullable Path predictions) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    List<List<Att>> golds = new ArrayList<>();
    List<List<Att>> preds = new ArrayList<>();
    BufferedWriter writer = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
    try {
      for (JsonNode record : records) {
        String text = record.get("text").asString();
        golds.add(readAtts(record.get("attributions")));
        List<Att> pred = predict(text);
        preds.add(pred);
        if (writer != null) {
          writer.write(JSON.writeValueAsString(predictionRecord(record, text, pred)));
          writer.write('\n');
        }
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
    return report(golds, preds);
  }

  // ---- prediction ------------------------------------------------------------------------

  /** Predicts attributions with code-point spans for one text. */
  List<Att> predict(String text) {
    List<String> paragraphs = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = text.indexOf("\n\n", i);
      if (end < 0) {
        end = n;
      }
      int s = i;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        paragraphs.add(text.substring(s, e));
        offsets.add(s);
      }
      i = end + 2;
    }
    List<Att> out = new ArrayList<>();
    for (Attribution a : attributor.find(paragraphs)) {
      out.add(new Att(
          a.source() == null ? List.of() : List.of(toCodePoints(text, offsets, a.source())),
          a.cue() == null ? List.of() : List.of(toCodePoints(text, offsets, a.cue())),
          a.content().stream().map(s -> toCodePoints(text, offsets, s)).toList()));
    }
    return out;
  }

  private static Sp toCodePoints(String text, List<Integer> offsets, TextSpan span) {
    int base = offsets.get(span.paragraph());
    int s = base + span.start();
    int e = base + span.end();
    int cs = text.codePointCount(0, s);
    int ce = cs + text.codePointCount(s, e);
    return new Sp(cs, ce, text.substring(s, e));
  }

  private static ObjectNode predictionRecord(JsonNode gold, String text, List<Att> pred) {
    ObjectNode out = JSON.createObjectNode();
    out.put("doc_id", gold.get("doc_id").asString());
    out.put("text", text);
    ArrayNode atts = out.putArray("attributions");
    for (Att a : pred) {
      ObjectNode o = atts.addObject();
      writeSpans(o.putArray("source"), a.source);
      writeSpans(o.putArray("cue"), a.cue);
      writeSpans(o.putArray("content"), a.content);
      o.put("no_source", a.source.isEmpty());
    }
    return out;
  }

  private static void writeSpans(ArrayNode array, List<Sp> spans) {
    for (Sp s : spans) {
      array.addObject().put("start", s.start).put("end", s.end).put("text", s.text);
    }
  }

  private static List<Att> readAtts(JsonNode array) {
    List<Att> out = new ArrayList<>();
    for (JsonNode a : array) {
      out.add(new Att(readSpans(a.get("source")), readSpans(a.get("cue")), readSpans(a.get("content"))));
    }
    return out;
  }

  private static List<Sp> readSpans(@Nullable JsonNode array) {
    List<Sp> out = new ArrayList<>();
    if (array != null) {
      for (JsonNode s : array) {
        JsonNode t = s.get("text");
        out.add(new Sp(s.get("start").asInt(), s.get("end").asInt(), t == null ? "" : t.asString()));
      }
    }
    return out;
  }

  // ---- the metric (a port of score_attribution.py) --------------------------------------

  record Sp(int start, int end, String text) {}

  record Att(List<Sp> source, List<Sp> cue, List<Sp> content) {
    BitSet chars(List<Sp> spans) {
      BitSet b = new BitSet();
      for (Sp s : spans) {
        if (s.end > s.start) {
          b.set(s.start, s.end);
        }
      }
      return b;
    }

    boolean isDirect() {
      for (Sp c : content) {
        if (c.text.indexOf('"') >= 0 || c.text.indexOf('\u201c') >= 0 || c.text.indexOf('\u201d') >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Acc {
    int tp, srcOk, cueOk, e2eTp, tpDirect, tpIndirect, gold, pred, goldDirect, goldIndirect;
  }

  private static double coverage(BitSet gold, BitSet pred) {
    int g = gold.cardinality();
    if (g == 0) {
      return 0.0;
    }
    BitSet both = (BitSet) gold.clone();
    both.and(pred);
    return (double) both.cardinality() / g;
  }

  private static boolean overlap(BitSet a, BitSet b) {
    return a.intersects(b);
  }

  private static void scoreDoc(List<Att> gold, List<Att> pred, double tau, Acc acc) {
    record Pair(double c, int gi, int pi) {}
    List<Pair> pairs = new ArrayList<>();
    List<BitSet> predContent = new ArrayList<>();
    for (Att p : pred) {
      predContent.add(p.chars(p.content));
    }
    for (int gi = 0; gi < gold.size(); gi++) {
      BitSet g = gold.get(gi).chars(gold.get(gi).content);
      for (int pi = 0; pi < pred.size(); pi++) {
        double c = coverage(g, predContent.get(pi));
        if (c >= tau && c > 0) {
          pairs.add(new Pair(c, gi, pi));
        }
      }
    }
    // Python sorts the tuples (c, gi, pi) in reverse: by coverage, then gold index, then pred index, all descending
    pairs.sort((a, b) -> a.c != b.c ? Double.compare(b.c, a.c) : a.gi != b.gi ? Integer.compare(b.gi, a.gi) : Integer.compare(b.pi, a.pi));
    boolean[] usedG = new boolean[gold.size()];
    boolean[] usedP = new boolean[pred.size()];
    for (Pair pair : pairs) {
      if (usedG[pair.gi] || usedP[pair.pi]) {
        continue;
      }
      usedG[pair.gi] = true;
      usedP[pair.pi] = true;
      Att g = gold.get(pair.gi);
      Att p = pred.get(pair.pi);
      acc.tp++;
      boolean srcOk = (g.source.isEmpty() && p.source.isEmpty()) || overlap(g.chars(g.source), p.chars(p.source));
      if (srcOk) {
        acc.srcOk++;
        acc.e2eTp++;
      }
      if (overlap(g.chars(g.cue), p.chars(p.cue))) {
        acc.cueOk++;
      }
      if (g.isDirect()) {
        acc.tpDirect++;
      } else {
        acc.tpIndirect++;
      }
    }
    acc.gold += gold.size();
    acc.pred += pred.size();
    for (Att g : gold) {
      if (g.isDirect()) {
        acc.goldDirect++;
      } else {
        acc.goldIndirect++;
      }
    }
  }

  private static double[] prf(int tp, int p, int g) {
    double precision = p > 0 ? (double) tp / p : 0.0;
    double recall = g > 0 ? (double) tp / g : 0.0;
    double f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    return new double[] {precision, recall, f};
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /** Computes the reference scorer's report for aligned gold and predicted documents. */
  static Map<String, Object> report(List<List<Att>> golds, List<List<Att>> preds) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (double tau : TAUS) {
      Acc acc = new Acc();
      for (int d = 0; d < golds.size(); d++) {
        scoreDoc(golds.get(d), preds.get(d), tau, acc);
      }
      double[] c = prf(acc.tp, acc.pred, acc.gold);
      double[] e = prf(acc.e2eTp, acc.pred, acc.gold);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold", acc.gold);
      m.put("pred", acc.pred);
      m.put("matched", acc.tp);
      m.put("content_P", round(c[0]));
      m.put("content_R", round(c[1]));
      m.put("content_F1", round(c[2]));
      m.put("source_acc_on_matched", acc.tp > 0 ? round((double) acc.srcOk / acc.tp) : null);
      m.put("cue_acc_on_matched", acc.tp > 0 ? round((double) acc.cueOk / acc.tp) : null);
      m.put("e2e_content+source_P", round(e[0]));
      m.put("e2e_content+source_R", round(e[1]));
      m.put("e2e_content+source_F1", round(e[2]));
      m.put("recall_direct", acc.goldDirect > 0 ? round((double) acc.tpDirect / acc.goldDirect) : null);
      m.put("recall_indirect", acc.goldIndirect > 0 ? round((double) acc.tpIndirect / acc.goldIndirect) : null);
      out.put(String.format(Locale.ROOT, "tau=%.1f", tau), m);
    }
    int[][] counts = new int[3][3];
    String[] roles = {"source", "cue", "content"};
    for (int d = 0; d < golds.size(); d++) {
      for (int r = 0; r < 3; r++) {
        java.util.Set<Long> gs = spanKeys(golds.get(d), r);
        java.util.Set<Long> ps = spanKeys(preds.get(d), r);
        int tp = 0;
        for (Long k : ps) {
          if (gs.contains(k)) {
            tp++;
          }
        }
        counts[r][0] += tp;
        counts[r][1] += gs.size();
        counts[r][2] += ps.size();
      }
    }
    for (int r = 0; r < 3; r++) {
      double[] f = prf(counts[r][0], counts[r][2], counts[r][1]);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("P", round(f[0]));
      m.put("R", round(f[1]));
      m.put("F1", round(f[2]));
      out.put("exact_" + roles[r], m);
    }
    return out;
  }

  private static java.util.Set<Long> spanKeys(List<Att> atts, int role) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    for (Att a : atts) {
      List<Sp> spans = role == 0 ? a.source : role == 1 ? a.cue : a.content;
      for (Sp s : spans) {
        out.add(((long) s.start << 32) | (s.end & 0xffffffffL));
      }
    }
    return out;
  }
}
