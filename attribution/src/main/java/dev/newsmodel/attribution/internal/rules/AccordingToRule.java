package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimStart;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * "According to the harbour board, the pier is safe." and "The pier is safe, according to the
 * harbour board.": the source follows "according to", the content is the rest of the unit.
 */
final class AccordingToRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    if (!toks.get(at).lower().equals("according") || at + 1 >= toks.size() || !toks.get(at + 1).lower().equals("to")) {
      return NO_MATCH;
    }
    int end = according(sentence.text, sentence.unit, at, sentence.out);
    if (end > at) {
      dropRelayed(sentence.out, sentence.unitFirst);
    }
    return end > at ? end : NO_MATCH;
  }

  /**
   * "The council approved the plan on Monday, according to the Gazette.": the report relays the
   * clause before it, which then is no attribution of its own (its verb, "approved", told what
   * the report says). Removes the unit's attributions from index {@code from} whose cue and
   * source lie in the content before the last one, a trailing "according to" just added.
   */
  static void dropRelayed(List<Found> out, int from) {
    Found according = out.get(out.size() - 1);
    Span left = according.content().get(0);
    if (according.cue() == null || left.start() > according.cue().start()) {
      return; // "According to X, ...": nothing before it to relay
    }
    // back over the unit's attributions, a handful in a sentence (bounded for degenerate ones)
    for (int f = out.size() - 2; f >= Math.max(from, out.size() - 1 - RelayedStatements.MAX_PER_UNIT); f--) {
      Found inner = out.get(f);
      if (inner.cue() != null && RelayedStatements.within(inner.cue(), List.of(left))
          && (inner.source() == null || RelayedStatements.within(inner.source(), List.of(left)))) {
        out.remove(f);
      }
    }
  }

  /** "according to X, ..." and "..., according to X". Returns the last token index used. */
  static int according(String text, Unit unit, int c, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int s = c + 2;
    int e = s;
    while (e < n && !toks.get(e).quoted() && toks.get(e).isWord() || e < n && isNameJoiner(toks, e)
        || e + 1 < n && toks.get(e).is(".") && toks.get(e + 1).isWord() && toks.get(e + 1).isCapitalized() && e > s
            && toks.get(e - 1).text().length() <= 3) {
      e++;
    }
    if (e == s) {
      return -1;
    }
    Span source = new Span(unit.paragraph(), toks.get(s).start(), toks.get(e - 1).end());
    Span cue = new Span(unit.paragraph(), toks.get(c).start(), toks.get(c + 1).end());
    List<Span> content = new ArrayList<>();
    int leftEnd = trimEnd(text, unit.start(), toks.get(c).start());
    if (leftEnd > unit.start() && hasWord(toks, 0, c)) {
      content.add(new Span(unit.paragraph(), unit.start(), leftEnd));
    }
    if (e < n) {
      int rs = trimStart(text, toks.get(e).start(), unit.end());
      int re = trimEnd(text, rs, unit.end());
      if (re > rs && hasWord(toks, e, n)) {
        content.add(new Span(unit.paragraph(), rs, re));
      }
    }
    if (content.isEmpty()) {
      return -1;
    }
    out.add(new Found(source, cue, "according to", content, Stance.ASSERTS, -1, null));
    return n - 1;
  }
}
