package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Continuations.addFound;
import static dev.newsmodel.attribution.internal.rules.Continuations.contentToEnd;
import static dev.newsmodel.attribution.internal.rules.Continuations.lastContentToken;
import static dev.newsmodel.attribution.internal.rules.Continuations.splitContinuation;
import static dev.newsmodel.attribution.internal.rules.CueComplement.rightSide;
import static dev.newsmodel.attribution.internal.rules.CueSubject.leftSubject;
import static dev.newsmodel.attribution.internal.rules.InvertedCue.subjectlessCue;
import static dev.newsmodel.attribution.internal.rules.Subjects.initialSubject;
import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleSubject;
import static dev.newsmodel.attribution.internal.rules.Tokens.endsWithQuote;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.rules.CueComplement.RightSide;
import dev.newsmodel.attribution.internal.rules.CueSubject.LeftSubject;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cue word of {@link CueLexicon} with its subject before it and its content after it, or
 * before the subject: "The mayor said the pier was safe.", "“It is safe,” the mayor said.",
 * "The pier, she said, is safe.", "The council declined to comment." When no subject stands left
 * of the cue, {@link InvertedCue} reads it ("“It is safe,” said Ann Roe.").
 */
final class VerbCueRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    CueLexicon.Entry entry = CueLexicon.lookup(sentence.unit.tokens().get(at).lower());
    if (entry == null) {
      return NO_MATCH;
    }
    List<Found> out = sentence.out;
    // the subject a cue after "and" or "but" inherits: the unit's latest source
    Span inherited = out.size() > sentence.unitFirst ? out.get(out.size() - 1).source() : null;
    int before = out.size();
    int end = verbCue(sentence.text, sentence.unit, at, entry, out, inherited);
    if (out.size() > before && SPEAKING.contains(sentence.unit.tokens().get(at).lower())
        && topicless(sentence.text, out.get(before))) {
      out.subList(before, out.size()).clear(); // "She spoke at the rally for an hour.": no content
      return NO_MATCH;
    }
    if (out.size() == before + 1 && reportsNothing(sentence.text, sentence.unit.tokens(), at, out.get(before))) {
      out.remove(before); // "Roe reported from Ashton.", "Roe wrote in a memo.": where, not what
      return NO_MATCH;
    }
    return out.size() > before ? Math.max(end, at) : NO_MATCH;
  }

  /** Whether {@code t} is a number in digits ("270", "4,051"). */
  static boolean isNumeral(Token t) {
    String x = t.text();
    if (t.quoted() || x.isEmpty() || !Character.isDigit(x.charAt(0))) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      char ch = x.charAt(i);
      if (!Character.isDigit(ch) && ch != ',' && ch != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the whole content of {@code f} is "from" and a place's name ("from Ashton, Md.",
   * "from Ashton; Lee, from Dover"): the place a report was filed from, as a story's closing
   * credit gives it, with nothing reported.
   */
  static boolean placeOnly(String text, Found f) {
    if (f.content().size() != 1) {
      return false;
    }
    Span span = f.content().get(0);
    String c = text.substring(span.start(), span.end());
    if (!c.startsWith("from ")) {
      return false;
    }
    for (String w : Words.splitOnSpaces(c.substring(5))) {
      String word = BRACKETS_AND_PUNCTUATION.matcher(w).replaceAll("");
      if (!word.isEmpty() && !word.equals("from") && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code f}, found for the cue word at token {@code c} of {@code toks}, reports only
   * where a report was filed ({@link #placeOnly}), only an adjunct of a verb of saying
   * ({@link #adjunctOnly}), only its unit's opening adverbial ({@link #openerOnly}) or one bare
   * word ({@link #bareWord}): no statement. {@link SubjectVerbRule} asks it too, so that the
   * reading refused here is not guessed there.
   */
  static boolean reportsNothing(String text, List<Token> toks, int c, Found f) {
    return placeOnly(text, f) || NestedCueRule.NESTED_CUES.contains(toks.get(c).lower()) && adjunctOnly(toks, f)
        || openerOnly(toks, f) || bareWord(toks, f);
  }

  /**
   * Whether the whole content of {@code f} is one word that cannot be a statement: a particle or
   * preposition with nothing after it ("voters are not showing up", "the party backed down",
   * "lashing out", "the law he rails against") or a lone subject pronoun whose clause the
   * content lost ("announced she ..." cut before "and her husband"). The word must follow the
   * cue right away: in "ruled that out" the object stands between them.
   */
  static boolean bareWord(List<Token> toks, Found f) {
    if (f.content().size() != 1 || f.cue() == null) {
      return false;
    }
    Span span = f.content().get(0);
    int only = -1;
    for (int k = 0; k < toks.size() && toks.get(k).start() < span.end(); k++) {
      Token t = toks.get(k);
      if (t.end() <= span.start() || !t.isWord() && !t.quoted()) {
        continue;
      }
      if (only >= 0 || t.quoted()) {
        return false;
      }
      only = k;
    }
    // right after the cue: "ruled that out" skipped an object, and "that out" is what was ruled out
    return only > 0 && toks.get(only - 1).end() == f.cue().end() && BARE_WORDS.contains(toks.get(only).lower());
  }

  /** Words that alone are no content: particles and prepositions, and subject pronouns. */
  private static final java.util.Set<String> BARE_WORDS = java.util.Set.of("up", "out", "down", "back", "off", "away",
      "over", "on", "in", "about", "to", "for", "against", "along", "around", "through", "he", "she", "they", "we", "i");

  /**
   * Whether the whole content of {@code f} is the opening adverbial of its unit, before the cue
   * and its subject: "Last month, 26 percent said the same.", "Then, she apologized.", "In
   * other words, the host explained ...". The opener (at most
   * {@link #MAX_OPENER} words before a comma, the first a sentence opener such as "But" or
   * "Then", a preposition that opens adjuncts or a time word) sets the scene for the clause
   * after it and is no statement. A pronoun, "that" or "what" in it makes it a clause of its own
   * ("And that's what the senator is promising"); a quotation after the cue is what the credit
   * reports, and the credit stays for it.
   */
  static boolean openerOnly(List<Token> toks, Found f) {
    if (f.content().size() != 1 || f.cue() == null) {
      return false;
    }
    Span span = f.content().get(0);
    if (span.end() > f.cue().start() || toks.isEmpty() || toks.get(0).start() != span.start()) {
      return false;
    }
    Token first = toks.get(0);
    String x = first.lower();
    if (first.quoted() || !(Words.OPENERS.contains(x) || Subjects.ADJUNCT_OPENERS.contains(x) || Words.TIME_WORDS.contains(x))) {
      return false;
    }
    for (int k = toks.size() - 1; k >= 0 && toks.get(k).start() > f.cue().start(); k--) {
      if (toks.get(k).quoted()) {
        return false; // "But, Roe said, “…”": the quotation is the content, the credit stays
      }
    }
    int words = 0;
    for (int k = 0; k < toks.size() && toks.get(k).start() < span.end(); k++) {
      Token t = toks.get(k);
      String w = t.lower();
      if (t.quoted() || t.isWord() && (++words > MAX_OPENER || Words.PRONOUNS.contains(w) || w.equals("that")
          || w.equals("what") || w.indexOf('\'') >= 0 || w.indexOf('\u2019') >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** How many words an opening adverbial read as a whole content may have: "In other words". */
  private static final int MAX_OPENER = 3;

  /**
   * Whether the whole content of {@code f}, found for a verb of plain saying or writing
   * ({@link NestedCueRule#NESTED_CUES}), is one adjunct of place, time or medium: "in a memo",
   * "at one point", "after the vote", "from his office in Ashton", "while a student". A verb of
   * saying takes a statement or a quotation, never such a phrase alone, so the statement lies
   * elsewhere (before the credit, in an earlier sentence) and this reading reports nothing. The
   * content must open with a preposition of {@link #ADJUNCT_OPENING} and hold no quotation, no
   * subject pronoun or tense auxiliary (a clause: "in retrospect she would ...", "in 2004 were
   * wrong"), no "that", "which" or "who", no topic ("about") and no "least"/"most" ("at
   * least six planes" is an amount) and no "favor"/"support" ("argued in favor of ..." is a
   * stance). The content must follow the cue right away: after "that" ("noted that at one
   * meeting, ...") or before the credit ("In addition, the plan ..., a spokesman announced") it
   * is a statement. Reads at most {@link #MAX_ADJUNCT} tokens of the content.
   */
  static boolean adjunctOnly(List<Token> toks, Found f) {
    if (f.content().size() != 1 || f.cue() == null) {
      return false;
    }
    Span span = f.content().get(0);
    int i = 0;
    while (i < toks.size() && toks.get(i).start() < span.start()) {
      i++;
    }
    if (i == 0 || i >= toks.size() || toks.get(i - 1).end() != f.cue().end() || toks.get(i).quoted()
        || !ADJUNCT_OPENING.contains(toks.get(i).lower())) {
      return false; // content before the credit, or after "that", is a statement
    }
    for (int k = i + 1; k < toks.size() && toks.get(k).start() < span.end(); k++) {
      Token t = toks.get(k);
      String x = t.lower();
      if (k - i >= MAX_ADJUNCT || t.quoted() || Words.PRONOUNS.contains(x) || Words.TENSE_AUX.contains(x)
          || NOT_IN_ADJUNCT.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** How many tokens an adjunct that is a verb of saying's whole content may run. */
  private static final int MAX_ADJUNCT = 30;

  /**
   * The prepositions that open an adjunct of place, time or medium after a verb of saying. Not
   * {@link Subjects#ADJUNCT_OPENERS}: "on", "over", "for" and "with" open a topic or a stance
   * there ("said on the budget", "argued for a pier", "agreed with Roe").
   */
  private static final java.util.Set<String> ADJUNCT_OPENING = java.util.Set.of("in", "at", "from", "during",
      "after", "before", "while");

  /**
   * Words that make a phrase after a verb of saying more than an adjunct: a clause ("that",
   * "which"), a topic ("about"), an amount ("at least") or a stance ("in favor of").
   */
  private static final java.util.Set<String> NOT_IN_ADJUNCT = java.util.Set.of("that", "which", "about",
      "least", "most", "favor", "favour", "support", "be", "been");

  /** Opening brackets and closing brackets or punctuation around a word of a place's name. */
  private static final java.util.regex.Pattern BRACKETS_AND_PUNCTUATION =
      java.util.regex.Pattern.compile("^[(\\[]+|[.,;:)\\]]+$");

  /** Verbs of the act of speaking: they report content only with its topic ("spoke about ..."). */
  static final java.util.Set<String> SPEAKING = java.util.Set.of("speaks", "spoke", "spoken", "talk", "talks",
      "talked", "talking");

  /** Words that give what a verb of speaking was about: "spoke about", "talked of", "spoke out against". */
  private static final java.util.Set<String> TOPIC = java.util.Set.of("about", "of", "on", "upon", "out", "against", "up");

  /** Whether the word after position {@code i} (before {@code end}) is a time word: "on Monday". */
  private static boolean timeFollows(String text, int i, int end) {
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    int e = i;
    while (e < end && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > i && Words.TIME_WORDS.contains(text.substring(i, e).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the content of {@code f}, found for a verb of speaking, holds neither a topic
   * ("about ...", "of ...", "out against ...") nor a quotation: then it tells where, when, how
   * long or to whom someone spoke ("spoke at the rally", "talked to voters for an hour"), which
   * is no statement. An attribution without content (a colon) is left alone.
   */
  static boolean topicless(String text, Found f) {
    if (f.content().isEmpty()) {
      return false;
    }
    for (Span span : f.content()) {
      int i = span.start();
      while (i < span.end()) {
        char ch = text.charAt(i);
        if (ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\'' && i + 1 < span.end() && text.charAt(i + 1) == '\'') {
          return false;
        }
        if (!Character.isLetter(ch)) {
          i++;
          continue;
        }
        int e = i;
        while (e < span.end() && Character.isLetter(text.charAt(e))) {
          e++;
        }
        String word = e - i <= 7 ? text.substring(i, e).toLowerCase(java.util.Locale.ROOT) : "";
        i = e;
        if (TOPIC.contains(word) && !(word.equals("on") && timeFollows(text, i, span.end()))) {
          return false; // "on Monday" is a time, "on the budget" a topic
        }
      }
    }
    return true;
  }

  /** A cue phrase: its first and last token, the stance it gives and its text as written. */
  record Cue(int start, int end, Stance stance, String text) {
    Span span(List<Token> toks, int p) {
      return new Span(p, toks.get(start).start(), toks.get(end).end());
    }
  }

  /**
   * A verb cue at token {@code c}. Returns the last token index of the content, or -1. The phases
   * (cue phrase, subject to the left, what follows, content) are separate methods: one method of
   * all of them was the costliest for the JIT to compile.
   */
  static int verbCue(String text, Unit unit, int c, CueLexicon.Entry entry, List<Found> out,
      @Nullable Span inherited) {
    List<Token> toks = unit.tokens();
    String w = toks.get(c).lower();
    Cue cue = cuePhrase(text, toks, c, w, entry);
    if (cue == null) {
      return -1;
    }
    return cueWithComplement(text, unit, cue, entry, out, inherited);
  }

  /**
   * The attribution of cue phrase {@code cue}, whose first token is its verb, as
   * {@link #verbCue} reads it: its subject to the left, its content after the phrase's last
   * token. {@link PhraseCueRule} gives whole phrases ("took issue with") this way. Returns the last
   * token index of the content, or -1.
   */
  static int cueWithComplement(String text, Unit unit, Cue cue, CueLexicon.Entry entry, List<Found> out,
      @Nullable Span inherited) {
    List<Token> toks = unit.tokens();
    int c = cue.start();
    String w = toks.get(c).lower();
    LeftSubject subject = clauseSubjectOfParticiple(toks, w, leftSubject(toks, c, w, unit.paragraph()));
    int reduced = reducedPassive(text, unit, cue, subject, out);
    if (reduced >= 0 || reduced == NOT_AN_ATTRIBUTION) {
      return reduced >= 0 ? reduced : -1;
    }
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
   * A reduced passive: a past participle of a cue verb right after a noun phrase and right before
   * "by" and its agent ("candidates backed by the union", "a plan criticized by economists", "a
   * claim first reported by the Post"). The participle modifies the noun, so the noun phrase is
   * what the agent backed or criticized, and the agent, not the noun, is the source; without this
   * the noun was read as the subject and "by ..." as the content. One adverb may stand between
   * the noun and the participle ("first", "widely"). A pronoun, a name of one capitalized word at
   * the unit's start (a headline's or a clause's subject: "Roe backed by ..." is rare next to
   * "Roe backed the plan"), a participle after a comma (an aside whose noun is hard to bound) or a
   * capitalized participle (headline case) is left to the other readings. Adds the attribution to
   * {@code out} and returns the agent's last token, -1 when the cue is no reduced passive, or
   * {@link #NOT_AN_ATTRIBUTION} when it is one inside a prepositional adjunct ("In a statement
   * released by the campaign, ...").
   */
  static int reducedPassive(String text, Unit unit, Cue cue, LeftSubject subject, List<Found> out) {
    List<Token> toks = unit.tokens();
    int c = cue.start();
    int n = toks.size();
    if (cue.end() != c || subject.passive() || subject.head() < 0 || subject.appositive() != null
        || c + 1 >= n || toks.get(c + 1).quoted() || !toks.get(c + 1).isWord()) {
      return -1;
    }
    Token part = toks.get(c);
    String w = part.lower();
    if (part.isCapitalized() || !(w.endsWith("ed") || CueSubject.IRREGULAR_PARTICIPLES.contains(w))) {
      return -1;
    }
    int nounEnd = c - 1;
    if (nounEnd > subject.endTok() && nounEnd == subject.endTok() + 1 && isModifyingAdverb(toks.get(nounEnd))) {
      nounEnd--; // "a claim first reported by ..."
    }
    if (nounEnd != subject.endTok() || nounEnd < 0) {
      return -1;
    }
    Token head = toks.get(subject.head());
    if (head.quoted() || !head.isWord() || Words.PRONOUNS.contains(head.lower())
        || subject.start() == subject.head() && head.isCapitalized() && subject.start() == 0) {
      return -1;
    }
    int start = subject.start();
    for (int i = subject.head() - 1; i > start; i--) {
      Token t = toks.get(i);
      if (!t.quoted() && (t.is("-") || t.is("--") || t.is("\u2013") || t.is("\u2014"))) {
        start = i + 1; // "… rescue attempts - an allegation rejected by …": the noun phrase after the dash
        break;
      }
    }
    start = nounPhraseStart(toks, start);
    boolean by = toks.get(c + 1).lower().equals("by");
    boolean inAdjunct = start > 0 && !toks.get(start - 1).quoted() && Words.ADJUNCT_PREP.contains(toks.get(start - 1).lower())
        || start < subject.head() && !toks.get(start).quoted() && Words.ADJUNCT_PREP.contains(toks.get(start).lower());
    if (!by) {
      return -1;
    }
    if (inAdjunct) {
      // "In a statement released by the campaign, Roe said ...": the noun phrase is an adjunct of
      // the main clause, whose own cue reports the statement; the release is no attribution
      return NOT_AN_ATTRIBUTION;
    }
    int[] agent = CueSubject.byAgent(toks, c + 1);
    if (agent == null || agent[0] != c + 2) {
      return -1;
    }
    int agentEnd = agent[1];
    for (int i = agent[0] + 1; i < agent[1]; i++) {
      if (!toks.get(i).isCapitalized() && Words.AUX.contains(toks.get(i).lower())) {
        agentEnd = i; // "a pier proposed by the mayor would cost ...": the agent ends before the main verb
        break;
      }
    }
    if (finiteCueAfter(toks, agentEnd)) {
      return -1; // "A report released by the council found ...": the finite cue reports, with the noun as subject
    }
    int p = unit.paragraph();
    Span source = new Span(p, toks.get(agent[0]).start(), toks.get(agentEnd - 1).end());
    List<Span> content = new ArrayList<>();
    content.add(new Span(p, toks.get(start).start(), toks.get(subject.endTok()).end()));
    out.add(new Found(source, cue.span(toks, p), cue.text(), content, cue.stance(), -1, null));
    return agentEnd - 1;
  }

  /**
   * Whether a finite cue verb (a cue word in -s or the past, not capitalized) stands within a few
   * tokens from {@code from} (the token after an agent), before a comma, a quote, "that", "and",
   * "or", "but" or a pronoun: the predicate of the noun a
   * participle modifies ("A report released by the council on Monday found ...").
   */
  private static boolean finiteCueAfter(List<Token> toks, int from) {
    for (int i = from; i < toks.size() && i < from + 8; i++) {
      Token t = toks.get(i);
      String x = t.lower();
      if (t.quoted() || !t.isWord() || x.equals("that") || x.equals("and") || x.equals("or") || x.equals("but")
          || Words.PRONOUNS.contains(x)) {
        return false; // a pronoun opens a clause of its own ("the cases it cited"), "and" a coordinated noun
      }
      if (!t.isCapitalized() && CueLexicon.lookup(x) != null
          && (x.endsWith("s") && !x.endsWith("ss") || x.endsWith("ed") || CueSubject.IRREGULAR_PARTICIPLES.contains(x))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the noun phrase whose subject reading starts at {@code start}, taken back
   * over a currency sign and up to two lower-case modifiers after a determiner: the subject
   * reader stops at "$" ("a record $4 million fine" read from "4"), where a reduced passive's
   * content is the whole noun phrase.
   */
  private static int nounPhraseStart(List<Token> toks, int start) {
    int s = start;
    if (s > 0 && !toks.get(s - 1).quoted() && CURRENCY.contains(toks.get(s - 1).text())) {
      s--;
    } else {
      return start;
    }
    for (int i = s - 1; i >= 0 && i >= s - 3; i--) {
      Token t = toks.get(i);
      String x = t.lower();
      if (t.quoted() || !t.isWord()) {
        break;
      }
      if (Words.DETERMINERS.contains(x)) {
        return i;
      }
      if (t.isCapitalized() || Words.CLAUSE.contains(x) || Words.ADJUNCT_PREP.contains(x) || Words.AUX.contains(x)) {
        break;
      }
    }
    return s;
  }

  /** Currency signs that open an amount's noun phrase. */
  private static final java.util.Set<String> CURRENCY = java.util.Set.of("$", "\u00a3", "\u20ac", "\u00a5");

  /** What {@link #reducedPassive} returns for a reduced passive inside an adjunct: no attribution, and no other reading. */
  static final int NOT_AN_ATTRIBUTION = -2;

  /** Whether {@code t} is an adverb that may stand between a noun and its participle: "first", "widely". */
  private static boolean isModifyingAdverb(Token t) {
    String x = t.lower();
    return !t.quoted() && !t.isCapitalized() && (x.length() > 4 && x.endsWith("ly") || MODIFYING_ADVERBS.contains(x));
  }

  /** Adverbs without "-ly" that stand between a noun and the participle modifying it: "a claim first reported by". */
  private static final java.util.Set<String> MODIFYING_ADVERBS = java.util.Set.of("first", "later", "once", "since",
      "also", "long", "often", "previously", "originally", "initially");

  /** The auxiliary of the perfect, or the verb of having: "has run ads", "has some advice". */
  private static final java.util.Set<String> PERFECT = java.util.Set.of("has", "have", "had");

  /**
   * A participle cue ("saying", "calling") continues the subject of its clause when what stands
   * left of it cannot speak: "The group placed ads calling the plan a mistake" (ads), "Roe was
   * frank about her rival, the mayor, saying ..." (an appositive inside the predicate), "The
   * group has run ads in both papers urging ..." (a phrase after a perfect "has"). Then the
   * noun phrase that opens the unit is the subject. So it is too when what stands left of the
   * participle begins before the unit's subject, inside an opening phrase ("In a statement on
   * Friday, the union reacted to the ruling, saying ..."). A speaker right before the participle
   * is its own subject ("officials urging ...", "with aides saying ..."), and {@code left} stays.
   */
  static LeftSubject clauseSubjectOfParticiple(List<Token> toks, String w, LeftSubject left) {
    if (!InvertedCue.isParticiple(w) || left.head() < 0 || left.passive()) {
      return left;
    }
    int[] unitSubject = initialSubject(toks, left.j());
    if (unitSubject != null && unitSubject[0] > left.start() && unitSubject[1] - 1 < left.j()
        && plausibleSubject(toks, unitSubject[0], unitSubject[1] - 1)) {
      // "Speaking in Salem, Maine, the mayor went after the board, calling ...": what stands
      // left of the participle begins before the unit's subject, inside its opening phrase
      return new LeftSubject(left.j(), false, unitSubject[1] - 1, unitSubject[0], unitSubject[1] - 1, null);
    }
    int before = left.start() - 1;
    boolean inPredicate = left.appositive() != null && toks.get(left.j()).is(",") && before >= 0
        && toks.get(before).isWord() && !toks.get(before).quoted() && !toks.get(before).lower().equals("with")
        // "The group has run ads in both papers urging ...": a perfect "has" opens the
        // predicate, so what follows it is the object the clause began with; after "is" or
        // "will" a noun phrase often is the participle's own subject ("It was a tweet urging")
        || before >= 1 && PERFECT.contains(toks.get(before).lower()) && !toks.get(before).quoted()
            && !toks.get(before).isCapitalized() && toks.get(before - 1).isWord() && !toks.get(before - 1).quoted();
    if (!inPredicate && plausibleSubject(toks, left.start(), left.head())) {
      return left;
    }
    int[] opening = initialSubject(toks, left.head());
    if (opening == null || opening[1] - 1 >= left.head() || !plausibleSubject(toks, opening[0], opening[1] - 1)) {
      return left;
    }
    return new LeftSubject(left.j(), false, opening[1] - 1, opening[0], opening[1] - 1, null);
  }

  /**
   * The cue phrase at token {@code c} (word {@code w}): "declined to comment", a negated denial.
   * Null when "declined" or "refused" is no cue here.
   */
  static @Nullable Cue cuePhrase(String text, List<Token> toks, int c, String w, CueLexicon.Entry entry) {
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
    if (addsTo(toks, c)) {
      return null; // "The delay added to the confusion": "add to" a noun phrase is "increase"
    }
    if (w.endsWith("ed") && c >= 1 && c + 1 < toks.size() && isNumeral(toks.get(c - 1)) && toks.get(c + 1).isWord()
        && !toks.get(c + 1).quoted() && !toks.get(c + 1).isCapitalized() && !Words.CLAUSE.contains(toks.get(c + 1).lower())) {
      return null; // "270 pledged delegates": a participle between a number and its noun
    }
    boolean negated = c >= 1 && (toks.get(c - 1).lower().equals("not") || toks.get(c - 1).lower().equals("n't")
        || toks.get(c - 1).lower().equals("never"));
    if (negated && (w.startsWith("deni") || w.startsWith("deny") || w.startsWith("dismiss") || w.startsWith("reject"))) {
      stance = Stance.ASSERTS;
    }
    return new Cue(c, cueEnd, stance, cueText);
  }

  /** The forms of "add", a verb of saying that also means "increase" before "to". */
  private static final java.util.Set<String> ADD_FORMS = java.util.Set.of("add", "adds", "added", "adding");

  /**
   * Whether the word at {@code c} is a form of "add" followed by "to" and a determiner ("added to
   * the confusion", "adding to her lead in delegates", "adds to a list of setbacks"): "add to"
   * a noun phrase means "increase" and reports nothing. "She added to reporters that ..." (no
   * determiner) and "added, “…”" are left alone.
   */
  static boolean addsTo(List<Token> toks, int c) {
    if (c + 2 >= toks.size() || !ADD_FORMS.contains(toks.get(c).lower())) {
      return false;
    }
    Token to = toks.get(c + 1);
    Token next = toks.get(c + 2);
    return !to.quoted() && to.lower().equals("to") && !next.quoted() && Words.DETERMINERS.contains(next.lower());
  }

  /**
   * The content of a cue whose subject lies left of it (word {@code w} as first found), added to
   * {@code out}. Returns the last token index of the content, or -1.
   */
  static int subjectCue(String text, Unit unit, String w, CueLexicon.Entry entry, LeftSubject subject,
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
    List<Found> trailing = null; // continuations after a credit whose right side is adjuncts only
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
    } else if (entry.kind() != CueLexicon.Kind.WEAK && asClause(toks, subjectStart, right.r())) {
      // "As the report noted, the pier ...", "The pier, as Roe said, is ...": the content is the
      // clause the "as" clause interrupts
      int as = subjectStart - 1;
      if (as > 0 && toks.get(as - 1).is(",") && hasWord(toks, 0, as - 1) && !toks.get(0).quoted()) {
        int le = trimEnd(text, unit.start(), toks.get(as - 1).start());
        content.add(new Span(p, unit.start(), le));
      }
      if (right.r() + 1 < n) {
        content.add(contentToEnd(text, toks, p, right.r() + 1, unit));
        lastContentTok = lastContentToken(toks, right.r() + 1);
      }
    } else if (!rightEmpty && right.r() < n && toks.get(right.r()).is(",") && commaBefore && hasWord(toks, 0, subjectStart)
        && !toks.get(0).quoted()) {
      // "The plan, he said, would fail."
      content.add(new Span(p, unit.start(), trimEnd(text, unit.start(), toks.get(subjectStart - 1).start())));
      int rs = toks.get(contentFrom).start();
      content.add(new Span(p, rs, trimEnd(text, rs, unit.end())));
      lastContentTok = n - 1;
    } else if (!rightEmpty && relativeClauseEnd(toks, subject.head(), contentFrom) > contentFrom) {
      // "The mayor, who called the plan a fine idea, said ...": the relative clause's content
      // stops at the comma that closes it, and the main clause's cue is read on its own
      int close = relativeClauseEnd(toks, subject.head(), contentFrom);
      int rs = toks.get(contentFrom).start();
      content.add(new Span(p, rs, trimEnd(text, rs, toks.get(close).start())));
      lastContentTok = close - 1;
    } else if (!rightEmpty && fronted(toks, subjectStart) && fronting(toks, contentFrom) > contentFrom) {
      // "While the mayor praised the plan, the council voted ...": the subordinate clause's content
      // ends at the comma that closes it, and the main clause is read on its own
      int close = fronting(toks, contentFrom);
      int rs = toks.get(contentFrom).start();
      content.add(new Span(p, rs, trimEnd(text, rs, toks.get(close).start())));
      lastContentTok = close - 1;
    } else if (!rightEmpty) {
      // to the unit's end, or to a comma where a clause of its own opens ("X suggested A, the inspector warned B")
      content.add(contentToEnd(text, toks, p, contentFrom, unit));
      lastContentTok = lastContentToken(toks, contentFrom);
    } else if (hasWord(toks, 0, subjectStart)) {
      if (entry.kind() == CueLexicon.Kind.WEAK && !showingCredit(toks, w, subjectStart)
          || conjunctionBefore(toks, subjectStart)
          || !subject.passive() && toks.get(subjectStart - 1).isWord() && !toks.get(subjectStart - 1).quoted()
              && !CREDIT_AFTER_WORDS.contains(toks.get(subjectStart - 1).lower())) {
        // "… Lee said in the White House briefing.": a credit after its statement follows a
        // comma, a dash or a quote, or "than", "as", "what" ("more than her aides expected"),
        // never another word
        return -1; // "Roe said the pier was unsafe, but the divers disagree.": no content of theirs
      }
      int le = trimEnd(text, unit.start(), toks.get(subjectStart).start());
      if (le > unit.start()) {
        content.add(new Span(p, unit.start(), le));
      }
      if (cueEnd + 1 < n && hasWord(toks, cueEnd + 1, n)) {
        // "…, Roe said in June, citing …": a participle past the adjuncts continues the credit
        trailing = new ArrayList<>();
        Continuations.splitContinuation(text, unit, new Span(p, toks.get(cueEnd).end(), unit.end()), source, trailing);
        if (!trailing.isEmpty()) {
          lastContentTok = n - 1;
        }
      }
    } else if (right.colonEnd() && entry.kind() != CueLexicon.Kind.WEAK) {
      out.add(new Found(source, cue.span(toks, p), cue.text(), List.of(), stance, -1, appositive));
      return c;
    }
    // "says" and "tells" are verbs whatever precedes them ("The veteran captain says ..."); other
    // forms in -s may be plural nouns ("the group's reports")
    boolean ambiguousForm = !w.equals("says") && !w.equals("tells")
        && (!(w.endsWith("ed") || w.endsWith("ing") || Words.VERBS.contains(w)) || w.endsWith("s"));
    if ((entry.kind() == CueLexicon.Kind.WEAK || ambiguousForm) && appositive == null
        && stance != Stance.NO_COMMENT
        && !plausibleSubject(toks, subjectStart, subject.head())
        && !thatClauseAfter(toks, cueEnd, subjectStart, subject.head())) {
      return -1;
    }
    if (subject.passive()) {
      // "X was criticized for ...": X is no source; "X was asked by Y whether ...": Y is
      int[] agent = CueSubject.byAgent(toks, cueEnd + 1);
      Span subjectSpan = source;
      source = agent == null ? null : new Span(p, toks.get(agent[0]).start(), toks.get(agent[1] - 1).end());
      appositive = null; // the subject's appositive describes the subject, not the agent
      if (agent != null && content.size() == 1 && content.get(0).start() <= toks.get(agent[0] - 1).start()
          && content.get(0).end() >= source.end()) {
        // "The plan was criticized by the union for its cost": what the agent said something of
        // is the passive's subject and the phrase after the agent, never the agent itself; a
        // clause after the agent ("was asked by a caller whether ...") is the content alone, the
        // subject its addressee; a comma after the agent closes the content (an appositive)
        Span whole = content.get(0);
        int after = agent[1];
        boolean clause = after < n && (toks.get(after).quoted() || AGENT_CLAUSE.contains(toks.get(after).lower()));
        content.clear();
        if (!clause) {
          content.add(subjectSpan);
        }
        int by = agent[0] - 1;
        if (by > cueEnd + 1 && hasWord(toks, cueEnd + 1, by) && toks.get(by - 1).end() <= whole.end()) {
          // "was called “a quiet revolution” by ...", "was confirmed as chair by ...": what the
          // agent called it stands between the cue and "by"
          int bs = Math.max(whole.start(), toks.get(cueEnd + 1).start());
          content.add(new Span(p, bs, toks.get(by - 1).end()));
        }
        if (after < n && !toks.get(after).is(",") && toks.get(after).start() < whole.end()
            && hasWord(toks, after, lastContentTok + 1)) {
          content.add(new Span(p, toks.get(after).start(), whole.end()));
        }
        if (content.isEmpty()) {
          content.add(whole);
        }
      } else if (agent == null && content.size() == 1 && subjectSpan != null && right.contentFrom() < n
          && !toks.get(right.contentFrom()).quoted()
          && !AGENT_CLAUSE.contains(toks.get(right.contentFrom()).lower())
          && !toks.get(subject.head()).lower().equals("it")) {
        // "The plan was criticized for its cost": no agent, but what was criticized is the subject
        content.add(0, subjectSpan);
      }
    }
    int last = addFound(text, unit, cue, source, content, appositive, lastContentTok, out);
    if (last >= 0 && trailing != null) {
      out.addAll(trailing);
    }
    return last;
  }

  /**
   * Whether the cue is the verb of an "as" clause that a comma at token {@code r} closes, right
   * after the cue and its adjuncts: "As the report noted, ...", "But as Roe said on Monday,
   * ...", "..., as Roe put it, ...". The "as" stands right before the subject (first token
   * {@code subjectStart}) and opens the unit, follows a sentence opener ("But as") or a comma;
   * "such as", "as well as" and "the same as" are no such clause.
   */
  static boolean asClause(List<Token> toks, int subjectStart, int r) {
    int as = subjectStart - 1;
    if (as < 0 || r >= toks.size() || toks.get(r).quoted() || !toks.get(r).is(",") || toks.get(as).quoted()
        || !toks.get(as).lower().equals("as")) {
      return false;
    }
    if (as == 0) {
      return true;
    }
    Token before = toks.get(as - 1);
    return !before.quoted() && (before.is(",") || Words.OPENERS.contains(before.lower()) || before.lower().equals("just"));
  }

  /**
   * Whether a "that" right after the cue (last token {@code cueEnd}) opens its clause and the
   * subject (first token {@code subjectStart}, head {@code head}) is a common noun: "The inquiry
   * found that ...", "Statistics indicate that ...". A verb taking a clause needs no speaker for
   * a subject: what finds, shows or indicates may be a document, a study or a count. A phrase
   * that a preposition opens is no subject ("... said in a follow-up report that ...").
   */
  static boolean thatClauseAfter(List<Token> toks, int cueEnd, int subjectStart, int head) {
    int n = toks.size();
    if (cueEnd + 2 >= n || toks.get(cueEnd + 1).quoted() || !toks.get(cueEnd + 1).lower().equals("that")
        || !toks.get(cueEnd + 2).isWord()) {
      return false;
    }
    for (int k = Math.max(0, subjectStart - 1); k <= subjectStart; k++) {
      if (!toks.get(k).quoted() && Words.ADJUNCT_PREP.contains(toks.get(k).lower())) {
        return false; // "indicated in a follow-up report that ...": a noun in an adjunct, no subject
      }
    }
    Token h = toks.get(head);
    String w = h.lower();
    return h.isWord() && !h.quoted() && !h.isCapitalized()
        && !Words.NOT_SUBJECTS.contains(w) && !Words.PRONOUNS.contains(w) && w.length() > 2
        && CueLexicon.lookup(w) == null && !Words.AUX.contains(w) && !w.endsWith("ly");
  }

  /**
   * Whether the subject at {@code subjectStart} is that of a subordinate clause opening the unit:
   * a subordinator right before it ("While the mayor ...", "When critics ...") that opens the
   * unit or follows a sentence opener ("But while ...") or "even" ("even though ...").
   */
  static boolean fronted(List<Token> toks, int subjectStart) {
    int sub = subjectStart - 1;
    if (sub < 0 || toks.get(sub).quoted() || !Words.SUBORDINATORS.contains(toks.get(sub).lower())
        || toks.get(sub).lower().equals("as")) {
      return false;
    }
    int k = sub - 1;
    if (k >= 0 && !toks.get(k).quoted() && toks.get(k).lower().equals("even")) {
      k--;
    }
    return k < 0 || k == 0 && !toks.get(0).quoted() && Words.OPENERS.contains(toks.get(0).lower());
  }

  /**
   * The comma that closes a fronted subordinate clause whose content starts at token
   * {@code from}: the first one outside quotes with a word after it; -1 when none does.
   */
  static int fronting(List<Token> toks, int from) {
    int n = toks.size();
    for (int k = from + 1; k + 1 < n; k++) {
      Token t = toks.get(k);
      if (!t.quoted() && t.is(",") && toks.get(k + 1).isWord()) {
        return k;
      }
      if (!t.quoted() && (t.is(";") || t.is(":"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a coordinating conjunction stands right before the subject at {@code subjectStart}
   * ("..., but they agree"): the clause before it is no content of that subject's cue.
   */
  static boolean conjunctionBefore(List<Token> toks, int subjectStart) {
    if (subjectStart < 1 || toks.get(subjectStart - 1).quoted()) {
      return false;
    }
    String w = toks.get(subjectStart - 1).lower();
    return w.equals("and") || w.equals("but") || w.equals("or") || w.equals("yet");
  }

  /**
   * Words after which a subject and its cue report what precedes them: "more than her aides
   * expected", "as most insiders believe", "what the mayor wrote".
   */
  private static final java.util.Set<String> CREDIT_AFTER_WORDS = java.util.Set.of("than", "as", "what");

  /**
   * Forms of "show", a weak cue that still credits a finding after it when a comma sets its
   * subject off: "The firm paid no tax that year, court records show." Other weak cues there
   * ("..., and the divers disagree") are a clause of their own, not a credit.
   */
  private static final java.util.Set<String> SHOWING = java.util.Set.of("show", "shows", "showed");

  /**
   * Whether the weak cue {@code w}, its subject opening at token {@code subjectStart} with nothing
   * after the cue, is a form of "show" whose subject follows a comma ("..., records show."): a
   * credit after its statement, as "..., officials said." is.
   */
  private static boolean showingCredit(List<Token> toks, String w, int subjectStart) {
    return SHOWING.contains(w) && subjectStart > 0 && toks.get(subjectStart - 1).is(",")
        && !toks.get(subjectStart - 1).quoted();
  }

  /** Words that open a clause after a passive cue's agent: "was asked by a caller whether ...". */
  private static final java.util.Set<String> AGENT_CLAUSE = java.util.Set.of("whether", "if", "that", "to", "why",
      "how", "what", "when", "where", "who", ":");

  /**
   * When the subject at {@code head} is a relative "who" or "which" after a comma ("The mayor,
   * who called the plan a fine idea, said ...", "The union, which endorsed Roe, is regarded
   * ..."): the comma from {@code from} on that closes the relative clause, the one the main
   * clause's predicate follows: a cue, an auxiliary, or (past auxiliaries and -ly adverbs) a
   * form in -ed or an action verb, unless the comma closes an appositive (", a relic of the
   * port, was ..."). A dash opens and closes an aside as a comma does ("The mayor -- who has
   * feuded with the council -- said ...", "--" or an em or en dash), and only a dash closes it.
   * A restrictive "who" right after its noun ("An official who spoke on condition of anonymity
   * said ...") ends at the main clause's verb of saying, the token returned. -1 when the subject
   * is no such relative or no predicate follows.
   */
  static int relativeClauseEnd(List<Token> toks, int head, int from) {
    int n = toks.size();
    if (head < 1 || !(toks.get(head).lower().equals("who") || toks.get(head).lower().equals("which"))) {
      return -1;
    }
    Token opener = toks.get(head - 1);
    if (opener.quoted()) {
      return -1;
    }
    if (opener.isWord()) {
      return restrictiveClauseEnd(toks, from);
    }
    // "The mayor -- who has feuded with the council -- said ...": a dash opens the aside and
    // only a dash closes it; a comma inside it is the aside's own
    boolean dashed = Tokens.dashWidth(toks, head - 1) > 0 || head >= 2 && Tokens.dashWidth(toks, head - 2) == 2;
    if (!dashed && !opener.is(",")) {
      return -1;
    }
    boolean inAppositive = false; // after ", a ..." / ", the ...": the next comma closes the appositive
    for (int k = from; k + 1 < n; k++) {
      Token t = toks.get(k);
      int width = dashed ? Tokens.dashWidth(toks, k) : t.is(",") ? 1 : 0;
      if (t.quoted() || width == 0) {
        if (t.is(";") && !t.quoted()) {
          return -1;
        }
        continue;
      }
      if (k + width >= n) {
        return -1;
      }
      boolean closesAppositive = inAppositive;
      String next = toks.get(k + width).lower();
      inAppositive = !toks.get(k + width).quoted() && (next.equals("a") || next.equals("an") || next.equals("the"));
      int m = k + width;
      while (m < n && !toks.get(m).quoted() && toks.get(m).isWord()
          && (Words.AUX.contains(toks.get(m).lower()) || toks.get(m).lower().endsWith("ly"))) {
        m++;
      }
      if (m < n && !toks.get(m).quoted() && toks.get(m).isWord() && !toks.get(m).isCapitalized()) {
        CueLexicon.Entry e = CueLexicon.lookup(toks.get(m).lower());
        if (e != null && e.kind() != CueLexicon.Kind.WEAK) {
          return k;
        }
        // "The union, which endorsed Roe, is widely regarded ...": the main clause's predicate
        String mw = toks.get(m).lower();
        if (!closesAppositive && (Words.TENSE_AUX.contains(next) || mw.endsWith("ed") && !mw.endsWith("eed")
            || Words.ACTION_VERBS.contains(mw))) {
          return k;
        }
      }
    }
    return -1;
  }

  /** How many words a restrictive relative clause may run before the main clause's verb. */
  private static final int MAX_RESTRICTIVE = 14;

  /** The finite verbs of saying that end a restrictive "who" clause: "An aide who ... said ...". */
  private static final java.util.Set<String> MAIN_SAYING = java.util.Set.of("said", "says", "told", "tells");

  /**
   * When the subject at {@code head} is a restrictive "who" right after its noun ("A city official
   * who spoke on condition of anonymity said ..."): the token of the main clause's verb of saying
   * that ends the relative clause, found from {@code from} on within {@link #MAX_RESTRICTIVE}
   * words and before any punctuation or quote, so that the main clause's cue is read on its own.
   * A verb after a pronoun or a relative word has a subject of its own ("who he says was ...").
   * -1 when there is none.
   */
  private static int restrictiveClauseEnd(List<Token> toks, int from) {
    int limit = Math.min(toks.size(), from + MAX_RESTRICTIVE);
    for (int k = from; k < limit; k++) {
      Token t = toks.get(k);
      if (t.quoted() || !t.isWord()) {
        return -1;
      }
      if (k > from && MAIN_SAYING.contains(t.lower())) {
        String prev = toks.get(k - 1).lower();
        return Words.PRONOUNS.contains(prev) || prev.equals("who") || prev.equals("that") || prev.equals("which")
            ? -1 : k;
      }
    }
    return -1;
  }




  /**
   * "“…,” she said": the quote before the subject is content, added to {@code content}. When
   * something follows the cue (a further quote, a continuation), adds the attribution to
   * {@code out} and returns true; false when the caller goes on with the content so far.
   */
  static boolean quoteThenCue(String text, Unit unit, Cue cue, Span source, @Nullable Span appositive,
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
}
