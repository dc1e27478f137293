package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A verb with the fixed words after it that make it report a stance or a statement where the
 * verb alone does not, from {@code phrase-cues.txt}: "The mayor took issue with the council's
 * figures.", "Two former aides vouched for her.", "The union came out against the levy." The
 * whole phrase is the cue; its subject (to the left, as for any weak cue) is the source and what
 * follows the phrase the content. "Took" or "came" alone is an act, and a single word of the
 * phrase in the cue lexicon ("spoke") would take "out against ..." as its content.
 */
final class PhraseCueRule implements AttributionRule {
  /**
   * The phrases by their first word (a verb form), each as the words after that verb, in lower
   * case. Built once from {@code phrase-cues.txt}.
   */
  private static final Map<String, List<String[]>> PHRASES = phrases();

  /** The words a phrase opens with: the rule is tried on these only. */
  static final Set<String> FIRST_WORDS = Set.copyOf(PHRASES.keySet());

  /** A phrase is read as a weak cue: it needs its subject before it and its content after it. */
  private static final CueLexicon.Entry AS_WEAK = new CueLexicon.Entry(CueLexicon.Kind.WEAK, Stance.ASSERTS);

  private static Map<String, List<String[]>> phrases() {
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String phrase : LexiconFile.words("phrase-cues.txt")) {
      String[] words = phrase.split(" ");
      String[] rest = java.util.Arrays.copyOfRange(words, 1, words.length);
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(rest);
    }
    Map<String, List<String[]>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    Token t = toks.get(at);
    List<String[]> candidates = PHRASES.get(t.lower());
    if (candidates == null || t.quoted() || t.isCapitalized() && at > 0) {
      return NO_MATCH;
    }
    if (at > 0 && t.lower().endsWith("ing") && PrepositionParticipleRule.PREPOSITIONS.contains(toks.get(at - 1).lower())) {
      // "praised the students for speaking out against the closure": who speaks out is the
      // object of the verb before the preposition as often as its subject, so no source is safe
      return NO_MATCH;
    }
    int last = phraseEnd(toks, at, candidates);
    if (last < 0 || last + 1 >= toks.size() || !toks.get(last + 1).isWord() && !toks.get(last + 1).quoted()) {
      return NO_MATCH; // nothing the phrase is about follows it
    }
    String text = sentence.text;
    String cueText = text.substring(t.start(), toks.get(last).end());
    VerbCueRule.Cue cue = new VerbCueRule.Cue(at, last, Stance.ASSERTS, cueText);
    List<Found> out = sentence.out;
    Span inherited = out.size() > sentence.unitFirst ? out.get(out.size() - 1).source() : null;
    int before = out.size();
    int end = VerbCueRule.cueWithComplement(text, sentence.unit, cue, AS_WEAK, out, inherited);
    if (out.size() == before) {
      return NO_MATCH;
    }
    int quote = firstQuoted(toks, last + 1, end);
    if (quote > last + 1 && (toks.get(quote - 1).is(",") || toks.get(quote - 1).is(":"))) {
      // "She spoke out against injustice because to her, “…”": what the phrase is about is a
      // noun phrase; a quotation set off after it is a statement of its own, left to the quote
      // rules (one inside a clause, "and said the plan was “a sham”", stays in the content)
      Found f = out.get(out.size() - 1);
      Span first = f.content().get(0);
      int cut = Tokens.trimEnd(text, first.start(), toks.get(quote).start());
      if (f.content().size() == 1 && cut > first.start()) {
        out.set(out.size() - 1, new Found(f.source(), f.cue(), f.cueText(),
            List.of(new Span(first.paragraph(), first.start(), cut)), f.stance(), f.continues(), f.appositive()));
        return quote - 1;
      }
    }
    return Math.max(end, last);
  }

  /** The first quoted token from {@code from} to {@code to} (inclusive), or -1. */
  private static int firstQuoted(List<Token> toks, int from, int to) {
    for (int i = from; i <= to && i < toks.size(); i++) {
      if (toks.get(i).quoted()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The last token of the longest phrase of {@code candidates} whose words follow token
   * {@code at} unquoted, or -1 when none does.
   */
  private static int phraseEnd(List<Token> toks, int at, List<String[]> candidates) {
    int best = -1;
    for (String[] rest : candidates) {
      int end = at + rest.length;
      if (end <= best || end >= toks.size()) {
        continue;
      }
      boolean all = true;
      for (int i = 0; i < rest.length && all; i++) {
        Token w = toks.get(at + 1 + i);
        all = !w.quoted() && w.lower().equals(rest[i]);
      }
      if (all) {
        best = end;
      }
    }
    return best;
  }
}
