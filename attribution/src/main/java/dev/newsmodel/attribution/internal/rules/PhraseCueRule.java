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
 * whole phrase is the cue and is read as {@link VerbCueRule} reads a cue word of its kind: a
 * WEAK phrase needs its subject before it and its content after it; a SPEECH phrase also credits
 * a quotation before it ("“The pier is sound,” Roe pointed out."). "Took" or "came" alone is an
 * act, and a single word of the phrase in the cue lexicon ("spoke") would take "out against ..."
 * as its content.
 */
final class PhraseCueRule implements AttributionRule {
  /** A phrase: the words after its first, in lower case, and how it is read. */
  private record Phrase(String[] rest, CueLexicon.Entry entry) {}

  /** The phrases by their first word (a verb form). Built once from {@code phrase-cues.txt}. */
  private static final Map<String, List<Phrase>> PHRASES = phrases();

  /** The words a phrase opens with: the rule is tried on these only. */
  static final Set<String> FIRST_WORDS = Set.copyOf(PHRASES.keySet());

  private static Map<String, List<Phrase>> phrases() {
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    for (LexiconFile.Entry e : LexiconFile.entries("phrase-cues.txt", 1)) {
      String[] words = e.key().split(" ");
      CueLexicon.Kind kind = e.attribute(0, CueLexicon.Kind.class);
      Phrase phrase = new Phrase(java.util.Arrays.copyOfRange(words, 1, words.length),
          new CueLexicon.Entry(kind, Stance.ASSERTS));
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(phrase);
    }
    Map<String, List<Phrase>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    Token t = toks.get(at);
    List<Phrase> candidates = PHRASES.get(t.lower());
    if (candidates == null || t.quoted() || t.isCapitalized() && at > 0) {
      return NO_MATCH;
    }
    if (at > 0 && t.lower().endsWith("ing") && PrepositionParticipleRule.PREPOSITIONS.contains(toks.get(at - 1).lower())) {
      // "praised the students for speaking out against the closure": who speaks out is the
      // object of the verb before the preposition as often as its subject, so no source is safe
      return NO_MATCH;
    }
    Phrase phrase = longest(toks, at, candidates);
    if (phrase == null) {
      return NO_MATCH;
    }
    int last = at + phrase.rest().length;
    boolean weak = phrase.entry().kind() == CueLexicon.Kind.WEAK;
    if (weak && (last + 1 >= toks.size() || !toks.get(last + 1).isWord() && !toks.get(last + 1).quoted())) {
      return NO_MATCH; // nothing the phrase is about follows it ("…,” Roe pointed out." needs none)
    }
    String text = sentence.text;
    String cueText = text.substring(t.start(), toks.get(last).end());
    VerbCueRule.Cue cue = new VerbCueRule.Cue(at, last, Stance.ASSERTS, cueText);
    List<Found> out = sentence.out;
    Span inherited = out.size() > sentence.unitFirst ? out.get(out.size() - 1).source() : null;
    int before = out.size();
    int end = VerbCueRule.cueWithComplement(text, sentence.unit, cue, phrase.entry(), out, inherited);
    if (out.size() == before) {
      return NO_MATCH;
    }
    int quote = firstQuoted(toks, last + 1, end);
    if (weak && quote > last + 1 && (toks.get(quote - 1).is(",") || toks.get(quote - 1).is(":"))) {
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
   * The longest phrase of {@code candidates} whose words follow token {@code at} unquoted, or
   * null when none does.
   */
  private static Phrase longest(List<Token> toks, int at, List<Phrase> candidates) {
    Phrase best = null;
    for (Phrase p : candidates) {
      String[] rest = p.rest();
      if (best != null && rest.length <= best.rest().length || at + rest.length >= toks.size()) {
        continue;
      }
      boolean all = true;
      for (int i = 0; i < rest.length && all; i++) {
        Token w = toks.get(at + 1 + i);
        all = !w.quoted() && w.lower().equals(rest[i]);
      }
      if (all) {
        best = p;
      }
    }
    return best;
  }
}
