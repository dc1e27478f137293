package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.SourceNouns;
import dev.newsmodel.attribution.internal.SourceResolver;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Noun phrases that can be the source of a statement: the one that opens a unit ("Democratic
 * nominee Jane Roe", "He", "The group"), a looser one headed by a common noun, and the tests of
 * whether a head word is a plausible speaker.
 */
final class Subjects {
  private Subjects() {}

  /** Prepositions that open a sentence with an adjunct before its subject. */
  static final java.util.Set<String> ADJUNCT_OPENERS = LexiconFile.words("adjunct-openers.txt");

  /**
   * The noun phrase that opens a unit ("Democratic nominee Hillary Clinton", "He", "The
   * group"), as token indexes {start, end exclusive}, or null when the unit opens otherwise.
   * An opening participle or time phrase closed by a comma is passed over ("Pressed about the
   * budget, the mayor ...": the mayor), see {@link #openingPhraseEnd}.
   */
  static int @Nullable [] initialSubject(List<Token> toks, int limit) {
    return initialSubject(toks, limit, true);
  }

  /**
   * {@link #initialSubject(List, int)}, past an opening participle or time phrase ("Walking to
   * the car, the mayor ...", "Hours later, the mayor ...") only when {@code pastOpeningPhrase}:
   * {@link SubjectVerbRule} reads a stance from a bare opening subject and its verb ("Roe
   * openly admires ..."), and after such a phrase the clause mostly tells an act ("Elbowing
   * past the guards, they crashed the meeting"), so it keeps to subjects that open the unit.
   */
  static int @Nullable [] initialSubject(List<Token> toks, int limit, boolean pastOpeningPhrase) {
    int i = pastOpeners(toks, limit);
    if (i < limit && !toks.get(i).quoted() && toks.get(i).lower().equals("as")) {
      // "As voters lined up, the campaign accused ...": the subject follows the "as" clause;
      // "As the mayor put it, ..." (a cue inside) keeps its speaker, read without the "As"
      int close = asClauseEnd(toks, i, limit);
      int[] after = close > i ? initialSubjectFrom(toks, close + 1, limit) : null;
      return after != null ? after : initialSubjectFrom(toks, i + 1, limit);
    }
    int comma = pastOpeningPhrase ? openingPhraseEnd(toks, i, limit) : -1;
    if (comma > i) {
      // "Walking to the car, the mayor ...", "Hours later, the mayor ...": the subject follows the phrase
      int[] after = initialSubjectFrom(toks, comma + 1, limit);
      if (after != null) {
        return after;
      }
    }
    return initialSubjectFrom(toks, i, limit);
  }

  /**
   * The comma that closes a participle or time phrase opening the unit (past a dateline and
   * sentence openers, see {@link #openingPhraseEnd}), or -1. A comma that closes such a phrase
   * ends no subject: "Hours later, the mayor ..." has no speaker "Hours later".
   */
  static int openingPhraseComma(List<Token> toks, int limit) {
    return openingPhraseEnd(toks, pastOpeners(toks, limit), limit);
  }

  /** The first token after the unit's dateline and its openers ("But", "However,", "Essentially,"). */
  private static int pastOpeners(List<Token> toks, int limit) {
    int i = datelineEnd(toks, limit);
    while (i < limit && !toks.get(i).quoted() && (Words.OPENERS.contains(toks.get(i).lower()) || toks.get(i).is(",")
        || openingAdverb(toks, i))) {
      i++;
    }
    return i;
  }

  /** The most tokens an opening "as" clause may span before its comma. */
  private static final int MAX_AS_CLAUSE = 30;

  /**
   * The comma that closes an "as" clause opening the unit at token {@code as} ("As voters lined
   * up outside the school,"), within {@link #MAX_AS_CLAUSE} tokens, or -1: none there, a quote
   * or a semicolon comes first, or a cue of the lexicon or "put" ("put it") stands inside (not a
   * form in -ing, mostly a noun there: "the polling stations"), since
   * "As the mayor put it," and "As Roe said," credit what follows to their subject.
   */
  static int asClauseEnd(List<Token> toks, int as, int limit) {
    int end = Math.min(limit, as + MAX_AS_CLAUSE);
    for (int k = as + 1; k < end; k++) {
      Token t = toks.get(k);
      if (t.quoted() || t.is(";") || t.is(":")) {
        return -1;
      }
      if (t.is(",")) {
        return k > as + 2 ? k : -1;
      }
      String w = t.lower();
      if (t.isWord() && !t.isCapitalized() && !w.endsWith("ing") && (CueLexicon.lookup(w) != null || w.equals("put"))) {
        return -1;
      }
    }
    return -1;
  }

  /** The most tokens an opening participle or time phrase may span before its comma. */
  private static final int MAX_OPENING_PHRASE = 14;

  /** Words after a unit of time that make an opening time phrase: "Hours later", "Days after the vote". */
  private static final java.util.Set<String> TIME_RELATIONS = java.util.Set.of("later", "ago", "after", "earlier",
      "before", "into");

  /**
   * The comma that closes a phrase opening the unit at token {@code i} before its subject, or
   * -1: a participle phrase ("Walking to the car,", "Pressed about the budget,", "Having
   * announced the cuts,") or a time phrase ("Hours later,", "Two weeks after the vote,",
   * "Moments before the count,"). Such a phrase holds no subject, and a rule that reads the
   * opening subject would otherwise take its first word ("Walking", "Hours") as the speaker. A
   * capitalised word in -ing or -ed counts only before a preposition, a determiner, a
   * participle ("Having announced") or a lower-case word that is no cue, auxiliary or pronoun
   * ("Rallying hundreds of workers,", "Utilizing green language,"), so that names ("Manning
   * said", "Manning has") and compounds ("Oscar-winning actress Ann Roe") stay subjects.
   */
  static int openingPhraseEnd(List<Token> toks, int i, int limit) {
    if (i + 2 >= limit || toks.get(i).quoted() || !toks.get(i).isWord() || toks.get(i + 1).quoted()
        || !toks.get(i + 1).isWord() || toks.get(i + 1).isCapitalized()) {
      return -1;
    }
    String w = toks.get(i).lower();
    String next = toks.get(i + 1).lower();
    boolean participle = toks.get(i).isCapitalized() && w.length() >= 6 && (w.endsWith("ing") || w.endsWith("ed"))
        && (ADJUNCT_OPENERS.contains(next) || Words.DETERMINERS.contains(next) || next.equals("to")
            || next.equals("about") || (w.equals("having") || w.equals("being")) && next.endsWith("ed")
            || w.indexOf('-') < 0 && !Words.AUX.contains(next) && CueLexicon.lookup(next) == null
                && !Words.PRONOUNS.contains(next));
    boolean time = false;
    for (int k = i; k < i + 3 && k + 1 < limit && !participle; k++) {
      if (Words.TIME_UNITS.contains(toks.get(k).lower()) && !toks.get(k + 1).quoted()
          && TIME_RELATIONS.contains(toks.get(k + 1).lower())) {
        time = true;
        break;
      }
    }
    if (!participle && !time) {
      return -1;
    }
    for (int k = i + 1; k < limit && k <= i + MAX_OPENING_PHRASE; k++) {
      Token t = toks.get(k);
      if (t.quoted()) {
        return -1;
      }
      if (t.is(",")) {
        return k;
      }
    }
    return -1;
  }

  /** {@link #initialSubject} read from token {@code i}, past the unit's openers. */
  private static int @Nullable [] initialSubjectFrom(List<Token> toks, int i, int limit) {
    if (i < limit && ADJUNCT_OPENERS.contains(toks.get(i).lower())) {
      // "In South Carolina, he ...", "By the end of the day, X ...": skip the opening adjunct
      int k = i + 1;
      while (k < limit && k < i + 12 && !toks.get(k).is(",") && !toks.get(k).quoted()) {
        k++;
      }
      if (k >= limit || k >= i + 12 || !toks.get(k).is(",")) {
        return null;
      }
      i = k + 1;
    }
    int start = i;
    int head = -1;
    if (i < limit && shoutedOrContracted(toks, i)) {
      return null;
    }
    if (i < limit && Words.NOT_SUBJECTS.contains(toks.get(i).lower()) && !Words.DETERMINERS.contains(toks.get(i).lower())) {
      return null; // "During ...", "Although ...": the sentence opens with an adjunct
    }
    if (i < limit && ADJUNCT_OPENERS.contains(toks.get(i).lower())) {
      return null;
    }
    while (i < limit && i - start < 9) {
      Token t = toks.get(i);
      if (t.quoted()) {
        break;
      }
      String w = t.lower();
      if (t.isWord() && (t.isCapitalized() && !(i > start && CueLexicon.lookup(w) != null && !Words.PRONOUNS.contains(w)))) {
        head = i;
      } else if (t.isWord() && Words.PRONOUNS.contains(w) && i == start) {
        head = i;
        i++;
        break;
      } else if (t.isWord() && (SourceNouns.isSourceNoun(w) || Words.DETERMINERS.contains(w) && !w.equals("in")
          && !w.equals("on") && !w.equals("at") && !w.equals("as") && !w.equals("for") && !w.equals("with")
          && !w.equals("by") && !w.equals("from") && !w.equals("about") || SourceResolver.TITLE_WORDS.contains(w))) {
        if (SourceNouns.isSourceNoun(w)) {
          head = i;
        }
      } else if (!(isNameJoiner(toks, i) || t.is(".") || t.is("(") || t.is(")") || t.is("-"))) {
        break;
      }
      i++;
    }
    if (head < 0 || i > limit) {
      return null;
    }
    return new int[] {start, head + 1};
  }

  /**
   * Whether token {@code i} is an adverb in -ly that opens the sentence before its subject:
   * followed by a comma ("Essentially, the lawyers ...") or by a preposition or subordinator that
   * opens an adjunct ("Shortly after the vote, ..."). Six letters at least and no "-lly" but
   * "-ally" and "-ully", so that names ("Kelly", "Emily") stay names.
   */
  static boolean openingAdverb(List<Token> toks, int i) {
    Token t = toks.get(i);
    String w = t.lower();
    if (t.quoted() || !t.isWord() || w.length() < 6 || !w.endsWith("ly") || i + 1 >= toks.size()
        || w.endsWith("lly") && !w.endsWith("ally") && !w.endsWith("ully")) {
      return false;
    }
    Token next = toks.get(i + 1);
    return !next.quoted() && (next.is(",") || ADJUNCT_OPENERS.contains(next.lower())
        || Words.SUBORDINATORS.contains(next.lower()));
  }

  /**
   * The first token after a dateline that opens the unit ("WASHINGTON — ...", "Paris (Reuters)
   * – ...", "BOSTON, March 3 (AP) -- ..."): names, dates and an agency's parenthesis up to a
   * dash, the first word in capitals or the last token before the dash a closing parenthesis.
   * 0 when the unit opens with no dateline.
   */
  static int datelineEnd(List<Token> toks, int limit) {
    int n = Math.min(limit, Math.min(toks.size(), 14));
    for (int d = 1; d < n; d++) {
      Token t = toks.get(d);
      if (t.quoted()) {
        return 0;
      }
      if (t.is("\u2014") || t.is("\u2013") || t.is("--") || t.is("-")) {
        Token first = toks.get(0);
        boolean shouted = first.isWord() && first.text().length() > 1
            && first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT));
        return shouted || toks.get(d - 1).is(")") ? d + 1 : 0;
      }
      if (!(t.isWord() && (t.isCapitalized() || Character.isDigit(t.text().charAt(0))) || t.is(",") || t.is(".")
          || t.is("(") || t.is(")"))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * The noun phrase that opens a unit when {@link #initialSubject} finds none because its head
   * is a common noun ("The ad ends with ...", "the young ones refuse ..."): up to six words
   * before the first word that reads as a verb (an auxiliary, a cue, a form ending in -ed), all
   * before offset {@code before}. Token indexes {start, end exclusive}, or null.
   */
  static int @Nullable [] looseSubject(List<Token> toks, int before) {
    int n = toks.size();
    int i = 0;
    while (i < n && !toks.get(i).quoted() && (Words.OPENERS.contains(toks.get(i).lower()) || toks.get(i).is(","))) {
      i++;
    }
    if (i >= n || toks.get(i).quoted() || !toks.get(i).isWord() || toks.get(i).end() > before) {
      return null;
    }
    String first = toks.get(i).lower();
    if (shoutedOrContracted(toks, i) || ADJUNCT_OPENERS.contains(first) || Words.NOT_SUBJECTS.contains(first) && !Words.DETERMINERS.contains(first)
        || Words.CLAUSE.contains(first) || first.endsWith("ing") || first.endsWith("ly")) {
      return null;
    }
    int start = i;
    for (int k = i; k < n && k - start <= 6; k++) {
      Token t = toks.get(k);
      if (t.quoted() || t.end() > before) {
        return null;
      }
      String w = t.lower();
      if (k > start && t.isWord() && !t.isCapitalized() && (Words.AUX.contains(w) || Words.VERBS.contains(w)
          || CueLexicon.lookup(w) != null || w.endsWith("ed") || Words.ACTION_VERBS.contains(w))) {
        return Words.DETERMINERS.contains(toks.get(k - 1).lower()) ? null : new int[] {start, k};
      }
      if (!(t.isWord() || isNameJoiner(toks, k) || t.is("."))) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the words from {@code i} are no subject for all their capitals: a dateline or a
   * heading in capitals ("LOS ANGELES, ...", "CONGRESS ACTS —": two words in capitals), or
   * "Here's" / "There's".
   */
  static boolean shoutedOrContracted(List<Token> toks, int i) {
    Token t = toks.get(i);
    String w = t.lower();
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
    if (apostrophe > 0 && Words.NOT_SUBJECTS.contains(w.substring(0, apostrophe))) {
      return true;
    }
    return t.text().length() > 1 && t.isWord() && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
        && Character.isLetter(t.text().charAt(1)) && i + 1 < toks.size()
        && toks.get(i + 1).isWord() && toks.get(i + 1).text().length() > 1
        && toks.get(i + 1).text().equals(toks.get(i + 1).text().toUpperCase(java.util.Locale.ROOT))
        && Character.isLetter(toks.get(i + 1).text().charAt(0));
  }

  /**
   * For a cue at {@code c} inside an earlier cue's content, the index of the conjunction ("and",
   * "but", ";") that opens its clause when a subject stands between them, else -1.
   */
  static int conjoinedSubjectStart(List<Token> toks, int c) {
    int j = c - 1;
    int words = 0;
    while (j >= 0 && words < 8) {
      Token t = toks.get(j);
      if (t.quoted()) {
        return -1;
      }
      String w = t.lower();
      if (w.equals("and") || w.equals("but") || w.equals(";") || w.equals("while")) {
        return words > 0 && j + 1 < c && hasSubjectWord(toks, j + 1, c) ? j : -1;
      }
      if (!t.isWord() && !t.is(".")) {
        return -1;
      }
      if (Words.CLAUSE.contains(w) && !Words.AUX.contains(w)) {
        return -1;
      }
      words++;
      j--;
    }
    return -1;
  }

  /**
   * For a cue at {@code c} inside an earlier cue's content, the index of the comma that opens its
   * clause when a subject pronoun or a name (up to three capitalised words) stands between them,
   * past auxiliaries and -ly adverbs: "While he conceded the storm was severe, he maintained that
   * ..."; -1 otherwise, and for a parenthetical cue followed by a comma ("the pier, she said, ...").
   * A comma after the cue that opens a participle of saying ("..., Roe said, adding that ...")
   * closes a credit, not a parenthetical: the credit opens its clause as well.
   */
  static int commaSubjectStart(List<Token> toks, int c) {
    int n = toks.size();
    if (c + 1 < n && toks.get(c + 1).is(",") && !(c + 2 < n && !toks.get(c + 2).quoted()
        && Continuations.participleCue(toks.get(c + 2).lower()))) {
      return -1;
    }
    int j = c - 1;
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord()
        && (Words.AUX.contains(toks.get(j).lower()) || toks.get(j).lower().endsWith("ly") && !toks.get(j).isCapitalized())) {
      j--;
    }
    int words = 0;
    boolean pronoun = false;
    while (j >= 0 && words < 3 && !toks.get(j).quoted() && toks.get(j).isWord()) {
      String w = toks.get(j).lower();
      if (SUBJECT_PRONOUNS.contains(w) && words == 0) {
        pronoun = true;
      } else if (pronoun || !toks.get(j).isCapitalized() || Words.CLAUSE.contains(w)) {
        break;
      }
      words++;
      j--;
      if (pronoun) {
        break;
      }
    }
    return words > 0 && j >= 1 && toks.get(j).is(",") && !toks.get(j).quoted() ? j : -1;
  }

  /**
   * For a cue at {@code c}, the index of the comma that opens its clause when a noun phrase
   * headed by a source noun stands between them, past auxiliaries and -ly adverbs ("..., even a
   * top party strategist said ...", "..., company executives warned ..."): up to five words
   * before the head, determiners, capitalised words and lower-case modifiers with no verb,
   * auxiliary or clause word among them; -1 otherwise.
   */
  static int sourceNounPhraseStart(List<Token> toks, int c) {
    int j = c - 1;
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord()
        && (Words.AUX.contains(toks.get(j).lower()) || toks.get(j).lower().endsWith("ly") && !toks.get(j).isCapitalized())) {
      j--;
    }
    if (j < 2 || toks.get(j).quoted() || !toks.get(j).isWord() || !SourceNouns.isSourceNoun(toks.get(j).lower())
        || Words.PRONOUNS.contains(toks.get(j).lower())) {
      // ", who has backed ...": a relative clause speaks of the one before it
      return -1;
    }
    int k = j - 1;
    for (int words = 0; k >= 1 && words < 5; k--, words++) {
      Token t = toks.get(k);
      if (t.quoted() || t.is(",")) {
        break;
      }
      String w = t.lower();
      if (!t.isWord() && !isNameJoiner(toks, k) || Words.CLAUSE.contains(w) || Words.PRONOUNS.contains(w)
          || RELATIVES.contains(w) || !t.isCapitalized() && (Words.AUX.contains(w) || CueLexicon.lookup(w) != null
              || w.endsWith("ed") || w.endsWith("ing") || Words.ACTION_VERBS.contains(w) || Words.VERBS.contains(w)
              || Words.ADJUNCT_PREP.contains(w))) {
        return -1;
      }
    }
    return k >= 1 && toks.get(k).is(",") && !toks.get(k).quoted() ? k : -1;
  }

  /** Relative words: "which critics said ..." is a statement inside the clause, not a clause of its own. */
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("which", "whom", "whose");

  /** Pronouns that are a whole subject of a clause. */
  private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i");

  static boolean hasSubjectWord(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      String w = t.lower();
      if (Words.PRONOUNS.contains(w) || t.isCapitalized() && !Words.TIME_WORDS.contains(w) || SourceNouns.isSourceNoun(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean plausibleHead(Token h) {
    String w = h.lower();
    if (Words.NOT_SUBJECTS.contains(w) || w.equals("it") || w.equals("you")) {
      return false;
    }
    return h.isCapitalized() || Words.PRONOUNS.contains(w) || SourceNouns.isSourceNoun(w)
        || w.endsWith("ment") || w.endsWith("ion") || w.equals("report") || w.equals("letter") || w.equals("order")
        || w.equals("memo") || w.equals("ad") || w.equals("post") || w.equals("tweet");
  }

  /**
   * Whether {@code word} is a surname spelt with an apostrophe after its first letter and a
   * capital after it ("O'Neill", "D\u2019Souza"), not a possessive ("Roe's", "O'Neill's") or a
   * contraction ("it's").
   *
   * @param word the word as written
   * @return {@code true} for such a name
   */
  static boolean isApostropheName(String word) {
    return word.length() > 3 && Character.isUpperCase(word.charAt(0))
        && (word.charAt(1) == '\'' || word.charAt(1) == '\u2019') && Character.isUpperCase(word.charAt(2))
        && word.indexOf('\'', 2) < 0 && word.indexOf('\u2019', 2) < 0;
  }

  /** A weak cue needs a subject that looks like a source: a name, a pronoun or a source noun. */
  static boolean plausibleSubject(List<Token> toks, int start, int head) {
    Token h = toks.get(head);
    if (Words.NOT_SUBJECTS.contains(h.lower())
        || (h.text().contains("'") || h.text().contains("\u2019")) && !isApostropheName(h.text())) {
      return false;
    }
    if (h.lower().equals("who") || h.lower().equals("which")) {
      return true;
    }
    if (Words.PRONOUNS.contains(h.lower()) && !h.lower().equals("you")) {
      return true;
    }
    if (h.isCapitalized()) {
      return true;
    }
    return SourceNouns.isSourceNoun(h.lower()) || quantitySubject(toks, start, head);
  }

  /**
   * Whether the subject from {@code start} to {@code head} counts people: a share ("42 percent",
   * "42%"), or a quantifier or number word standing alone ("few", "another", "the two", "one in
   * three", "none of the three"), with no other word before it ("easily lop five figures" is no
   * subject, nor is "Of the 10"), and the word after it agrees with it as its verb ("two said",
   * not "two states").
   */
  static boolean quantitySubject(List<Token> toks, int start, int head) {
    String w = toks.get(head).lower();
    boolean digits = w.chars().allMatch(Character::isDigit);
    boolean share = w.equals("percent") || w.equals("%");
    if (!share && !EnglishRules.QUANTIFIERS.contains(w) && !EnglishRules.SINGULAR_QUANTIFIERS.contains(w)
        && !(head > start && digits)) {
      return false;
    }
    if (head + 1 < toks.size() && toks.get(head + 1).isWord() && !toks.get(head + 1).quoted()
        && !EnglishRules.agrees(share || digits ? "two" : w, toks.get(head + 1).lower())) {
      return false;
    }
    if (share) {
      return true;
    }
    String first = toks.get(start).lower();
    if (first.equals("in") || first.equals("of")) {
      return false;
    }
    for (int i = start; i < head; i++) {
      String x = toks.get(i).lower();
      if (toks.get(i).quoted() || !(QUANTITY_WORDS.contains(x) || EnglishRules.QUANTIFIERS.contains(x)
          || EnglishRules.SINGULAR_QUANTIFIERS.contains(x) || x.chars().allMatch(Character::isDigit))) {
        return false;
      }
    }
    return true;
  }

  /** Adverbs that may stand before a number that is a subject: "Only two said ...", "Nearly half agreed ...". */
  static final java.util.Set<String> NUMBER_ADVERBS = java.util.Set.of("only", "nearly", "almost", "roughly", "just");

  /** Words that may stand before a quantifier in a subject that counts people: "the two", "one in three", "only two". */
  private static final java.util.Set<String> QUANTITY_WORDS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("the", "in", "of", "out", "no", "none"), NUMBER_ADVERBS.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
}
