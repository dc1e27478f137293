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
 * A noun of saying, judging or wanting ({@code nominal-cues.txt}) with a possessor before it and
 * a preposition or "that" after it: "The mayor's criticism of the harbour plan grew louder.",
 * "Her call for a recount was refused.", "Their claim that the pier is safe". The possessor
 * ("The mayor", "Her") is the source, the noun and its preposition the cue, and what follows up
 * to the next comma, semicolon or the end of the sentence the content. A noun that is a verb's
 * object after an article reports the verb's subject ("Roe made an urgent call for calm").
 * Without either it is no cue ("A call for papers went out.").
 */
final class NominalCueRule implements AttributionRule {
  /** The nouns that open an attribution ({@code nominal-cues.txt}). */
  static final Set<String> NOUNS = LexiconFile.words("nominal-cues.txt");

  /** What may follow the noun: the preposition of its complement, or "that". */
  private static final Set<String> LINKS = Set.of("of", "for", "on", "about", "against", "over", "that", "to");

  /** Possessive pronouns that are a whole possessor. */
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our");

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    int n = toks.size();
    Token t = toks.get(at);
    int received = ReceivedSupport.read(sentence, at); // "won the endorsement of X": X is the source
    if (received >= 0) {
      return received;
    }
    if (at < 1 || at + 2 >= n || t.quoted() || !NOUNS.contains(t.lower()) || t.isCapitalized() && at > 1) {
      return NO_MATCH;
    }
    Token link = toks.get(at + 1);
    Token first = toks.get(at + 2);
    if (link.quoted() || !LINKS.contains(link.lower()) || !(first.isWord() || first.quoted())) {
      return NO_MATCH;
    }
    if (link.lower().equals("to") && !(t.lower().equals("call") || t.lower().equals("calls")
        || t.lower().equals("pledge") || t.lower().equals("promise") || t.lower().equals("vow"))) {
      return NO_MATCH; // "his support to the party" is no content; "her call to end the strike" is
    }
    int[] possessor = possessor(toks, at - 1);
    if (possessor == null) {
      possessor = objectOfSubject(toks, at);
    }
    if (possessor == null) {
      return NO_MATCH;
    }
    int end = lastBeforeComma(toks, at + 2);
    String text = sentence.text;
    int p = sentence.paragraph;
    int cs = first.start();
    int ce = end + 1 == n ? trimEnd(text, cs, sentence.unit.end()) : toks.get(end).end();
    if (ce <= cs) {
      return NO_MATCH;
    }
    Span source = new Span(p, toks.get(possessor[0]).start(), toks.get(possessor[1]).end());
    Span cue = new Span(p, t.start(), link.end());
    sentence.out.add(new Found(source, cue, text.substring(cue.start(), cue.end()), List.of(new Span(p, cs, ce)),
        Stance.ASSERTS, -1, null));
    return end;
  }

  /**
   * The subject of the clause a possessive pronoun at {@code i} stands in, when one is named
   * before it: "Ann Roe is doubling down on her criticism of ..." gives "Ann Roe", "He has
   * stepped up his attacks on ..." gives "He". The nearest subject pronoun or name left of the
   * pronoun, not past a quote, a semicolon, a colon or a clause word; null when there is none.
   */
  static int @Nullable [] clauseSubject(List<Token> toks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      Token t = toks.get(k);
      String w = t.lower();
      if (t.quoted() || t.is(";") || t.is(":") || t.is(",") || t.isWord() && Words.CLAUSE.contains(w) && !Words.AUX.contains(w)) {
        return null;
      }
      if (SUBJECT_PRONOUNS.contains(w)) {
        return new int[] {k, k};
      }
      if (t.isWord() && t.isCapitalized() && !Words.OPENERS.contains(w) && !Words.TIME_WORDS.contains(w)) {
        int start = k;
        while (start - 1 >= 0 && !toks.get(start - 1).quoted() && toks.get(start - 1).isWord()
            && toks.get(start - 1).isCapitalized() && !Words.OPENERS.contains(toks.get(start - 1).lower())) {
          start--;
        }
        return new int[] {start, k};
      }
    }
    return null;
  }

  /** Articles that open the object a verb makes of a noun of saying: "made a call for ...". */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** The most words between the article and the noun: "a sharp new attack on ...". */
  private static final int MAX_MODIFIERS = 3;

  /**
   * When the noun at {@code at} heads the object of a verb ("Roe made an impassioned call for
   * ...", "He launched a fresh attack on ..."), the subject of that verb as
   * {@link #clauseSubject} finds it: an article, at most {@link #MAX_MODIFIERS} lower-case
   * modifiers, and right before the article a lower-case word that is no preposition,
   * determiner or clause word (the verb). Null when the noun is no such object or no subject is
   * named.
   */
  static int @Nullable [] objectOfSubject(List<Token> toks, int at) {
    int k = at - 1;
    while (k >= 0 && k >= at - MAX_MODIFIERS && !toks.get(k).quoted() && toks.get(k).isWord()
        && !toks.get(k).isCapitalized() && !ARTICLES.contains(toks.get(k).lower())
        && !Words.DETERMINERS.contains(toks.get(k).lower()) && !Words.CLAUSE.contains(toks.get(k).lower())
        && !Words.AUX.contains(toks.get(k).lower())) {
      k--;
    }
    if (k < 1 || toks.get(k).quoted() || !ARTICLES.contains(toks.get(k).lower())) {
      return null;
    }
    Token verb = toks.get(k - 1);
    String v = verb.lower();
    if (verb.quoted() || !verb.isWord() || verb.isCapitalized() || Words.ADJUNCT_PREP.contains(v)
        || Words.DETERMINERS.contains(v) || Words.CLAUSE.contains(v) || v.equals("of") || v.equals("to")
        || Words.TENSE_AUX.contains(v) || v.equals("is") || v.equals("was") || v.equals("be") || v.equals("been")) {
      return null;
    }
    int[] subject = clauseSubject(toks, k - 1);
    if (subject != null && Words.DETERMINERS.contains(toks.get(subject[1]).lower())) {
      return null; // "The storm raised ...": a capital that opens the sentence names no one
    }
    return subject;
  }

  /** Pronouns that are a whole subject of a clause. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

  /**
   * The first and last token of the possessor that ends at token {@code i}: a possessive
   * pronoun ("her"), or a noun phrase before "'s" ("the mayor's", "Ann Roe's"); null when
   * token {@code i} ends no possessor.
   */
  static int @Nullable [] possessor(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (t.quoted()) {
      return null;
    }
    if (POSSESSIVE_PRONOUNS.contains(t.lower())) {
      int[] subject = clauseSubject(toks, i);
      return subject != null ? subject : new int[] {i, i};
    }
    int head;
    if (t.is("'s") || t.is("\u2019s") || t.is("'") || t.is("\u2019")) {
      head = i - 1;
    } else if (t.lower().endsWith("'s") || t.lower().endsWith("\u2019s")) {
      head = i;
    } else {
      return null;
    }
    if (head < 0 || toks.get(head).quoted() || !toks.get(head).isWord()
        || Words.TIME_WORDS.contains(toks.get(head).lower().replaceFirst("['\u2019]s$", ""))) {
      return null;
    }
    int start = head;
    while (start - 1 >= 0 && start > head - 5 && !toks.get(start - 1).quoted()
        && (toks.get(start - 1).isWord() && toks.get(start - 1).isCapitalized()
            && !Words.OPENERS.contains(toks.get(start - 1).lower())
            || toks.get(start - 1).is("."))) {
      start--;
    }
    if (start == head && start - 1 >= 0 && !toks.get(start - 1).quoted()
        && (toks.get(start - 1).lower().equals("the") || toks.get(start - 1).lower().equals("a"))) {
      start--; // "the mayor's"
    }
    if (!toks.get(head).isCapitalized() && start == head) {
      return null; // "last year's call for ..." names no one
    }
    return new int[] {start, head};
  }

  /**
   * The last token of the phrase that starts at {@code from}: the token before the next comma or
   * semicolon outside quotation marks, or the sentence's last token.
   */
  static int lastBeforeComma(List<Token> toks, int from) {
    int end = from;
    while (end + 1 < toks.size()
        && (toks.get(end + 1).quoted() || !(toks.get(end + 1).is(",") || toks.get(end + 1).is(";")))) {
      end++;
    }
    return end;
  }
}
