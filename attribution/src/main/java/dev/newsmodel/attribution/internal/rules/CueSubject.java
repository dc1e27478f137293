package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleHead;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNounPosition;
import static dev.newsmodel.attribution.internal.rules.Tokens.isPluralNoun;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.SourceNouns;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The subject left of a verb cue, read right to left from the cue: past auxiliaries, time
 * words, -ly adverbs and a parenthesis, then its head, its appositive ("Ann Roe, who chairs the
 * panel, said") and its first token. Part of {@link VerbCueRule}.
 */
final class CueSubject {
  private CueSubject() {}

  /**
   * What lies left of a cue: {@code j}, the last token before it past auxiliaries and adverbs;
   * whether an auxiliary makes the cue passive; the subject's head, first and last token (all -1
   * when there is none) and its appositive.
   */
  record LeftSubject(int j, boolean passive, int head, int start, int endTok, @Nullable Span appositive) {}

  /** A subject's head, its last token and its appositive, as found left of a cue. */
  record Head(int head, int endTok, @Nullable Span appositive) {}

  /** The subject left of the cue at token {@code c} (word {@code w}) in paragraph {@code p}. */
  static LeftSubject leftSubject(List<Token> toks, int c, String w, int p) {
    boolean passive = passiveAuxiliary(toks, c, w);
    int j = beforeAuxiliaries(toks, c);
    Head head = j >= 0 && !toks.get(j).quoted() ? subjectHead(toks, j, p, c) : null;
    if (head == null) {
      return new LeftSubject(j, passive, -1, -1, -1, null);
    }
    int start = subjectStart(toks, head.head());
    int antecedent = head.appositive() == null && !RELATIVE_SUBJECTS.contains(toks.get(head.head()).lower())
        ? relativeAntecedent(toks, start, head.head()) : -1;
    if (antecedent >= 0) {
      // "Groups that have endorsed her say ...": the noun the relative clause describes speaks
      return new LeftSubject(j, passive, antecedent, subjectStart(toks, antecedent), antecedent, null);
    }
    return new LeftSubject(j, passive, head.head(), start, head.endTok(), head.appositive());
  }

  /** Relative pronouns that open a restrictive clause as its subject: "voters who ...", "groups that ...". */
  private static final java.util.Set<String> RELATIVE_SUBJECTS = java.util.Set.of("who", "that", "which");

  /** Pronouns that stand for people before a relative clause: "those who ...", "others who ...". */
  private static final java.util.Set<String> PEOPLE_PRONOUNS = java.util.Set.of("those", "others", "anyone",
      "everyone", "people", "many", "some", "few", "all");

  /**
   * Subordinators ({@link Words#SUBORDINATORS}) that are also adverbs or prepositions inside a
   * relative clause ("voters who once backed her", "officials who met after the vote"): the
   * search for a relative pronoun goes on past them.
   */
  private static final java.util.Set<String> ADVERB_SUBORDINATORS = java.util.Set.of("once", "after", "before");

  /** Question words and conjunctions that open a clause of their own besides the subordinators. */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("what", "how", "why", "where",
      "whether", "so", "but");

  /** How far left of the subject a relative pronoun is looked for: a relative clause of a few phrases. */
  private static final int MAX_RELATIVE = 20;

  /**
   * The antecedent of a restrictive relative clause that ends right before the subject found
   * at token {@code start}, as a token index, or -1. In "Voters who backed the mayor say ..."
   * or "Groups that have endorsed him say ...", the word before the cue ("mayor", "him") is the
   * relative clause's object, not the subject: the cue's subject is the noun the clause
   * describes. So it is when, within a bounded run of words with no comma, quote, dash or
   * subordinator ("because", "as", "what"), a "who", "that" or "which" follows a noun (a name, a
   * plural, a speaker noun, "those") that no preposition governs and is followed by a verb, not
   * by a subject of its own ("the plan that the unions say ..." keeps "the unions"). A "that"
   * after a cue verb opens a clause of saying and is passed over. The subject's own first token
   * may be the pronoun ("Those who know her say": head "her"). Token {@code head} is the
   * subject's head; the antecedent found ends the new subject.
   */
  static int relativeAntecedent(List<Token> toks, int start, int head) {
    int limit = Math.max(1, start - MAX_RELATIVE);
    int from = start < head && RELATIVE_SUBJECTS.contains(toks.get(start).lower()) ? start : start - 1;
    for (int r = from; r >= limit; r--) {
      Token t = toks.get(r);
      if (t.quoted() || !t.isWord() && !t.is("'") && !t.is("\u2019") && !t.is("-")) {
        return -1;
      }
      String w = t.lower();
      if (Words.SUBORDINATORS.contains(w) && !ADVERB_SUBORDINATORS.contains(w) || CLAUSE_OPENERS.contains(w)) {
        return -1; // "... because the court refused ...", "what she said were ...": another clause opens here
      }
      if (!RELATIVE_SUBJECTS.contains(w)) {
        continue;
      }
      Token before = toks.get(r - 1);
      String bw = before.lower();
      if (w.equals("that") && !before.quoted() && CueLexicon.lookup(bw) != null && !before.isCapitalized()) {
        continue; // "voters who believe that Roe lied say ...": a clause of saying inside the relative clause
      }
      Token after = toks.get(r + 1);
      if (r + 1 >= head || before.quoted() || !before.isWord() || after.quoted() || after.isCapitalized()
          || Words.DETERMINERS.contains(after.lower()) || Words.PRONOUNS.contains(after.lower())
          || !w.equals("who") && !verbLike(after)) {
        return -1; // "the plan that the unions say ...": the clause has a subject of its own
      }
      boolean noun = before.isCapitalized() && !Words.NOT_SUBJECTS.contains(bw)
          || PEOPLE_PRONOUNS.contains(bw)
          || !Words.CLAUSE.contains(bw) && !Words.DETERMINERS.contains(bw) && !Words.PRONOUNS.contains(bw)
              && (SourceNouns.isSourceNoun(bw) || bw.endsWith("s") && !bw.endsWith("ss") && bw.length() > 3
                  && (CueLexicon.lookup(bw) == null || isPluralNoun(before)));
      if (!noun) {
        return -1;
      }
      int first = subjectStart(toks, r - 1);
      Token opening = toks.get(first);
      // "among several speakers who ...", "with voters who ...": a noun inside a phrase of a preposition is no subject
      return Subjects.ADJUNCT_OPENERS.contains(opening.lower()) || opening.lower().equals("of") ? -1 : r - 1;
    }
    return -1;
  }

  /**
   * Whether {@code t} reads as the verb of a relative clause right after "that" or "which": an
   * auxiliary, a form in -ed, an -ly adverb or a cue word ("groups that have endorsed", "a fund
   * that criticizes", "a panel that recently ruled"); a bare noun or adjective there, or a
   * plural, opens the clause's own subject ("the message that party officials expect", "the
   * plan that voters want").
   */
  static boolean verbLike(Token t) {
    String w = t.lower();
    return t.isWord() && (Words.AUX.contains(w) || w.endsWith("ed") || w.endsWith("ly")
        || CueLexicon.lookup(w) != null && !w.endsWith("ing"));
  }

  /**
   * Whether one of the (up to three) auxiliaries before the cue makes it passive: "was
   * criticized", "was sharply criticized" (an -ly adverb, as {@link #skipAdverbials} reads one,
   * may stand among them without counting).
   */
  static boolean passiveAuxiliary(List<Token> toks, int c, String w) {
    boolean passive = false;
    int limit = c - 3;
    for (int b = c - 1; b >= 0 && b >= limit; b--) {
      String bw = toks.get(b).lower();
      if (!toks.get(b).quoted() && toks.get(b).isWord() && bw.endsWith("ly") && !toks.get(b).isCapitalized()
          && bw.length() > 4 && !Words.AUX.contains(bw)) {
        limit--;
        continue;
      }
      if (toks.get(b).quoted() || !Words.AUX.contains(bw)) {
        break;
      }
      if ((bw.equals("been") || bw.equals("was") || bw.equals("were") || bw.equals("is") || bw.equals("are") || bw.equals("be"))
          && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w))) {
        passive = true;
      }
    }
    return passive;
  }

  /**
   * Simple past forms of cue verbs that do not end in -ed ("One said ...", "who toured the pier
   * and sought ..."); the participles among them are also in {@link #IRREGULAR_PARTICIPLES}.
   */
  static final java.util.Set<String> IRREGULAR_PASTS = java.util.Set.of("said", "told", "thought", "wrote",
      "spoke", "knew", "found", "saw", "felt", "heard", "meant", "sought", "understood", "taught", "swore",
      "forecast", "foresaw", "held", "took", "gave", "chose", "drew", "forbade", "shook");

  /** Past participles of cue verbs that do not end in -ed: "was told", "is known", "were shown". */
  static final java.util.Set<String> IRREGULAR_PARTICIPLES = java.util.Set.of("told", "known", "shown",
      "seen", "given", "written", "taken", "thought", "heard", "said", "found", "made", "brought", "sought", "taught",
      "held", "meant", "read", "spoken", "sworn", "understood", "drawn", "forbidden", "foreseen", "overheard",
      "shaken", "bidden", "forgiven", "upheld", "withheld");

  /**
   * The last token before the cue at {@code c} past auxiliaries, time words, a parenthesis,
   * -ly adverbs and an abbreviation's period; -1 when none is left.
   */
  static int beforeAuxiliaries(List<Token> toks, int c) {
    int j = skipAdverbials(toks, c - 1);
    if (j + 1 < c && STANDALONE_QUANTIFIERS.contains(toks.get(j + 1).lower())
        && (j < 0 || toks.get(j).quoted() || toks.get(j).is(",") || toks.get(j).is(";") || toks.get(j).is(":")
            || Words.OPENERS.contains(toks.get(j).lower()) || Words.SUBORDINATORS.contains(toks.get(j).lower()))) {
      return j + 1; // "Both said ...", "..., but all agreed ...": the quantifier is the subject, no adverb
    }
    if (j >= 0 && toks.get(j).is(")")) {
      int k = j - 1;
      while (k > 0 && k > j - 8 && !toks.get(k).is("(")) {
        k--;
      }
      if (k >= 0 && toks.get(k).is("(")) {
        j = k - 1;
      }
    }
    j = skipAdverbials(toks, j);
    if (j >= 1 && toks.get(j).is(".") && toks.get(j - 1).isWord() && toks.get(j - 1).end() == toks.get(j).start()
        && toks.get(j - 1).isCapitalized()) {
      j--; // "Joseph R. Biden Jr. responded", "Acme Inc. said"
    }
    return j;
  }

  /** Quantifiers read as adverbs after a subject ("they both said"), the subject when nothing stands before them. */
  private static final java.util.Set<String> STANDALONE_QUANTIFIERS = java.util.Set.of("both", "all");

  /**
   * From token {@code j} leftwards, past what may stand between a subject and its verb in any
   * order: auxiliaries and adverbs ("has never formally"), -ly adverbs, time words ("on
   * Friday", "last week", a lower-case one after a comma too: "X, who ..., last week said") and
   * "ago" with its measure ("two weeks ago"). Returns the first token left of them, or -1.
   */
  static int skipAdverbials(List<Token> toks, int j) {
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord()) {
      Token t = toks.get(j);
      String w = t.lower();
      if (Words.AUX.contains(w)) {
        j--;
        if (w.endsWith("ly") && j >= 0 && !toks.get(j).quoted() && DEGREE_WORDS.contains(toks.get(j).lower())) {
          j--; // "most recently": the degree word goes with its adverb
        }
      } else if (Words.TIME_WORDS.contains(w) && (j > 0 && !toks.get(j - 1).is(",") || !t.isCapitalized())) {
        j--;
        if (j >= 1 && toks.get(j).lower().equals("past") && !toks.get(j).isCapitalized()
            && toks.get(j - 1).lower().equals("this")) {
          j--; // "this past week"
        }
        if (j >= 0 && toks.get(j).lower().equals("this") && !toks.get(j).isCapitalized()) {
          j--; // "this week"
        }
      } else if (w.equals("ago") && j >= 2 && toks.get(j - 1).isWord() && !toks.get(j - 1).isCapitalized()) {
        j -= 2; // "two weeks ago", "days ago"
        if (j >= 0 && !toks.get(j).quoted() && (toks.get(j).lower().equals("just") || toks.get(j).lower().equals("a")
            || Character.isDigit(toks.get(j).text().charAt(0)) || NUMBER_WORDS.contains(toks.get(j).lower()))) {
          j--;
        }
      } else if (w.endsWith("ly") && !t.isCapitalized() && t.text().length() > 4) {
        j--;
        if (j >= 0 && !toks.get(j).quoted() && DEGREE_WORDS.contains(toks.get(j).lower())) {
          j--; // "most recently", "more accurately": the degree word goes with its adverb
        }
      } else {
        int phrase = Words.ADVERBIAL_PHRASE_ENDS.contains(w) ? adverbialPhraseStart(toks, j) : -1;
        if (phrase < 0) {
          break;
        }
        j = phrase - 1; // "has in fact said", "have in the past argued"
      }
    }
    return j;
  }

  /** Words of degree before an -ly adverb: "most recently", "more accurately", "very publicly". */
  private static final java.util.Set<String> DEGREE_WORDS = java.util.Set.of("most", "more", "very", "less", "so", "too");

  /** The most words an adverbial phrase of {@link Words#ADVERBIAL_PHRASES} has. */
  private static final int MAX_PHRASE_WORDS = Words.ADVERBIAL_PHRASES.stream()
      .mapToInt(ph -> ph.split(" ").length).max().orElse(0);

  /**
   * The first token of the longest adverbial phrase of {@link Words#ADVERBIAL_PHRASES} that ends
   * at token {@code j} (in lower case, not quoted), or -1. Only called for a token that may end
   * one, so the phrase text is built rarely.
   */
  static int adverbialPhraseStart(List<Token> toks, int j) {
    int found = -1;
    StringBuilder phrase = new StringBuilder(toks.get(j).lower());
    for (int s = j - 1; s >= 0 && s > j - MAX_PHRASE_WORDS; s--) {
      Token t = toks.get(s);
      if (t.quoted() || !t.isWord() || t.isCapitalized()) {
        break;
      }
      phrase.insert(0, ' ').insert(0, t.lower());
      if (Words.ADVERBIAL_PHRASES.contains(phrase.toString())) {
        found = s;
      }
    }
    return found;
  }

  /**
   * The agent of a passive cue: the noun phrase after "by" within a few words from token
   * {@code from} ("was asked by a caller whether ...", "has been rebuked by opponents for ...",
   * "were described to him by a reporter", "was confirmed as chair by the council", "has been
   * called “a stunt” by critics"), as token indexes {start, end exclusive}; null when no "by"
   * follows before a comma, a quote after a comma or a clause, or when what follows it reads as no
   * agent ("by phone", "by Friday": a lower-case word that is neither a determiner nor a source
   * noun, or a time word).
   */
  static int @Nullable [] byAgent(List<Token> toks, int from) {
    int n = toks.size();
    for (int i = from; i < n && i < from + MAX_BEFORE_AGENT; i++) {
      Token t = toks.get(i);
      if (t.quoted() && (i == from || !toks.get(i - 1).is(","))) {
        continue; // "has been called “a quiet revolution” by Ann Roe": a name or phrase quoted before the agent
      }
      if (t.quoted() || !t.isWord()
          || Words.CLAUSE.contains(t.lower()) && !t.lower().equals("to") && !t.lower().equals("as")) {
        // "was described as a setback by ..." keeps its "as"; "that", "and" or "when" open another clause
        return null;
      }
      if (!t.lower().equals("by")) {
        if (NOT_BEFORE_AGENT.contains(t.lower())) {
          return null; // "was asked during a lunch held by ...": the agent of something else
        }
        continue;
      }
      int s = i + 1;
      if (s >= n || toks.get(s).quoted() || !toks.get(s).isWord() || Words.TIME_WORDS.contains(toks.get(s).lower())) {
        return null;
      }
      int e = s;
      while (e < n && e < s + 8 && !toks.get(e).quoted() && (toks.get(e).isWord() || isNameJoiner(toks, e)
          || toks.get(e).is(".") && e > s && toks.get(e - 1).isCapitalized())
          && !(e > s && !toks.get(e).isCapitalized() && AGENT_ENDS.contains(toks.get(e).lower()))) {
        e++;
      }
      while (e > s && (toks.get(e - 1).is(".") || !toks.get(e - 1).isWord())) {
        e--;
      }
      if (e == s) {
        return null;
      }
      Token first = toks.get(s);
      String hw = toks.get(e - 1).lower();
      boolean agent = first.isCapitalized() || toks.get(e - 1).isCapitalized() || Words.DETERMINERS.contains(first.lower()) || SourceNouns.isSourceNoun(hw)
          || hw.endsWith("s") && !hw.endsWith("ss");
      return agent ? new int[] {s, e} : null;
    }
    return null;
  }

  /** How many tokens after a passive cue its "by" may stand, a quoted phrase among them. */
  private static final int MAX_BEFORE_AGENT = 12;

  /** Prepositions of place and time after a passive cue: a "by" after them is another phrase's agent. */
  private static final java.util.Set<String> NOT_BEFORE_AGENT = java.util.Set.of("during", "at", "in", "on", "after",
      "before", "while", "since", "until", "over", "outside", "inside", "near");

  /** Words that end an agent's noun phrase: prepositions and clause words after it. */
  private static final java.util.Set<String> AGENT_ENDS = java.util.Set.of("for", "in", "on", "at", "to", "with",
      "about", "from", "during", "after", "before", "over", "as", "whether", "that", "if", "who", "which", "because",
      "when", "while", "and", "or", "but", "into", "of", "than", "since", "until", "under", "against");

  /** Number words that measure a time before "ago": "two weeks ago", "several days ago". */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "several", "few", "many", "some");

  /** The subject's head when token {@code j} (unquoted) ends a subject; null when it does not. */
  static @Nullable Head subjectHead(List<Token> toks, int j, int p, int c) {
    Token h = toks.get(j);
    if (h.is("%") && j >= 1 && !toks.get(j - 1).quoted() && toks.get(j - 1).end() == h.start()
        && Character.isDigit(toks.get(j - 1).text().charAt(0))) {
      return new Head(j, j, null); // "42% say ...": the share is the subject
    }
    if (h.isWord() && !Words.CLAUSE.contains(h.lower()) && (CueLexicon.lookup(h.lower()) == null || isPluralNoun(h)
        || j >= 1 && isNounPosition(toks.get(j - 1))) // "the judge said"
        || h.isWord() && Words.PRONOUNS.contains(h.lower())) {
      return new Head(j, j, null);
    } else if (nounBeforeVerb(toks, j, c)) {
      return new Head(j, j, null); // "Polls show ...", "The Washington Post reports ...", "A federal judge ruled ..."
    } else if (h.isWord() && h.lower().endsWith("ed") && !h.isCapitalized() && j >= 1 && !toks.get(j - 1).quoted()
        && toks.get(j - 1).isWord() && !toks.get(j - 1).isCapitalized() && plausibleHead(toks.get(j - 1))
        && !Words.PRONOUNS.contains(toks.get(j - 1).lower())) {
      // "A news report published Wednesday said": the participle modifies the subject
      return new Head(j - 1, j - 1, null);
    } else if ((h.is("--") || h.is("\u2014")) && j >= 2) {
      return dashedAppositive(toks, j, p, h.text());
    } else if (j >= 3 && Tokens.dashWidth(toks, j - 1) == 2) {
      return doubleHyphenAppositive(toks, j, p);
    } else if (h.is(",") && j >= 2) {
      return commaAppositive(toks, j, p);
    }
    return null;
  }

  /**
   * Whether the cue word at {@code j}, the last before the cue verb at {@code c}, is a noun
   * heading its subject, not a verb: two finite verbs do not stand side by side. So it is when it
   * ends a name ("The Washington Post reports ..."), when it is a plural in -s and the verb
   * agrees with it ("Polls show ...", "Reports indicate ..."), or when it is a bare singular after
   * a modifier that is no pronoun and the verb is in -s or the past ("A federal judge ruled ...",
   * not "They judge ...").
   */
  static boolean nounBeforeVerb(List<Token> toks, int j, int c) {
    Token h = toks.get(j);
    Token v = toks.get(c);
    String hw = h.lower();
    String vw = v.lower();
    if (!h.isWord() || h.quoted() || v.isCapitalized() || hw.endsWith("ing") || hw.endsWith("ed")
        || vw.endsWith("ing") || Words.CLAUSE.contains(hw) || CueLexicon.lookup(hw) == null) {
      return false;
    }
    boolean vS = vw.endsWith("s") && !vw.endsWith("ss");
    boolean vPast = vw.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(vw);
    if (vPast && participleBeforeVerb(toks, c)) {
      return false; // "A report published Wednesday said ...": the participle modifies the subject
    }
    Token prev = j >= 1 && !toks.get(j - 1).quoted() && toks.get(j - 1).isWord() ? toks.get(j - 1) : null;
    if (h.isCapitalized() && prev != null && prev.isCapitalized()) {
      return vS || vPast || j < c - 1; // "The Ashton Post will report ...", not "the Ashton Project report"
    }
    if (prev != null && (Words.PRONOUNS.contains(prev.lower()) || Words.CLAUSE.contains(prev.lower())
        || Words.OPENERS.contains(prev.lower()) || Words.AUX.contains(prev.lower()) || prev.lower().equals("to"))) {
      return false; // "They judge ...", "flag and report posts ...", "can report ..."
    }
    boolean hS = hw.endsWith("s") && !hw.endsWith("ss");
    if (hS) {
      return !vS && (j == c - 1 || vPast);
    }
    return (vS || vPast) && prev != null && !prev.isCapitalized() && CueLexicon.lookup(prev.lower()) == null;
  }

  /**
   * Whether the past form at {@code c} is a participle modifying the noun before it: an agent
   * ("released by ...") or another cue verb ("published Wednesday said ...") follows within a
   * few words, before a comma, a quote or "that".
   */
  static boolean participleBeforeVerb(List<Token> toks, int c) {
    for (int i = c + 1; i < toks.size() && i <= c + 6; i++) {
      Token t = toks.get(i);
      String w = t.lower();
      if (t.quoted() || !t.isWord() || w.equals("that")) {
        return false;
      }
      if (w.equals("by") || !t.isCapitalized() && CueLexicon.lookup(w) != null
          && (w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w))) {
        return true;
      }
    }
    return false;
  }

  /** "Kall -- co-editor of a book on debates -- said": the dash at {@code j} closes an appositive. */
  static @Nullable Head dashedAppositive(List<Token> toks, int j, int p, String dash) {
    int k = j - 1;
    int limit = Math.max(0, j - 40);
    while (k > limit && !toks.get(k).is(dash) && !toks.get(k).quoted()) {
      k--;
    }
    if (k > 0 && k < j - 1 && toks.get(k).is(dash) && toks.get(k - 1).isWord() && !toks.get(k - 1).quoted()) {
      return new Head(k - 1, j - 1, new Span(p, toks.get(k + 1).start(), toks.get(j - 1).end()));
    }
    return null;
  }

  /**
   * "The mayor -- who has feuded with the council -- said": the aside between two "--" (each two
   * hyphen tokens, the second at {@code j}) as {@link #dashedAppositive} reads one between em
   * dashes; null when no "--" opens it within as many tokens.
   */
  static @Nullable Head doubleHyphenAppositive(List<Token> toks, int j, int p) {
    int limit = Math.max(1, j - 40);
    for (int k = j - 3; k >= limit; k--) {
      if (toks.get(k).quoted()) {
        return null;
      }
      if (Tokens.dashWidth(toks, k - 1) == 2) {
        int head = k - 2;
        return head >= 0 && k + 1 < j - 1 && toks.get(head).isWord() && !toks.get(head).quoted()
            ? new Head(head, j - 2, new Span(p, toks.get(k + 1).start(), toks.get(j - 2).end())) : null;
      }
    }
    return null;
  }

  /** "X, who heads the group, said" / "X, an environmental group, said": the comma at {@code j} closes an appositive. */
  static @Nullable Head commaAppositive(List<Token> toks, int j, int p) {
    Head opening = openingSubjectBeforeAsides(toks, j, p);
    if (opening == null) {
      opening = openingSubjectBeforeAside(toks, j, p);
    }
    if (opening == null) {
      opening = subjectAfterQuote(toks, j, p);
    }
    if (opening != null) {
      return opening;
    }
    int k = j - 1;
    int limit = Math.max(0, j - 40);
    while (k > limit && !(toks.get(k).is(",") && !toks.get(k).quoted())) {
      k--; // past quotes too: "X, citing “…,” said"
    }
    if (k > 0 && Subjects.openingPhraseComma(toks, k + 1) == k) {
      return null; // "Hours later, the mayor met the union, telling ...": an opening phrase, no subject
    }
    int head = k - 1;
    if (head > 0 && toks.get(head).is(".") && toks.get(head - 1).isWord()) {
      head--; // "of Ashton, Md., who ...": the abbreviation's period
    }
    if (head > 1 && toks.get(head).is(")")) {
      // "Rep. Ann Roe (D-Md.), chair of the panel, said": past the party label
      int open = head - 1;
      while (open > 0 && open > head - 8 && !toks.get(open).is("(")) {
        open--;
      }
      if (toks.get(open).is("(") && open > 0 && toks.get(open - 1).isWord()) {
        head = open - 1;
      }
    }
    if (k > 0 && toks.get(k).is(",") && k + 1 < j && (Words.APPOSITIVE_START.contains(toks.get(k + 1).lower())
        || Character.isDigit(toks.get(k + 1).text().charAt(0)) || j - k <= 4
        || toks.get(head).isCapitalized() && !toks.get(k + 1).quoted()
            && (toks.get(k + 1).lower().endsWith("ing") || k + 2 < j && toks.get(k + 2).lower().equals("of")))
        && head >= 0 && toks.get(head).isWord() && !toks.get(head).quoted()) {
      // the mention span runs through the appositive for evaluation
      return new Head(head, j, new Span(p, toks.get(k + 1).start(), toks.get(j - 1).end()));
    }
    return null;
  }

  /**
   * "Roe, 58, of Ashton, Md., said", "Roe, speaking in Ashton, Iowa, on Monday, warned": when the
   * unit opens with a subject closed by a comma and the comma at {@code j}, right before the
   * cue, ends the asides that follow it (several commas, no quote, no clause of its own), the
   * opening subject is the cue's. Null when the unit opens otherwise.
   */
  static @Nullable Head openingSubjectBeforeAsides(List<Token> toks, int j, int p) {
    int[] opening = Subjects.initialSubject(toks, j);
    if (opening == null || opening[1] >= j - 1 || !toks.get(opening[1]).is(",") || j - opening[1] > 40) {
      return null;
    }
    int commas = 0;
    for (int i = opening[1] + 1; i < j; i++) {
      Token t = toks.get(i);
      if (t.quoted() || t.is(";") || t.is(":")) {
        return null;
      }
      if (t.is(",")) {
        commas++;
      } else if (t.isWord() && !t.isCapitalized() && (CueLexicon.lookup(t.lower()) != null && !t.lower().endsWith("ing")
          || t.lower().equals("and") || t.lower().equals("but"))) {
        return null; // "Roe, the mayor, said X, and Lee, the clerk, said": another clause
      }
    }
    if (commas == 0 || !plausibleHead(toks.get(opening[1] - 1))) {
      return null;
    }
    return new Head(opening[1] - 1, j, new Span(p, toks.get(opening[1] + 1).start(), toks.get(j - 1).end()));
  }

  /**
   * "Ann Roe, another partner at the firm, said", "The survey, conducted by a university,
   * finds", "Roe, along with two aides, say": the unit opens with a subject closed by a comma,
   * and one aside with no verb of its own runs from there to the comma at {@code j}, right
   * before the cue. The opening noun phrase is the cue's subject: a noun phrase and an aside
   * make no clause that "…, said X" could report. Null when the unit opens otherwise or the
   * aside holds a quote, a clause word, an auxiliary or a finite cue verb.
   */
  static @Nullable Head openingSubjectBeforeAside(List<Token> toks, int j, int p) {
    int[] opening = Subjects.initialSubject(toks, j);
    if (opening == null || opening[1] >= j - 1 || !toks.get(opening[1]).is(",") || j - opening[1] > MAX_ASIDE) {
      return null;
    }
    for (int i = opening[1] + 1; i < j; i++) {
      Token t = toks.get(i);
      if (t.quoted() || t.is(",") || t.is(";") || t.is(":")) {
        return null;
      }
      if (!t.isWord() || t.isCapitalized()) {
        continue;
      }
      String w = t.lower();
      if (Words.CLAUSE.contains(w) || Words.AUX.contains(w) || Words.PRONOUNS.contains(w)
          || CueLexicon.lookup(w) != null && !w.endsWith("ing") && !w.endsWith("ed")) {
        return null; // "The plan, he said, ...", "Roe, who is ...": a clause, not an aside
      }
    }
    if (!Subjects.plausibleSubject(toks, opening[0], opening[1] - 1)) {
      return null;
    }
    return new Head(opening[1] - 1, j, new Span(p, toks.get(opening[1] + 1).start(), toks.get(j - 1).end()));
  }

  /**
   * "“…,” Ann Roe, the harbour board's deputy chair, said", "“…,” Roe, 58, of Ashton, Md., said":
   * a quote, then a subject closed by a comma, then asides without a clause of their own up to
   * the comma at {@code j}, right before the cue. Between a quote and its cue a noun phrase and
   * asides make no clause that could be the content, so the subject right after the quote is the
   * cue's, however long its asides ("attorney for one of four groups to file suit"). Null when
   * the unit does not run so: another quote, a colon, an auxiliary, a subject pronoun or a
   * finite cue in the asides.
   */
  static @Nullable Head subjectAfterQuote(List<Token> toks, int j, int p) {
    int s = j - 1;
    while (s >= 0 && !toks.get(s).quoted()) {
      s--;
    }
    if (s < 0 || j - s > MAX_ASIDE + 10) {
      return null;
    }
    s++;
    if (s < j && toks.get(s).is(",")) {
      s++; // "“…”, Ann Roe, ...": the comma outside the quote
    }
    int[] subject = Subjects.initialSubject(toks.subList(s, j), j - s);
    if (subject == null || s + subject[1] >= j || !toks.get(s + subject[1]).is(",")) {
      return null;
    }
    int close = s + subject[1];
    for (int i = close + 1; i < j; i++) {
      Token t = toks.get(i);
      if (t.quoted() || t.is(";") || t.is(":") || t.is("\u2014") || t.is("--")) {
        return null;
      }
      String w = t.lower();
      if (t.isWord() && !t.isCapitalized() && (Words.TENSE_AUX.contains(w) || Words.PRONOUNS.contains(w) && !w.equals("who")
          || CueLexicon.lookup(w) != null && !w.endsWith("ing") && !w.endsWith("ed"))) {
        return null;
      }
    }
    if (close + 1 >= j || !Subjects.plausibleSubject(toks, s + subject[0], close - 1)) {
      return null;
    }
    return new Head(close - 1, j, new Span(p, toks.get(close + 1).start(), toks.get(j - 1).end()));
  }

  /** The most tokens an aside between a subject and its cue may span, commas included. */
  private static final int MAX_ASIDE = 25;

  /** The first token of the subject whose head is {@code subjectHead}: its modifiers and name parts. */
  static int subjectStart(List<Token> toks, int subjectHead) {
    int subjectStart = subjectHead;
    int limit = Math.max(0, subjectHead - 10);
    while (subjectStart - 1 >= limit) {
      Token prev = toks.get(subjectStart - 1);
      if (prev.quoted()) {
        break;
      }
      if (prev.isWord()) {
        if (Words.CLAUSE.contains(prev.lower()) || CueLexicon.lookup(prev.lower()) != null && !prev.isCapitalized()) {
          break;
        }
      } else if (!isNameJoiner(toks, subjectStart - 1) && !prev.is(".")) {
        break;
      }
      subjectStart--;
    }
    if (subjectHead >= 2 && subjectStart == subjectHead && toks.get(subjectHead).lower().equals("who")
        && toks.get(subjectHead - 1).is(",") && toks.get(subjectHead - 2).isWord() && !toks.get(subjectHead - 2).quoted()
        && (toks.get(subjectHead - 2).isCapitalized() || SourceNouns.isSourceNoun(toks.get(subjectHead - 2).lower()))) {
      // "Sanders, who ... said": the relative pronoun's mention runs from its antecedent
      subjectStart = subjectHead - 2;
    }
    return conjoinedNames(toks, subjectStart);
  }

  /**
   * "“…,” Ann Roe and Tom Lee said": when the subject starting at {@code start} is a name after
   * "and" and another name stands before it right after a quote (or opens the unit), the first
   * token of both; {@code start} otherwise ("Roe praised Lee and Ann Roe said ..." keeps its
   * subject).
   */
  static int conjoinedNames(List<Token> toks, int start) {
    if (start < 2 || !toks.get(start).isCapitalized() || toks.get(start - 1).quoted()
        || !(toks.get(start - 1).lower().equals("and") || toks.get(start - 1).is("&"))) {
      return start;
    }
    int k = start - 2;
    int limit = Math.max(0, start - 8);
    while (k >= limit && !toks.get(k).quoted() && (toks.get(k).isWord() && toks.get(k).isCapitalized()
        || toks.get(k).is(".") || isNameJoiner(toks, k))) {
      k--;
    }
    int first = k + 1;
    if (first >= start - 1 || !toks.get(first).isCapitalized()) {
      return start;
    }
    boolean afterQuote = k >= 0 && (toks.get(k).quoted() || toks.get(k).is(",") && k >= 1 && toks.get(k - 1).quoted());
    return afterQuote ? first : start;
  }
}
