package dev.newsmodel.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric, ported exactly from {@code score_extraction.py}:
 * tokens are maximal runs of letters, digits and underscores (Python's {@code \w}), shingles
 * are 4-token windows (a text of 1–3 tokens is one shorter shingle), and a page's true
 * positives, false positives and false negatives are multiset overlaps of shingles divided
 * by their sum.
 */
public final class ShingleScore {
  /** The shingle size. */
  public static final int N = 4;

  private ShingleScore() {}

  /**
   * A page's shingle overlap, each share of {@code tp + fp + fn} (all zero when both texts are empty).
   *
   * @param tp share of shingles in both
   * @param fp share only in the prediction
   * @param fn share only in the truth
   */
  public record Overlap(double tp, double fp, double fn) {
    /**
     * Returns the page's precision: 1 when nothing differs, 0 when nothing was predicted right.
     *
     * @return the precision, from 0 to 1
     */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return tp / (tp + fp);
    }

    /**
     * Returns the page's recall: 1 when nothing differs, 0 when nothing true was found.
     *
     * @return the recall, from 0 to 1
     */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return tp / (tp + fn);
    }

    /**
     * Returns the page's F1 of its precision and recall (0 when both are 0).
     *
     * @return the F1, from 0 to 1
     */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Returns the tokens of a text: maximal runs of Unicode letters, numbers and underscores.
   *
   * @param text the text
   * @return the tokens, in order
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean word = isWord(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean isWord(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the shingle counts of a text.
   *
   * @param text the text
   * @return each shingle with its count
   */
  public static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int windows = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < windows; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Returns the overlap of a predicted text with the true one.
   *
   * @param truth the true text
   * @param predicted the predicted text
   * @return the overlap
   */
  public static Overlap overlap(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int tc = t.getOrDefault(e.getKey(), 0);
      fp += Math.max(0, e.getValue() - tc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Overlap(tp / sum, fp / sum, fn / sum) : new Overlap(tp, fp, fn);
  }

  /** The benchmark's aggregate figures. */
  public record Figures(double precision, double recall, double f1, double accuracy) {}

  /**
   * Aggregates pages as the benchmark does: precision is the mean over pages with a non-empty
   * prediction, recall the mean over pages with a non-empty truth, F1 of those two means.
   *
   * @param overlaps the pages' overlaps
   * @param exact for each page, whether its token sequences are equal
   * @return the figures
   */
  public static Figures aggregate(List<Overlap> overlaps, List<Boolean> exact) {
    double pSum = 0;
    int pN = 0;
    double rSum = 0;
    int rN = 0;
    for (Overlap o : overlaps) {
      if (o.tp() + o.fp() > 0) {
        pSum += o.precision();
        pN++;
      }
      if (o.tp() + o.fn() > 0) {
        rSum += o.recall();
        rN++;
      }
    }
    double precision = pN == 0 ? Double.NaN : pSum / pN;
    double recall = rN == 0 ? Double.NaN : rSum / rN;
    double f1 = precision + recall == 0 ? Double.NaN : 2 * precision * recall / (precision + recall);
    long hits = exact.stream().filter(b -> b).count();
    double accuracy = exact.isEmpty() ? Double.NaN : hits / (double) exact.size();
    return new Figures(precision, recall, f1, accuracy);
  }
}
