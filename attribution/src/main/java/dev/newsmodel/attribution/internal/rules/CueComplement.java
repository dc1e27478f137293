package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;
import static dev.newsmodel.attribution.internal.rules.Tokens.isPluralNoun;
import static dev.newsmodel.attribution.internal.rules.Tokens.wordCount;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.SourceNouns;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import dev.newsmodel.attribution.internal.rules.CueSubject.LeftSubject;
import dev.newsmodel.attribution.internal.rules.VerbCueRule.Cue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What follows a verb cue before its content: the addressee of a verb of telling ("told
 * reporters", "told the Harbour Gazette"), adjuncts ("on Thursday", "in a statement"), "that"
 * and colons; and whether anything but adjuncts follows at all. Part of {@link VerbCueRule}.
 */
final class CueComplement {
  private CueComplement() {}

  /**
   * What follows a cue: the cue as finally read (a participle further on may replace it), the
   * token after the addressee and adjuncts, the first token of the content, whether nothing but
   * adjuncts follows, and whether the unit ends with a colon with nothing after the cue.
   */
  record RightSide(Cue cue, int r, int contentFrom, boolean rightEmpty, boolean colonEnd) {}

  /**
   * What follows the cue (first token {@code c} as found): past the addressee and adjuncts. Null
   * when the cue word turns out to be the subject ("the group's reports alleged").
   */
  static @Nullable RightSide rightSide(List<Token> toks, int c, Cue cue, CueLexicon.Entry entry, LeftSubject subject) {
    int n = toks.size();
    int cueEnd = cue.end();
    int r = cueEnd + 1;
    if (entry.kind() == CueLexicon.Kind.TELL && r < n && !toks.get(r).quoted() && toks.get(r).isWord()
        && !toks.get(r).lower().equals("that")) {
      r = afterAddressee(toks, r);
    }
    r = skipAdjuncts(toks, r);
    int contentFrom = r;
    while (contentFrom < n && !toks.get(contentFrom).quoted()
        && (toks.get(contentFrom).is(":") || toks.get(contentFrom).is(",") || toks.get(contentFrom).lower().equals("that"))) {
      contentFrom++;
    }
    if (contentFrom == cueEnd + 1 && contentFrom < n && !toks.get(contentFrom).quoted()) {
      CueLexicon.Entry next = CueLexicon.lookup(toks.get(contentFrom).lower());
      String nw = toks.get(contentFrom).lower();
      if (next != null && next.kind() != CueLexicon.Kind.WEAK && (nw.endsWith("ed") || nw.equals("said") || nw.equals("told"))
          && isPluralNoun(toks.get(c))) {
        return null; // "the group's reports alleged": this word is the subject, the next one the cue
      }
    }
    // "published two reports alleging that ...": the participle is the cue
    if (entry.kind() == CueLexicon.Kind.WEAK) {
      for (int k = contentFrom; k < n && k < contentFrom + 10; k++) {
        Token t = toks.get(k);
        if (t.quoted() || t.is(",") || t.is(";")) {
          break;
        }
        CueLexicon.Entry pe = CueLexicon.lookup(t.lower());
        if (pe != null && pe.kind() != CueLexicon.Kind.WEAK && t.lower().endsWith("ing") && k + 1 < n
            && toks.get(k + 1).lower().equals("that")) {
          cue = new Cue(k, k, pe.stance(), t.text());
          contentFrom = k + 2;
          break;
        }
      }
    }
    boolean rightEmpty = adjunctsOnly(toks, entry, subject, cue.end(), r, contentFrom);
    boolean colonEnd = rightEmpty && n > 0 && toks.get(n - 1).is(":");
    return new RightSide(cue, r, contentFrom, rightEmpty, colonEnd);
  }

  /** After "told" at {@code r - 1}: the token after its addressee ("told reporters: ..."). */
  static int afterAddressee(List<Token> toks, int r) {
    int n = toks.size();
    int k = r;
    while (k < n && k < r + 7 && toks.get(k).isWord() && !toks.get(k).quoted() && !toks.get(k).lower().equals("that")) {
      k++;
    }
    if (k < n && (toks.get(k).is(":") || toks.get(k).is(",") || toks.get(k).lower().equals("that") || toks.get(k).quoted())) {
      return k;
    } else if (k < n && k == r + 1) {
      return k; // "told reporters the plan ..."
    } else {
      return addresseeEnd(toks, r); // "told reporters the old pier was unsafe."
    }
  }

  /** Object pronouns that are a whole addressee: "told him ...". */
  static final java.util.Set<String> OBJECT_PRONOUNS = LexiconFile.words("object-pronouns.txt");

  /**
   * The token after the addressee of a verb of telling that starts at {@code r} when no "that",
   * comma or quote marks where the content begins: an object pronoun ("him"), a name in
   * capitals ("the Harbour Gazette", "CNN"), a determiner and a noun ("the crowd"), or a plural
   * noun ("reporters"). {@code r} itself when there is none of these.
   */
  static int addresseeEnd(List<Token> toks, int r) {
    int n = toks.size();
    if (r >= n || toks.get(r).quoted() || !toks.get(r).isWord()) {
      return r;
    }
    String w = toks.get(r).lower();
    if (OBJECT_PRONOUNS.contains(w)) {
      return r + 1;
    }
    int k = r;
    if (w.equals("the") || w.equals("a") || w.equals("an")) {
      k++;
    }
    int caps = k;
    while (caps < n && !toks.get(caps).quoted() && (toks.get(caps).isCapitalized() && toks.get(caps).isWord()
        || caps > k && isNameJoiner(toks, caps))) {
      caps++;
    }
    if (caps > k) {
      return caps;
    }
    if (k > r && k < n && toks.get(k).isWord() && !toks.get(k).quoted() && CueLexicon.lookup(toks.get(k).lower()) == null) {
      return k + 1; // "the crowd"
    }
    if (k == r && isPluralNoun(toks.get(r)) || k == r && w.endsWith("s") && !w.endsWith("ss") && SourceNouns.isSourceNoun(w)) {
      return r + 1; // "reporters"
    }
    return r;
  }

  /**
   * Whether nothing but adjuncts (or nothing at all) follows the cue (last token {@code cueEnd}),
   * from token {@code contentFrom}.
   */
  static boolean adjunctsOnly(List<Token> toks, CueLexicon.Entry entry, LeftSubject subject, int cueEnd, int r,
      int contentFrom) {
    int n = toks.size();
    int j = subject.j();
    int subjectStart = subject.start();
    boolean rightEmpty = !hasWord(toks, contentFrom, n);
    if (!rightEmpty && subject.head() >= 0 && entry.kind() != CueLexicon.Kind.WEAK && wordCount(toks, contentFrom, n) < 3
        && j >= 0 && hasWord(toks, 0, Math.max(0, j - 1)) && !toks.get(n - 1).quoted()
        && !(opensObject(toks, contentFrom) && opensWithAdverbial(toks))) {
      // "..., McConnell said in June 2012.": what follows is an adjunct; not "Shortly after the
      // vote, Roe announced her resignation.", whose opener is no statement and whose object is
      rightEmpty = true;
    }
    if (!rightEmpty && subject.head() >= 0 && entry.kind() != CueLexicon.Kind.WEAK && r > 0
        && PLAIN_SAYING.contains(toks.get(cueEnd).lower()) && cueEnd + 1 < n && !toks.get(cueEnd + 1).is(",")
        && creditAfterClause(toks, subjectStart)
        && contentFrom < n && !toks.get(contentFrom).quoted()
        && (CREDIT_ADJUNCT_OPENERS.contains(toks.get(contentFrom).lower()) && !clauseAfter(toks, contentFrom)
            || contentFrom > cueEnd + 1 && toks.get(contentFrom - 1).is(",")
                && Continuations.participleCue(toks.get(contentFrom).lower()))) {
      // "The pier will close, Roe said in her memoir.": after the statement a credit's
      // preposition opens an adjunct, not a second content ("The pier, Roe said, in May ..."
      // goes on with the statement after the credit's comma); so does a participle after the
      // adjuncts ("…, Roe said on Monday, citing …"), which continues the credit
      rightEmpty = true;
    }
    if (!rightEmpty && subject.head() >= 0 && entry.kind() != CueLexicon.Kind.WEAK && r == cueEnd + 1 && r + 1 < n
        && toks.get(r).is(",") && !toks.get(r).quoted() && !toks.get(r + 1).quoted()
        && Continuations.participleCue(toks.get(r + 1).lower()) && creditAfterClause(toks, subjectStart)) {
      // "The pier will close, Roe said, adding that ...": the participle after the credit's comma
      // is a statement of its own, not a second part of the first
      rightEmpty = true;
    }
    if (!rightEmpty && subject.head() >= 0 && entry.kind() != CueLexicon.Kind.WEAK && r < n && !toks.get(r).quoted()
        && (toks.get(r).is("\u2014") || toks.get(r).is("--") || toks.get(r).is("\u2013"))
        && creditAfterClause(toks, subjectStart)) {
      // "The pier is unsafe, Roe said on Monday — a reversal of her stance.": after a credit that
      // follows its statement, a dash opens a comment on it, not a second content
      rightEmpty = true;
    }
    boolean parenthetical = subjectStart > 0 && toks.get(subjectStart - 1).is(",");
    if (!rightEmpty && !parenthetical && r < n && toks.get(r).is(",") && r + 1 < n && !toks.get(r + 1).quoted()
        && !Continuations.participleCue(toks.get(r + 1).lower())
        && (PLAIN_SAYING.contains(toks.get(cueEnd).lower()) ? subjectStart > 0 && hasWord(toks, 0, subjectStart)
            : hasWord(toks, 0, Math.max(0, j)))
        && entry.kind() != CueLexicon.Kind.WEAK) {
      // "..., lawmakers said Friday, as they ...": what follows the comma is no content; after a
      // verb of plain saying with nothing but its subject before it ("Ann Lee says, win or lose,
      // she is staying") it is the content
      int k = r + 1;
      boolean participleLater = false;
      for (; k < n; k++) {
        if (toks.get(k).is(",") && k + 1 < n && !toks.get(k + 1).quoted() && Continuations.participleCue(toks.get(k + 1).lower())) {
          participleLater = true;
        }
      }
      if (!participleLater) {
        rightEmpty = true;
      }
    }
    return rightEmpty;
  }

  /**
   * Words that open an adjunct after a credit, never the content of its cue: prepositions,
   * subordinators of time and manner, and the parts of the day after a weekday ("he said
   * Wednesday morning on the radio").
   */
  private static final java.util.Set<String> CREDIT_ADJUNCT_OPENERS = java.util.Set.of("in", "on", "at", "during", "after",
      "before", "while", "as", "about", "when", "since", "from", "with", "via", "through", "following", "amid",
      "outside", "inside", "near", "upon", "morning", "afternoon", "evening", "night");

  /**
   * Whether the words from token {@code from} open a noun phrase with an article or a possessive
   * ("his resignation", "the plan"): the cue's object, never an adjunct of time or place as
   * "in June" or "on Friday" is. "Shortly after the vote, Roe announced her resignation." reports
   * the resignation, not the opening phrase.
   */
  static boolean opensObject(List<Token> toks, int from) {
    return from < toks.size() && !toks.get(from).quoted() && OBJECT_OPENERS.contains(toks.get(from).lower())
        && !toks.get(toks.size() - 1).is(":"); // "…, tweeting the following:": the content comes next
  }

  /**
   * Whether the unit opens with an adverbial, not a statement a credit could follow: a
   * subordinator, a preposition, an -ly adverb, a sentence opener or a time word ("Shortly after
   * the vote, ...", "Last month, ...").
   */
  static boolean opensWithAdverbial(List<Token> toks) {
    Token first = toks.get(0);
    String x = first.lower();
    return !first.quoted() && (Words.SUBORDINATORS.contains(x) || Words.ADJUNCT_PREP.contains(x) || x.endsWith("ly")
        || Words.OPENERS.contains(x) || Subjects.ADJUNCT_OPENERS.contains(x) || Words.TIME_WORDS.contains(x));
  }

  /** Articles and possessives that open a noun phrase, never an adjunct. */
  private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("the", "a", "an", "his", "her", "its",
      "their", "our", "my", "your");

  /**
   * Verbs of plain saying that take no preposition of their own, so that one after them opens an
   * adjunct ("said in", "added after"); "insist on", "write about", "report to" take theirs.
   */
  private static final java.util.Set<String> PLAIN_SAYING = java.util.Set.of("say", "says", "said", "add", "adds",
      "added", "note", "notes", "noted", "state", "states", "stated", "explain", "explains", "explained", "recall",
      "recalls", "recalled", "tell", "tells", "told");

  /**
   * Whether the subject at {@code subjectStart} follows a statement of its own (no quote: the
   * quote rules read those): a comma right before it, four words or more before that, and no subordinator, preposition or
   * adverb opening the unit ("After the vote, Roe said ...", "In the end, Roe said ..." put no
   * statement before the subject).
   */
  static boolean creditAfterClause(List<Token> toks, int subjectStart) {
    if (subjectStart < 2 || !toks.get(subjectStart - 1).is(",") || toks.get(subjectStart - 1).quoted()) {
      return false;
    }
    Token first = toks.get(0);
    return wordCount(toks, 0, subjectStart - 1) >= 4 && !first.quoted() && !Words.SUBORDINATORS.contains(first.lower())
        && !Words.ADJUNCT_PREP.contains(first.lower()) && !first.lower().endsWith("ly");
  }

  /** Whether a clause of its own may start after token {@code from}: a "that", a colon or a quote. */
  private static boolean clauseAfter(List<Token> toks, int from) {
    for (int k = from; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (t.quoted() || t.is(":") || t.lower().equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k}, after "to", is a bare verb opening an infinitive ("to release
   * a report", "to debate") rather than the object of "to" as an adjunct ("to reporters", "to the
   * crowd", "to CNN", "to him"): a lower-case word that is no determiner, no object pronoun and
   * no plural of an adjunct's head. Many heads ("release", "debate", "call") are verbs too.
   */
  static boolean infinitive(List<Token> toks, int k) {
    if (k >= toks.size()) {
      return false;
    }
    Token t = toks.get(k);
    String w = t.lower();
    return !t.quoted() && t.isWord() && !t.isCapitalized() && Character.isLetter(w.charAt(0))
        && !Words.DETERMINERS.contains(w) && !OBJECT_PRONOUNS.contains(w)
        && !(Words.ADJUNCT_HEADS.contains(w) && w.endsWith("s") && !w.endsWith("ss"));
  }

  /** Skips adjuncts after a cue ("on Thursday", "in a statement", "to reporters", "later"). */
  static int skipAdjuncts(List<Token> toks, int r) {
    int n = toks.size();
    for (int guard = 0; guard < 4 && r < n; guard++) {
      Token t = toks.get(r);
      if (t.quoted() || !t.isWord() || !Words.ADJUNCT_PREP.contains(t.lower())) {
        return r;
      }
      if (t.lower().equals("to") && infinitive(toks, r + 1)) {
        return r; // "refused to release a report", "offered to debate on Monday": the content
      }
      if (Words.ADJUNCT_HEADS.contains(t.lower())) {
        r++;
        continue;
      }
      int k = r + 1;
      int found = -1;
      while (k < n && k <= r + 6 && !toks.get(k).quoted() && (toks.get(k).isWord() || isNameJoiner(toks, k))) {
        if (Words.ADJUNCT_HEADS.contains(toks.get(k).lower())) {
          found = k;
        }
        k++;
      }
      if (found < 0) {
        return r;
      }
      // take the adjunct up to its head, and a following "with X"/"on X" name run
      int after = found + 1;
      if (after < n && !toks.get(after).quoted() && (toks.get(after).lower().equals("with") || toks.get(after).lower().equals("on"))) {
        int m = after + 1;
        while (m < n && toks.get(m).isWord() && !toks.get(m).quoted() && (toks.get(m).isCapitalized() || toks.get(m).lower().equals("the"))) {
          m++;
        }
        if (m > after + 1) {
          after = m;
        }
      }
      r = after;
    }
    return r;
  }
}
