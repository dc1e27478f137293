package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Subjects.initialSubject;
import static dev.newsmodel.attribution.internal.rules.Subjects.looseSubject;
import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleSubject;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimStart;
import static dev.newsmodel.attribution.internal.rules.TrailingCredit.trailingCredit;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.QuoteSpan;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Quotes of three words or more that no rule attributed: a short clause after the quote credits
 * it ({@link TrailingCredit}: "“We will rebuild,” beamed Roe."), else the unit's opening
 * subject, else the speaker carried over from this or the previous paragraph
 * ({@link Sentence#carried}), else the noun phrase before the quote, guessed. A quote given to the
 * speaker carried over that goes on with that speaker's quotation, past its credit, continues
 * that attribution rather than opening one ({@link #continuedQuote}).
 */
final class QuoteFallbackRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    int before = sentence.out.size();
    quoteFallback(sentence.text, sentence.unit, sentence.out, sentence.firstFound, sentence.carried);
    return sentence.out.size() > before ? at : NO_MATCH;
  }

  /** Short words a title leaves in lower case: "Meet the Press", "Face the Nation". */
  private static final java.util.Set<String> TITLE_LOWER = java.util.Set.of("a", "an", "the", "of", "and", "or", "for",
      "to", "in", "on", "at", "with", "by", "from", "vs", "&");

  /** Prepositions before a broadcaster's programme: "on", "to", "with", "for" WXYZ's “Title”. */
  private static final java.util.Set<String> PROGRAMME_PREPOSITIONS = java.util.Set.of("on", "to", "with", "for",
      "during", "via");

  /**
   * Whether quote {@code q} is the title of a programme that a preposition and a possessive
   * introduce ("said on WXYZ's “Morning Round,”", "told the network's “Pier Talk”"): every word
   * capitalized but short function words. It names where something was said, not what.
   */
  static boolean possessedTitle(String text, List<Token> toks, QuoteSpan q) {
    int b = q.start();
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b < 2 || text.charAt(b - 1) != 's' || text.charAt(b - 2) != '\'' && text.charAt(b - 2) != '\u2019') {
      return false;
    }
    if (!titleCase(text.substring(q.innerStart(), q.innerEnd()))) {
      return false;
    }
    int k = lastTokenBefore(toks, b);
    // back over the possessor's words ("Fox News Channel's", "the network's") to a preposition
    for (int steps = 0; k >= 0 && steps < 6; k--, steps++) {
      Token t = toks.get(k);
      if (t.quoted()) {
        return false;
      }
      String l = t.lower();
      if (PROGRAMME_PREPOSITIONS.contains(l)) {
        return true;
      }
      if (!(t.isCapitalized() || l.equals("the") || l.equals("'s") || l.equals("\u2019s") || l.equals("&")
          || l.endsWith("'s") || l.endsWith("\u2019s") || l.equals("network") || l.equals("show"))) {
        return false;
      }
    }
    return false;
  }

  /** Nouns of a named work: "the podcast “Harbour Hour”". */
  static final java.util.Set<String> WORK_NOUNS = LexiconFile.words("work-nouns.txt");

  /**
   * Whether quote {@code q} is the title of a work that the noun right before it names ("the
   * podcast “Harbour Hour”", "her memoir, “Salt and Stone,”"): every word capitalized but short
   * function words. A title is no quotation.
   */
  static boolean namedWork(String text, List<Token> toks, QuoteSpan q) {
    int k = lastTokenBefore(toks, q.start());
    int gap = q.start();
    if (k > 0 && toks.get(k).is(",") && !toks.get(k).quoted()) {
      gap = toks.get(k).start(); // "her memoir, “Salt and Stone,”"
      k--;
    }
    if (k < 0 || toks.get(k).quoted() || !WORK_NOUNS.contains(toks.get(k).lower())
        || !text.substring(toks.get(k).end(), gap).isBlank()) {
      return false;
    }
    return titleCase(text.substring(q.innerStart(), q.innerEnd()));
  }

  /**
   * Whether quote {@code q} is a name in title case right after "on": "appeared on “Morning
   * Round”", "a segment on “Harbour Lights”". What "on" places a speaker on, or a report on, is a
   * programme or a title, not a quotation.
   */
  static boolean namedAfter(String text, List<Token> toks, QuoteSpan q) {
    int k = lastTokenBefore(toks, q.start());
    if (k < 0 || toks.get(k).quoted() || !toks.get(k).lower().equals("on")
        || !text.substring(toks.get(k).end(), q.start()).isBlank()) {
      return false;
    }
    return titleCase(text.substring(q.innerStart(), q.innerEnd()));
  }

  /**
   * Whether quote {@code q} is markup that a scrape left in the text ({@code <tweet pic=""
   * author="…">}): an equals sign right before its opening mark or right inside either mark, where
   * prose never puts one. The quotation-mark pairing of such markup is arbitrary (it may pair the
   * closing mark of one attribute with the opening mark of the next), so no statement is in it.
   */
  static boolean markupValue(String text, QuoteSpan q) {
    return q.start() > 0 && text.charAt(q.start() - 1) == '='
        || q.innerEnd() > q.innerStart()
            && (text.charAt(q.innerStart()) == '=' || text.charAt(q.innerEnd() - 1) == '=');
  }

  /**
   * Words after which a short quote in title case is a name: an article or possessive ("the
   * “Harbour Lights” festival", "her “Tide Tables”") or a preposition ("told “Morning Round”",
   * "a member of “Friends of the Pier”").
   */
  private static final java.util.Set<String> NAME_OPENERS = java.util.Set.of("the", "his", "her", "their", "its",
      "with", "to", "of", "for", "from", "in", "at");

  /** The most words a quote after {@link #NAME_OPENERS} may have to be read as a name. */
  private static final int SHORT_NAME_WORDS = 3;

  /**
   * Whether quote {@code q} is a name of at most three words in title case right after an article,
   * possessive or preposition of {@link #NAME_OPENERS}: "the “Harbour Lights” festival", "spoke
   * to “Morning Round”". A quotation that short and that capitalised after such a word names a
   * show, a group, a slogan or a work; longer quotes there may be speech and are kept.
   */
  static boolean shortNameAfter(String text, List<Token> toks, QuoteSpan q) {
    int k = lastTokenBefore(toks, q.start());
    if (k < 0 || toks.get(k).quoted() || !NAME_OPENERS.contains(toks.get(k).lower())
        || !text.substring(toks.get(k).end(), q.start()).isBlank()) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = q.innerStart(); i < q.innerEnd(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++words > SHORT_NAME_WORDS) {
        return false;
      }
      inWord = !space;
    }
    return titleCase(text.substring(q.innerStart(), q.innerEnd()));
  }

  /**
   * Whether quote {@code q} is a headline or title credited to its writer: a comma closes it
   * (inside or right after the closing mark) and "by" and a name follow ("“Ferry service to
   * resume in May,” by Ann Roe: …", "“Salt and Stone,” by Tom Kell"). The writer wrote the
   * piece, not a statement in it; a link list or a book's citation is no quotation.
   */
  static boolean bylinedHeadline(String text, QuoteSpan q) {
    int i = q.end();
    int n = text.length();
    boolean comma = q.innerEnd() > q.innerStart() && text.charAt(q.innerEnd() - 1) == ',';
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    if (!comma && i < n && text.charAt(i) == ',') {
      comma = true;
      i++;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
    }
    if (!comma || !text.startsWith("by ", i)) {
      return false;
    }
    i += 3;
    if (text.startsWith("the ", i)) {
      i += 4;
    }
    return i < n && Character.isUpperCase(text.charAt(i));
  }

  /** The index of the last token that ends by {@code at}; -1 when none does. */
  private static int lastTokenBefore(List<Token> toks, int at) {
    int k = toks.size() - 1;
    while (k >= 0 && toks.get(k).end() > at) {
      k--;
    }
    return k;
  }

  /** Whether every word of {@code s} is capitalized but short function words after the first. */
  private static boolean titleCase(String s) {
    int capitalized = 0;
    for (String w : Words.splitOnSpaces(s.strip())) {
      int i = 0;
      while (i < w.length() && !Character.isLetterOrDigit(w.charAt(i))) {
        i++;
      }
      if (i == w.length()) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(i))) {
        capitalized++;
        continue;
      }
      int e = i;
      while (e < w.length() && (Character.isLetter(w.charAt(e)) || w.charAt(e) == '&')) {
        e++;
      }
      if (capitalized == 0 || !TITLE_LOWER.contains(w.substring(i, e))) {
        return false;
      }
    }
    return capitalized > 0;
  }

  /**
   * The attribution that quote {@code q}, given to the speaker carried over ({@code lastSource}),
   * continues: the latest one found, when it has a cue, that speaker as its source, and a quotation
   * of the same paragraph opening and closing its content, with nothing but its credit between
   * ("“We rebuilt it,” Roe said on Monday, “and it will hold.”"). A quotation split by its credit
   * is one statement; a quote after indirect speech, or after another speaker, is not continued.
   * -1 when there is none.
   */
  static int continuedQuote(String text, List<Found> out, @Nullable Span lastSource, QuoteSpan q) {
    if (lastSource == null || out.isEmpty()) {
      return -1;
    }
    int last = out.size() - 1;
    Found prev = out.get(last);
    int target = prev.continues() >= 0 ? prev.continues() : last;
    Found head = out.get(target);
    if (head.cue() == null || !lastSource.equals(head.source()) || head.content().isEmpty()
        || prev.content().isEmpty()) {
      return -1;
    }
    Span first = head.content().get(0);
    Span end = prev.content().get(prev.content().size() - 1);
    if (first.paragraph() != q.paragraph() || end.paragraph() != q.paragraph() || end.end() > q.start()
        || end.end() < 1
        || !isQuoteMark(text.charAt(first.start())) || !isQuoteMark(text.charAt(end.end() - 1))) {
      return -1; // indirect speech, or a quote inside it, is continued by no quotation
    }
    int b = q.start();
    while (b > end.end() && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    // the quote opens a clause of its own ("…,” Roe said, “because …”, "… on Monday. “It …"); one
    // after a verb or a preposition ("going on to say the city spent “…”") is that clause's object
    return b == end.end() || ",.:;!?".indexOf(text.charAt(b - 1)) >= 0 ? target : -1;
  }

  /** Whether {@code c} opens or closes a quotation: a straight or curly double quote or single quote. */
  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /**
   * Removes the fallbacks at the end of {@code out}, from index {@code first} on, that lie inside
   * {@code [from, end)} of paragraph {@code p}, the content of the fallback about to be added: in
   * "The posters went from “a pier for all” to “rebuild it” and “ours again.”" the last short quote
   * takes the clause, and the quotes listed before it are part of that content, not statements of
   * their own (on PolNeAR train such nested fallbacks were 10 wrong to none right). Only the end of
   * the list is touched, so no continuation's index changes.
   */
  private static void dropEnclosed(List<Found> out, int first, int p, int from, int end) {
    while (out.size() > first) {
      Found last = out.get(out.size() - 1);
      if (last.cue() != null || !last.guessed() || last.continues() >= 0 || last.content().size() != 1) {
        return;
      }
      Span s = last.content().get(0);
      if (s.paragraph() != p || s.start() < from || s.end() > end) {
        return;
      }
      out.remove(out.size() - 1);
    }
  }

  /**
   * Quotes of three words or more that no attribution of the unit covers are attributed to the
   * last source of this or the previous paragraph (a speaker carried over), or to none.
   */
  static void quoteFallback(String text, Unit unit, List<Found> out, int unitFirst, @Nullable Span lastSource) {
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
    // The fallback that took the clause before a short quote ("… waging “profane” and “sexist”
    // attacks"): a later short quote closing the same clause extends it rather than repeating the
    // clause in an attribution of its own.
    int clauseFallback = -1;
    int clauseFallbackFrom = -1;
    int outFirst = out.size(); // the fallbacks this call adds start here
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
        if (markupValue(text, q)) {
          continue; // '<tweet author="…"': markup the scrape left in the text, not a quotation
        }
        if (bylinedHeadline(text, q)) {
          continue; // "“Ferry service to resume,” by Ann Roe": a headline and its writer
        }
        if (possessedTitle(text, unit.tokens(), q) || namedWork(text, unit.tokens(), q) || namedAfter(text, unit.tokens(), q)
            || shortNameAfter(text, unit.tokens(), q)) {
          continue; // "on WXYZ's “Morning Round,”", "the podcast “Harbour Hour”", "the “Pier Fest”": a title
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
        int continued = source == lastSource && !shortQuote ? continuedQuote(text, out, lastSource, q) : -1;
        if (continued >= 0) {
          // "“…,” Roe said on Monday, “and we rebuilt it.”": the speaker's quotation goes on
          out.add(new Found(null, null, null, List.of(new Span(q.paragraph(), q.start(), q.end())), Stance.ASSERTS,
              continued, null));
        } else if (shortQuote && from == clauseFallbackFrom && clauseFallback == out.size() - 1) {
          Found f = out.get(clauseFallback);
          out.set(clauseFallback, new Found(f.source(), null, null, List.of(new Span(q.paragraph(), from, q.end())),
              Stance.ASSERTS, -1, null, true));
        } else {
          dropEnclosed(out, outFirst, q.paragraph(), from, q.end());
          out.add(new Found(source, null, null, List.of(new Span(q.paragraph(), from, q.end())), Stance.ASSERTS, -1, null, true));
          clauseFallback = shortQuote ? out.size() - 1 : -1;
          clauseFallbackFrom = shortQuote ? from : -1;
        }
        if (from < q.end()) {
          fallbackMaxEnd = Math.max(fallbackMaxEnd, q.end());
        }
      }
    }
  }
}
