package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Continuations.contentToEnd;
import static dev.newsmodel.attribution.internal.rules.Continuations.lastContentToken;
import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleSubject;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;
import java.util.Set;

/**
 * An adjective of attitude after a copula reports its subject's stance: "The mayor is confident
 * that the pier will hold", "She was sharply critical of the plan", "They remain opposed to the
 * fee", "He made clear that he would run". The subject is the source, the adjective the cue,
 * what its "that", "to" or preposition introduces the content. The adjectives are those of
 * {@code attitude-adjectives.txt}; "clear" only after "made (it)", where it reports a statement.
 * A subject pronoun contracted with its copula ("They’re supportive of", "we're sure that") is
 * one token; the pronoun inside it is the source.
 */
final class AttitudeRule implements AttributionRule {
  static final Set<String> ADJECTIVES = LexiconFile.words("attitude-adjectives.txt");

  /** Copulas before the adjective: "is", "remains", "seemed", "felt", "'s". */
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s",
      "\u2019s", "'re", "\u2019re", "'m", "\u2019m", "remain", "remains", "remained", "seem", "seems", "seemed",
      "appear", "appears", "appeared", "feel", "feels", "felt", "sound", "sounds", "sounded", "grew", "became");

  /** Degree words and negation between the copula and the adjective: "is not very sure". */
  private static final Set<String> DEGREES = Set.of("very", "so", "more", "less", "most", "too", "quite", "fairly",
      "not", "never", "also", "still", "now", "increasingly", "all", "no", "as", "n't", "\u2019t");

  /** What opens the content after the adjective. */
  private static final Set<String> LINKS = Set.of("that", "to", "of", "about", "with", "whether", "if", "on", "in",
      "for");

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    int n = toks.size();
    Token t = toks.get(at);
    String w = t.lower();
    if (!ADJECTIVES.contains(w) || t.quoted() || t.isCapitalized() || at < 1 || at + 2 >= n) {
      return NO_MATCH;
    }
    Token link = toks.get(at + 1);
    if (link.quoted() || !LINKS.contains(link.lower())) {
      return NO_MATCH;
    }
    int k = at - 1;
    while (k >= 0 && !toks.get(k).quoted() && toks.get(k).isWord()
        && (DEGREES.contains(toks.get(k).lower()) || toks.get(k).lower().endsWith("ly") && !toks.get(k).isCapitalized())) {
      k--;
    }
    if (k < 0 || toks.get(k).quoted()) { // k == 0 only for a contracted pronoun: "They’re sure that"
      return NO_MATCH;
    }
    String verb = toks.get(k).lower();
    if (w.equals("clear")) {
      // "made clear that", "made it clear that": a statement, not an impression
      if (k >= 1 && verb.equals("it")) {
        k--;
        verb = toks.get(k).lower();
      }
      if (!(verb.equals("made") || verb.equals("make") || verb.equals("makes") || verb.equals("making"))
          || !link.lower().equals("that")) {
        return NO_MATCH;
      }
    } else if (!COPULAS.contains(verb)) {
      // "They’re supportive of", "he's sure that": the tokenizer keeps a contraction in one
      // token, so the pronoun and its copula are read inside it, curly or straight apostrophe
      int stem = contractedCopula(toks.get(k));
      if (stem < 0) {
        return NO_MATCH;
      }
      Token pronoun = toks.get(k);
      return report(sentence, toks, at, link, new Span(sentence.paragraph, pronoun.start(), pronoun.start() + stem));
    }
    int subjectEnd = k - 1;
    while (subjectEnd >= 0 && !toks.get(subjectEnd).quoted() && toks.get(subjectEnd).isWord()
        && (Words.AUX.contains(toks.get(subjectEnd).lower()) && !Words.PRONOUNS.contains(toks.get(subjectEnd).lower()))) {
      subjectEnd--; // "has been", "will remain", "had made"
    }
    int[] subject = subjectBefore(toks, subjectEnd);
    if (subject == null) {
      return NO_MATCH;
    }
    return report(sentence, toks, at, link,
        new Span(sentence.paragraph, toks.get(subject[0]).start(), toks.get(subject[1]).end()));
  }

  /**
   * Adds the attitude of adjective {@code at}, whose content opens at {@code link}, to
   * {@code source}; returns the last token read, or {@link #NO_MATCH} when no content follows.
   */
  private static int report(Sentence sentence, List<Token> toks, int at, Token link, Span source) {
    int n = toks.size();
    Token t = toks.get(at);
    String w = t.lower();
    int from = at + 1;
    if (link.lower().equals("that")) {
      from++;
    }
    if (from >= n || !hasWord(toks, from, n)) {
      return NO_MATCH;
    }
    int p = sentence.paragraph;
    Span content = contentToEnd(sentence.text, toks, p, from, sentence.unit);
    if (content.end() <= content.start()) {
      return NO_MATCH;
    }
    Stance stance = w.equals("clear") || w.equals("certain") || w.equals("sure") || w.equals("convinced")
        || w.equals("confident") || w.equals("adamant") || w.equals("emphatic") || w.equals("insistent")
        ? Stance.ASSERTS : Stance.UNCERTAIN;
    sentence.out.add(new Found(source, new Span(p, t.start(), t.end()), t.text(), List.of(content), stance, -1, null));
    return lastContentToken(toks, from);
  }

  /**
   * The length of the subject pronoun in a pronoun contracted with its copula ("they’re",
   * "we're", "she’s", "I'm"; either apostrophe), or -1 for any other token. "it" and "you" are
   * left out, as {@link #subjectBefore} leaves them out: they seldom name who holds a view; so
   * is "who's", a question or a relative whose antecedent this rule does not look for.
   */
  static int contractedCopula(Token tok) {
    String w = tok.lower();
    int a = w.endsWith("re") ? w.length() - 3 : w.endsWith("s") || w.endsWith("m") ? w.length() - 2 : -1;
    if (a < 1 || tok.quoted() || w.charAt(a) != '\'' && w.charAt(a) != '\u2019') {
      return -1;
    }
    String pronoun = w.substring(0, a);
    return Words.PRONOUNS.contains(pronoun) && !pronoun.equals("it") && !pronoun.equals("you")
        && !pronoun.equals("who") ? a : -1;
  }

  /**
   * The subject that ends at token {@code e}: a subject pronoun, or a name or source noun after
   * its determiner and modifiers (up to five words), that opens the unit or follows a comma, a
   * conjunction or a clause word; as {start, end inclusive}, or null. Null too when the walk
   * reached its bound after crossing a preposition before a number or time word ("in 2019"),
   * where the subject's opening is not known.
   */
  static int[] subjectBefore(List<Token> toks, int e) {
    if (e < 0 || toks.get(e).quoted() || !toks.get(e).isWord()) {
      return null;
    }
    String h = toks.get(e).lower();
    if (Words.PRONOUNS.contains(h) && !h.equals("it") && !h.equals("you")) {
      return new int[] {e, e};
    }
    int s = e;
    while (s > 0 && e - s < 5 && !toks.get(s - 1).quoted() && toks.get(s - 1).isWord()
        && !Words.CLAUSE.contains(toks.get(s - 1).lower()) && !Words.AUX.contains(toks.get(s - 1).lower())
        && !(toks.get(s - 1).lower().equals("and") || toks.get(s - 1).lower().equals("but"))) {
      s--;
    }
    boolean cut = e - s >= 5 && s > 0 && toks.get(s - 1).isWord() && !toks.get(s - 1).quoted();
    while (s < e && Words.OPENERS.contains(toks.get(s).lower())) {
      s++;
    }
    if (!plausibleSubject(toks, s, e) || Words.PRONOUNS.contains(h)) {
      return null;
    }
    for (int i = s; cut && i < e; i++) {
      Token next = toks.get(i + 1);
      if (Words.ADJUNCT_PREP.contains(toks.get(i).lower())
          && (Character.isDigit(next.text().charAt(0)) || Words.TIME_WORDS.contains(next.lower()))) {
        // the walk hit its bound after crossing an adverbial of time ("a profile of the pilot
        // in 2019 fellow captains seemed eager"): where the subject opens is not known, and a
        // guess runs into the phrase before it
        return null;
      }
    }
    return new int[] {s, e};
  }
}
