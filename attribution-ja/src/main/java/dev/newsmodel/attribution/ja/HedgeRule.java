package dev.newsmodel.attribution.ja;

import dev.newsmodel.Stance;
import java.util.List;

/**
 * A hedge at the end of a sentence (…の可能性がある, …可能性が高い): an uncertain claim without
 * claimant, its content the clause before the hedge.
 *
 * <p>Example: 大雨で川が増水する可能性がある。
 */
final class HedgeRule implements AttributionRule {
  private static final List<String> HEDGES = List.of("の可能性がある", "可能性がある", "の可能性が高い", "可能性が高い");

  @Override
  public void apply(Sentence s) {
    String text = s.text;
    String sentence = text.substring(s.start, s.end).stripTrailing();
    for (String hedge : HEDGES) {
      if (sentence.endsWith(hedge)) {
        int k = s.start + sentence.length() - hedge.length();
        Span cueSpan = s.span(k, s.start + sentence.length());
        if (!s.overlapsUsed(cueSpan)) {
          s.use(cueSpan);
          Claims.claim(s, k, cueSpan, Stance.UNCERTAIN, hedge, true);
        }
        return;
      }
    }
  }
}
