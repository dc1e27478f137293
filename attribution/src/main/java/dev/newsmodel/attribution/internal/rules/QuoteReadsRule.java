package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;

/**
 * A quote credited to what it was written on: "“…,” it read.", "“…,” the sign read.", "“…,” read
 * the email.", "“…” a notice on the door reads." The verbs ("read", "states") are no cues
 * elsewhere ("she read the report", "the states"); right after a quote, with a short noun phrase
 * and nothing else left in the unit, they report it. Tried on units where no cue found anything.
 */
final class QuoteReadsRule implements AttributionRule {
  /** The verbs that credit a quote to the text it stands in. */
  static final java.util.Set<String> VERBS = java.util.Set.of("read", "reads", "states");

  /** The most tokens the noun phrase of the writing may span. */
  private static final int MAX_PHRASE = 10;

  @Override
  public int apply(Sentence sentence, int at) {
    Unit unit = sentence.unit;
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int end = n;
    while (end > 0 && !toks.get(end - 1).quoted() && (toks.get(end - 1).is(".") || toks.get(end - 1).is("!"))) {
      end--;
    }
    int q = end - 1;
    while (q >= 0 && !toks.get(q).quoted()) {
      q--;
    }
    if (q < 0 || end - q < 3 || !toks.get(0).quoted()) {
      return NO_MATCH;
    }
    int from = q + 1;
    if (toks.get(from).is(",")) {
      from++;
    }
    int verb = -1;
    for (int k = from; k < end; k++) {
      if (VERBS.contains(toks.get(k).lower()) && !toks.get(k).isCapitalized()) {
        verb = k;
        break;
      }
    }
    if (verb < 0) {
      return NO_MATCH;
    }
    int s;
    int e;
    if (verb == from) {
      s = verb + 1; // "…,” read the email."
      e = end;
    } else {
      s = from; // "…,” the email read."
      e = verb;
      if (verb + 1 != end) {
        return NO_MATCH;
      }
    }
    if (e <= s || e - s > MAX_PHRASE || !nounPhrase(toks, s, e)) {
      return NO_MATCH;
    }
    int p = unit.paragraph();
    Token v = toks.get(verb);
    Span source = new Span(p, toks.get(s).start(), toks.get(e - 1).end());
    Span content = new Span(p, toks.get(0).start(), toks.get(q).end());
    sentence.out.add(new Found(source, new Span(p, v.start(), v.end()), v.text(), List.of(content), Stance.ASSERTS,
        -1, null));
    return Math.max(at, end - 1);
  }

  /**
   * Whether tokens {@code s} to {@code e} (exclusive) read as a noun phrase that may be written
   * on: "it", or a determiner or a capital first, then words, names and prepositions without a
   * verb, an auxiliary or a clause word ("the sign", "a notice on the door", "one").
   */
  static boolean nounPhrase(List<Token> toks, int s, int e) {
    Token first = toks.get(s);
    String f = first.lower();
    if (e - s == 1 && (f.equals("it") || f.equals("one"))) {
      return true;
    }
    if (!(Words.DETERMINERS.contains(f) || first.isCapitalized()) || Words.PRONOUNS.contains(f)) {
      return false;
    }
    for (int k = s; k < e; k++) {
      Token t = toks.get(k);
      String w = t.lower();
      if (t.quoted() || !(t.isWord() || isNameJoiner(toks, k) || t.is("."))
          || Words.AUX.contains(w) || Words.CLAUSE.contains(w) || Words.PRONOUNS.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
