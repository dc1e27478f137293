package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.endsWithQuote;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;

/**
 * "The pier seemed ready to reopen.": an impression the writer reports with no source, stance
 * uncertain; "The mayor appeared on television" is no impression. "The mayor seemed to blame
 * the storm" reports the mayor's own words, with the writer's doubt.
 */
final class SeemingRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    if (!SEEMING.contains(toks.get(at).lower()) || !seeming(sentence.text, sentence.unit, at, sentence.out)) {
      return NO_MATCH;
    }
    // "seemed to blame ...": the cue after "to" and its content are taken; a bare impression
    // leaves later cues to be read
    Found f = sentence.out.get(sentence.out.size() - 1);
    return f.cue().end() > toks.get(at).end() ? toks.size() - 1 : at;
  }

  static final java.util.Set<String> SEEMING = LexiconFile.words("seeming-verbs.txt");
  static final java.util.Set<String> NOT_AFTER_APPEAR = LexiconFile.words("not-after-appear.txt");


  /**
   * "X seemed/appears (to) Y": an impression the writer reports with no source. Content is the
   * subject and what follows the verb; "appeared on television" and the like are no impression.
   */
  static boolean seeming(String text, Unit unit, int c, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    if (c + 2 >= n || toks.get(c + 1).quoted() || !toks.get(c + 1).isWord()
        || NOT_AFTER_APPEAR.contains(toks.get(c + 1).lower()) || toks.get(c).isCapitalized()) {
      return false;
    }
    int j = c - 1;
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord()
        && (Words.AUX.contains(toks.get(j).lower()) || toks.get(j).lower().endsWith("ly") && !toks.get(j).isCapitalized()
            || toks.get(j).lower().equals("also") || toks.get(j).lower().equals("still") || toks.get(j).lower().equals("not"))) {
      j--;
    }
    int start = j;
    while (start >= 0 && c - start < 14) {
      Token t = toks.get(start);
      String lw = t.lower();
      if (t.quoted() || t.is(",") || t.is(";") || t.is(":") || t.is("\u2014")
          || t.isWord() && (lw.equals("that") || lw.equals("but") || lw.equals("although") || lw.equals("while")
              || lw.equals("because") || lw.equals("if") || lw.equals("when") || lw.equals("and") && start < j)) {
        break;
      }
      start--;
    }
    start++;
    while (start <= j && Words.OPENERS.contains(toks.get(start).lower())) {
      start++;
    }
    if (start > j || !hasWord(toks, start, j + 1) || c - start >= 14) {
      return false;
    }
    int p = unit.paragraph();
    if (seemingCue(text, unit, c, start, j, out)) {
      return true;
    }
    int rs = toks.get(c + 1).start();
    int re = toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end());
    if (re <= rs) {
      return false;
    }
    out.add(new Found(null, new Span(p, toks.get(c).start(), toks.get(c).end()), toks.get(c).text(),
        List.of(new Span(p, toks.get(start).start(), toks.get(j).end()), new Span(p, rs, re)), Stance.UNCERTAIN, -1, null, true));
    return true;
  }
  /**
   * "The mayor seemed to blame the storm", "She appeared to suggest that ...": a verb of saying
   * or thinking after "seem to" reports what its subject (tokens {@code start} to {@code j})
   * said or thought, with the writer's doubt; the subject is the source and what follows the
   * verb the content. False (nothing added) when no cue follows "to".
   */
  static boolean seemingCue(String text, Unit unit, int c, int start, int j, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int v = c + 2;
    if (v + 1 >= n || !toks.get(c + 1).lower().equals("to") || toks.get(v).quoted() || !toks.get(v).isWord()
        || toks.get(v).isCapitalized()) {
      return false;
    }
    String w = toks.get(v).lower();
    if (CueLexicon.lookup(w) == null && CueLexicon.lookupClauseCue(w) == null) {
      return false;
    }
    int from = v + 1;
    if (from < n && !toks.get(from).quoted() && toks.get(from).lower().equals("that")) {
      from++;
    }
    if (!hasWord(toks, from, n)) {
      return false;
    }
    int p = unit.paragraph();
    int rs = toks.get(from).start();
    int re = toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end());
    if (re <= rs) {
      return false;
    }
    out.add(new Found(new Span(p, toks.get(start).start(), toks.get(j).end()),
        new Span(p, toks.get(c).start(), toks.get(v).end()), text.substring(toks.get(c).start(), toks.get(v).end()),
        List.of(new Span(p, rs, re)), Stance.UNCERTAIN, -1, null));
    return true;
  }
}
