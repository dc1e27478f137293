package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.SourceNouns;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;
import java.util.Set;

/**
 * A verb of stance that is usually a noun ("support", "plans", "view") reads as a verb, and a
 * weak cue, where only a verb can stand: right after a subject pronoun ("they support the
 * plan"), a modal or "do" ("we can't support it", "does not back the fee"), a relative pronoun
 * ("voters who back the mayor") or a plural that can speak or show ("polls show ...",
 * "residents want ...", also opening the sentence: "Polls show ..."), past adverbs ("who
 * strongly support"). The rest is {@link VerbCueRule}'s.
 */
final class HomographVerbRule implements AttributionRule {
  static final Set<String> FORMS = LexiconFile.words("homograph-verbs.txt");

  /** Words after which only a verb can follow. */
  private static final Set<String> VERB_BEFORE = Set.of("he", "she", "they", "we", "i", "who", "can", "could",
      "will", "would", "should", "may", "might", "must", "do", "does", "did", "not", "n't", "\u2019t", "never",
      "don't", "doesn't", "didn't", "won't", "can't", "don\u2019t", "doesn\u2019t", "didn\u2019t", "won\u2019t",
      "can\u2019t");

  /** A weak cue that asserts: the stance of supporting or judging. */
  private static final CueLexicon.Entry WEAK = new CueLexicon.Entry(CueLexicon.Kind.WEAK, Stance.ASSERTS);

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    Token t = toks.get(at);
    if (!FORMS.contains(t.lower()) || t.quoted() || t.isCapitalized() || !afterVerbPosition(toks, at)) {
      return NO_MATCH;
    }
    int before = sentence.out.size();
    int end = VerbCueRule.verbCue(sentence.text, sentence.unit, at, WEAK, sentence.out, null);
    return sentence.out.size() > before ? Math.max(end, at) : NO_MATCH;
  }

  /** Whether a word of {@link #VERB_BEFORE} stands before token {@code at}, past -ly adverbs. */
  static boolean afterVerbPosition(List<Token> toks, int at) {
    int k = at - 1;
    while (k >= 0 && !toks.get(k).quoted() && toks.get(k).isWord() && toks.get(k).lower().endsWith("ly")
        && !toks.get(k).isCapitalized() && at - k < 3) {
      k--;
    }
    if (k < 0 || toks.get(k).quoted() || !toks.get(k).isWord()) {
      return false;
    }
    String w = toks.get(k).lower();
    // "polls show ...", "residents want ...": a plural that can speak or show is a subject; it
    // is capitalised only where it opens the sentence ("Polls show ..."), elsewhere a capital
    // makes it part of a name
    return VERB_BEFORE.contains(w) || (k == 0 || !toks.get(k).isCapitalized()) && w.endsWith("s") && !w.endsWith("ss")
        && (SourceNouns.isSourceNoun(w) || PollRule.EVIDENCE_NOUNS.contains(w));
  }
}
