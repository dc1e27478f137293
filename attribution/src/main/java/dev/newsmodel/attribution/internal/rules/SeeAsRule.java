package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.isNounPosition;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import java.util.List;
import java.util.Set;

/**
 * "See" or "view" with an object and "as": a judgement, read as a weak cue whose content is the
 * object and what it is seen as: "Most riders see the ferry as a lifeline.", "The mayor saw the
 * vote as a rebuke." Without "as" these forms are perception or a noun ("saw the pier", "the
 * view from the pier"), which is why {@code cues.txt} leaves them out; the forms that are cues on
 * their own ("sees", "viewed", "regards") are {@link VerbCueRule}'s.
 */
final class SeeAsRule implements AttributionRule {
  /** The forms of "see" and "view" that are no cue of {@code cues.txt}. */
  static final Set<String> FORMS = Set.of("see", "saw", "view");

  /** How many words the object between the verb and "as" may have: "see the new ferry timetable as". */
  private static final int MAX_OBJECT = 5;

  /** A weak cue that asserts: a judgement of the subject's. */
  private static final CueLexicon.Entry WEAK = new CueLexicon.Entry(CueLexicon.Kind.WEAK, Stance.ASSERTS);

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    Token t = toks.get(at);
    if (!FORMS.contains(t.lower()) || t.isCapitalized() || at == 0 || isNounPosition(toks.get(at - 1))
        || toks.get(at - 1).lower().equals("to") || !asAfterObject(toks, at + 1)) {
      return NO_MATCH;
    }
    int before = sentence.out.size();
    Span inherited = before > sentence.unitFirst ? sentence.out.get(before - 1).source() : null;
    int end = VerbCueRule.verbCue(sentence.text, sentence.unit, at, WEAK, sentence.out, inherited);
    return sentence.out.size() > before ? Math.max(end, at) : NO_MATCH;
  }

  /**
   * Whether "as" follows an object of one to {@link #MAX_OBJECT} words that starts at token
   * {@code i}, with no punctuation or quote between: "the ferry as", not "as" of a clause after a
   * comma ("saw the pier, as did others").
   */
  static boolean asAfterObject(List<Token> toks, int i) {
    int n = toks.size();
    for (int k = i; k < n && k <= i + MAX_OBJECT; k++) {
      Token w = toks.get(k);
      if (w.quoted() || !w.isWord()) {
        return false;
      }
      if (w.lower().equals("as")) {
        return k > i && k + 1 < n && toks.get(k + 1).isWord();
      }
    }
    return false;
  }
}
