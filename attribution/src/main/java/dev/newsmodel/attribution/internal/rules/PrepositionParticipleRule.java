package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Continuations.contentToEnd;
import static dev.newsmodel.attribution.internal.rules.Continuations.lastContentToken;
import static dev.newsmodel.attribution.internal.rules.Subjects.initialSubject;
import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleSubject;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import java.util.List;

/**
 * A participle cue after a preposition inside the clause, with the clause's opening subject as
 * its source: "The mayor left the meeting after saying that the pier was unsafe.", "Roe won
 * praise for publicly defending the divers." The content runs from the participle's complement
 * to the unit's end, or to a comma that opens a clause of its own. A participle phrase that
 * opens the sentence is {@link OpeningParticipleRule}'s.
 */
final class PrepositionParticipleRule implements AttributionRule {
  /** Prepositions that take a participle phrase inside a clause. */
  static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("by", "after", "before", "in", "despite",
      "while", "since", "when", "without", "upon", "on", "through", "besides", "for", "of");

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    int n = toks.size();
    Token t = toks.get(at);
    String w = t.lower();
    CueLexicon.Entry entry = CueLexicon.lookup(w);
    if (entry == null || t.quoted() || !InvertedCue.isParticiple(w) || w.equals("according")
        || !Continuations.participleCue(w)) {
      return NO_MATCH;
    }
    int prep = at - 1;
    if (prep > 0 && !toks.get(prep).quoted() && toks.get(prep).lower().endsWith("ly")) {
      prep--; // "for publicly defending"
    }
    if (prep < 1 || toks.get(prep).quoted() || !PREPOSITIONS.contains(toks.get(prep).lower())) {
      return NO_MATCH;
    }
    int[] subject = initialSubject(toks, prep);
    if (subject == null || subject[1] >= prep || !plausibleSubject(toks, subject[0], subject[1] - 1)) {
      return NO_MATCH;
    }
    int from = at + 1;
    while (from < n && !toks.get(from).quoted() && (toks.get(from).is(",") || toks.get(from).lower().equals("that"))) {
      from++;
    }
    if (from >= n || !hasWord(toks, from, n)) {
      return NO_MATCH;
    }
    int p = sentence.paragraph;
    Span source = new Span(p, toks.get(subject[0]).start(), toks.get(subject[1] - 1).end());
    Span cue = new Span(p, t.start(), t.end());
    Span content = contentToEnd(sentence.text, toks, p, from, sentence.unit);
    if (content.end() <= content.start()) {
      return NO_MATCH;
    }
    sentence.out.add(new Found(source, cue, t.text(), List.of(content), entry.stance(), -1, null));
    return lastContentToken(toks, from);
  }
}
