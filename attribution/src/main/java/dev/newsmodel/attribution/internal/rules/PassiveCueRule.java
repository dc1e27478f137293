package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.endsWithQuote;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;
import java.util.Set;

/**
 * A participle of perceiving, judging or saying ({@code passive-cues.txt}) after a form of "be":
 * "The pier is widely seen as safe.", "The council is expected to approve the budget.", "The
 * vote was considered a formality." An opinion the writer reports with no source; the subject
 * and what follows the participle are the content. An agent ("was reported by the council"),
 * an expletive subject ("It is expected that ...", which {@link VerbCueRule} reads) or a place
 * or time after the participle ("was seen in the harbour") is no such opinion.
 */
final class PassiveCueRule implements AttributionRule {
  /** The participles ({@code passive-cues.txt}). */
  static final Set<String> PARTICIPLES = LexiconFile.words("passive-cues.txt");

  /** Forms of "be" that make the participle passive. */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s");

  /** Words after the participle that make it no opinion: an agent, a place, a time, a clause of "that". */
  private static final Set<String> NOT_AFTER = Set.of("by", "on", "at", "in", "with", "from", "during", "after",
      "before", "that", "and", "or", "but", "since", "until", "when", "if", "because");

  @Override
  public int apply(Sentence sentence, int at) {
    Unit unit = sentence.unit;
    List<Token> toks = unit.tokens();
    int n = toks.size();
    Token t = toks.get(at);
    if (!PARTICIPLES.contains(t.lower()) || t.isCapitalized() || at + 1 >= n) {
      return NO_MATCH;
    }
    Token next = toks.get(at + 1);
    if (next.quoted() || !next.isWord() || NOT_AFTER.contains(next.lower())) {
      return NO_MATCH;
    }
    // the form of "be" before the participle, past adverbs
    int b = at - 1;
    while (b >= 0 && !toks.get(b).quoted() && toks.get(b).isWord() && !BE.contains(toks.get(b).lower())
        && (toks.get(b).lower().endsWith("ly") || toks.get(b).lower().equals("not") || toks.get(b).lower().equals("also")
            || toks.get(b).lower().equals("still") || toks.get(b).lower().equals("long") || toks.get(b).lower().equals("now")
            || toks.get(b).lower().equals("often") || toks.get(b).lower().equals("generally"))
        && !toks.get(b).isCapitalized()) {
      b--;
    }
    if (b < 1 || toks.get(b).quoted() || !BE.contains(toks.get(b).lower())) {
      return NO_MATCH;
    }
    // the subject: back to the start of its clause, past auxiliaries
    int j = b - 1;
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord() && Words.AUX.contains(toks.get(j).lower())) {
      j--;
    }
    if (j < 0 || toks.get(j).quoted() || !toks.get(j).isWord() || toks.get(j).lower().equals("it")
        || toks.get(j).lower().equals("there") || Words.CLAUSE.contains(toks.get(j).lower())) {
      return NO_MATCH;
    }
    int start = j;
    while (start >= 0 && j - start < 12) {
      Token s = toks.get(start);
      String lw = s.lower();
      if (s.quoted() || s.is(",") || s.is(";") || s.is(":") || s.is("\u2014")
          || s.isWord() && (Words.CLAUSE.contains(lw) && !Words.AUX.contains(lw) || Words.SUBORDINATORS.contains(lw))) {
        break;
      }
      start--;
    }
    start++;
    while (start <= j && Words.OPENERS.contains(toks.get(start).lower())) {
      start++;
    }
    if (start > j || !hasWord(toks, start, j + 1) || j - start >= 11) {
      return NO_MATCH;
    }
    String text = sentence.text;
    int p = unit.paragraph();
    int end = at + 1;
    while (end + 1 < n && (toks.get(end + 1).quoted() || !toks.get(end + 1).is(";"))) {
      end++;
    }
    int rs = next.start();
    int re = end == n - 1 && toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end()
        : end == n - 1 ? trimEnd(text, rs, unit.end()) : toks.get(end).end();
    if (re <= rs) {
      return NO_MATCH;
    }
    Span cue = new Span(p, toks.get(b).start(), t.end());
    sentence.out.add(new Found(null, cue, text.substring(cue.start(), cue.end()),
        List.of(new Span(p, toks.get(start).start(), toks.get(j).end()), new Span(p, rs, re)), Stance.UNCERTAIN, -1, null, true));
    return end;
  }
}
