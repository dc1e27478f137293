package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Continuations.addFound;
import static dev.newsmodel.attribution.internal.rules.Continuations.contentToEnd;
import static dev.newsmodel.attribution.internal.rules.Continuations.lastContentToken;
import static dev.newsmodel.attribution.internal.rules.Subjects.initialSubject;
import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleSubject;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.rules.CueComplement.RightSide;
import dev.newsmodel.attribution.internal.rules.CueSubject.LeftSubject;
import dev.newsmodel.attribution.internal.rules.VerbCueRule.Cue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A verb cue with no subject left of it (the second half of {@link VerbCueRule}): inverted
 * ("“The pier is safe,” said Ann Roe."), a subject carried over from the clause before ("Roe
 * declined to comment but added: ..."), or the unit's opening subject before a participle
 * ("Roe spoke on Monday, saying the pier ...").
 */
final class InvertedCue {
  private InvertedCue() {}

  /**
   * The content of a cue with no subject left of it: an inherited subject ("... but added"), an
   * inverted one ("…," said X) or the unit's opening subject ("X ..., saying"). Added to
   * {@code out}; returns the last token index of the content, or -1.
   */
  static int subjectlessCue(String text, Unit unit, String w, CueLexicon.Entry entry, LeftSubject subject,
      RightSide right, List<Found> out, @Nullable Span inherited) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int p = unit.paragraph();
    Cue cue = right.cue();
    int j = subject.j();
    boolean rightEmpty = right.rightEmpty();
    // "X did Y, saying Z" continues X; "X, citing Z, said" is an aside right after the subject
    boolean participle = isParticiple(w) && j >= 0 && !isAside(toks, j);
    if (isParticiple(w) && j >= 0 && toks.get(j).is(",") && !rightEmpty && isAside(toks, j)) {
      // "The council, citing a study, said ...": the aside reports what the subject cites; the
      // main clause's cue is read on its own
      return asideParticiple(text, unit, cue, right, initialSubject(toks, j), subject.appositive(), out);
    }
    int relative = !rightEmpty ? relativeClauseSubject(toks, j, w) : -1;
    if (relative >= 0) {
      // "The senator, who campaigned on taxes and sought the governor's backing, ...": the
      // relative pronoun is the subject of both verbs of its clause
      Span source = new Span(p, toks.get(CueSubject.subjectStart(toks, relative)).start(), toks.get(relative).end());
      List<Span> content = new ArrayList<>();
      int from = right.contentFrom();
      int close = VerbCueRule.relativeClauseEnd(toks, relative, from);
      if (close > from) {
        // the comma that closes the relative clause ends its content, as for its first verb
        int rs = toks.get(from).start();
        content.add(new Span(p, rs, trimEnd(text, rs, toks.get(close).start())));
        return addFound(text, unit, cue, source, content, subject.appositive(), close - 1, out);
      }
      content.add(contentToEnd(text, toks, p, from, unit));
      return addFound(text, unit, cue, source, content, subject.appositive(), lastContentToken(toks, from), out);
    }
    if (inherited != null && j >= 0 && (toks.get(j).lower().equals("and") || toks.get(j).lower().equals("but"))
        && !rightEmpty && entry.kind() != CueLexicon.Kind.WEAK) {
      // "X declined to comment but added: …": the subject carries over
      List<Span> content = new ArrayList<>();
      content.add(contentToEnd(text, toks, p, right.contentFrom(), unit));
      return addFound(text, unit, cue, inherited, content, subject.appositive(), lastContentToken(toks, right.contentFrom()), out);
    } else if (entry.kind() != CueLexicon.Kind.WEAK && j >= 0 && (toks.get(j).is(",") || toks.get(j).quoted())
        && !rightEmpty && hasWord(toks, 0, j) && !participle
        && (toks.get(j).quoted() || !auxiliaryBetween(toks, j, cue.start()))) {
      return invertedCue(text, unit, cue, right, j, subject.appositive(), out);
    } else if (j >= 0 && !rightEmpty
        && (toks.get(j).is(",") && (Words.CONTINUING_PARTICIPLES.contains(w) || participle)
            || (entry.kind() != CueLexicon.Kind.WEAK || finiteForm(w) && plausibleOpening(toks, j) && !passiveAfter(toks, cue.end()))
                && (toks.get(j).lower().equals("and") || toks.get(j).lower().equals("but")))
        && initialSubject(toks, j) != null) {
      // "Clinton chimed in on Twitter, saying that ..." / "Cruz exhorted ... and said he ..."
      int[] subjectRange = initialSubject(toks, j);
      int[] nearer = coordinatedSubject(toks, j, w, subjectRange[1]);
      if (nearer == null && toks.get(j).is(",")) {
        nearer = conjoinedClauseSubject(toks, j, subjectRange[1]);
      }
      if (nearer != null) {
        subjectRange = nearer;
      }
      Span source = new Span(p, toks.get(subjectRange[0]).start(), toks.get(subjectRange[1] - 1).end());
      List<Span> content = new ArrayList<>();
      content.add(contentToEnd(text, toks, p, right.contentFrom(), unit));
      return addFound(text, unit, cue, source, content, subject.appositive(), lastContentToken(toks, right.contentFrom()), out);
    }
    return -1;
  }

  /** How many tokens a relative clause may hold before the "and" that coordinates a cue with its verb. */
  private static final int MAX_RELATIVE_CLAUSE = 12;

  /**
   * The relative pronoun ("who", "which") that is the subject of the cue {@code w} after the
   * "and" at token {@code j}, or -1: "The senator, who campaigned on taxes and sought ...", "the
   * union, which largely backs the plan and opposes ...". Two verbs joined by "and" inside a
   * relative clause share its pronoun as subject. So it is when, within a few words with no
   * punctuation, quote or clause word between, the pronoun follows a comma (a restrictive clause
   * has no comma to close it, so where its content ends is unknown) and is followed by its verb
   * (any lower-case word after "who" but a determiner or pronoun, which would open a subject of
   * its own; after "which" a verb form, see {@link CueSubject#verbLike}). The cue agrees in form
   * with that verb, so that "and" joins verbs, not nouns ("who raised doubts and questions"): a
   * form in -s after one in -s, a bare form after a bare form or an auxiliary, a past after a
   * past.
   */
  static int relativeClauseSubject(List<Token> toks, int j, String w) {
    if (j < 3 || toks.get(j).quoted() || !toks.get(j).lower().equals("and") || w.endsWith("ing")) {
      return -1;
    }
    for (int k = j - 1; k >= 1 && k >= j - MAX_RELATIVE_CLAUSE; k--) {
      Token t = toks.get(k);
      if (t.quoted() || !t.isWord() && !t.is("-") && !t.is("'") && !t.is("\u2019")) {
        return -1;
      }
      String x = t.lower();
      boolean pronoun = x.equals("who") || x.equals("which");
      if (!pronoun) {
        if (Words.CLAUSE.contains(x) || Words.SUBORDINATORS.contains(x)) {
          return -1;
        }
        continue;
      }
      if (k + 2 > j - 1) {
        return -1; // no verb and object between the pronoun and "and"
      }
      Token before = toks.get(k - 1);
      if (!before.is(",") || before.quoted()) {
        return -1;
      }
      Token verb = toks.get(k + 1);
      String v = verb.lower();
      if (verb.quoted() || verb.isCapitalized() || !verb.isWord()
          || Words.DETERMINERS.contains(v) || Words.PRONOUNS.contains(v)
          || !x.equals("who") && !CueSubject.verbLike(verb)) {
        return -1;
      }
      int f = k + 1;
      while (f < j - 1 && toks.get(f).lower().endsWith("ly") && !toks.get(f).isCapitalized()) {
        f++; // "which largely backs": the adverb before the verb
      }
      return sameForm(toks.get(f).lower(), w) ? k : -1;
    }
    return -1;
  }

  /** Whether cue {@code w} has the form of the verb {@code v} it is coordinated with: -s, -ed or bare. */
  private static boolean sameForm(String v, String w) {
    boolean pastV = v.endsWith("ed") || CueSubject.IRREGULAR_PARTICIPLES.contains(v) || PAST_AUX.contains(v);
    boolean pastW = w.endsWith("ed") || CueSubject.IRREGULAR_PARTICIPLES.contains(w) || CueSubject.IRREGULAR_PASTS.contains(w);
    if (pastV || pastW) {
      return pastV && pastW;
    }
    boolean sV = v.endsWith("s") && !v.endsWith("ss") || v.equals("has");
    boolean sW = w.endsWith("s") && !w.endsWith("ss");
    return sV == sW;
  }

  /** Auxiliaries in the past: "who was ... and sought". */
  private static final java.util.Set<String> PAST_AUX = java.util.Set.of("was", "were", "had", "did");


  /** How many tokens left of a participle's comma the clause it continues may begin. */
  private static final int MAX_CLAUSE = 25;

  /** How many words the subject of a clause after "and" or "but" may have. */
  private static final int MAX_CLAUSE_SUBJECT = 6;

  /**
   * The subject of the last clause joined by ", and" or "but" before the comma at {@code j} that
   * a participle follows: "Protest groups say the rules are unfair, and the union has sued the
   * city, saying ..." (the union), "Roe spoke about trade, but the host brought her back to the
   * budget, asking ..." (the host). A participle after a comma continues the clause nearest to
   * it, and a clause after ", and" or "but" has a subject of its own. So it is when, with no
   * quote, colon or semicolon between, such a conjunction after {@code openingEnd} (the end of
   * the unit's opening subject) is followed by a noun phrase that could speak (a name, a pronoun,
   * a source noun) and then a finite verb: a tense auxiliary, a form in -ed or an irregular past
   * participle. Null otherwise.
   */
  static int @Nullable [] conjoinedClauseSubject(List<Token> toks, int j, int openingEnd) {
    for (int k = j - 1; k > openingEnd && k >= j - MAX_CLAUSE; k--) {
      Token t = toks.get(k);
      if (t.quoted() || t.is(";") || t.is(":")) {
        return null;
      }
      String w = t.lower();
      if (t.isCapitalized() || !(w.equals("but") || w.equals("and") && toks.get(k - 1).is(","))) {
        continue;
      }
      int s = k + 1;
      int e = s;
      while (e < j && e < s + MAX_CLAUSE_SUBJECT && toks.get(e).isWord() && !toks.get(e).quoted()
          && !finiteVerb(toks.get(e))) {
        e++;
      }
      if (e == s || e >= j || !finiteVerb(toks.get(e)) || !Subjects.plausibleSubject(toks, s, e - 1)
          || Words.CLAUSE.contains(toks.get(s).lower())) {
        return null;
      }
      return new int[] {s, e};
    }
    return null;
  }

  /** Whether {@code t} reads as the finite verb after a subject: "has", "was", "sued", "brought". */
  private static boolean finiteVerb(Token t) {
    String w = t.lower();
    return !t.isCapitalized() && (Words.TENSE_AUX.contains(w) || w.length() > 3 && w.endsWith("ed")
        || CueSubject.IRREGULAR_PARTICIPLES.contains(w));
  }

  /** How many tokens left of "and" the verb a cue is coordinated with may stand. */
  private static final int MAX_COORDINATED = 12;

  /** How many words the subject of a coordinated verb may have: "the harbour board's deputy chair". */
  private static final int MAX_SUBJECT_WORDS = 6;

  /**
   * The subject of the verb a cue after "and" is coordinated with, when that verb has a subject
   * of its own after the unit's opening subject: "The crowd cheered when the mayor spotted a
   * banner and asked ..." (the mayor), "..., with dock workers blocking the gates and vowing
   * ..." (dock workers). Two verbs joined by "and" share one subject, so the cue's is the one of
   * the nearest verb of its own form (-ed with -ed, -ing with -ing) left of the "and" at {@code
   * j}, when that subject opens a clause or phrase of its own (after a subordinator such as
   * "when" or "after", or after "with"). Null when "and" follows a comma (", and" mostly joins
   * the main clause again), when no such verb stands within a few words with no comma, quote or
   * clause word between, or when its subject starts before {@code openingEnd}, the end of the
   * unit's opening subject.
   */
  static int @Nullable [] coordinatedSubject(List<Token> toks, int j, String w, int openingEnd) {
    boolean past = w.endsWith("ed");
    boolean ing = w.endsWith("ing");
    if (!past && !ing || j < 2 || !toks.get(j).lower().equals("and") || !toks.get(j - 1).isWord()) {
      return null;
    }
    int limit = Math.max(openingEnd + 1, j - MAX_COORDINATED);
    for (int v = j - 1; v >= limit; v--) {
      Token t = toks.get(v);
      if (t.quoted() || !t.isWord() && !isNameJoiner(toks, v)) {
        return null;
      }
      String vw = t.lower();
      if (Words.CLAUSE.contains(vw) || Words.SUBORDINATORS.contains(vw)) {
        return null;
      }
      if (t.isCapitalized() || vw.length() < 5 || !(past ? vw.endsWith("ed") : vw.endsWith("ing"))) {
        continue;
      }
      int head = CueSubject.skipAdverbials(toks, v - 1);
      if (head <= openingEnd || !toks.get(head).isWord() || toks.get(head).quoted()
          || !Subjects.plausibleSubject(toks, head, head) || Words.CLAUSE.contains(toks.get(head).lower())) {
        return null;
      }
      // the subject's first word: back to the subordinator or "with" that opens its clause
      for (int o = head - 1; o > openingEnd && o >= head - MAX_SUBJECT_WORDS; o--) {
        Token ot = toks.get(o);
        String ow = ot.lower();
        if (ot.quoted() || !ot.isWord() && !isNameJoiner(toks, o) && !ot.is(".")) {
          return null;
        }
        if (!ot.isCapitalized() && (Words.SUBORDINATORS.contains(ow) || ow.equals("with"))) {
          return new int[] {o + 1, head + 1};
        }
        if (Words.CLAUSE.contains(ow)) {
          return null;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * "Ann Roe, citing a new study, said ...", "The council, noting “…,” voted ...": a participle
   * cue in an aside right after the unit's opening subject ({@code subjectRange}, token range end
   * exclusive). The subject is its source; its content runs from the cue's complement to the
   * comma that closes the aside (through a quote that closes it), or to the unit's end when no
   * comma does. Added to {@code out}; returns the last token index of the content.
   */
  static int asideParticiple(String text, Unit unit, Cue cue, RightSide right, int[] subjectRange,
      @Nullable Span appositive, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int p = unit.paragraph();
    int from = right.contentFrom();
    int last = n - 1;
    int end = unit.end();
    for (int k = from; k < n; k++) {
      Token t = toks.get(k);
      if (!t.quoted() && (t.is(",") || t.is(";") || t.is(":") || t.is("\u2014") || t.is("--"))) {
        last = k - 1;
        end = toks.get(k).start();
        break;
      }
      if (t.quoted() && k + 1 < n && !toks.get(k + 1).quoted() && toks.get(k + 1).isWord()
          && k > from && (toks.get(k - 1).is(",") || t.is(","))) {
        last = k; // "noting “…,” said": the comma inside the quote closes the aside
        end = t.end();
        break;
      }
    }
    if (last < from) {
      return -1;
    }
    int s = toks.get(from).start();
    int e = toks.get(last).quoted() ? end : trimEnd(text, s, end);
    if (e <= s) {
      return -1;
    }
    Span source = new Span(p, toks.get(subjectRange[0]).start(), toks.get(subjectRange[1] - 1).end());
    List<Span> content = new ArrayList<>();
    content.add(new Span(p, s, e));
    out.add(new Found(source, cue.span(toks, p), cue.text(), content, cue.stance(), -1, appositive));
    return last;
  }

  /**
   * Whether an auxiliary stands between the comma at {@code j} and the cue at {@code c}: "...,
   * have found ...". An inverted cue ("..., said Roe") follows the comma right away.
   */
  static boolean auxiliaryBetween(List<Token> toks, int j, int c) {
    for (int k = j + 1; k < c; k++) {
      if (Words.TENSE_AUX.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that, right after the noun phrase following a comma and a cue, show that noun phrase
   * is the cue's object before a clause ("..., asked Lee if ...", "..., told aides that ..."),
   * not an inverted subject.
   */
  private static final java.util.Set<String> NOT_AFTER_INVERTED = java.util.Set.of("that", "if", "whether", "to");

  /**
   * Whether cue word {@code w} is a present participle ("saying", "arguing"): after a comma it
   * continues the clause's subject ("Roe left, saying ...") and never inverts, as "said X" does.
   */
  static boolean isParticiple(String w) {
    return w.length() > 5 && w.endsWith("ing");
  }

  /** Whether the comma at token {@code j} closes the unit's opening subject: "Ann Roe, citing ...". */
  static boolean isAside(List<Token> toks, int j) {
    int[] subject = initialSubject(toks, j);
    return subject != null && subject[1] == j;
  }

  /**
   * Inverted: "…," said X. The source follows the cue; the content is what precedes the comma
   * or quote at token {@code j}. Added to {@code out}; returns the last token index of the
   * content, or -1 when no name follows the cue.
   */
  static int invertedCue(String text, Unit unit, Cue cue, RightSide right, int j, @Nullable Span appositive,
      List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int p = unit.paragraph();
    List<Span> content = new ArrayList<>();
    int[] interrupted = toks.get(j).quoted() ? interruptedSubject(toks, j) : null;
    if (interrupted != null) {
      // "X, citing “…,” said …": the comma closing the quote ends an aside after the subject
      Span source = new Span(p, toks.get(interrupted[0]).start(), toks.get(interrupted[1] - 1).end());
      content.add(contentToEnd(text, toks, p, right.contentFrom(), unit));
      out.add(new Found(source, cue.span(toks, p), cue.text(), content, cue.stance(), -1, appositive));
      return lastContentToken(toks, right.contentFrom());
    }
    int s = right.r();
    int e = s;
    while (e < n && !toks.get(e).quoted() && (toks.get(e).isWord() || isNameJoiner(toks, e) || toks.get(e).is("."))
        && !Words.CLAUSE.contains(toks.get(e).lower()) && e < s + 12) {
      e++;
    }
    while (e > s && toks.get(e - 1).is(".")) {
      e--;
    }
    if (e == s || !toks.get(j).quoted() && e < n && toks.get(e).isWord() && !toks.get(e).quoted()
        && (e == s + 12 || NOT_AFTER_INVERTED.contains(toks.get(e).lower()) || Words.AUX.contains(toks.get(e).lower()))) {
      // "Roe, a lawyer, asked Lee if ...", "..., say the aides are ...": what follows the cue is
      // its object and a clause, not an inverted subject
      return -1;
    }
    Span source = new Span(p, toks.get(s).start(), toks.get(e - 1).end());
    int le = trimEnd(text, unit.start(), toks.get(j).quoted() ? toks.get(j).end() : toks.get(j).start());
    if (toks.get(j).quoted()) {
      le = toks.get(j).end();
    }
    content.add(new Span(p, unit.start(), le));
    int last = addFound(text, unit, cue, source, content, appositive, n - 1, out);
    int comma = last >= 0 ? participleAfterAside(toks, e) : -1;
    if (comma >= 0) {
      // "“…,” said Ann Roe, adding that …": a participle right after the inverted subject
      // continues it, as it does after "“…,” Ann Roe said, adding …" (a relative clause there,
      // "said Roe, who … and has backed …", speaks of the subject and is left alone)
      List<Found> extra = new ArrayList<>();
      Continuations.splitContinuation(text, unit, new Span(p, toks.get(comma).start(), unit.end()), source, extra);
      out.addAll(extra);
    }
    return last;
  }

  /**
   * Whether cue word {@code w} is a past form ("defended") that after "and" or "but" coordinates
   * a second predicate with the opening subject's first: "Roe went on the radio and defended the
   * plan." (Present forms in -s were measured too: no better, and more often nouns.)
   */
  static boolean finiteForm(String w) {
    return w.endsWith("ed");
  }

  /** Whether "by" follows the cue (last token {@code cueEnd}): a passive participle ("... and backed by ..."), no finite verb. */
  static boolean passiveAfter(List<Token> toks, int cueEnd) {
    return cueEnd + 1 < toks.size() && !toks.get(cueEnd + 1).quoted() && toks.get(cueEnd + 1).lower().equals("by");
  }

  /** Whether the unit opens with a subject, before token {@code j}, that may speak: "Roe", "The council". */
  static boolean plausibleOpening(List<Token> toks, int j) {
    int[] s = initialSubject(toks, j);
    return s != null && s[1] > s[0] && plausibleSubject(toks, s[0], s[1] - 1) && !toks.get(s[1] - 1).lower().endsWith("ly")
        && !Words.DETERMINERS.contains(toks.get(s[1] - 1).lower());
  }

  /** The most tokens an aside between an inverted subject and its participle may span. */
  private static final int MAX_ASIDE = 20;

  /**
   * The comma before a participle cue that continues an inverted subject ending at token
   * {@code e} ("“…,” said Ann Roe, adding …"), right after it or past one aside that a comma
   * opens and closes: an appositive or a relative clause ("said Ann Roe, the mayor, citing …",
   * "said Ann Roe, who chairs the board, citing …"); -1 when none follows. An aside holding a
   * quote, a colon, a semicolon or a dash, or longer than {@link #MAX_ASIDE} tokens, is not
   * passed.
   */
  static int participleAfterAside(List<Token> toks, int e) {
    int n = toks.size();
    if (e + 1 >= n || !toks.get(e).is(",") || toks.get(e).quoted()) {
      return -1;
    }
    if (!toks.get(e + 1).quoted() && Continuations.participleCue(toks.get(e + 1).lower())) {
      return e;
    }
    for (int k = e + 1; k + 1 < n && k <= e + MAX_ASIDE; k++) {
      Token t = toks.get(k);
      if (t.quoted() || t.is(";") || t.is(":") || t.is("\u2014") || t.is("--") || t.is("(")) {
        return -1;
      }
      if (t.is(",")) {
        return !toks.get(k + 1).quoted() && Continuations.participleCue(toks.get(k + 1).lower()) && k > e + 1 ? k : -1;
      }
    }
    return -1;
  }

  /**
   * "X, citing “…,” said": the quote ending at token {@code j} sits in an aside that opens with a
   * comma and a participle or "who" right after the sentence's subject. The subject's token range
   * (end exclusive), or null when the quote is not in such an aside.
   */
  static int @Nullable [] interruptedSubject(List<Token> toks, int j) {
    int k = j;
    while (k > 0 && toks.get(k - 1).quoted()) {
      k--;
    }
    int comma = -1;
    for (int m = k - 1; m > 0; m--) {
      if (toks.get(m).quoted()) {
        return null;
      }
      if (toks.get(m).is(",")) {
        comma = m;
        break;
      }
    }
    if (comma < 1 || comma + 1 >= k) {
      return null;
    }
    String opener = toks.get(comma + 1).lower();
    if (!Words.CONTINUING_PARTICIPLES.contains(opener) && !opener.equals("who")) {
      return null;
    }
    int[] subject = initialSubject(toks, comma);
    if (subject == null || subject[1] > comma || !plausibleSubject(toks, subject[0], subject[1] - 1)) {
      return null;
    }
    return subject;
  }
}
