package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.AccordingToRule.according;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNounPosition;
import static dev.newsmodel.attribution.internal.rules.VerbCueRule.verbCue;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A cue inside the content of another one reports a statement of its own: "Roe said the pier
 * stayed shut because the inspector had warned that it was unsafe." gives Roe's statement and
 * the inspector's. A statement that is the whole content of a report ("Roe said the inspector
 * had warned ...") and one before "according to" ("Roe said the pier was safe, according to a
 * report by the council.") are relayed by the report, which alone is their attribution.
 */
final class NestedCueRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    CueLexicon.Entry inner = CueLexicon.lookup(sentence.unit.tokens().get(at).lower());
    if (inner == null) {
      return NO_MATCH;
    }
    int before = sentence.out.size();
    sentence.nestedTries = nestedCue(sentence.text, sentence.unit, at, inner, sentence.out, sentence.unitFirst,
        sentence.nestedTries);
    return sentence.out.size() > before ? at : NO_MATCH;
  }

  /**
   * Verbs of plain saying that report a statement of their own inside another one ("X said Y
   * had warned that ...", "the plan, which she said would ..."); verbs of belief and hope inside a
   * statement ("said he believes ...") stay part of it.
   */
  static final java.util.Set<String> NESTED_CUES = LexiconFile.words("nested-cues.txt");

  /** Nested cues tried per unit (a sentence reports a handful; a degenerate one may hold thousands). */
  static final int MAX_NESTED = 8;

  /**
   * Whether {@code inner} is the whole of what {@code outer}, a report (a verb of saying or
   * telling, "according to", a poll), says: its subject opens the outer content, as in "The
   * paper reported that the mayor said the pier was unsafe." or "According to the survey, most
   * residents said they ...". The report relays that statement, and is its only attribution;
   * a statement reported further into the content ("Roe said the pier, which the inspector
   * had called unsafe, ...") still is one of its own.
   */
  static boolean relaysWholeContent(Found outer, Found inner) {
    if (outer.content().isEmpty() || outer.cueText() == null
        || outer.content().get(0).start() != inner.source().start()) {
      return false;
    }
    String cue = outer.cueText().toLowerCase(java.util.Locale.ROOT);
    if (cue.equals("according to") || cue.equals(PollRule.OPENER)) {
      return true;
    }
    return RelayedStatements.reportsSpeech(cue);
  }

  /**
   * A cue at token {@code c} inside the content of an earlier one ("X said Y had warned ...",
   * "X said ..., according to a report by Y"): its attribution is added to {@code out} as well,
   * while fewer than {@link #MAX_NESTED} were tried. Returns the tries so far, {@code nestedTries}
   * plus those made here.
   */
  static int nestedCue(String text, Unit unit, int c, CueLexicon.Entry inner, List<Found> out, int unitFirst,
      int nestedTries) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    Token t = toks.get(c);
    // a cue inside another statement: "X said Y had warned ..." reports both
    if (t.lower().equals("according") && c + 1 < n && toks.get(c + 1).lower().equals("to")
        && out.size() > unitFirst && out.get(out.size() - 1).cue() != null
        && toks.get(c).start() > out.get(out.size() - 1).cue().end() && nestedTries++ < MAX_NESTED) {
      // "X said ..., according to a report by Y": the report is a source of its own
      if (according(text, unit, c, out) > c) {
        AccordingToRule.dropRelayed(out, unitFirst);
      }
    } else if (!t.isCapitalized() && c > 0 && !isNounPosition(toks.get(c - 1))
        && inner.kind() != CueLexicon.Kind.WEAK && NESTED_CUES.contains(t.lower()) && nestedTries++ < MAX_NESTED) {
      List<Found> nested = new ArrayList<>();
      verbCue(text, unit, c, inner, nested, null);
      if (nested.size() == 1 && nested.get(0).source() != null && !nested.get(0).content().isEmpty()
          && out.size() > unitFirst && out.get(out.size() - 1).cue() != null
          && nested.get(0).source().start() > out.get(out.size() - 1).cue().end()
          && !relaysWholeContent(out.get(out.size() - 1), nested.get(0))) {
        out.add(nested.get(0));
      }
    }
    return nestedTries;
  }
}
