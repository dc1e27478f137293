package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleHead;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;
import static dev.newsmodel.attribution.internal.rules.Tokens.quoteContent;
import static dev.newsmodel.attribution.internal.rules.Tokens.quotedOnly;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit all in quotes whose credit is the next unit, because a question or exclamation mark
 * ended the sentence first: "“Who will pay for the pier?” Roe asked." or "“Who pays?” asked Ann
 * Roe." The credit unit is read with the quote and skipped after.
 */
final class QuoteCreditRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    Unit unit = sentence.unit;
    int u = sentence.index;
    if (!quotedOnly(unit) || u + 1 >= sentence.units.size()) {
      return NO_MATCH;
    }
    Found credit = creditUnit(sentence.text, sentence.units.get(u + 1), quoteContent(sentence.text, unit));
    if (credit == null) {
      return NO_MATCH;
    }
    ArticleContext recent = sentence.context;
    List<Found> found = sentence.out;
    int p = sentence.paragraph;
    found.add(credit);
    recent.lastAny = found.size() - 1;
    recent.lastAnyParagraph = p;
    recent.lastDirect = recent.lastAny;
    recent.lastDirectParagraph = p;
    return at;
  }

  /**
   * Whether {@code t} opens an adjunct of the cue rather than its content: a preposition ("Roe
   * said at a rally ...") or a clause of time or reason ("... said as she cut the ribbon").
   */
  static boolean opensAdjunct(Token t) {
    String w = t.lower();
    return !t.quoted() && t.isWord() && (Words.ADJUNCT_PREP.contains(w)
        || Words.SUBORDINATORS.contains(w) && !w.equals("if") && !w.equals("unless") && !w.equals("once")
            && !w.equals("although") && !w.equals("though") && !w.equals("whereas"));
  }

  /**
   * A unit that only credits the quote before it: "Vitter demanded.", "he said, ...", "asked
   * Smith." (a subject of at most six words and a speech cue, or the cue and a name). Null when
   * the unit is anything else.
   */
  static @Nullable Found creditUnit(String text, Unit unit, Span quote) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    if (n < 2 || toks.get(0).quoted()) {
      return null;
    }
    int p = unit.paragraph();
    Token first = toks.get(0);
    CueLexicon.Entry firstCue = CueLexicon.lookup(first.lower());
    if (!first.isCapitalized() && firstCue != null && firstCue.kind() != CueLexicon.Kind.WEAK
        && !Words.PRONOUNS.contains(first.lower())) {
      return invertedCredit(toks, p, firstCue, quote);
    }
    int k = 0;
    if (Words.PRONOUNS.contains(first.lower()) && !first.lower().equals("it") && !first.lower().equals("you")) {
      k = 1;
    } else {
      while (k < n && k < 6 && !toks.get(k).quoted() && (toks.get(k).isCapitalized() || isNameJoiner(toks, k)
          || toks.get(k).is(".") && k > 0 || k == 0 && Words.DETERMINERS.contains(toks.get(k).lower())
          || k > 0 && Words.DETERMINERS.contains(toks.get(0).lower()) && toks.get(k).isWord()
              && CueLexicon.lookup(toks.get(k).lower()) == null)) {
        k++;
      }
      if (k == 0 || Words.NOT_SUBJECTS.contains(first.lower()) && !Words.DETERMINERS.contains(first.lower())
          || !plausibleHead(toks.get(k - 1))) {
        return null;
      }
    }
    if (k >= n || toks.get(k).quoted()) {
      return null;
    }
    CueLexicon.Entry cue = CueLexicon.lookup(toks.get(k).lower());
    if (cue == null || cue.kind() == CueLexicon.Kind.WEAK || toks.get(k).isCapitalized()) {
      return null;
    }
    int after = k + 1;
    if (after < n && !(toks.get(after).is(",") || toks.get(after).is(".")) && !(after + 1 >= n && toks.get(after).isWord())
        && !opensAdjunct(toks.get(after))) {
      return null; // "He said the plan ...": the unit has content of its own
    }
    int se = k - 1;
    while (se > 0 && !toks.get(se).isWord()) {
      se--;
    }
    Token v = toks.get(k);
    return new Found(new Span(p, first.start(), toks.get(se).end()), new Span(p, v.start(), v.end()), v.text(),
        List.of(quote), cue.stance(), -1, null);
  }

  /** "asked Smith.": a unit of a cue ({@code firstCue}, its first token) and a name crediting {@code quote}; null when it is not. */
  static @Nullable Found invertedCredit(List<Token> toks, int p, CueLexicon.Entry firstCue, Span quote) {
    int n = toks.size();
    Token first = toks.get(0);
    int e = 1;
    while (e < n && e <= 7 && !toks.get(e).quoted() && (toks.get(e).isCapitalized() || isNameJoiner(toks, e)
        || toks.get(e).is(".") && e + 1 < n)) {
      e++;
    }
    if (e == 1 || !toks.get(1).isCapitalized() || Words.NOT_SUBJECTS.contains(toks.get(1).lower())
        || e < n && !(toks.get(e).is(",") || toks.get(e).is("."))) {
      return null;
    }
    while (e > 1 && !toks.get(e - 1).isWord()) {
      e--;
    }
    return new Found(new Span(p, toks.get(1).start(), toks.get(e - 1).end()), new Span(p, first.start(), first.end()),
        first.text(), List.of(quote), firstCue.stance(), -1, null);
  }
}
