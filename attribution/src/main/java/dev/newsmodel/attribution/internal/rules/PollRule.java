package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.endsWithQuote;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimStart;
import static dev.newsmodel.attribution.internal.rules.Tokens.wordCount;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;

/**
 * "In a poll released Monday, Roe leads by four points." and "Roe leads by four points in the
 * latest polls.": the poll, survey or study is the source of the finding.
 */
final class PollRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    if (!sentence.unit.tokens().get(at).lower().equals(OPENER)) {
      return NO_MATCH;
    }
    int end = inEvidence(sentence.text, sentence.unit, at, sentence.out);
    return end > at ? end : NO_MATCH;
  }

  /** The word the rule's phrase opens with. */
  static final String OPENER = "in";

  static final java.util.Set<String> EVIDENCE_NOUNS = LexiconFile.words("evidence-nouns.txt");


  /**
   * Whether the phrase that "in" at {@code c} opens reaches its first evidence noun at or before
   * {@code lastNoun} without a clause word, subordinator or second "in" on the way (determiners
   * such as "this" belong to the phrase). "In the latest polls", "in this survey" and "in an
   * average of state polls" say where a finding stands; in "in coastal towns to win back voters
   * tired of polls" or "in a week when polls closed early" the noun belongs to a later clause or
   * phrase, and the "in" phrase is one of place or time.
   */
  static boolean headsPhrase(List<Token> toks, int c, int lastNoun) {
    for (int i = c + 1; i < lastNoun; i++) {
      String w = toks.get(i).lower();
      if (EVIDENCE_NOUNS.contains(w)) {
        return true;
      }
      if (w.equals(OPENER)
          || (Words.CLAUSE.contains(w) || Words.SUBORDINATORS.contains(w)) && !Words.DETERMINERS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The plural noun that, bare or after "the" alone, names no poll in particular. */
  private static final String POLLS = "polls";

  /**
   * Whether the "in" at {@code c} opens the bare, generic "in the polls" or "in polls" ("Roe has a
   * wide lead in the polls", "Roe sank in the polls"): the phrase says how a candidate stands in
   * general, a figure of speech more often than a finding credited to a poll (on PolNeAR train
   * about a third of such uses are annotated), while a named or qualified poll ("in the latest
   * polls", "in national polls", "in a poll released Monday") reports one.
   */
  static boolean genericPolls(List<Token> toks, int c, int noun) {
    return toks.get(noun).lower().equals(POLLS)
        && (noun == c + 1 || noun == c + 2 && toks.get(c + 1).lower().equals("the"));
  }

  /**
   * "In a poll released Monday, X leads ..." and "... X leads in the latest polls": the poll is
   * the source of the finding. Returns the last token index of the phrase, or -1.
   */
  static int inEvidence(String text, Unit unit, int c, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int e = c + 1;
    int noun = -1;
    while (e < n && e <= c + 14 && !toks.get(e).quoted() && (toks.get(e).isWord() || isNameJoiner(toks, e)
        || toks.get(e).is("/") || toks.get(e).is("-") || toks.get(e).is(".") && e + 1 < n && !toks.get(e + 1).is(","))) {
      if (EVIDENCE_NOUNS.contains(toks.get(e).lower())) {
        noun = e;
      }
      e++;
    }
    if (noun < 0 || !headsPhrase(toks, c, noun) || genericPolls(toks, c, noun)) {
      return -1;
    }
    int last = e - 1;
    while (last > noun && !toks.get(last).isWord()) {
      last--;
    }
    int p = unit.paragraph();
    Span source = new Span(p, toks.get(c + 1).start(), toks.get(last).end());
    Span cue = new Span(p, toks.get(c).start(), toks.get(c).end());
    boolean opens = true;
    for (int i = 0; i < c; i++) {
      if (!Words.OPENERS.contains(toks.get(i).lower()) && !toks.get(i).is(",")) {
        opens = false;
      }
    }
    if (opens && e < n && toks.get(e).is(",") && wordCount(toks, e + 1, n) >= 3) {
      int rs = trimStart(text, toks.get(e).end(), unit.end());
      int re = toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end());
      out.add(new Found(source, cue, toks.get(c).text(), List.of(new Span(p, rs, re)), Stance.ASSERTS, -1, null, true));
      return e;
    }
    boolean closes = e >= n || toks.get(e).is(".") && e == n - 1;
    if (!opens && closes && wordCount(toks, 0, c) >= 3) {
      int ls = unit.start();
      int le = trimEnd(text, ls, toks.get(c).start());
      out.add(new Found(source, cue, toks.get(c).text(), List.of(new Span(p, ls, le)), Stance.ASSERTS, -1, null, true));
      return n - 1;
    }
    return -1;
  }
}
