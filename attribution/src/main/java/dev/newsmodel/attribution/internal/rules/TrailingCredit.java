package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleHead;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.QuoteSpan;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "“We will rebuild,” beamed Ann Roe." and "“The pier is closed,” the council statement read.":
 * a quote closed by a short clause of a subject and a verb the cue lexicon does not list. Used
 * by {@link QuoteFallbackRule}.
 */
final class TrailingCredit {
  private TrailingCredit() {}

  /**
   * "“…,” beamed X." / "“…,” the statement read.": a quote closed by a short clause of a
   * subject and a verb the cue lexicon does not list. Null when the words after the quote are
   * no such clause.
   */
  static @Nullable Found trailingCredit(String text, Unit unit, QuoteSpan q) {
    List<Token> toks = unit.tokens();
    Clause clause = clauseAfter(toks, q);
    if (clause == null) {
      return null;
    }
    int k = clause.from();
    int e = clause.to();
    int p = unit.paragraph();
    Token first = toks.get(k);
    String fw = first.lower();
    CreditWords credit = !first.isCapitalized() && !Words.PRONOUNS.contains(fw) && !Words.DETERMINERS.contains(fw)
        ? verbThenSource(toks, k, e) : sourceThenVerb(toks, k, e, clause.named());
    if (credit == null) {
      return null;
    }
    int srcFrom = credit.sourceFrom();
    int srcTo = credit.sourceTo();
    Token v = toks.get(credit.verb());
    String vw = v.lower();
    if (!v.isWord() || v.isCapitalized() || Words.AUX.contains(vw) || Words.CLAUSE.contains(vw)
        || Words.DETERMINERS.contains(vw) || Words.ACTION_VERBS.contains(vw) || vw.endsWith("ly")
        || Words.NOT_VERBS.contains(vw)) {
      return null;
    }
    int srcEnd = srcTo - 1;
    while (srcEnd > srcFrom && !toks.get(srcEnd).isWord()) {
      srcEnd--;
    }
    Span source = new Span(p, toks.get(srcFrom).start(), toks.get(srcEnd).end());
    int qs = q.start();
    return new Found(source, new Span(p, v.start(), v.end()), v.text(), List.of(new Span(p, qs, q.end())),
        Stance.ASSERTS, -1, null, true);
  }

  /** The tokens [from, to) of a short clause after a quote; {@code named} when it opens with a name. */
  record Clause(int from, int to, boolean named) {}

  /** The verb of a credit clause and its source's tokens [sourceFrom, sourceTo). */
  record CreditWords(int verb, int sourceFrom, int sourceTo) {}

  /**
   * The clause after quote {@code q} up to the next quote, past commas, without its final
   * punctuation: null when no quote ends right before it, or it is empty, too long or holds
   * anything but words, commas, periods and name joiners.
   */
  static @Nullable Clause clauseAfter(List<Token> toks, QuoteSpan q) {
    int n = toks.size();
    int k = 0;
    while (k < n && toks.get(k).start() < q.end()) {
      k++;
    }
    if (k == 0 || !toks.get(k - 1).quoted()) {
      return null;
    }
    while (k < n && toks.get(k).is(",")) {
      k++;
    }
    int e = n;
    // "“…,” Pike sings to the crowd before asking them, “…”": the clause runs to the next quote
    for (int i = k; i < n; i++) {
      if (toks.get(i).quoted()) {
        e = i;
        break;
      }
    }
    while (e > k && (toks.get(e - 1).is(".") || toks.get(e - 1).is(","))) {
      e--;
    }
    boolean named = k < e && toks.get(k).isCapitalized() && !Words.NOT_SUBJECTS.contains(toks.get(k).lower());
    if (k >= e || e - k > (named ? 16 : 9)) {
      return null;
    }
    for (int i = k; i < e; i++) {
      Token t = toks.get(i);
      if (t.quoted() || !(t.isWord() || t.is(",") || t.is(".") || isNameJoiner(toks, i))) {
        return null;
      }
    }
    return new Clause(k, e, named);
  }

  /** Inverted: "beamed X of Y" in tokens [k, e); null when no name follows the verb. */
  static @Nullable CreditWords verbThenSource(List<Token> toks, int k, int e) {
    int srcFrom = k + 1;
    int srcTo = srcFrom;
    while (srcTo < e && !toks.get(srcTo).is(",")) {
      srcTo++;
    }
    if (srcTo == srcFrom || !toks.get(srcFrom).isCapitalized() || Words.NOT_SUBJECTS.contains(toks.get(srcFrom).lower())) {
      return null;
    }
    return new CreditWords(k, srcFrom, srcTo);
  }

  /**
   * "X beamed", "the council statement read" in tokens [k, e): a name or a short noun phrase,
   * then the verb; null when the subject is implausible or too much follows the verb.
   */
  static @Nullable CreditWords sourceThenVerb(List<Token> toks, int k, int e, boolean named) {
    int srcFrom = k;
    int verb = k;
    while (verb < e && (toks.get(verb).isCapitalized() || Words.DETERMINERS.contains(toks.get(verb).lower())
        || isNameJoiner(toks, verb) || toks.get(verb).is(".") || verb == k)) {
      verb++;
    }
    while (verb < e - 1 && verb - k < 4 && !plausibleHead(toks.get(verb - 1)) && toks.get(verb).isWord()
        && !toks.get(verb).lower().endsWith("ed") && CueLexicon.lookup(toks.get(verb).lower()) == null) {
      verb++; // "the council statement read": a noun phrase of a few words
    }
    if (verb + 2 == e && toks.get(verb + 1).isWord() && !toks.get(verb + 1).isCapitalized()
        && !Words.ADJUNCT_PREP.contains(toks.get(verb + 1).lower()) && !toks.get(verb + 1).lower().endsWith("ly")
        && !toks.get(verb).lower().endsWith("ed") && CueLexicon.lookup(toks.get(verb).lower()) == null) {
      verb++; // "the council statement read": a compound noun before the verb
    }
    int srcTo = verb;
    if (e - verb > (named ? 13 : 6) || verb >= e || srcTo == srcFrom || !plausibleHead(toks.get(srcTo - 1))) {
      return null;
    }
    return new CreditWords(verb, srcFrom, srcTo);
  }
}
