package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.isNounPosition;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;
import java.util.Set;

/**
 * A verb of communication, cognition or emotion that {@code cues.txt} does not list but WordNet
 * gives as taking a clause ({@link CueLexicon#lookupClauseCue}), read as a cue when a subject
 * stands before it and a clause opens after it: "The inspector surmised that the pier was
 * unsafe.", "Ann Roe reckons it will not last the winter.", "The council resolved to sell the
 * pier." Without the clause it is no cue ("The council resolved the dispute.").
 */
final class ClauseCueRule implements AttributionRule {
  /** Words that open a clause after the verb ("that", "whether", "to", "he", ...). */
  static final Set<String> OPENERS = LexiconFile.words("clause-openers.txt");

  private static final CueLexicon.Entry AS_WEAK =
      new CueLexicon.Entry(CueLexicon.Kind.WEAK, dev.newsmodel.Stance.ASSERTS);

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    Token t = toks.get(at);
    if (CueLexicon.lookupClauseCue(t.lower()) == null || t.isCapitalized() && at > 0
        || at > 0 && isNounPosition(toks.get(at - 1)) || !opensClause(toks, at + 1)) {
      return NO_MATCH;
    }
    List<Found> out = sentence.out;
    Span inherited = out.size() > sentence.unitFirst ? out.get(out.size() - 1).source() : null;
    int before = out.size();
    int end = VerbCueRule.verbCue(sentence.text, sentence.unit, at, AS_WEAK, out, inherited);
    return out.size() > before ? Math.max(end, at) : NO_MATCH;
  }

  /**
   * Whether a clause opens at token {@code i}, past -ly adverbs: a word of
   * {@code clause-openers.txt} followed by a word outside quotes; "to" only before a verb (no determiner,
   * pronoun or name after it).
   */
  static boolean opensClause(List<Token> toks, int i) {
    int n = toks.size();
    while (i < n && toks.get(i).isWord() && !toks.get(i).quoted() && toks.get(i).lower().endsWith("ly")
        && !OPENERS.contains(toks.get(i).lower())) {
      i++;
    }
    if (i + 1 >= n || toks.get(i).quoted() || !OPENERS.contains(toks.get(i).lower())) {
      return false;
    }
    Token next = toks.get(i + 1);
    if (!next.isWord() || next.quoted()) {
      return false;
    }
    if (toks.get(i).lower().equals("to")) {
      String w = next.lower();
      return !next.isCapitalized() && !Words.DETERMINERS.contains(w) && !Words.PRONOUNS.contains(w)
          && !w.equals("him") && !w.equals("them") && !w.equals("me") && !w.equals("us");
    }
    return true;
  }
}
