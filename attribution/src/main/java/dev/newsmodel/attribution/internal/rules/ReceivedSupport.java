package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Support received: "The mayor won the endorsement of the dock union", "She has the backing of
 * most councillors", "Roe drew strong support from fishermen". The noun phrase after "of" or
 * "from" gives the support and is the source; the verb's subject, what the support is for, is
 * the content; the cue runs from the verb to the preposition. Read as a noun of saying with the
 * verb's subject as its source ({@link NominalCueRule}), the roles would come out the wrong way
 * round. The verbs are those of {@code receiving-verbs.txt}; a negation or modal before the verb
 * ("has not won", "could win") reports no support given and is left alone, and "has" or "had"
 * is the verb only right before a determiner ("has the backing of", not "has lost the backing of").
 */
final class ReceivedSupport {
  private ReceivedSupport() {}

  /** Nouns of support given, singular and plural. */
  static final Set<String> NOUNS = Set.of("support", "backing", "endorsement", "endorsements", "blessing");

  /** Verbs of winning or holding ({@code receiving-verbs.txt}). */
  static final Set<String> VERBS = LexiconFile.words("receiving-verbs.txt");

  /** Words between the verb and the noun: "won the early and enthusiastic support of". */
  private static final int MAX_MODIFIERS = 4;

  /** Words before the verb that make the support not given (or not yet). */
  private static final Set<String> NOT_GIVEN = Set.of("not", "never", "no", "to", "can", "could", "will", "would",
      "may", "might", "must", "should", "cannot", "n't", "\u2019t");

  /** Modifiers that make the support none: "has no support from", "won little backing of". */
  private static final Set<String> NONE = Set.of("no", "little", "any", "less");

  /**
   * Reads the noun of support at {@code at}; returns the last token read, or
   * {@link AttributionRule#NO_MATCH} when it is no support received.
   */
  static int read(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    int n = toks.size();
    Token noun = toks.get(at);
    if (at < 2 || at + 2 >= n || noun.quoted() || !NOUNS.contains(noun.lower())) {
      return AttributionRule.NO_MATCH;
    }
    Token link = toks.get(at + 1);
    Token first = toks.get(at + 2);
    if (link.quoted() || !(link.lower().equals("of") || link.lower().equals("from")) || !first.isWord()
        || first.quoted()) {
      return AttributionRule.NO_MATCH;
    }
    int v = verbBefore(toks, at);
    if (v < 1) {
      return AttributionRule.NO_MATCH;
    }
    int[] subject = subjectOf(toks, v);
    if (subject == null || Words.DETERMINERS.contains(toks.get(subject[1]).lower())) {
      return AttributionRule.NO_MATCH;
    }
    int end = NominalCueRule.lastBeforeComma(toks, at + 2);
    String text = sentence.text;
    int p = sentence.paragraph;
    int ss = first.start();
    int se = end + 1 == n ? trimEnd(text, ss, sentence.unit.end()) : toks.get(end).end();
    if (se <= ss) {
      return AttributionRule.NO_MATCH;
    }
    Span source = new Span(p, ss, se);
    Span content = new Span(p, toks.get(subject[0]).start(), toks.get(subject[1]).end());
    Span cue = new Span(p, toks.get(v).start(), link.end());
    sentence.out.add(new Found(source, cue, text.substring(cue.start(), cue.end()), List.of(content),
        Stance.ASSERTS, -1, null));
    return end;
  }

  /**
   * The verb of receiving whose object the noun at {@code at} heads, past at most
   * {@link #MAX_MODIFIERS} lower-case words (an article, adjectives, adverbs); -1 when there is
   * none, when a modifier makes the support none, or when a negation or modal stands before it.
   */
  private static int verbBefore(List<Token> toks, int at) {
    int k = at - 1;
    while (k >= 0 && at - k <= MAX_MODIFIERS && !toks.get(k).quoted() && toks.get(k).isWord()
        && !toks.get(k).isCapitalized() && !VERBS.contains(toks.get(k).lower())) {
      String w = toks.get(k).lower();
      if (NONE.contains(w) || w.equals("of") || Words.CLAUSE.contains(w) && !w.equals("the") && !w.equals("a") && !w.equals("an")
          || Words.ADJUNCT_PREP.contains(w)) {
        return -1;
      }
      k--;
    }
    if (k < 1 || toks.get(k).quoted() || !toks.get(k).isWord() || !VERBS.contains(toks.get(k).lower())) {
      return -1;
    }
    String verb = toks.get(k).lower();
    if ((verb.equals("has") || verb.equals("had")) && k + 1 < at && !Words.DETERMINERS.contains(toks.get(k + 1).lower())) {
      return -1; // "has lost the backing of", "has locked up endorsements": the word after "has" is the verb
    }
    String before = toks.get(k - 1).lower();
    if (NOT_GIVEN.contains(before) || before.endsWith("n't") || before.endsWith("n\u2019t")) {
      return -1;
    }
    return k;
  }

  /**
   * The subject of the verb at {@code v}, past auxiliaries and adverbs: a name or subject pronoun
   * ({@link NominalCueRule#clauseSubject}: "Ann Roe has also"), or a common noun's phrase as
   * {@link AttitudeRule#subjectBefore} reads it ("The county's senior senator has"); null when
   * there is none.
   */
  private static int @Nullable [] subjectOf(List<Token> toks, int v) {
    int e = v - 1;
    while (e >= 0 && !toks.get(e).quoted() && toks.get(e).isWord() && Words.AUX.contains(toks.get(e).lower())
        && !Words.PRONOUNS.contains(toks.get(e).lower())) {
      e--;
    }
    if (e < 0 || toks.get(e).isCapitalized() || Words.PRONOUNS.contains(toks.get(e).lower())) {
      return NominalCueRule.clauseSubject(toks, v); // a name or pronoun: no reading past it
    }
    return AttitudeRule.subjectBefore(toks, e); // a common noun's phrase: "the bill", "The Texas senator"
  }
}
