package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Subjects.initialSubject;
import static dev.newsmodel.attribution.internal.rules.Tokens.endsWithQuote;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.SourceNouns;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;

/**
 * A unit with no cue of the lexicon whose opening subject is a name, a pronoun or a source
 * noun followed by a verb of stance or act: "Roe openly admires the old pier design." or "The
 * council rejected the plan for a new pier." (PolNeAR-style attribution). The verb is told by
 * its form (-ed, -s) or a short list. Tried on units where no other rule found anything.
 */
final class SubjectVerbRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    int before = sentence.out.size();
    subjectVerb(sentence.text, sentence.unit, sentence.out);
    return sentence.out.size() > before ? at : NO_MATCH;
  }

  /**
   * A unit with no lexicon cue whose opening subject is a name, a pronoun or a source noun
   * followed by a verb ("Trump openly admires ...", "The group rejected ..."): PolNeAR-style
   * attribution of stances and acts. The verb is told by its form (-ed, -s) or a short list.
   */
  static void subjectVerb(String text, Unit unit, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int[] subject = initialSubject(toks, n, false);
    if (subject == null) {
      return;
    }
    int k = verbAfter(toks, subject[1]);
    if (k < 0) {
      return;
    }
    String w = toks.get(k).lower();
    if (VerbCueRule.SPEAKING.contains(w) || VerbCueRule.addsTo(toks, k)) {
      return; // a verb of speaking VerbCueRule found no topic for ("Roe talked with fishermen."), or "added to the cost"
    }
    Token head = toks.get(subject[1] - 1);
    String hl = head.lower();
    if (!(head.isCapitalized() || Words.PRONOUNS.contains(hl) || SourceNouns.isSourceNoun(hl)) || hl.equals("it")
        || hl.equals("this") || hl.equals("there") || Words.NOT_SUBJECTS.contains(hl) || w.contains("'") || w.contains("\u2019")
        || hl.contains("'") || hl.contains("\u2019")) {
      return;
    }
    int r = k + 1;
    while (r < n && !toks.get(r).quoted() && (toks.get(r).lower().equals("that") || toks.get(r).is(":"))) {
      r++;
    }
    int words = 0;
    for (int i = r; i < n; i++) {
      if (toks.get(i).isWord()) {
        words++;
      }
    }
    if (words < 2) {
      return;
    }
    int p = unit.paragraph();
    int rs = toks.get(r).start();
    int re = toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end());
    Found found = new Found(new Span(p, toks.get(subject[0]).start(), head.end()), new Span(p, toks.get(k).start(),
        toks.get(k).end()), toks.get(k).text(), List.of(new Span(p, rs, re)), Stance.ASSERTS, -1, null, true);
    if (!VerbCueRule.reportsNothing(text, toks, k, found)) {
      out.add(found); // "Roe reported from Ashton.", "Roe wrote in a memo." report nothing
    }
  }

  /**
   * The auxiliaries of {@link Words#AUX} (not its adverbs): a verb after one is a bare form or
   * a participle, never one in -s.
   */
  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "is", "are", "was",
      "were", "be", "been", "being", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did",
      "does", "do");

  /**
   * The verb of a statement or stance after a subject ending before token {@code from}, past
   * auxiliaries and -ly adverbs: told by its form (-ed, -s) or a short list, not an action verb.
   * -1 when the word there is no such verb.
   */
  static int verbAfter(List<Token> toks, int from) {
    int n = toks.size();
    int k = from;
    boolean auxiliary = false; // an auxiliary skipped: "has fences to mend"
    while (k < n && !toks.get(k).quoted() && (Words.AUX.contains(toks.get(k).lower())
        || toks.get(k).lower().endsWith("ly") && toks.get(k).text().length() > 4 && !toks.get(k).isCapitalized())) {
      auxiliary |= AUXILIARIES.contains(toks.get(k).lower());
      k++;
    }
    if (k >= n || toks.get(k).quoted() || !toks.get(k).isWord() || toks.get(k).isCapitalized()) {
      return -1;
    }
    String w = toks.get(k).lower();
    boolean verb = (w.endsWith("ed") && w.length() > 4 || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && w.length() > 3 || Words.VERBS.contains(w)) && !Words.NOT_VERBS.contains(w)
        && !Words.CLAUSE.contains(w);
    if (!verb || Words.ACTION_VERBS.contains(w)) {
      return -1;
    }
    if (auxiliary && w.endsWith("s")) {
      return -1; // no verb after an auxiliary ends in -s: a noun ("She has fences to mend.")
    }
    if (w.endsWith("s") && k + 1 < n && !toks.get(k + 1).quoted()
        && (Words.AUX.contains(toks.get(k + 1).lower()) || toks.get(k + 1).lower().endsWith("ly"))) {
      return -1; // "Radical terrorists are ...": a plural noun, not a verb
    }
    return k;
  }
}
