package dev.newsmodel.attribution.internal;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds attributions (source, cue, content) in paragraphs with rules over sentence units: the
 * cue is a word of {@link CueLexicon} outside quotes; its subject is the noun phrase before it
 * (past auxiliaries, adverbs, appositives and relative clauses), or the one after it when the
 * verb follows the content ("..., said X"); the content is what follows the cue (past an
 * addressee and adjuncts such as "on Thursday" or "in a statement"), or what precedes the
 * subject when nothing follows. Quotes standing alone after an attributed quote continue it.
 * One pass over the units; work per unit is bounded by its length.
 */
public final class AttributionFinder {
  private AttributionFinder() {}

  private static final Pattern SPEAKER_LABEL = Pattern.compile("^\\s*([A-Z][A-Z.'\\- ]{1,40}):\\s+\\S");

  /** "Name: statement" in a headline or interview: one to four capitalised words, then a colon. */
  private static final Pattern NAME_COLON = Pattern.compile(
      "^\\s*((?:[A-Z][\\p{L}.'\u2019\\-]*\\s){0,3}[A-Z][\\p{L}.'\u2019\\-]*):\\s+\\S");
  /** Labels that open a paragraph with a colon but name no speaker. */
  private static final java.util.Set<String> NOT_SPEAKER_LABELS = Words.set(
      "update", "updated", "note", "editor's note", "editor\u2019s note", "watch", "related", "photos", "photo",
      "video", "read more", "correction", "breaking", "exclusive", "opinion", "analysis", "live", "see also",
      "more", "also", "read", "listen", "source", "sources", "credit", "warning", "advertisement", "subscribe",
      "click here", "here", "first", "second", "third", "why", "how", "what", "the", "a", "but", "and", "so",
      "today", "tonight", "yes", "no", "example", "for example", "background", "context", "bottom line",
      "the bottom line", "the big picture", "by the numbers", "what's next", "what\u2019s next", "meanwhile",
      "plus", "bonus", "p.s", "ps", "disclosure", "full disclosure", "contact", "email", "phone", "tags", "filed under",
      "topics", "share", "sign up", "newsletter", "trending", "popular", "top stories", "latest", "podcast");

  /** The result: attributions plus the units and quotes they were found in. */
  public record Result(List<Found> found, List<List<QuoteSpan>> quotes, List<List<Unit>> units) {}

  /** The attributions later units may continue, as {@link #find} goes through the paragraphs. */
  private static final class Recent {
    /** Index of the last attribution whose content is a quote. */
    int lastDirect = -1;
    int lastDirectParagraph = -10;
    /** "X said:" closing a paragraph, content in the next one. */
    int pendingColon = -1;
    /** Index of the last attribution with a source. */
    int lastAny = -1;
    int lastAnyParagraph = -10;
  }

  /**
   * Finds the attributions of {@code paragraphs}. The phases (a speaker label, each unit's
   * attributions, attributions left without content) are separate methods: one method of all of
   * them was among the costliest for the JIT to compile.
   */
  public static Result find(List<String> paragraphs) {
    List<List<QuoteSpan>> quotes = QuoteFinder.find(paragraphs);
    List<List<Unit>> units = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    Recent recent = new Recent();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      List<Unit> us = TextUnits.units(p, text, quotes.get(p));
      units.add(us);
      Found labelled = speakerLabel(p, text);
      if (labelled != null) {
        found.add(labelled);
        recent.pendingColon = -1;
        continue;
      }
      for (int u = 0; u < us.size(); u++) {
        u = unitAttributions(text, p, us, u, found, recent);
      }
      if (recent.pendingColon >= 0 && found.get(recent.pendingColon).content().isEmpty()
          && found.get(recent.pendingColon).source() != null && found.get(recent.pendingColon).source().paragraph() != p) {
        recent.pendingColon = -1;
      }
    }
    return new Result(withContent(found), quotes, units);
  }

  /** "SMITH: ..." or "Jane Smith: ..." opening paragraph {@code p}: the speaker and the rest of it; null when none. */
  private static @Nullable Found speakerLabel(int p, String text) {
    var label = SPEAKER_LABEL.matcher(text);
    boolean labelled = label.find() && label.group(1).strip().length() >= 2;
    if (!labelled) {
      label = NAME_COLON.matcher(text);
      labelled = label.find() && !NOT_SPEAKER_LABELS.contains(label.group(1).toLowerCase(java.util.Locale.ROOT))
          && Words.splitOnSpaces(text.substring(label.end(1) + 1).strip()).length >= 3;
    }
    if (!labelled) {
      return null;
    }
    int s = label.start(1);
    int e = label.end(1);
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    int cs = skipSpace(text, label.end(1) + 1);
    return new Found(new Span(p, s, e), new Span(p, label.end(1), label.end(1) + 1), ":",
        List.of(new Span(p, cs, trimEnd(text, cs, text.length()))), Stance.ASSERTS, -1, null);
  }

  /**
   * Adds the attributions of unit {@code u} of paragraph {@code p} to {@code found}: content for a
   * pending "X said:", a quote's credit in the next unit, a quote continuing an earlier one, or
   * what the rules find. Returns the index of the last unit read ({@code u}, or the next one
   * when it was the credit).
   */
  private static int unitAttributions(String text, int p, List<Unit> us, int u, List<Found> found, Recent recent) {
    Unit unit = us.get(u);
    if (recent.pendingColon >= 0 && u == 0) {
      Found prev = found.get(recent.pendingColon);
      List<Span> content = new ArrayList<>(prev.content());
      content.add(new Span(p, unit.start(), unit.end()));
      found.set(recent.pendingColon, new Found(prev.source(), prev.cue(), prev.cueText(), content,
          prev.stance(), prev.continues(), prev.appositive()));
      recent.lastDirect = recent.pendingColon;
      recent.lastDirectParagraph = p;
      recent.pendingColon = -1;
      return u;
    }
    boolean continuesQuote = !unit.quotes().isEmpty() && unit.allQuoted();
    if (continuesQuote && u + 1 < us.size()) {
      // "“… ?” Vitter demanded.": the question mark ended the unit before its credit
      Found credit = creditUnit(text, us.get(u + 1), quoteContent(text, unit));
      if (credit != null) {
        found.add(credit);
        recent.lastAny = found.size() - 1;
        recent.lastAnyParagraph = p;
        recent.lastDirect = recent.lastAny;
        recent.lastDirectParagraph = p;
        return u + 1;
      }
    }
    if (continuesQuote) {
      int target = recent.lastAnyParagraph == p && recent.lastAny >= 0 ? recent.lastAny
          : recent.lastDirect >= 0 && p - recent.lastDirectParagraph <= 1 ? recent.lastDirect : -1;
      if (target >= 0) {
        recent.lastDirect = target;
        found.add(new Found(null, null, null, List.of(quoteContent(text, unit)), Stance.ASSERTS, target, null));
        recent.lastDirectParagraph = p;
      }
      return u;
    }
    analysedUnit(text, p, unit, u < us.size() - 1, found, recent);
    return u;
  }

  /**
   * Adds what the rules find in {@code unit}, then its quotes no rule attributed; a trailing "X
   * said:" with no content is dropped unless the unit is the paragraph's last ({@code notLast} false).
   */
  private static void analysedUnit(String text, int p, Unit unit, boolean notLast, List<Found> found, Recent recent) {
    int before = found.size();
    analyse(text, unit, found);
    // quotes no rule attributed: the speaker of this unit, or the last one nearby
    Span carried = null;
    for (int f = found.size() - 1; f >= before && carried == null; f--) {
      carried = found.get(f).source();
    }
    if (carried == null && recent.lastAny >= 0 && p - recent.lastAnyParagraph <= 1) {
      carried = found.get(recent.lastAny).source();
    }
    quoteFallback(text, unit, found, before, carried);
    for (int f = before; f < found.size(); f++) {
      Found fd = found.get(f);
      if (fd.source() != null) {
        recent.lastAny = f;
        recent.lastAnyParagraph = p;
      }
      if (isQuoteContent(unit, fd)) {
        recent.lastDirect = f;
        recent.lastDirectParagraph = p;
      }
      if (fd.content().isEmpty()) {
        recent.pendingColon = f;
      }
    }
    if (found.size() > before && found.get(found.size() - 1).content().isEmpty() && notLast) {
      recent.pendingColon = -1;
      found.remove(found.size() - 1);
      // the removed entry may have been the last one with a source or the last quote
      if (recent.lastAny >= found.size()) {
        recent.lastAny = -1;
      }
      if (recent.lastDirect >= found.size()) {
        recent.lastDirect = -1;
      }
    }
  }

  /** The attributions with content, continuations renumbered (a continuation of a dropped one is dropped). */
  private static List<Found> withContent(List<Found> found) {
    List<Found> out = new ArrayList<>();
    int[] newIndex = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.content().isEmpty() || (f.continues() >= 0 && newIndex[f.continues()] < 0)) {
        newIndex[i] = -1;
        continue;
      }
      newIndex[i] = out.size();
      out.add(f.continues() >= 0
          ? new Found(f.source(), f.cue(), f.cueText(), f.content(), f.stance(), newIndex[f.continues()], f.appositive(), f.guessed())
          : f);
    }
    return out;
  }

  /**
   * A unit that only credits the quote before it: "Vitter demanded.", "he said, ...", "asked
   * Smith." (a subject of at most six words and a speech cue, or the cue and a name). Null when
   * the unit is anything else.
   */
  private static @Nullable Found creditUnit(String text, Unit unit, Span quote) {
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
    if (after < n && !(toks.get(after).is(",") || toks.get(after).is(".")) && !(after + 1 >= n && toks.get(after).isWord())) {
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
  private static @Nullable Found invertedCredit(List<Token> toks, int p, CueLexicon.Entry firstCue, Span quote) {
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

  private static boolean isQuoteContent(Unit unit, Found f) {
    for (Span s : f.content()) {
      for (QuoteSpan q : unit.quotes()) {
        if (s.start() <= q.start() && q.end() <= s.end() + 1 && (q.end() - q.start()) * 2 >= (s.end() - s.start())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Span quoteContent(String text, Unit unit) {
    return new Span(unit.paragraph(), unit.start(), trimEnd(text, unit.start(), unit.end()));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Words.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Trims trailing spaces, and a final period, comma or colon outside quotes. */
  static int trimEnd(String text, int start, int end) {
    while (end > start && (Words.isSpace(text.charAt(end - 1)) || ".,;:\u2014-".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  static int trimStart(String text, int start, int end) {
    while (start < end && (Words.isSpace(text.charAt(start)) || ",;:\u2014-".indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    return start;
  }

  // ---------------------------------------------------------------------------------------

  /**
   * Verbs of plain saying that report a statement of their own inside another one ("X said Y
   * had warned that ...", "the plan, which she said would ..."); verbs of belief and hope inside a
   * statement ("said he believes ...") stay part of it.
   */
  private static final java.util.Set<String> NESTED_CUES = Words.set(
      "say", "says", "said", "write", "writes", "wrote", "report", "reports", "reported", "add", "adds", "added",
      "note", "notes", "noted", "claim", "claims", "claimed", "announce", "announces", "announced", "argue",
      "argues", "argued", "acknowledge", "acknowledges", "acknowledged", "boast", "boasts", "boasted", "state",
      "states", "stated", "insist", "insists", "insisted", "allege", "alleges", "alleged", "confirm", "confirms",
      "confirmed", "explain", "explains", "explained", "tweet", "tweets", "tweeted", "warn", "warns", "warned",
      "concede", "concedes", "conceded", "admit", "admits", "admitted", "declare", "declares", "declared");

  /** Nested cues tried per unit (a sentence reports a handful; a degenerate one may hold thousands). */
  private static final int MAX_NESTED = 8;

  private static void analyse(String text, Unit unit, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int covered = -1; // token index up to which content was claimed by an earlier cue
    int nestedTries = 0; // each try reads the rest of the unit: a few per unit keep the pass linear
    int unitFirst = out.size();
    for (int c = 0; c < n; c++) {
      Token t = toks.get(c);
      if (t.quoted() || !t.isWord()) {
        continue;
      }
      boolean conjoined = false;
      if (c <= covered) {
        int cut = conjoinedSubjectStart(toks, c);
        CueLexicon.Entry inner = CueLexicon.lookup(t.lower());
        if (inner == null) {
          continue;
        }
        if (cut < 0) {
          nestedTries = nestedCue(text, unit, c, inner, out, unitFirst, nestedTries);
          continue;
        } else {
          conjoined = true;
        }
      }
      String w = t.lower();
      CueLexicon.Entry entry = CueLexicon.lookup(w);
      if (entry == null) {
        if (c > covered && SEEMING.contains(w) && seeming(text, unit, c, out)) {
          covered = c;
        } else if (c > covered && w.equals("in")) {
          int end = inEvidence(text, unit, c, out);
          if (end > c) {
            covered = end;
          }
        }
        continue;
      }
      if (t.isCapitalized() && c > 0 && !(toks.get(c - 1).quoted() || toks.get(c - 1).is(",") || toks.get(c - 1).is("—"))) {
        continue; // a proper noun: "United States"
      }
      if (c > 0 && !w.equals("according") && isNounPosition(toks.get(c - 1))) {
        continue;
      }
      if (c == 0 && t.text().equals("Asked") && n > 3) {
        int e = askedAbout(unit, out);
        if (e >= 0) {
          covered = e;
          unitFirst = out.size();
          continue;
        }
      }
      if (w.equals("asked") && c > 0 && c > covered && QUESTION_OPENERS.contains(toks.get(c - 1).lower())) {
        int end = whenAsked(text, unit, c, out);
        if (end > c) {
          covered = end;
          unitFirst = out.size();
          continue;
        }
      }
      if (w.equals("according")) {
        if (c + 1 < n && toks.get(c + 1).lower().equals("to")) {
          int end = according(text, unit, c, out);
          if (end > c) {
            covered = end;
          }
        }
        continue;
      }
      int before = out.size();
      Span inherited = out.size() > unitFirst ? out.get(out.size() - 1).source() : null;
      int end = verbCue(text, unit, c, entry, out, inherited);
      if (out.size() > before) {
        if (conjoined && before > 0) {
          endBeforeConjunction(text, toks, c, out, before - 1);
        }
        covered = Math.max(end, c);
      }
    }
    if (out.size() == unitFirst) {
      dashCredit(text, unit, out);
    }
    if (out.size() == unitFirst) {
      subjectVerb(text, unit, out);
    }
  }

  /**
   * A cue at token {@code c} inside the content of an earlier one ("X said Y had warned ...",
   * "X said ..., according to a report by Y"): its attribution is added to {@code out} as well,
   * while fewer than {@link #MAX_NESTED} were tried. Returns the tries so far, {@code nestedTries}
   * plus those made here.
   */
  private static int nestedCue(String text, Unit unit, int c, CueLexicon.Entry inner, List<Found> out, int unitFirst,
      int nestedTries) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    Token t = toks.get(c);
    // a cue inside another statement: "X said Y had warned ..." reports both
    if (t.lower().equals("according") && c + 1 < n && toks.get(c + 1).lower().equals("to")
        && out.size() > unitFirst && out.get(out.size() - 1).cue() != null
        && toks.get(c).start() > out.get(out.size() - 1).cue().end() && nestedTries++ < MAX_NESTED) {
      // "X said ..., according to a report by Y": the report is a source of its own
      according(text, unit, c, out);
    } else if (!t.isCapitalized() && c > 0 && !isNounPosition(toks.get(c - 1))
        && inner.kind() != CueLexicon.Kind.WEAK && NESTED_CUES.contains(t.lower()) && nestedTries++ < MAX_NESTED) {
      List<Found> nested = new ArrayList<>();
      verbCue(text, unit, c, inner, nested, null);
      if (nested.size() == 1 && nested.get(0).source() != null && !nested.get(0).content().isEmpty()
          && out.size() > unitFirst && out.get(out.size() - 1).cue() != null
          && nested.get(0).source().start() > out.get(out.size() - 1).cue().end()) {
        out.add(nested.get(0));
      }
    }
    return nestedTries;
  }

  /**
   * "Asked about the report, X said ...": the question opening the unit is added to {@code out},
   * attributed to no one. Returns the index of the comma ending it, or -1 when there is none.
   */
  private static int askedAbout(Unit unit, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    Token t = toks.get(0);
    int e = 1;
    while (e < n && !(toks.get(e).is(",") && !toks.get(e).quoted())) {
      e++;
    }
    if (e < n && e > 1) {
      int p = unit.paragraph();
      out.add(new Found(null, new Span(p, t.start(), t.end()), t.text(),
          List.of(new Span(p, toks.get(1).start(), toks.get(e - 1).end())), Stance.ASSERTS, -1, null, true));
      return e;
    }
    return -1;
  }

  /**
   * "A dismissed X and on Thursday B denied Y": the content of {@code out[prevIndex]} (A's) ends
   * before the conjunction opening the subject of the cue at token {@code c}.
   */
  private static void endBeforeConjunction(String text, List<Token> toks, int c, List<Found> out, int prevIndex) {
    int conj = toks.get(conjoinedSubjectStart(toks, c)).start();
    Found prev = out.get(prevIndex);
    List<Span> spans = new ArrayList<>(prev.content());
    Span last = spans.get(spans.size() - 1);
    if (last.start() < conj && conj <= last.end()) {
      int e = trimEnd(text, last.start(), conj);
      if (e > last.start()) {
        spans.set(spans.size() - 1, new Span(last.paragraph(), last.start(), e));
        out.set(prevIndex, new Found(prev.source(), prev.cue(), prev.cueText(), spans, prev.stance(),
            prev.continues(), prev.appositive()));
      }
    }
  }

  /**
   * A unit with no lexicon cue whose opening subject is a name, a pronoun or a source noun
   * followed by a verb ("Trump openly admires ...", "The group rejected ..."): PolNeAR-style
   * attribution of stances and acts. The verb is told by its form (-ed, -s) or a short list.
   */
  private static void subjectVerb(String text, Unit unit, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int[] subject = initialSubject(toks, n);
    if (subject == null) {
      return;
    }
    int k = verbAfter(toks, subject[1]);
    if (k < 0) {
      return;
    }
    String w = toks.get(k).lower();
    Token head = toks.get(subject[1] - 1);
    String hl = head.lower();
    if (!(head.isCapitalized() || Words.PRONOUNS.contains(hl) || SourceNouns.isSourceNoun(hl)) || hl.equals("it")
        || hl.equals("this") || hl.equals("there") || Words.NOT_SUBJECTS.contains(hl) || w.contains("'") || w.contains("\u2019")
        || hl.contains("'") || hl.contains("\u2019")) {
      return;
    }
    int r = k + 1;
    while (r < n && !toks.get(r).quoted() && (toks.get(r).lower().equals("that") || toks.get(r).is(":"))) {
      r++;
    }
    int words = 0;
    for (int i = r; i < n; i++) {
      if (toks.get(i).isWord()) {
        words++;
      }
    }
    if (words < 2) {
      return;
    }
    int p = unit.paragraph();
    int rs = toks.get(r).start();
    int re = toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end());
    out.add(new Found(new Span(p, toks.get(subject[0]).start(), head.end()), new Span(p, toks.get(k).start(), toks.get(k).end()),
        toks.get(k).text(), List.of(new Span(p, rs, re)), Stance.ASSERTS, -1, null, true));
  }

  /**
   * The verb of a statement or stance after a subject ending before token {@code from}, past
   * auxiliaries and -ly adverbs: told by its form (-ed, -s) or a short list, not an action verb.
   * -1 when the word there is no such verb.
   */
  private static int verbAfter(List<Token> toks, int from) {
    int n = toks.size();
    int k = from;
    while (k < n && !toks.get(k).quoted() && (Words.AUX.contains(toks.get(k).lower())
        || toks.get(k).lower().endsWith("ly") && toks.get(k).text().length() > 4 && !toks.get(k).isCapitalized())) {
      k++;
    }
    if (k >= n || toks.get(k).quoted() || !toks.get(k).isWord() || toks.get(k).isCapitalized()) {
      return -1;
    }
    String w = toks.get(k).lower();
    boolean verb = (w.endsWith("ed") && w.length() > 4 || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && w.length() > 3 || Words.VERBS.contains(w)) && !Words.NOT_VERBS.contains(w)
        && !Words.CLAUSE.contains(w);
    if (!verb || Words.ACTION_VERBS.contains(w)) {
      return -1;
    }
    if (w.endsWith("s") && k + 1 < n && !toks.get(k + 1).quoted()
        && (Words.AUX.contains(toks.get(k + 1).lower()) || toks.get(k + 1).lower().endsWith("ly"))) {
      return -1; // "Radical terrorists are ...": a plural noun, not a verb
    }
    return k;
  }

  /**
   * Quotes of three words or more that no attribution of the unit covers are attributed to the
   * last source of this or the previous paragraph (a speaker carried over), or to none.
   */
  private static void quoteFallback(String text, Unit unit, List<Found> out, int unitFirst, @Nullable Span lastSource) {
    // Linear in quotes and spans (a unit of 50,000 quotes took minutes when every quote rescanned
    // every span and token): the spans the rules found are swept in order of start, and the
    // fallbacks added here never cover a later quote (they end where their quote ends).
    List<Span> ruled = new ArrayList<>();
    for (int f = unitFirst; f < out.size(); f++) {
      ruled.addAll(out.get(f).content());
    }
    ruled.sort(java.util.Comparator.comparingInt(Span::start));
    int nextRuled = 0;
    int maxEnd = Integer.MIN_VALUE;
    int lastQuoteEnd = Integer.MIN_VALUE;
    int nextToken = 0;
    int clauseFrom = unit.start();
    // A fallback added here covers a later quote only when quotes nest (it starts before any
    // later quote ends): the farthest end of those added so far decides.
    int fallbackMaxEnd = Integer.MIN_VALUE;
    for (QuoteSpan q : unit.quotes()) {
      boolean shortQuote = q.innerEnd() - q.innerStart() < 12 || Words.splitOnSpaces(text.substring(q.innerStart(), q.innerEnd()).strip()).length < 3;
      if (q.end() < lastQuoteEnd) {
        // Out of order: start the sweeps again (never seen; kept correct rather than fast).
        nextRuled = 0;
        maxEnd = Integer.MIN_VALUE;
        nextToken = 0;
        clauseFrom = unit.start();
      }
      lastQuoteEnd = q.end();
      while (nextRuled < ruled.size() && ruled.get(nextRuled).start() < q.end()) {
        Span s = ruled.get(nextRuled++);
        if (s.paragraph() == q.paragraph()) {
          maxEnd = Math.max(maxEnd, s.end());
        }
      }
      boolean covered = maxEnd > q.start() || fallbackMaxEnd > q.start();
      List<Token> tokens = unit.tokens();
      if (nextToken > 0 && nextToken <= tokens.size() && tokens.get(nextToken - 1).start() >= q.start()) {
        nextToken = 0;
        clauseFrom = unit.start();
      }
      while (nextToken < tokens.size() && tokens.get(nextToken).start() < q.start()) {
        Token t = tokens.get(nextToken++);
        if (!t.quoted() && (t.is(",") || t.is(";") || t.is(":") || t.is("\u2014"))) {
          clauseFrom = t.end();
        }
      }
      if (!covered) {
        Found credit = trailingCredit(text, unit, q);
        if (credit != null) {
          out.add(credit);
          continue;
        }
        int[] subject = initialSubject(unit.tokens(), unit.tokens().size());
        Span source = lastSource;
        if (subject != null && !unit.tokens().get(subject[0]).quoted() && unit.tokens().get(subject[1] - 1).end() <= q.start()
            && plausibleSubject(unit.tokens(), subject[0], subject[1] - 1)) {
          source = new Span(unit.paragraph(), unit.tokens().get(subject[0]).start(), unit.tokens().get(subject[1] - 1).end());
        }
        if (source == null) {
          // no speaker in reach: the noun phrase that opens the clause before the quote ("The
          // ad ends with ...") is a better guess than none
          int[] loose = looseSubject(unit.tokens(), q.start());
          if (loose != null) {
            source = new Span(unit.paragraph(), unit.tokens().get(loose[0]).start(), unit.tokens().get(loose[1] - 1).end());
          }
        }
        int from = q.start();
        if (shortQuote) {
          // a short quote is the object of a verb: take the clause it closes
          from = trimStart(text, clauseFrom, q.start());
        }
        if (source == null && Words.splitOnSpaces(text.substring(from, q.end()).strip()).length < 4) {
          continue; // a scare quote or a title with no speaker in reach: no attribution to guess
        }
        out.add(new Found(source, null, null, List.of(new Span(q.paragraph(), from, q.end())), Stance.ASSERTS, -1, null, true));
        if (from < q.end()) {
          fallbackMaxEnd = Math.max(fallbackMaxEnd, q.end());
        }
      }
    }
  }

  /**
   * "“…,” beamed X." / "“…,” the statement read.": a quote closed by a short clause of a
   * subject and a verb the cue lexicon does not list. Null when the words after the quote are
   * no such clause.
   */
  private static @Nullable Found trailingCredit(String text, Unit unit, QuoteSpan q) {
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
  private record Clause(int from, int to, boolean named) {}

  /** The verb of a credit clause and its source's tokens [sourceFrom, sourceTo). */
  private record CreditWords(int verb, int sourceFrom, int sourceTo) {}

  /**
   * The clause after quote {@code q} up to the next quote, past commas, without its final
   * punctuation: null when no quote ends right before it, or it is empty, too long or holds
   * anything but words, commas, periods and name joiners.
   */
  private static @Nullable Clause clauseAfter(List<Token> toks, QuoteSpan q) {
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
  private static @Nullable CreditWords verbThenSource(List<Token> toks, int k, int e) {
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
  private static @Nullable CreditWords sourceThenVerb(List<Token> toks, int k, int e, boolean named) {
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

  private static boolean plausibleHead(Token h) {
    String w = h.lower();
    if (Words.NOT_SUBJECTS.contains(w) || w.equals("it") || w.equals("you")) {
      return false;
    }
    return h.isCapitalized() || Words.PRONOUNS.contains(w) || SourceNouns.isSourceNoun(w)
        || w.endsWith("ment") || w.endsWith("ion") || w.equals("report") || w.equals("letter") || w.equals("order")
        || w.equals("memo") || w.equals("ad") || w.equals("post") || w.equals("tweet");
  }

  private static final java.util.Set<String> SEEMING = Words.set(
      "seem", "seems", "seemed", "appear", "appears", "appeared");
  private static final java.util.Set<String> NOT_AFTER_APPEAR = Words.set(
      "on", "at", "with", "in", "before", "alongside", "together", "onstage", "live", "as", "for",
      "during", "outside", "inside", "near", "from", "by", "after", "twice", "once", "briefly");

  /**
   * "X seemed/appears (to) Y": an impression the writer reports with no source. Content is the
   * subject and what follows the verb; "appeared on television" and the like are no impression.
   */
  private static boolean seeming(String text, Unit unit, int c, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    if (c + 2 >= n || toks.get(c + 1).quoted() || !toks.get(c + 1).isWord()
        || NOT_AFTER_APPEAR.contains(toks.get(c + 1).lower()) || toks.get(c).isCapitalized()) {
      return false;
    }
    int j = c - 1;
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord()
        && (Words.AUX.contains(toks.get(j).lower()) || toks.get(j).lower().endsWith("ly") && !toks.get(j).isCapitalized()
            || toks.get(j).lower().equals("also") || toks.get(j).lower().equals("still") || toks.get(j).lower().equals("not"))) {
      j--;
    }
    int start = j;
    while (start >= 0 && c - start < 14) {
      Token t = toks.get(start);
      String lw = t.lower();
      if (t.quoted() || t.is(",") || t.is(";") || t.is(":") || t.is("\u2014")
          || t.isWord() && (lw.equals("that") || lw.equals("but") || lw.equals("although") || lw.equals("while")
              || lw.equals("because") || lw.equals("if") || lw.equals("when") || lw.equals("and") && start < j)) {
        break;
      }
      start--;
    }
    start++;
    while (start <= j && Words.OPENERS.contains(toks.get(start).lower())) {
      start++;
    }
    if (start > j || !hasWord(toks, start, j + 1) || c - start >= 14) {
      return false;
    }
    int p = unit.paragraph();
    int rs = toks.get(c + 1).start();
    int re = toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end());
    if (re <= rs) {
      return false;
    }
    out.add(new Found(null, new Span(p, toks.get(c).start(), toks.get(c).end()), toks.get(c).text(),
        List.of(new Span(p, toks.get(start).start(), toks.get(j).end()), new Span(p, rs, re)), Stance.UNCERTAIN, -1, null, true));
    return true;
  }

  private static final java.util.Set<String> EVIDENCE_NOUNS = Words.set(
      "poll", "polls", "survey", "surveys", "study", "studies", "polling");

  /**
   * "In a poll released Monday, X leads ..." and "... X leads in the latest polls": the poll is
   * the source of the finding. Returns the last token index of the phrase, or -1.
   */
  private static int inEvidence(String text, Unit unit, int c, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int e = c + 1;
    int noun = -1;
    while (e < n && e <= c + 14 && !toks.get(e).quoted() && (toks.get(e).isWord() || isNameJoiner(toks, e)
        || toks.get(e).is("/") || toks.get(e).is("-") || toks.get(e).is(".") && e + 1 < n && !toks.get(e + 1).is(","))) {
      if (EVIDENCE_NOUNS.contains(toks.get(e).lower())) {
        noun = e;
      }
      e++;
    }
    if (noun < 0) {
      return -1;
    }
    int last = e - 1;
    while (last > noun && !toks.get(last).isWord()) {
      last--;
    }
    int p = unit.paragraph();
    Span source = new Span(p, toks.get(c + 1).start(), toks.get(last).end());
    Span cue = new Span(p, toks.get(c).start(), toks.get(c).end());
    boolean opens = true;
    for (int i = 0; i < c; i++) {
      if (!Words.OPENERS.contains(toks.get(i).lower()) && !toks.get(i).is(",")) {
        opens = false;
      }
    }
    if (opens && e < n && toks.get(e).is(",") && wordCount(toks, e + 1, n) >= 3) {
      int rs = trimStart(text, toks.get(e).end(), unit.end());
      int re = toks.get(n - 1).quoted() && endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end());
      out.add(new Found(source, cue, toks.get(c).text(), List.of(new Span(p, rs, re)), Stance.ASSERTS, -1, null, true));
      return e;
    }
    boolean closes = e >= n || toks.get(e).is(".") && e == n - 1;
    if (!opens && closes && wordCount(toks, 0, c) >= 3) {
      int ls = unit.start();
      int le = trimEnd(text, ls, toks.get(c).start());
      out.add(new Found(source, cue, toks.get(c).text(), List.of(new Span(p, ls, le)), Stance.ASSERTS, -1, null, true));
      return n - 1;
    }
    return -1;
  }

  private static final java.util.Set<String> QUESTION_OPENERS = Words.set("when", "after", "if", "once", "while", "as");
  private static final java.util.Set<String> QUESTION_WORDS = Words.set(
      "whether", "if", "about", "what", "how", "why", "who", "whom", "when", "where", "which", "on", "to");

  /**
   * "When asked (by X) whether/about …, Y said …": the question is an attribution of its own,
   * to the asker when named, else to no one. Returns the index of the comma that ends it, or -1.
   */
  private static int whenAsked(String text, Unit unit, int c, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int k = c + 1;
    Span source = null;
    int p = unit.paragraph();
    if (k < n && toks.get(k).lower().equals("by")) {
      int s = k + 1;
      int e = s;
      while (e < n && e < s + 8 && !toks.get(e).quoted() && toks.get(e).isWord() && !QUESTION_WORDS.contains(toks.get(e).lower())
          && !Words.TIME_WORDS.contains(toks.get(e).lower())) {
        e++;
      }
      if (e == s) {
        return -1;
      }
      source = new Span(p, toks.get(s).start(), toks.get(e - 1).end());
      k = e;
      while (k < n && !toks.get(k).quoted() && toks.get(k).isWord() && Words.TIME_WORDS.contains(toks.get(k).lower())
          && !QUESTION_WORDS.contains(toks.get(k).lower()) && k < e + 3) {
        k++;
      }
    }
    if (k >= n || toks.get(k).quoted() || !QUESTION_WORDS.contains(toks.get(k).lower())) {
      return -1;
    }
    int e = k + 1;
    while (e < n && !(toks.get(e).is(",") && !toks.get(e).quoted())) {
      e++;
    }
    if (e >= n || e - k < 3) {
      return -1;
    }
    int cs = toks.get(k).start();
    out.add(new Found(source, new Span(p, toks.get(c).start(), toks.get(c).end()), toks.get(c).text(),
        List.of(new Span(p, cs, trimEnd(text, cs, toks.get(e).start()))), Stance.ASSERTS, -1, null, true));
    return e;
  }

  /** "“…” ― Name": a quote credited with a dash. */
  private static void dashCredit(String text, Unit unit, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    for (int i = 1; i + 1 < n; i++) {
      Token t = toks.get(i);
      if (t.quoted() || !(t.is("\u2015") || t.is("\u2014") || t.is("\u2013")) || !toks.get(i - 1).quoted()) {
        continue;
      }
      int e = i + 1;
      while (e < n && !toks.get(e).quoted() && (toks.get(e).isWord() && toks.get(e).isCapitalized() || isNameJoiner(toks, e)
          || toks.get(e).is(".") || toks.get(e).is(",") || toks.get(e).isWord() && e > i + 1)) {
        e++;
      }
      int last = e - 1;
      while (last > i && !toks.get(last).isWord()) {
        last--;
      }
      if (last <= i || !toks.get(i + 1).isCapitalized() || last - i > 12) {
        continue;
      }
      int qs = toks.get(0).quoted() ? toks.get(0).start() : unit.start();
      int p = unit.paragraph();
      out.add(new Found(new Span(p, toks.get(i + 1).start(), toks.get(last).end()), new Span(p, t.start(), t.end()),
          t.text(), List.of(new Span(p, qs, toks.get(i - 1).end())), Stance.ASSERTS, -1, null));
      return;
    }
  }

  /** "according to X, ..." and "..., according to X". Returns the last token index used. */
  private static int according(String text, Unit unit, int c, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int s = c + 2;
    int e = s;
    while (e < n && !toks.get(e).quoted() && toks.get(e).isWord() || e < n && isNameJoiner(toks, e)
        || e + 1 < n && toks.get(e).is(".") && toks.get(e + 1).isWord() && toks.get(e + 1).isCapitalized() && e > s
            && toks.get(e - 1).text().length() <= 3) {
      e++;
    }
    if (e == s) {
      return -1;
    }
    Span source = new Span(unit.paragraph(), toks.get(s).start(), toks.get(e - 1).end());
    Span cue = new Span(unit.paragraph(), toks.get(c).start(), toks.get(c + 1).end());
    List<Span> content = new ArrayList<>();
    int leftEnd = trimEnd(text, unit.start(), toks.get(c).start());
    if (leftEnd > unit.start() && hasWord(toks, 0, c)) {
      content.add(new Span(unit.paragraph(), unit.start(), leftEnd));
    }
    if (e < n) {
      int rs = trimStart(text, toks.get(e).start(), unit.end());
      int re = trimEnd(text, rs, unit.end());
      if (re > rs && hasWord(toks, e, n)) {
        content.add(new Span(unit.paragraph(), rs, re));
      }
    }
    if (content.isEmpty()) {
      return -1;
    }
    out.add(new Found(source, cue, "according to", content, Stance.ASSERTS, -1, null));
    return n - 1;
  }

  /**
   * For a cue at {@code c} inside an earlier cue's content, the index of the conjunction ("and",
   * "but", ";") that opens its clause when a subject stands between them, else -1.
   */
  private static int conjoinedSubjectStart(List<Token> toks, int c) {
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

  private static boolean hasSubjectWord(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      String w = t.lower();
      if (Words.PRONOUNS.contains(w) || t.isCapitalized() && !Words.TIME_WORDS.contains(w) || SourceNouns.isSourceNoun(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun phrase that opens a unit ("Democratic nominee Hillary Clinton", "He", "The
   * group"), as token indexes {start, end exclusive}, or null when the unit opens otherwise.
   */
  static int @Nullable [] initialSubject(List<Token> toks, int limit) {
    int i = 0;
    while (i < limit && !toks.get(i).quoted() && (Words.OPENERS.contains(toks.get(i).lower()) || toks.get(i).is(","))) {
      i++;
    }
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
  private static boolean shoutedOrContracted(List<Token> toks, int i) {
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

  /** Object pronouns that are a whole addressee: "told him ...". */
  private static final java.util.Set<String> OBJECT_PRONOUNS = Words.set("me", "him", "her", "them", "us", "you");

  /**
   * The token after the addressee of a verb of telling that starts at {@code r} when no "that",
   * comma or quote marks where the content begins: an object pronoun ("him"), a name in
   * capitals ("the Harbour Gazette", "CNN"), a determiner and a noun ("the crowd"), or a plural
   * noun ("reporters"). {@code r} itself when there is none of these.
   */
  private static int addresseeEnd(List<Token> toks, int r) {
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

  /** Prepositions that open a sentence with an adjunct before its subject. */
  private static final java.util.Set<String> ADJUNCT_OPENERS = Words.set(
      "in", "on", "at", "by", "during", "after", "before", "since", "with", "without", "from", "for",
      "amid", "despite", "following", "under", "over", "throughout", "until", "within", "among", "like", "unlike");

  /** A plural noun that the lexicon also lists as a verb form: "reports", "statements". */
  private static boolean isPluralNoun(Token t) {
    String w = t.lower();
    return w.endsWith("s") && !w.equals("says") && !w.equals("tells") && !w.endsWith("ss")
        && CueLexicon.lookup(w) != null && w.length() > 4 && !t.isCapitalized();
  }

  private static boolean isNounPosition(Token prev) {
    if (prev.quoted()) {
      return false;
    }
    String p = prev.lower();
    return Words.DETERMINERS.contains(p) || p.endsWith("'s") || p.endsWith("\u2019s") || p.equals("\u2019") || p.equals("'");
  }

  private static boolean isNameJoiner(List<Token> toks, int i) {
    String s = toks.get(i).text();
    return (s.equals("-") || s.equals("&") || s.equals("'s") || s.equals("\u2019s")) && i + 1 < toks.size()
        && toks.get(i + 1).isWord();
  }

  private static int wordCount(List<Token> toks, int from, int to) {
    int count = 0;
    for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
      if (toks.get(i).isWord()) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasWord(List<Token> toks, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
      if (toks.get(i).isWord()) {
        return true;
      }
    }
    return false;
  }

  /** A cue phrase: its first and last token, the stance it gives and its text as written. */
  private record Cue(int start, int end, Stance stance, String text) {
    Span span(List<Token> toks, int p) {
      return new Span(p, toks.get(start).start(), toks.get(end).end());
    }
  }

  /**
   * What lies left of a cue: {@code j}, the last token before it past auxiliaries and adverbs;
   * whether an auxiliary makes the cue passive; the subject's head, first and last token (all -1
   * when there is none) and its appositive.
   */
  private record LeftSubject(int j, boolean passive, int head, int start, int endTok, @Nullable Span appositive) {}

  /** A subject's head, its last token and its appositive, as found left of a cue. */
  private record Head(int head, int endTok, @Nullable Span appositive) {}

  /**
   * What follows a cue: the cue as finally read (a participle further on may replace it), the
   * token after the addressee and adjuncts, the first token of the content, whether nothing but
   * adjuncts follows, and whether the unit ends with a colon with nothing after the cue.
   */
  private record RightSide(Cue cue, int r, int contentFrom, boolean rightEmpty, boolean colonEnd) {}

  /**
   * A verb cue at token {@code c}. Returns the last token index of the content, or -1. The phases
   * (cue phrase, subject to the left, what follows, content) are separate methods: one method of
   * all of them was the costliest for the JIT to compile.
   */
  private static int verbCue(String text, Unit unit, int c, CueLexicon.Entry entry, List<Found> out,
      @Nullable Span inherited) {
    List<Token> toks = unit.tokens();
    String w = toks.get(c).lower();
    Cue cue = cuePhrase(text, toks, c, w, entry);
    if (cue == null) {
      return -1;
    }
    LeftSubject subject = leftSubject(toks, c, w, unit.paragraph());
    RightSide right = rightSide(toks, c, cue, entry, subject);
    if (right == null) {
      return -1;
    }
    if (subject.head() >= 0) {
      return subjectCue(text, unit, w, entry, subject, right, out);
    }
    return subjectlessCue(text, unit, w, entry, subject, right, out, inherited);
  }

  /**
   * The cue phrase at token {@code c} (word {@code w}): "declined to comment", a negated denial.
   * Null when "declined" or "refused" is no cue here.
   */
  private static @Nullable Cue cuePhrase(String text, List<Token> toks, int c, String w, CueLexicon.Entry entry) {
    int n = toks.size();
    // the cue phrase: "declined to comment", "did not respond to requests for comment", "called for"
    int cueEnd = c;
    Stance stance = entry.stance();
    String cueText = toks.get(c).text();
    if ((w.startsWith("declin") || w.startsWith("refus")) && c + 2 < n && toks.get(c + 1).lower().equals("to")
        && toks.get(c + 2).lower().startsWith("comment")) {
      cueEnd = c + 2;
      stance = Stance.NO_COMMENT;
      cueText = text.substring(toks.get(c).start(), toks.get(cueEnd).end());
    } else if (w.startsWith("declin") || w.startsWith("refus")) {
      if (entry.kind() != CueLexicon.Kind.WEAK) {
        return null;
      }
    }
    boolean negated = c >= 1 && (toks.get(c - 1).lower().equals("not") || toks.get(c - 1).lower().equals("n't")
        || toks.get(c - 1).lower().equals("never"));
    if (negated && (w.startsWith("deni") || w.startsWith("deny") || w.startsWith("dismiss") || w.startsWith("reject"))) {
      stance = Stance.ASSERTS;
    }
    return new Cue(c, cueEnd, stance, cueText);
  }

  /** The subject left of the cue at token {@code c} (word {@code w}) in paragraph {@code p}. */
  private static LeftSubject leftSubject(List<Token> toks, int c, String w, int p) {
    boolean passive = passiveAuxiliary(toks, c, w);
    int j = beforeAuxiliaries(toks, c);
    Head head = j >= 0 && !toks.get(j).quoted() ? subjectHead(toks, j, p) : null;
    if (head == null) {
      return new LeftSubject(j, passive, -1, -1, -1, null);
    }
    return new LeftSubject(j, passive, head.head(), subjectStart(toks, head.head()), head.endTok(), head.appositive());
  }

  /** Whether one of the (up to three) auxiliaries before the cue makes it passive: "was criticized". */
  private static boolean passiveAuxiliary(List<Token> toks, int c, String w) {
    boolean passive = false;
    for (int b = c - 1; b >= 0 && b >= c - 3; b--) {
      String bw = toks.get(b).lower();
      if (toks.get(b).quoted() || !Words.AUX.contains(bw)) {
        break;
      }
      if ((bw.equals("been") || bw.equals("was") || bw.equals("were") || bw.equals("is") || bw.equals("are") || bw.equals("be"))
          && w.endsWith("ed")) {
        passive = true;
      }
    }
    return passive;
  }

  /**
   * The last token before the cue at {@code c} past auxiliaries, time words, a parenthesis,
   * -ly adverbs and an abbreviation's period; -1 when none is left.
   */
  private static int beforeAuxiliaries(List<Token> toks, int c) {
    int j = c - 1;
    while (j >= 0 && !toks.get(j).quoted() && (Words.AUX.contains(toks.get(j).lower())
        || Words.TIME_WORDS.contains(toks.get(j).lower()) && j > 0 && !toks.get(j - 1).is(","))) {
      j--;
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
    // auxiliaries that are adverbs ending in -ly
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord() && toks.get(j).lower().endsWith("ly")
        && !toks.get(j).isCapitalized() && toks.get(j).text().length() > 4) {
      j--;
    }
    if (j >= 1 && toks.get(j).is(".") && toks.get(j - 1).isWord() && toks.get(j - 1).end() == toks.get(j).start()
        && toks.get(j - 1).isCapitalized()) {
      j--; // "Joseph R. Biden Jr. responded", "Acme Inc. said"
    }
    return j;
  }

  /** The subject's head when token {@code j} (unquoted) ends a subject; null when it does not. */
  private static @Nullable Head subjectHead(List<Token> toks, int j, int p) {
    Token h = toks.get(j);
    if (h.isWord() && !Words.CLAUSE.contains(h.lower()) && (CueLexicon.lookup(h.lower()) == null || isPluralNoun(h)
        || j >= 1 && isNounPosition(toks.get(j - 1))) // "the judge said"
        || h.isWord() && Words.PRONOUNS.contains(h.lower())) {
      return new Head(j, j, null);
    } else if (h.isWord() && h.lower().endsWith("ed") && !h.isCapitalized() && j >= 1 && !toks.get(j - 1).quoted()
        && toks.get(j - 1).isWord() && !toks.get(j - 1).isCapitalized() && plausibleHead(toks.get(j - 1))
        && !Words.PRONOUNS.contains(toks.get(j - 1).lower())) {
      // "A news report published Wednesday said": the participle modifies the subject
      return new Head(j - 1, j - 1, null);
    } else if ((h.is("--") || h.is("\u2014")) && j >= 2) {
      return dashedAppositive(toks, j, p, h.text());
    } else if (h.is(",") && j >= 2) {
      return commaAppositive(toks, j, p);
    }
    return null;
  }

  /** "Kall -- co-editor of a book on debates -- said": the dash at {@code j} closes an appositive. */
  private static @Nullable Head dashedAppositive(List<Token> toks, int j, int p, String dash) {
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

  /** "X, who heads the group, said" / "X, an environmental group, said": the comma at {@code j} closes an appositive. */
  private static @Nullable Head commaAppositive(List<Token> toks, int j, int p) {
    int k = j - 1;
    int limit = Math.max(0, j - 40);
    while (k > limit && !(toks.get(k).is(",") && !toks.get(k).quoted())) {
      k--; // past quotes too: "X, citing “…,” said"
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

  /** The first token of the subject whose head is {@code subjectHead}: its modifiers and name parts. */
  private static int subjectStart(List<Token> toks, int subjectHead) {
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
        && toks.get(subjectHead - 2).isCapitalized()) {
      // "Sanders, who ... said": the relative pronoun's mention runs from its antecedent
      subjectStart = subjectHead - 2;
    }
    return subjectStart;
  }

  /**
   * What follows the cue (first token {@code c} as found): past the addressee and adjuncts. Null
   * when the cue word turns out to be the subject ("the group's reports alleged").
   */
  private static @Nullable RightSide rightSide(List<Token> toks, int c, Cue cue, CueLexicon.Entry entry, LeftSubject subject) {
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
    boolean rightEmpty = adjunctsOnly(toks, entry, subject, r, contentFrom);
    boolean colonEnd = rightEmpty && n > 0 && toks.get(n - 1).is(":");
    return new RightSide(cue, r, contentFrom, rightEmpty, colonEnd);
  }

  /** After "told" at {@code r - 1}: the token after its addressee ("told reporters: ..."). */
  private static int afterAddressee(List<Token> toks, int r) {
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

  /** Whether nothing but adjuncts (or nothing at all) follows the cue, from token {@code contentFrom}. */
  private static boolean adjunctsOnly(List<Token> toks, CueLexicon.Entry entry, LeftSubject subject, int r, int contentFrom) {
    int n = toks.size();
    int j = subject.j();
    int subjectStart = subject.start();
    boolean rightEmpty = !hasWord(toks, contentFrom, n);
    if (!rightEmpty && subject.head() >= 0 && entry.kind() != CueLexicon.Kind.WEAK && wordCount(toks, contentFrom, n) < 3
        && j >= 0 && hasWord(toks, 0, Math.max(0, j - 1)) && !toks.get(n - 1).quoted()) {
      rightEmpty = true; // "..., McConnell said in June 2012.": what follows is an adjunct
    }
    boolean parenthetical = subjectStart > 0 && toks.get(subjectStart - 1).is(",");
    if (!rightEmpty && !parenthetical && r < n && toks.get(r).is(",") && r + 1 < n && !toks.get(r + 1).quoted()
        && !Words.CONTINUING_PARTICIPLES.contains(toks.get(r + 1).lower()) && hasWord(toks, 0, Math.max(0, j))
        && entry.kind() != CueLexicon.Kind.WEAK) {
      // "..., lawmakers said Friday, as they ...": what follows the comma is no content
      int k = r + 1;
      boolean participleLater = false;
      for (; k < n; k++) {
        if (toks.get(k).is(",") && k + 1 < n && Words.CONTINUING_PARTICIPLES.contains(toks.get(k + 1).lower())) {
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
   * The content of a cue whose subject lies left of it (word {@code w} as first found), added to
   * {@code out}. Returns the last token index of the content, or -1.
   */
  private static int subjectCue(String text, Unit unit, String w, CueLexicon.Entry entry, LeftSubject subject,
      RightSide right, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int p = unit.paragraph();
    Cue cue = right.cue();
    int c = cue.start();
    int cueEnd = cue.end();
    Stance stance = cue.stance();
    int subjectStart = subject.start();
    int contentFrom = right.contentFrom();
    boolean rightEmpty = right.rightEmpty();
    Span appositive = subject.appositive();
    List<Span> content = new ArrayList<>();
    int lastContentTok = c;
    Span source = new Span(p, toks.get(subjectStart).start(), toks.get(subject.endTok()).end());
    boolean commaBefore = subjectStart > 0 && toks.get(subjectStart - 1).is(",");
    boolean quoteBefore = subjectStart > 0 && toks.get(0).quoted()
        && (toks.get(subjectStart - 1).quoted() || toks.get(subjectStart - 1).is(",") && subjectStart > 1 && toks.get(subjectStart - 2).quoted());
    if (quoteBefore && stance != Stance.NO_COMMENT) {
      if (quoteThenCue(text, unit, cue, source, appositive, rightEmpty, content, subjectStart, out)) {
        return n - 1;
      }
    } else if (stance == Stance.NO_COMMENT) {
      content.add(new Span(p, toks.get(c).start(), toks.get(cueEnd).end()));
      lastContentTok = cueEnd;
    } else if (!rightEmpty && right.r() < n && toks.get(right.r()).is(",") && commaBefore && hasWord(toks, 0, subjectStart)
        && !toks.get(0).quoted()) {
      // "The plan, he said, would fail."
      content.add(new Span(p, unit.start(), trimEnd(text, unit.start(), toks.get(subjectStart - 1).start())));
      int rs = toks.get(contentFrom).start();
      content.add(new Span(p, rs, trimEnd(text, rs, unit.end())));
      lastContentTok = n - 1;
    } else if (!rightEmpty) {
      content.add(contentToEnd(text, toks, p, contentFrom, unit));
      lastContentTok = n - 1;
    } else if (hasWord(toks, 0, subjectStart)) {
      if (entry.kind() == CueLexicon.Kind.WEAK) {
        return -1;
      }
      int le = trimEnd(text, unit.start(), toks.get(subjectStart).start());
      if (le > unit.start()) {
        content.add(new Span(p, unit.start(), le));
      }
    } else if (right.colonEnd() && entry.kind() != CueLexicon.Kind.WEAK) {
      out.add(new Found(source, cue.span(toks, p), cue.text(), List.of(), stance, -1, appositive));
      return c;
    }
    boolean ambiguousForm = !(w.endsWith("ed") || w.endsWith("ing") || Words.VERBS.contains(w))
        || w.endsWith("s") && !w.equals("says") && !w.equals("tells");
    if ((entry.kind() == CueLexicon.Kind.WEAK || ambiguousForm) && appositive == null
        && stance != Stance.NO_COMMENT
        && !plausibleSubject(toks, subjectStart, subject.head())) {
      return -1;
    }
    if (subject.passive()) {
      source = null; // "X was criticized for ...": X is no source
    }
    return addFound(text, unit, cue, source, content, appositive, lastContentTok, out);
  }

  /**
   * "“…,” she said": the quote before the subject is content, added to {@code content}. When
   * something follows the cue (a further quote, a continuation), adds the attribution to
   * {@code out} and returns true; false when the caller goes on with the content so far.
   */
  private static boolean quoteThenCue(String text, Unit unit, Cue cue, Span source, @Nullable Span appositive,
      boolean rightEmpty, List<Span> content, int subjectStart, List<Found> out) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int p = unit.paragraph();
    int cueEnd = cue.end();
    int le = toks.get(subjectStart - 1).quoted() ? toks.get(subjectStart - 1).end()
        : trimEnd(text, unit.start(), toks.get(subjectStart - 1).start());
    content.add(new Span(p, unit.start(), le));
    int q2 = cueEnd + 1;
    while (q2 < n && !toks.get(q2).quoted() && (toks.get(q2).is(",") || toks.get(q2).lower().equals("but")
        || toks.get(q2).lower().equals("and") || toks.get(q2).is(":"))) {
      q2++;
    }
    if (q2 < n && q2 > cueEnd + 1 && toks.get(q2).quoted()) {
      // "“…,” he said, but “…”"
      int rs = toks.get(cueEnd + 1).is(",") ? toks.get(Math.min(cueEnd + 2, q2)).start() : toks.get(cueEnd + 1).start();
      content.add(new Span(p, rs, endsWithQuote(text, unit.end()) ? unit.end() : trimEnd(text, rs, unit.end())));
      out.add(new Found(source, cue.span(toks, p), cue.text(), content, cue.stance(), -1, appositive));
      return true;
    }
    if (!rightEmpty) {
      // "“…,” she said, adding …": the right side may hold a continuation
      List<Found> extra = new ArrayList<>();
      Span rest = new Span(p, toks.get(cueEnd).end(), unit.end());
      List<Span> split = splitContinuation(text, unit, rest, source, extra);
      out.add(new Found(source, cue.span(toks, p), cue.text(), content, cue.stance(), -1, appositive));
      out.addAll(extra);
      return true;
    }
    return false;
  }

  /**
   * The content of a cue with no subject left of it: an inherited subject ("... but added"), an
   * inverted one ("…," said X) or the unit's opening subject ("X ..., saying"). Added to
   * {@code out}; returns the last token index of the content, or -1.
   */
  private static int subjectlessCue(String text, Unit unit, String w, CueLexicon.Entry entry, LeftSubject subject,
      RightSide right, List<Found> out, @Nullable Span inherited) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    int p = unit.paragraph();
    Cue cue = right.cue();
    int j = subject.j();
    boolean rightEmpty = right.rightEmpty();
    if (inherited != null && j >= 0 && (toks.get(j).lower().equals("and") || toks.get(j).lower().equals("but"))
        && !rightEmpty && entry.kind() != CueLexicon.Kind.WEAK) {
      // "X declined to comment but added: …": the subject carries over
      List<Span> content = new ArrayList<>();
      content.add(contentToEnd(text, toks, p, right.contentFrom(), unit));
      return addFound(text, unit, cue, inherited, content, subject.appositive(), n - 1, out);
    } else if (entry.kind() != CueLexicon.Kind.WEAK && j >= 0 && (toks.get(j).is(",") || toks.get(j).quoted())
        && !rightEmpty && hasWord(toks, 0, j)) {
      return invertedCue(text, unit, cue, right, j, subject.appositive(), out);
    } else if (j >= 0 && !rightEmpty && entry.kind() != CueLexicon.Kind.WEAK
        && (toks.get(j).is(",") && Words.CONTINUING_PARTICIPLES.contains(w)
            || toks.get(j).lower().equals("and") || toks.get(j).lower().equals("but"))
        && initialSubject(toks, j) != null) {
      // "Clinton chimed in on Twitter, saying that ..." / "Cruz exhorted ... and said he ..."
      int[] subjectRange = initialSubject(toks, j);
      Span source = new Span(p, toks.get(subjectRange[0]).start(), toks.get(subjectRange[1] - 1).end());
      List<Span> content = new ArrayList<>();
      content.add(contentToEnd(text, toks, p, right.contentFrom(), unit));
      return addFound(text, unit, cue, source, content, subject.appositive(), n - 1, out);
    }
    return -1;
  }

  /**
   * Inverted: "…," said X. The source follows the cue; the content is what precedes the comma
   * or quote at token {@code j}. Added to {@code out}; returns the last token index of the
   * content, or -1 when no name follows the cue.
   */
  private static int invertedCue(String text, Unit unit, Cue cue, RightSide right, int j, @Nullable Span appositive,
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
      return n - 1;
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
    if (e == s) {
      return -1;
    }
    Span source = new Span(p, toks.get(s).start(), toks.get(e - 1).end());
    int le = trimEnd(text, unit.start(), toks.get(j).quoted() ? toks.get(j).end() : toks.get(j).start());
    if (toks.get(j).quoted()) {
      le = toks.get(j).end();
    }
    content.add(new Span(p, unit.start(), le));
    return addFound(text, unit, cue, source, content, appositive, n - 1, out);
  }

  /**
   * Adds the attribution of {@code cue} to {@code out}, its last content split where ", adding
   * ..." continues it. Returns {@code lastContentTok}, or -1 when there is no content.
   */
  private static int addFound(String text, Unit unit, Cue cue, @Nullable Span source, List<Span> content,
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

  /**
   * "X, citing “…,” said": the quote ending at token {@code j} sits in an aside that opens with a
   * comma and a participle or "who" right after the sentence's subject. The subject's token range
   * (end exclusive), or null when the quote is not in such an aside.
   */
  private static int @Nullable [] interruptedSubject(List<Token> toks, int j) {
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

  /**
   * The content from token {@code from} to the end of the unit, trimmed, but keeping a closing
   * quote mark when the unit ends inside a quotation.
   */
  private static Span contentToEnd(String text, List<Token> toks, int p, int from, Unit unit) {
    int rs = toks.get(from).start();
    int re = trimEnd(text, rs, unit.end());
    if (toks.get(toks.size() - 1).quoted() && endsWithQuote(text, unit.end())) {
      re = unit.end();
    }
    return new Span(p, rs, re);
  }

  private static boolean endsWithQuote(String text, int end) {
    char ch = text.charAt(end - 1);
    return ch == '\u201d' || ch == '"' || ch == '\u00bb' || ch == '\u300d' || ch == '\u300f';
  }

  /** A weak cue needs a subject that looks like a source: a name, a pronoun or a source noun. */
  private static boolean plausibleSubject(List<Token> toks, int start, int head) {
    Token h = toks.get(head);
    if (Words.NOT_SUBJECTS.contains(h.lower()) || h.text().contains("'") || h.text().contains("\u2019")) {
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
    return SourceNouns.isSourceNoun(h.lower());
  }

  /** Skips adjuncts after a cue ("on Thursday", "in a statement", "to reporters", "later"). */
  private static int skipAdjuncts(List<Token> toks, int r) {
    int n = toks.size();
    for (int guard = 0; guard < 4 && r < n; guard++) {
      Token t = toks.get(r);
      if (t.quoted() || !t.isWord() || !Words.ADJUNCT_PREP.contains(t.lower())) {
        return r;
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

  /** Splits content at ", adding ..." / "and added ..."; returns the shortened span or null. */
  private static @Nullable List<Span> splitContinuation(String text, Unit unit, Span content, Span source,
      List<Found> extra) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    for (int i = 1; i < n; i++) {
      Token t = toks.get(i);
      if (t.start() <= content.start() || t.end() > content.end() || t.quoted()) {
        continue;
      }
      String w = t.lower();
      Token prev = toks.get(i - 1);
      boolean participle = prev.is(",") && Words.CONTINUING_PARTICIPLES.contains(w);
      boolean conjoined = (prev.lower().equals("and") || prev.lower().equals("but"))
          && CueLexicon.lookup(w) != null && CueLexicon.lookup(w).kind() != CueLexicon.Kind.WEAK
          && (w.endsWith("ed") || w.equals("said") || w.equals("told") || w.endsWith("s"));
      if (!participle && !conjoined) {
        continue;
      }
      int r = i + 1;
      r = skipAdjuncts(toks, r);
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
      int cut = conjoined ? toks.get(i - 1).start() : prev.start();
      int firstEnd = trimEnd(text, content.start(), cut);
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

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
