package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import java.util.List;

/**
 * A quote credited with a dash after it: "“We rebuilt the pier in a month.” ― Ann Roe, harbour
 * master". Tried on units where no cue found anything.
 */
final class DashCreditRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    int before = sentence.out.size();
    dashCredit(sentence.text, sentence.unit, sentence.out);
    return sentence.out.size() > before ? at : NO_MATCH;
  }

  /** "“…” ― Name": a quote credited with a dash. */
  static void dashCredit(String text, Unit unit, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    for (int i = 1; i + 1 < n; i++) {
      Token t = toks.get(i);
      if (t.quoted() || !(t.is("\u2015") || t.is("\u2014") || t.is("\u2013")) || !toks.get(i - 1).quoted()) {
        continue;
      }
      int e = i + 1;
      while (e < n && !toks.get(e).quoted() && (toks.get(e).isWord() && toks.get(e).isCapitalized() || isNameJoiner(toks, e)
          || toks.get(e).is(".") || toks.get(e).is(",") || toks.get(e).isWord() && e > i + 1)) {
        e++;
      }
      int last = e - 1;
      while (last > i && !toks.get(last).isWord()) {
        last--;
      }
      if (last <= i || !toks.get(i + 1).isCapitalized() || last - i > 12) {
        continue;
      }
      int qs = toks.get(0).quoted() ? toks.get(0).start() : unit.start();
      int p = unit.paragraph();
      out.add(new Found(new Span(p, toks.get(i + 1).start(), toks.get(last).end()), new Span(p, t.start(), t.end()),
          t.text(), List.of(new Span(p, qs, toks.get(i - 1).end())), Stance.ASSERTS, -1, null));
      return;
    }
  }
}
