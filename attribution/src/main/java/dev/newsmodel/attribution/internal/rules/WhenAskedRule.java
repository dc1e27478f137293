package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;

/**
 * "When asked by reporters whether the pier was safe, Roe said ...": the question is an
 * attribution of its own, to the asker when named ("reporters"), else to no one. So is one that
 * closes a credit ("“It is safe,” Roe said when asked about the storm."), which the credit's
 * content does not take.
 */
final class WhenAskedRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    if (at == 0 || !toks.get(at).lower().equals("asked") || !QUESTION_OPENERS.contains(toks.get(at - 1).lower())) {
      return NO_MATCH;
    }
    int end = whenAsked(sentence.text, sentence.unit, at, sentence.out, false);
    return end > at ? end : NO_MATCH;
  }

  /** Subordinators that open a question closing a credit: "…,” Roe said when asked whether …". */
  private static final java.util.Set<String> CLOSING_OPENERS = java.util.Set.of("when", "after", "while", "if");

  /**
   * "“It is safe,” Roe said when asked whether …": a question after a credit, inside the content
   * the credit took, is an attribution of its own running to the unit's end. Returns the index
   * of its last token, or {@link #NO_MATCH}.
   */
  static int closingQuestion(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    if (at == 0 || !toks.get(at).lower().equals("asked") || toks.get(at - 1).quoted()
        || !CLOSING_OPENERS.contains(toks.get(at - 1).lower())) {
      return NO_MATCH;
    }
    int end = whenAsked(sentence.text, sentence.unit, at, sentence.out, true);
    return end > at ? end : NO_MATCH;
  }

  static final java.util.Set<String> QUESTION_OPENERS = LexiconFile.words("question-openers.txt");
  static final java.util.Set<String> QUESTION_WORDS = LexiconFile.words("question-words.txt");

  /**
   * "When asked (by X) whether/about …, Y said …": the question is an attribution of its own,
   * to the asker when named, else to no one. Returns the index of the comma that ends it, or -1;
   * when {@code closing} (a question after a credit) the unit's end may end it too.
   */
  static int whenAsked(String text, Unit unit, int c, List<Found> out, boolean closing) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int k = c + 1;
    Span source = null;
    int p = unit.paragraph();
    if (k < n && toks.get(k).lower().equals("by")) {
      int s = k + 1;
      int e = s;
      while (e < n && e < s + 8 && !toks.get(e).quoted() && toks.get(e).isWord() && !QUESTION_WORDS.contains(toks.get(e).lower())
          && !Words.TIME_WORDS.contains(toks.get(e).lower())) {
        e++;
      }
      if (e == s) {
        return -1;
      }
      source = new Span(p, toks.get(s).start(), toks.get(e - 1).end());
      k = e;
      while (k < n && !toks.get(k).quoted() && toks.get(k).isWord() && Words.TIME_WORDS.contains(toks.get(k).lower())
          && !QUESTION_WORDS.contains(toks.get(k).lower()) && k < e + 3) {
        k++;
      }
    }
    if (k >= n || toks.get(k).quoted() || !QUESTION_WORDS.contains(toks.get(k).lower())) {
      return -1;
    }
    int e = k + 1;
    while (e < n && !(toks.get(e).is(",") && !toks.get(e).quoted())) {
      e++;
    }
    if (e - k < 3 || e >= n && (!closing || toks.get(k).lower().equals("to"))) {
      return -1;
    }
    int cs = toks.get(k).start();
    // "…,” Roe said when asked whether …": a question closing the unit runs to its end
    int ce = e >= n ? trimEnd(text, cs, unit.end()) : trimEnd(text, cs, toks.get(e).start());
    out.add(new Found(source, new Span(p, toks.get(c).start(), toks.get(c).end()), toks.get(c).text(),
        List.of(new Span(p, cs, ce)), Stance.ASSERTS, -1, null, true));
    return Math.min(e, n - 1);
  }
}
