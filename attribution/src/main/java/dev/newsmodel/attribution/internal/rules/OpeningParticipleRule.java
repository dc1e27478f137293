package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;

/**
 * A participle cue that opens the sentence, bare or after a preposition, with the subject of the
 * main clause as its source: "Citing a new study, the council said ...", "By calling the pier
 * unsafe, Roe angered the divers", "Despite criticizing the plan, she voted for it". The content
 * runs from the participle's complement to the comma that closes the opening phrase; the main
 * clause's subject (a pronoun, a name, a determiner and a source noun) follows that comma.
 */
final class OpeningParticipleRule implements AttributionRule {
  /** Prepositions that take a participle phrase at the opening of a sentence. */
  static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("by", "after", "before", "in", "despite",
      "while", "since", "when", "without", "upon", "on", "through", "besides");

  /** The most tokens the opening phrase may span, its commas excluded. */
  private static final int MAX_PHRASE = 40;

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    Token t = toks.get(at);
    CueLexicon.Entry entry = CueLexicon.lookup(t.lower());
    if (entry == null || t.quoted() || !InvertedCue.isParticiple(t.lower()) || t.lower().equals("according")
        || !opensSentence(toks, at)) {
      return NO_MATCH;
    }
    int n = toks.size();
    int comma = -1;
    for (int i = at + 1; i < n && i <= at + MAX_PHRASE; i++) {
      Token x = toks.get(i);
      if (x.quoted()) {
        continue;
      }
      if (x.is(";") || x.is(":")) {
        return NO_MATCH;
      }
      if (x.is(",")) {
        comma = i;
        break;
      }
    }
    if (comma <= at + 1 || comma + 1 >= n) {
      return NO_MATCH;
    }
    int subjectEnd = Continuations.clauseSubjectEnd(toks, comma + 1);
    if (subjectEnd < 0 || subjectEnd >= n || toks.get(subjectEnd).quoted() || !toks.get(subjectEnd).isWord()
        || toks.get(subjectEnd).isCapitalized()) {
      return NO_MATCH; // no clause with a subject and a verb after the comma
    }
    int p = sentence.paragraph;
    String text = sentence.text;
    int cs = toks.get(at + 1).start();
    int ce = trimEnd(text, cs, toks.get(comma).start());
    if (ce <= cs) {
      return NO_MATCH;
    }
    Span source = new Span(p, toks.get(comma + 1).start(), toks.get(subjectEnd - 1).end());
    Span cue = new Span(p, t.start(), t.end());
    sentence.out.add(new Found(source, cue, t.text(), List.of(new Span(p, cs, ce)), entry.stance(), -1, null));
    return comma - 1;
  }

  /**
   * Whether the participle at {@code at} opens the unit: nothing before it but a preposition of
   * {@link #PREPOSITIONS} and sentence openers ("But by calling ...").
   */
  static boolean opensSentence(List<Token> toks, int at) {
    int k = at - 1;
    if (k >= 0 && !toks.get(k).quoted() && PREPOSITIONS.contains(toks.get(k).lower())) {
      k--;
    }
    while (k >= 0 && !toks.get(k).quoted() && (Words.OPENERS.contains(toks.get(k).lower()) || toks.get(k).is(","))) {
      k--;
    }
    return k < 0;
  }
}
