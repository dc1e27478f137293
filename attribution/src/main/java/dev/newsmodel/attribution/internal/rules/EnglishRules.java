package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Subjects.commaSubjectStart;
import static dev.newsmodel.attribution.internal.rules.Subjects.conjoinedSubjectStart;
import static dev.newsmodel.attribution.internal.rules.Subjects.sourceNounPhraseStart;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNounPosition;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.QuoteSpan;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the English engine in the order they run. Per paragraph:
 *
 * <ol>
 *   <li>{@link DashLineCreditRule}: "- Ann Roe." credits the paragraph before, a quote alone.
 *   <li>{@link SpeakerLabelRule}: "ROE: ..." takes the whole paragraph.
 *   <li>Per unit, the first that matches of: {@link ColonContentRule} (the content of "X said:"
 *       closing the previous paragraph), {@link QuoteCreditRule} (a quote credited in the next
 *       unit), {@link ContinuedQuoteRule} (a quote standing alone).
 *   <li>Otherwise the unit's words left to right; at each word outside quotes: inside content an
 *       earlier cue took, {@link NestedCueRule}, or a new clause after "and"/"but" or after a
 *       comma and a subject of its own ("..., he insisted that ..."; a WordNet cue there goes to
 *       {@link ClauseCueRule}); a word that is no cue, {@link SeemingRule},
 *       {@link PassiveCueRule} ("is widely expected to ..."), {@link PollRule}, then
 *       {@link ClauseCueRule} (a verb of saying or thinking from WordNet before a clause), then
 *       {@link NominalCueRule} ("her criticism of ..."), which a cue word after a possessive also
 *       tries, then {@link AttitudeRule} ("is confident that ...", which an adjective that is also
 *       a cue word, "remain opposed to", tries first), then {@link SeeAsRule} ("riders see the ferry
 *       as a lifeline"), then {@link HomographVerbRule} ("they support ..."); a cue, {@link InfinitiveCueRule} after "to" ("... led many to question ..."),
 *       {@link AskedAboutRule}, {@link OpeningParticipleRule} ("Citing a study, the
 *       council said ..."), {@link PrepositionParticipleRule} ("... after saying that ..."), {@link WhenAskedRule}, {@link AccordingToRule} for
 *       "according", {@link PassiveCueRule}, else {@link VerbCueRule} (with {@link InvertedCue}).
 *   <li>{@link RelayedStatements}: a credit after its statement ("..., an aide said.") or opening
 *       it ("According to the gazette, ...") takes the cues inside it.
 *   <li>When nothing matched in the unit: {@link DashCreditRule}, {@link QuoteReadsRule} ("“…,” it
 *       read"), then {@link SubjectVerbRule}.
 *   <li>Last, {@link QuoteFallbackRule} for quotes nothing attributed.
 * </ol>
 *
 * The order matters: a rule sees what the ones before it found (as content taken, as a subject
 * to inherit). One pass over the units; work per unit is bounded by its length.
 */
public final class EnglishRules {
  private EnglishRules() {}

  private static final AttributionRule SPEAKER_LABEL = new SpeakerLabelRule();
  private static final AttributionRule COLON_CONTENT = new ColonContentRule();
  private static final AttributionRule QUOTE_CREDIT = new QuoteCreditRule();
  private static final AttributionRule CONTINUED_QUOTE = new ContinuedQuoteRule();
  private static final AttributionRule NESTED_CUE = new NestedCueRule();
  private static final AttributionRule SEEMING = new SeemingRule();
  private static final AttributionRule POLL = new PollRule();
  private static final AttributionRule ASKED_ABOUT = new AskedAboutRule();
  private static final AttributionRule WHEN_ASKED = new WhenAskedRule();
  private static final AttributionRule OPENING_PARTICIPLE = new OpeningParticipleRule();
  private static final AttributionRule PREPOSITION_PARTICIPLE = new PrepositionParticipleRule();
  private static final AttributionRule INFINITIVE_CUE = new InfinitiveCueRule();
  private static final AttributionRule ACCORDING_TO = new AccordingToRule();
  private static final AttributionRule VERB_CUE = new VerbCueRule();
  private static final AttributionRule CLAUSE_CUE = new ClauseCueRule();
  private static final AttributionRule PHRASE_CUE = new PhraseCueRule();
  private static final AttributionRule NOMINAL_CUE = new NominalCueRule();
  private static final AttributionRule PASSIVE_CUE = new PassiveCueRule();
  private static final AttributionRule ATTITUDE = new AttitudeRule();
  private static final AttributionRule SEE_AS = new SeeAsRule();
  private static final AttributionRule HOMOGRAPH_VERB = new HomographVerbRule();
  // The words the rules tried on a word that is no cue (SEEMING, PASSIVE_CUE, POLL, CLAUSE_CUE,
  // NOMINAL_CUE, ATTITUDE, SEE_AS, HOMOGRAPH_VERB) can open with: each returns NO_MATCH on any other, so one lookup here spares
  // five on most words. A rule added to that chain adds its opening words here.
  private static final java.util.Set<String> NON_CUE_OPENERS = nonCueOpeners();

  private static java.util.Set<String> nonCueOpeners() {
    java.util.Set<String> words = new java.util.HashSet<>(SeemingRule.SEEMING);
    words.addAll(PassiveCueRule.PARTICIPLES);
    words.add(PollRule.OPENER);
    words.addAll(CueLexicon.clauseCueWords());
    words.addAll(NominalCueRule.NOUNS);
    words.addAll(ReceivedSupport.NOUNS);
    words.addAll(AttitudeRule.ADJECTIVES);
    words.addAll(SeeAsRule.FORMS);
    words.addAll(HomographVerbRule.FORMS);
    return java.util.Set.copyOf(words);
  }
  private static final AttributionRule DASH_CREDIT = new DashCreditRule();
  private static final AttributionRule DASH_LINE_CREDIT = new DashLineCreditRule();
  private static final AttributionRule QUOTE_READS = new QuoteReadsRule();
  private static final AttributionRule SUBJECT_VERB = new SubjectVerbRule();
  private static final AttributionRule QUOTE_FALLBACK = new QuoteFallbackRule();

  /**
   * Adds the attributions of paragraph {@code p} ({@code text}, split into {@code us}) to
   * {@code context}. The phases (a speaker label, each unit's attributions, attributions left
   * without content) are separate methods: one method of all of them was among the costliest
   * for the JIT to compile.
   *
   * @param p the paragraph's index
   * @param text the paragraph's text
   * @param us the paragraph's units
   * @param context the article's context, which receives the attributions
   */
  public static void paragraph(int p, String text, List<Unit> us, ArticleContext context) {
    List<Found> found = context.found;
    if (!us.isEmpty() && DASH_LINE_CREDIT.apply(new Sentence(text, p, us, 0, context), 0) >= 0) {
      context.quotedParagraph = null;
      return;
    }
    context.quotedParagraph = quotedParagraph(p, text, us);
    if (!us.isEmpty() && SPEAKER_LABEL.apply(new Sentence(text, p, us, 0, context), 0) >= 0) {
      context.pendingColon = -1;
      return;
    }
    for (int u = 0; u < us.size(); u++) {
      u = unitAttributions(new Sentence(text, p, us, u, context));
    }
    if (context.pendingColon >= 0 && found.get(context.pendingColon).content().isEmpty()
        && found.get(context.pendingColon).source() != null && found.get(context.pendingColon).source().paragraph() != p) {
      context.pendingColon = -1;
    }
  }

  /** Paragraph {@code p} from its first mark to its last when all its units are quotes, else null. */
  private static @org.jspecify.annotations.Nullable Span quotedParagraph(int p, String text, List<Unit> us) {
    if (us.isEmpty()) {
      return null;
    }
    for (Unit u : us) {
      if (!Tokens.quotedOnly(u)) {
        return null;
      }
    }
    Unit first = us.get(0);
    return new Span(p, first.start(), Tokens.trimEnd(text, first.start(), us.get(us.size() - 1).end()));
  }

  /**
   * Adds the attributions of one unit: content for a pending "X said:", a quote's credit in the
   * next unit, a quote continuing an earlier one, or what the rules find. Returns the index of
   * the last unit read (this one, or the next when it was the credit).
   */
  private static int unitAttributions(Sentence s) {
    int u = s.index;
    if (COLON_CONTENT.apply(s, 0) >= 0) {
      return u;
    }
    if (QUOTE_CREDIT.apply(s, 0) >= 0) {
      return u + 1;
    }
    if (CONTINUED_QUOTE.apply(s, 0) >= 0) {
      return u;
    }
    analysedUnit(s, u < s.units.size() - 1);
    return u;
  }

  /**
   * Adds what the rules find in the unit, then its quotes no rule attributed; a trailing "X
   * said:" with no content is dropped unless the unit is the paragraph's last ({@code notLast} false).
   */
  private static void analysedUnit(Sentence s, boolean notLast) {
    List<Found> found = s.out;
    ArticleContext recent = s.context;
    int p = s.paragraph;
    Unit unit = s.unit;
    int before = s.firstFound;
    analyse(s);
    // quotes no rule attributed: the speaker of this unit, or the last one nearby
    Span carried = null;
    for (int f = found.size() - 1; f >= before && carried == null; f--) {
      carried = found.get(f).source();
    }
    if (carried == null && recent.lastAny >= 0 && p - recent.lastAnyParagraph <= 1) {
      carried = found.get(recent.lastAny).source();
    }
    s.carried = carried;
    QUOTE_FALLBACK.apply(s, 0);
    if (!notLast) {
      awaitContentAfterColon(s.text, found, before);
    }
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

  /**
   * "In a speech in May, the mayor declared:" closing a paragraph: the words before the cue are a
   * setting, not what was declared, which is the next paragraph. The last attribution of the unit,
   * its cue right before the paragraph's closing colon and its content all before the cue, loses
   * that content and waits for the next paragraph's ({@link ColonContentRule}); so does content
   * that only announces it ("released the following statement:", "posted this tweet:").
   */
  private static void awaitContentAfterColon(String text, List<Found> found, int before) {
    if (found.size() <= before) {
      return;
    }
    Found last = found.get(found.size() - 1);
    Span cue = last.cue();
    if (cue == null || last.content().isEmpty() || cue.paragraph() != last.content().get(0).paragraph()) {
      return;
    }
    if (last.content().size() == 1 && cue.end() <= last.content().get(0).start()) {
      if (!announcesWhatFollows(text, last.content().get(0))) {
        return;
      }
    } else {
      if (!text.substring(Math.min(cue.end(), text.length())).strip().equals(":")) {
        return;
      }
      for (Span c : last.content()) {
        if (c.paragraph() != cue.paragraph() || c.end() > cue.start()) {
          return;
        }
      }
    }
    found.set(found.size() - 1, new Found(last.source(), cue, last.cueText(), List.of(), last.stance(),
        last.continues(), last.appositive(), last.guessed()));
  }

  /** Content that points at what the colon introduces, ending in "the following (word)" or "this/these (word)". */
  private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern.compile(
      "(?i)(?:^|.*\\s)(?:the\\s+following|this|these)(?:\\s+[\\p{L}-]+){0,2}\\s*$");

  private static boolean announcesWhatFollows(String text, Span content) {
    return content.end() <= text.length() && text.substring(content.end()).strip().equals(":")
        && ANNOUNCES.matcher(text.substring(content.start(), content.end())).matches();
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

  /** The unit's words left to right, each tried by the rules for its position (see the class comment). */
  private static void analyse(Sentence s) {
    String text = s.text;
    List<Found> out = s.out;
    List<Token> toks = s.unit.tokens();
    int n = toks.size();
    int covered = -1; // token index up to which content was claimed by an earlier cue
    boolean titleCase = Tokens.isTitleCase(toks);
    for (int c = 0; c < n; c++) {
      Token t = toks.get(c);
      if (t.quoted() || !t.isWord()) {
        continue;
      }
      int conjunction = -1;
      if (c <= covered) {
        boolean cue = CueLexicon.lookup(t.lower()) != null;
        if (!cue && CueLexicon.lookupClauseCue(t.lower()) == null) {
          continue;
        }
        conjunction = conjoinedSubjectStart(toks, c);
        if (conjunction < 0 && !opensWithSubordinator(text, toks, out, s.firstFound)) {
          conjunction = commaSubjectStart(toks, c);
          if (conjunction < 0) {
            conjunction = sourceNounPhraseStart(toks, c);
            if (conjunction >= 0 && !insideLastContent(toks, conjunction, out, s.unitFirst)) {
              conjunction = -1; // "According to the survey, most residents said ...": the comma opens the content
            }
          }
        }
        if (conjunction < 0) {
          if (cue && WhenAskedRule.closingQuestion(s, c) >= 0) {
            continue; // "…,” Roe said when asked whether …": the question after the credit
          }
          if (cue) {
            NESTED_CUE.apply(s, c);
          }
          continue;
        }
        if (!cue) {
          // "..., he maintained that ...": a WordNet cue opening a clause of its own
          int before = out.size();
          int end = CLAUSE_CUE.apply(s, c);
          if (end >= 0) {
            if (before > 0) {
              endBeforeConjunction(text, toks, conjunction, out, before - 1);
            }
            covered = end;
          }
          continue;
        }
      }
      String w = t.lower();
      if (c > covered && PhraseCueRule.FIRST_WORDS.contains(w)) {
        // "took issue with", "came out against": the phrase is the cue, before its verb is read
        // alone as an act or as a cue taking the phrase's particle as its content
        int end = PHRASE_CUE.apply(s, c);
        if (end >= 0) {
          covered = end;
          continue;
        }
      }
      CueLexicon.Entry entry = CueLexicon.lookup(w);
      if (entry == null) {
        if (c > covered && NON_CUE_OPENERS.contains(w)) {
          int end = SEEMING.apply(s, c);
          if (end < 0) {
            end = PASSIVE_CUE.apply(s, c);
          }
          if (end < 0) {
            end = POLL.apply(s, c);
          }
          if (end < 0) {
            end = CLAUSE_CUE.apply(s, c);
          }
          if (end < 0) {
            end = NOMINAL_CUE.apply(s, c);
          }
          if (end < 0) {
            end = ATTITUDE.apply(s, c);
          }
          if (end < 0) {
            end = SEE_AS.apply(s, c);
          }
          if (end < 0) {
            end = HOMOGRAPH_VERB.apply(s, c);
          }
          if (end >= 0) {
            covered = end;
          }
        }
        continue;
      }
      if (t.isCapitalized() && c > 0 && !titleCase
          && !(toks.get(c - 1).quoted() || toks.get(c - 1).is(",") || toks.get(c - 1).is("—"))) {
        continue; // a proper noun: "United States" (in a headline's title case, "Roe Says ..." is no name)
      }
      if (c > 0 && !w.equals("according") && isNounPosition(toks.get(c - 1)) && !quantifierSubject(toks, c)) {
        int end = c > covered ? gerundAfterPreposition(s, c) : AttributionRule.NO_MATCH;
        if (end >= 0) {
          covered = end;
          continue;
        }
        end = c > covered ? NOMINAL_CUE.apply(s, c) : AttributionRule.NO_MATCH;
        if (end >= 0) {
          covered = end;
        }
        continue;
      }
      if (c > covered && conjunction < 0 && AttitudeRule.ADJECTIVES.contains(w)) {
        int end = ATTITUDE.apply(s, c); // "They remain opposed to ...": an adjective, not a passive
        if (end >= 0) {
          covered = end;
          continue;
        }
      }
      if (c > covered && conjunction < 0) {
        int end = INFINITIVE_CUE.apply(s, c);
        if (end >= 0) {
          covered = end;
          continue;
        }
      }
      int asked = ASKED_ABOUT.apply(s, c);
      if (asked >= 0) {
        covered = asked;
        s.unitFirst = out.size();
        continue;
      }
      if (c > covered) {
        int end = OPENING_PARTICIPLE.apply(s, c);
        if (end < 0) {
          end = PREPOSITION_PARTICIPLE.apply(s, c);
        }
        if (end >= 0) {
          covered = end;
          continue;
        }
      }
      if (c > covered) {
        int end = WHEN_ASKED.apply(s, c);
        if (end >= 0) {
          covered = end;
          s.unitFirst = out.size();
          continue;
        }
      }
      if (w.equals("according")) {
        int end = ACCORDING_TO.apply(s, c);
        if (end >= 0) {
          covered = end;
        }
        continue;
      }
      if (c > covered && conjunction < 0) {
        int end = PASSIVE_CUE.apply(s, c);
        if (end >= 0) {
          covered = end;
          continue;
        }
      }
      int before = out.size();
      int end = VERB_CUE.apply(s, c);
      if (end >= 0) {
        if (conjunction >= 0 && before > 0) {
          endBeforeConjunction(text, toks, conjunction, out, before - 1);
        }
        covered = end;
      }
    }
    RelayedStatements.dropRelayed(text, out, s.unitFirst);
    if (out.size() == s.unitFirst) {
      DASH_CREDIT.apply(s, 0);
    }
    if (out.size() == s.unitFirst) {
      QUOTE_READS.apply(s, 0);
    }
    if (out.size() == s.unitFirst) {
      SUBJECT_VERB.apply(s, 0);
    }
  }

  /**
   * A participle cue right after a preposition that {@link Words#DETERMINERS} also lists ("by
   * saying", "in calling for", "for criticizing"): a gerund, a verb, not a noun the preposition
   * determines as in "in response". It is read as the participle rules read it after the other
   * prepositions: opening the sentence ({@link OpeningParticipleRule}: "By calling the pier
   * unsafe, Roe ...") or inside the clause ({@link PrepositionParticipleRule}: "Roe angered the
   * divers by calling the pier unsafe"). Returns the last token of the content, or
   * {@link AttributionRule#NO_MATCH}.
   */
  private static int gerundAfterPreposition(Sentence s, int c) {
    Token prev = s.unit.tokens().get(c - 1);
    if (prev.quoted() || !PrepositionParticipleRule.PREPOSITIONS.contains(prev.lower())) {
      return AttributionRule.NO_MATCH;
    }
    int end = OPENING_PARTICIPLE.apply(s, c);
    return end >= 0 ? end : PREPOSITION_PARTICIPLE.apply(s, c);
  }

  /**
   * Quantifiers that stand alone as a clause's subject and take a plural verb: "Some say ...",
   * "Most agreed ...", "Two in three said ...".
   */
  static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("some", "many", "most", "all", "both", "few",
      "several", "others", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
      "hundreds", "thousands");

  /** Quantifiers that stand alone as a clause's subject and take a singular verb: "One says ...", "Another warned ...". */
  static final java.util.Set<String> SINGULAR_QUANTIFIERS = java.util.Set.of("one", "another", "each", "neither",
      "either");

  /** Number words, which stand alone as a subject after "the" ("The two said ..."). */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten");

  /**
   * Whether the word before the cue at {@code c} is a quantifier standing alone as the subject
   * of a clause it opens ("Some say the pier is unsafe.", "..., but most agreed that ...", "One in
   * three said ...", "The two admit ...", "Another says ..."): then the cue is its verb, not a
   * noun the quantifier determines. The cue must agree with the quantifier: after a plural one a
   * form in -s is a noun ("Two reports said ..."), after a singular one a bare form is ("One
   * report said ...").
   */
  static boolean quantifierSubject(List<Token> toks, int c) {
    Token q = toks.get(c - 1);
    String ql = q.lower();
    boolean plural = QUANTIFIERS.contains(ql) || isDigits(ql);
    boolean singular = SINGULAR_QUANTIFIERS.contains(ql);
    if (q.quoted() || !plural && !singular) {
      return false;
    }
    if (!agrees(ql, toks.get(c).lower())) {
      return false;
    }
    if (c == 1) {
      return !isDigits(ql);
    }
    Token before = toks.get(c - 2);
    if (before.quoted()) {
      return false;
    }
    String b = before.lower();
    if (isDigits(ql) || NUMBER_WORDS.contains(ql)) {
      if ((b.equals("in") || b.equals("of")) && c >= 3 && !toks.get(c - 3).quoted()
          && (NUMBER_WORDS.contains(toks.get(c - 3).lower()) || isDigits(toks.get(c - 3).lower()))) {
        return true; // "One in three said ...", "six in 10 agreed ..."
      }
      if (isDigits(ql)) {
        return false;
      }
      if (b.equals("the") || ql.equals("one") && b.equals("no")) {
        return true; // "The two admit ...", "No one knows ..."
      }
    }
    if (Subjects.NUMBER_ADVERBS.contains(b)) {
      return c == 2 || clauseBoundary(toks.get(c - 3));
    }
    return clauseBoundary(before);
  }

  /**
   * Whether the verb form {@code w} agrees with the quantifier {@code q} as its subject: after a
   * plural one no form in -s ("two said", not "two reports"), after a singular one no bare form
   * ("one says", "one said", not "one report"). Other words agree with any form.
   */
  static boolean agrees(String q, String w) {
    boolean sForm = w.endsWith("s") && !w.endsWith("ss");
    if (SINGULAR_QUANTIFIERS.contains(q)) {
      return sForm || w.endsWith("ed") || CueSubject.IRREGULAR_PASTS.contains(w);
    }
    return !(QUANTIFIERS.contains(q) || isDigits(q)) || !sForm;
  }

  /** Whether {@code t} ends what comes before a clause's subject: a comma, a colon, a conjunction or a subordinator. */
  private static boolean clauseBoundary(Token t) {
    String b = t.lower();
    return !t.quoted() && (t.is(",") || t.is(":") || t.is(";") || Words.OPENERS.contains(b)
        || Words.SUBORDINATORS.contains(b));
  }

  /** Whether {@code w} is a number in digits of one or two figures ("10"), not a year. */
  private static boolean isDigits(String w) {
    return !w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit);
  }

  /**
   * Whether the content of the unit's latest attribution opens with a subordinate clause ("Roe
   * said that if it rains, she will stay home"), whose closing comma opens no clause of its own.
   */
  private static boolean opensWithSubordinator(String text, List<Token> toks, List<Found> out, int firstFound) {
    if (out.size() <= firstFound || out.get(out.size() - 1).content().isEmpty()) {
      return false;
    }
    int start = out.get(out.size() - 1).content().get(out.get(out.size() - 1).content().size() - 1).start();
    for (Token t : toks) {
      if (t.start() >= start) {
        return t.isWord() && Words.SUBORDINATORS.contains(t.lower());
      }
    }
    return false;
  }

  /**
   * "A dismissed X and on Thursday B denied Y", "While A conceded X, B maintained Y": the content
   * of {@code out[prevIndex]} (A's) ends before the conjunction or comma at token
   * {@code conjunction} that opens the clause of the next cue.
   */
  /**
   * Whether the comma at token {@code comma} lies inside the content of the unit's last
   * attribution (from {@code unitFirst} on) whose cue does not follow the comma, after its start:
   * only there can it open a clause of its own.
   */
  private static boolean insideLastContent(List<Token> toks, int comma, List<Found> out, int unitFirst) {
    int at = toks.get(comma).start();
    int last = out.size() - 1;
    // past a participle split off the end of that content ("..., a clerk said, adding ..."):
    // its cue lies after the comma, and the content the comma may open a clause in came before
    while (last > unitFirst && out.get(last).cue() != null && out.get(last).cue().start() > at) {
      last--;
    }
    if (last < unitFirst || out.get(last).content().isEmpty()) {
      return false;
    }
    List<Span> content = out.get(last).content();
    return content.get(0).start() < at && at < content.get(content.size() - 1).end();
  }

  private static void endBeforeConjunction(String text, List<Token> toks, int conjunction, List<Found> out, int prevIndex) {
    int conj = toks.get(conjunction).start();
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
}
