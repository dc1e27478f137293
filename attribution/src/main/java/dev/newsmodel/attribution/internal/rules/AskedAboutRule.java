package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import java.util.List;

/**
 * "Asked about the pier, Roe said it was safe.": the question that opens the unit is an
 * attribution of its own, to no one; the rules read the rest of the unit after it.
 */
final class AskedAboutRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    if (at != 0 || !toks.get(at).text().equals("Asked") || toks.size() <= 3) {
      return NO_MATCH;
    }
    return askedAbout(sentence.unit, sentence.out);
  }

  /**
   * "Asked about the report, X said ...": the question opening the unit is added to {@code out},
   * attributed to the asker when "by" names one ("Asked by a reporter whether ..."), else to no
   * one. Returns the index of the comma ending it, or -1 when there is none.
   */
  static int askedAbout(Unit unit, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    Token t = toks.get(0);
    int e = 1;
    while (e < n && !(toks.get(e).is(",") && !toks.get(e).quoted())) {
      e++;
    }
    if (e < n && e > 1) {
      int p = unit.paragraph();
      // "Asked by a reporter whether ..., X said": the asker is the question's source
      int[] asker = toks.get(1).lower().equals("by") ? CueSubject.byAgent(toks, 1) : null;
      Span source = asker == null || asker[1] > e ? null : new Span(p, toks.get(asker[0]).start(), toks.get(asker[1] - 1).end());
      out.add(new Found(source, new Span(p, t.start(), t.end()), t.text(),
          List.of(new Span(p, toks.get(1).start(), toks.get(e - 1).end())), Stance.ASSERTS, -1, null, true));
      return e;
    }
    return -1;
  }
}
