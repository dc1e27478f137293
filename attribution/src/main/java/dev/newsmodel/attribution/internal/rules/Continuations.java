package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.CueComplement.skipAdjuncts;
import static dev.newsmodel.attribution.internal.rules.Tokens.endsWithQuote;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.SourceNouns;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.rules.VerbCueRule.Cue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a cue's content ends when a second statement follows in the same sentence. A
 * continuation of the same source (", adding ...", "... and added ...", "... but has since said
 * ...", "..., and vowing ...") is split off as an attribution of its own: "The mayor said the
 * pier was safe, adding that it would reopen in May." gives two attributions to the mayor. A
 * comma before a clause with a subject and a verb of its own ("..., the inspector warned ...",
 * "..., who has argued ...") ends the content, and the rules read that clause afresh.
 */
final class Continuations {
  private Continuations() {}

  /**
   * Adds the attribution of {@code cue} to {@code out}, its last content split where ", adding
   * ..." continues it. Returns {@code lastContentTok}, or -1 when there is no content.
   */
  static int addFound(String text, Unit unit, Cue cue, @Nullable Span source, List<Span> content,
      @Nullable Span appositive, int lastContentTok, List<Found> out) {
    if (content.isEmpty()) {
      return -1;
    }
    Span cueSpan = cue.span(unit.tokens(), unit.paragraph());
    // ", adding ..." and "... and added ..." split the content
    List<Found> extra = new ArrayList<>();
    Span last = content.get(content.size() - 1);
    if (source != null && last.start() > cueSpan.start()) {
      List<Span> split = splitContinuation(text, unit, last, source, extra);
      if (split != null) {
        content.set(content.size() - 1, split.get(0));
      } else {
        extra.clear();
      }
    }
    out.add(new Found(source, cueSpan, cue.text(), content, cue.stance(), -1, appositive));
    out.addAll(extra);
    return lastContentTok;
  }

  /** Continuations split off one content at most: a sentence reports a handful. */
  static final int MAX_SPLITS = 4;

  /**
   * Splits content at the first ", adding ...", "... and added ...", "... but has since said
   * ...", "..., and vowing ..." that continues it with a statement of the same source; the
   * statement split off is split again the same way (up to {@link #MAX_SPLITS} in all). Each one
   * split off is added to {@code extra}. Returns the shortened span (as a one-element list) or
   * null when nothing continues the content.
   */
  static @Nullable List<Span> splitContinuation(String text, Unit unit, Span content, Span source,
      List<Found> extra) {
    List<Span> first = null;
    boolean whole = false; // the content was all continuation
    Span rest = content;
    for (int splits = 0; splits < MAX_SPLITS && rest != null; splits++) {
      int before = extra.size();
      List<Span> split = splitOnce(text, unit, rest, source, extra);
      if (split == null && extra.size() > before && splits == 0) {
        whole = true; // keep what was split off, and split it in turn
      } else if (split == null) {
        while (extra.size() > before) {
          extra.remove(extra.size() - 1);
        }
        break;
      } else if (splits == 0) {
        first = split;
      } else {
        // the continuation split again: it ends where the next one starts
        Found f = extra.get(before - 1);
        extra.set(before - 1, new Found(f.source(), f.cue(), f.cueText(), split, f.stance(), f.continues(), f.appositive()));
      }
      rest = extra.get(extra.size() - 1).content().get(0);
    }
    return whole ? null : first;
  }

  /**
   * The token index of the conjunction ("and", "but") that coordinates the word at {@code i}
   * with what comes before, past auxiliaries and adverbs ("and also warned", "but has since
   * said", "and then"), or -1.
   */
  static int coordinator(List<Token> toks, int i, int from) {
    int j = i - 1;
    while (j > from && !toks.get(j).quoted() && toks.get(j).isWord() && Words.AUX.contains(toks.get(j).lower())
        && j > i - 4) {
      j--;
    }
    if (j <= from || toks.get(j).quoted()) {
      return -1;
    }
    String c = toks.get(j).lower();
    return c.equals("and") || c.equals("but") ? j : -1;
  }

  /**
   * Whether {@code w} is a finite form of a verb of saying or thinking that can be coordinated
   * with a cue: "said", "told", "warned", "insists", or a past form of a WordNet verb that takes a
   * clause ("conceded").
   */
  static boolean finiteCue(String w) {
    CueLexicon.Entry e = CueLexicon.lookup(w);
    if (e != null) {
      return (w.endsWith("ed") || w.equals("said") || w.equals("told") || w.endsWith("s"));
    }
    return w.endsWith("ed") && CueLexicon.lookupClauseCue(w) != null;
  }

  /** Auxiliaries after which a cue takes its base form: "but did note that ...", "and will argue that ...". */
  private static final java.util.Set<String> BASE_AUX = java.util.Set.of("did", "does", "do", "will", "would");

  /**
   * Whether {@code w} is the base form of a cue of saying after the auxiliary {@code aux} ("did
   * note", "will argue"): a word of the cue lexicon that is no weak cue.
   */
  static boolean baseAfterAux(String aux, String w) {
    if (!BASE_AUX.contains(aux)) {
      return false;
    }
    CueLexicon.Entry e = CueLexicon.lookup(w);
    return e != null && e.kind() != CueLexicon.Kind.WEAK && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("s");
  }

  /**
   * Whether {@code w} is a present participle that opens a statement of its own after a comma
   * or "and": one of {@link Words#CONTINUING_PARTICIPLES}, or the -ing form of any cue
   * ("..., conceding that", "and vowing to"); "according" opens a source of its own.
   */
  static boolean participleCue(String w) {
    if (Words.CONTINUING_PARTICIPLES.contains(w)) {
      return true;
    }
    return w.endsWith("ing") && !w.equals("according")
        && (CueLexicon.lookup(w) != null && CueLexicon.lookup(w).kind() != CueLexicon.Kind.WEAK || CueLexicon.lookupClauseCue(w) != null);
  }

  /** One split of {@link #splitContinuation}: the first continuation in {@code content}. */
  private static @Nullable List<Span> splitOnce(String text, Unit unit, Span content, Span source,
      List<Found> extra) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int from = -1;
    for (int i = 1; i < n; i++) {
      Token t = toks.get(i);
      if (t.start() < content.start()) {
        from = i;
        continue;
      }
      if (t.end() > content.end() || t.quoted() || !t.isWord()) {
        continue;
      }
      String w = t.lower();
      Token prev = toks.get(i - 1);
      int conj = coordinator(toks, i, from);
      // a verb only WordNet lists joined by "and" ("... and wanted a change", "... and accepting
      // donations") goes on with the statement: it reports nothing of its own there
      boolean wordNetAfterAnd = conj >= 0 && toks.get(conj).lower().equals("and") && CueLexicon.lookup(w) == null;
      boolean participle = (prev.is(",") && !prev.quoted() || commaInQuote(toks, i) || conj == i - 1) && participleCue(w)
          && !(conj == i - 1 && wordNetAfterAnd);
      boolean conjoined = conj >= 0 && !wordNetAfterAnd && (finiteCue(w) || conj < i - 1 && baseAfterAux(prev.lower(), w));
      if (!participle && !conjoined || VerbCueRule.addsTo(toks, i)) {
        continue; // ", adding to her lead": an increase, no statement
      }
      int r = i + 1;
      if (r >= n || toks.get(r).quoted() || !toks.get(r).lower().equals("to")) {
        r = skipAdjuncts(toks, r); // "referring to the plan made earlier" is the complement, no adjunct
      }
      while (r < n && !toks.get(r).quoted() && (toks.get(r).is(":") || toks.get(r).is(",") || toks.get(r).lower().equals("that"))) {
        r++;
      }
      if (!hasWord(toks, r, n)) {
        return null;
      }
      int rs = toks.get(r).start();
      int re = Math.min(content.end(), unit.end());
      if (re <= rs) {
        return null;
      }
      int cut = conj >= 0 ? toks.get(conj).start() : prev.start();
      if (conj >= 1 && toks.get(conj - 1).is(",") && !toks.get(conj - 1).quoted()) {
        cut = toks.get(conj - 1).start();
      }
      int firstEnd = trimEnd(text, content.start(), cut);
      if (conj < 0 && commaInQuote(toks, i)) {
        firstEnd = prev.end(); // the quotation closes the first content, its comma and mark kept
      }
      CueLexicon.Entry e = CueLexicon.lookup(w);
      Stance stance = e == null ? Stance.ASSERTS : e.stance();
      extra.add(new Found(source, new Span(unit.paragraph(), t.start(), t.end()), t.text(),
          List.of(new Span(unit.paragraph(), rs, re)), stance, -1, null));
      if (firstEnd <= content.start()) {
        return null;
      }
      return List.of(new Span(unit.paragraph(), content.start(), firstEnd));
    }
    return null;
  }

  /**
   * Whether a quotation closes with a comma right before token {@code i}: "… in the race,”
   * adding …", where the comma that sets off the participle sits inside the quote.
   */
  static boolean commaInQuote(List<Token> toks, int i) {
    if (i < 2) {
      return false;
    }
    Token close = toks.get(i - 1);
    Token comma = toks.get(i - 2);
    return close.quoted() && !close.isWord() && !close.is(",") && comma.is(",") && comma.end() <= close.start();
  }

  /**
   * Whether a clause of its own with a determined subject starts at token {@code i}: a
   * determiner, "there" or a number, then within a few words a tense auxiliary ("..., and the
   * market was ...", "..., but the report on Monday had ...", "..., and there were ..."), with no
   * comma or quote before it.
   */
  static boolean determinedClause(List<Token> toks, int i) {
    int n = toks.size();
    if (i >= n || toks.get(i).quoted() || !toks.get(i).isWord()) {
      return false;
    }
    String w = toks.get(i).lower();
    if (!(Words.DETERMINERS.contains(w) || w.equals("there") || w.equals("none")
        || Character.isDigit(toks.get(i).text().charAt(0)))) {
      return false;
    }
    for (int k = i + 1; k < n && k <= i + 7; k++) {
      Token t = toks.get(k);
      if (t.quoted() || !t.isWord() && !t.is("'s") && !t.is("\u2019s")) {
        return false;
      }
      if (Words.TENSE_AUX.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** Conjunctions that join a clause of its own after a comma: "..., but she ...". */
  private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "yet", "while", "whereas");

  /**
   * {@link #clauseSubjectEnd}, or after a conjunction also a bare plural of a source noun
   * ("..., but critics point to ...").
   */
  private static int subjectEnd(List<Token> toks, int i) {
    int e = clauseSubjectEnd(toks, i);
    if (e < 0 && i < toks.size() && !toks.get(i).quoted() && toks.get(i).isWord() && !toks.get(i).isCapitalized()) {
      String w = toks.get(i).lower();
      if (w.endsWith("s") && !w.endsWith("ss") && SourceNouns.isSourceNoun(w)) {
        return i + 1;
      }
    }
    return e;
  }

  /** Pronouns that are the whole subject of a new clause after a comma. */
  private static final java.util.Set<String> CLAUSE_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i");

  /**
   * The comma at which content that starts at token {@code from} ends because a new clause with
   * a subject and a verb of its own opens after it: "..., she conceded ...", "..., the inspector
   * warned ...", "..., Ann Roe had said ..."; -1 when there is none. A comma that closes an
   * opening subordinate clause or adjunct ("if it rains, she will stay", "despite the rain, she
   * will stay", "even if it rains, she will stay"; also one opening after "and", "but" or "that"
   * inside the content: "... and if it rains, she will stay") ends nothing, nor does one before a
   * parenthetical cue ("the pier, she said, is safe") or one inside quotes. A subordinate clause
   * after a comma whose own subject and cue make a statement ("..., though the inspector warned
   * ...", "..., because she believes ...") ends the content. A dash counts as a
   * comma here ("... was safe \u2014 the inspector warned ..."); one that opens an aside has no
   * subject and verb after it and ends nothing.
   */
  static int newClauseComma(List<Token> toks, int from) {
    int n = toks.size();
    // content that opens with a subordinate clause or an adjunct ("despite the split, the
    // party ...") reads on past the comma that closes it
    boolean subordinate = opensSubordinate(toks, from);
    for (int k = from + 1; k + 2 < n; k++) {
      Token t = toks.get(k);
      if (t.quoted() || !(t.is(",") || t.is("\u2014") || t.is("--") || t.is("-") || t.is("\u2013"))) {
        // "... and if the pier fails, they would need ...": a subordinate clause or an adjunct
        // opened after "and", "but" or "that" inside the content closes with a comma of its own
        if (!t.quoted() && t.isWord() && INNER_OPENERS.contains(t.lower()) && opensSubordinate(toks, k + 1)) {
          subordinate = true;
        }
        continue;
      }
      if (subordinate && t.is(",")) {
        subordinate = false;
        continue;
      }
      String after = toks.get(k + 1).lower();
      boolean relative = !toks.get(k + 1).quoted() && (after.equals("who") || after.equals("which"));
      if (!toks.get(k + 1).quoted() && COORDINATORS.contains(after) && k + 3 < n
          && CLAUSE_PRONOUNS.contains(toks.get(k + 2).lower()) && !toks.get(k + 2).quoted()
          && toks.get(k + 3).isWord() && !toks.get(k + 3).quoted() && !toks.get(k + 3).isCapitalized()) {
        return k; // "..., but she ...", "..., and they ...": a clause of its own
      }
      if (t.is(",") && !toks.get(k + 1).quoted() && COORDINATORS.contains(after) && k + 3 < n) {
        // "..., but the council voted ...", "..., while Roe warned ...": a subject of its own and
        // a finite verb after the conjunction open a clause of its own too
        int cv = subjectEnd(toks, k + 2);
        while (cv > 0 && cv < n && toks.get(cv).isWord() && !toks.get(cv).quoted() && Words.AUX.contains(toks.get(cv).lower())) {
          cv++;
        }
        if (cv > 0 && cv + 1 < n && finiteVerb(toks.get(cv))) {
          return k;
        }
        if ((after.equals("and") || after.equals("but")) && determinedClause(toks, k + 2)) {
          return k;
        }
      }
      if (t.is(",") && !toks.get(k + 1).quoted() && Words.SUBORDINATORS.contains(after) && relativeWithCue(toks, k + 2)) {
        // "..., though the inspector warned ...": the subordinate clause is a statement of its
        // own subject, not part of this one (the rules read it afresh)
        return k;
      }
      if (relative && t.is(",") && relativeWithCue(toks, k + 2)) {
        return k; // "..., which the engineers said would hold": a statement of its own
      }
      int v = relative ? k + 2 : clauseSubjectEnd(toks, k + 1);
      if (v < 0) {
        continue;
      }
      while (v < n && toks.get(v).isWord() && !toks.get(v).quoted() && Words.AUX.contains(toks.get(v).lower())) {
        v++;
      }
      if (v + 1 < n && (relative ? cueVerb(toks.get(v)) : finiteVerb(toks.get(v))) && !toks.get(v + 1).is(",")
          && !toks.get(v + 1).is(".")) {
        return k;
      }
    }
    return -1;
  }

  /** Words after which a subordinate clause or an adjunct can open inside content. */
  private static final java.util.Set<String> INNER_OPENERS = java.util.Set.of("and", "but", "that");

  /**
   * Whether a subordinate clause or an adjunct opens at token {@code i} ("if it rains", "despite
   * the storm", "even if it rains"), so that the next comma closes it rather than the content.
   */
  private static boolean opensSubordinate(List<Token> toks, int i) {
    int n = toks.size();
    if (i >= n || toks.get(i).quoted() || !toks.get(i).isWord()) {
      return false;
    }
    String w = toks.get(i).lower();
    if (w.equals("even") && i + 1 < n && !toks.get(i + 1).quoted()) {
      w = toks.get(i + 1).lower(); // "even if", "even though", "even as"
      return Words.SUBORDINATORS.contains(w);
    }
    return Words.SUBORDINATORS.contains(w) || Subjects.ADJUNCT_OPENERS.contains(w);
  }

  /**
   * The token after a clause's subject that starts at {@code i}: a subject pronoun, up to three
   * words in capitals (after a determiner or a source noun: "actress Ann Roe"), or a determiner
   * and a source noun ("the officials", "some allies"); -1 when none starts there.
   */
  static int clauseSubjectEnd(List<Token> toks, int i) {
    int n = toks.size();
    if (i >= n || toks.get(i).quoted() || !toks.get(i).isWord()) {
      return -1;
    }
    String w = toks.get(i).lower();
    if (CLAUSE_PRONOUNS.contains(w)) {
      return i + 1;
    }
    int k = i;
    if (Words.DETERMINERS.contains(w) && !toks.get(i).isCapitalized()) {
      k++;
    }
    int nouns = k;
    while (nouns < n && nouns < k + 2 && toks.get(nouns).isWord() && !toks.get(nouns).quoted()
        && !toks.get(nouns).isCapitalized() && SourceNouns.isSourceNoun(toks.get(nouns).lower())) {
      nouns++;
    }
    int caps = nouns;
    while (caps < n && caps < nouns + 3 && toks.get(caps).isWord() && !toks.get(caps).quoted()
        && toks.get(caps).isCapitalized() && !Words.NOT_SUBJECTS.contains(toks.get(caps).lower())) {
      caps++;
    }
    if (caps > nouns) {
      return caps;
    }
    return nouns > k && k > i ? nouns : -1;
  }

  /**
   * Whether a relative clause whose pronoun ends at token {@code i - 1} has a subject of its own
   * and then a finite cue ("which the engineers said", "which she has argued"): its pronoun is
   * the object of that cue, and the clause a statement of its own.
   */
  static boolean relativeWithCue(List<Token> toks, int i) {
    int n = toks.size();
    int v = clauseSubjectEnd(toks, i);
    if (v < 0) {
      return false;
    }
    while (v < n && toks.get(v).isWord() && !toks.get(v).quoted() && Words.AUX.contains(toks.get(v).lower())) {
      v++;
    }
    return v + 1 < n && cueVerb(toks.get(v)) && !toks.get(v + 1).is(",") && !toks.get(v + 1).is(".");
  }

  /** Whether {@code t} is a finite cue: a word of the cue lexicon or a verb WordNet gives as taking a clause, no -ing form. */
  private static boolean cueVerb(Token t) {
    String w = t.lower();
    return !t.quoted() && t.isWord() && !t.isCapitalized() && !w.endsWith("ing")
        && (CueLexicon.lookup(w) != null || CueLexicon.lookupClauseCue(w) != null);
  }

  /** Whether {@code t} reads as a finite verb: a cue, a verb WordNet gives as taking a clause, or a lower-case form ending in -ed. */
  private static boolean finiteVerb(Token t) {
    if (t.quoted() || !t.isWord() || t.isCapitalized()) {
      return false;
    }
    String w = t.lower();
    return CueLexicon.lookup(w) != null && !w.endsWith("ing") || w.endsWith("ed") || CueLexicon.lookupClauseCue(w) != null && !w.endsWith("ing")
        || Words.ACTION_VERBS.contains(w);
  }

  /**
   * The last token of content that starts at token {@code from}: the one before a comma that
   * opens a clause of its own ({@link #newClauseComma}), else the unit's last.
   */
  static int lastContentToken(List<Token> toks, int from) {
    int comma = newClauseComma(toks, from);
    return comma > from ? comma - 1 : toks.size() - 1;
  }

  /**
   * The content from token {@code from} to the end of the unit, or to the comma that opens a
   * clause of its own ({@link #lastContentToken}), trimmed, but keeping a closing quote mark when
   * the unit ends inside a quotation.
   */
  static Span contentToEnd(String text, List<Token> toks, int p, int from, Unit unit) {
    int rs = toks.get(from).start();
    int last = lastContentToken(toks, from);
    if (last < toks.size() - 1) {
      return new Span(p, rs, trimEnd(text, rs, toks.get(last + 1).start()));
    }
    int re = trimEnd(text, rs, unit.end());
    if (toks.get(toks.size() - 1).quoted() && endsWithQuote(text, unit.end())) {
      re = unit.end();
    }
    return new Span(p, rs, re);
  }
}
