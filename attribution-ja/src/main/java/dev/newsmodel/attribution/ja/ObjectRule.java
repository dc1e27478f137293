package dev.newsmodel.attribution.ja;

import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Use;
import dev.newsmodel.attribution.ja.Morphemes.Tok;

/**
 * The object of a reporting verb is its content: the phrase before を (or も) and an object cue
 * (…人事を発表した, …方針を示した).
 *
 * <p>Example: 市は1日、新しい防災計画を発表した。
 */
final class ObjectRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    Paragraph par = s.par;
    for (Tok t : par.toks) {
      if (t.start() < s.start || t.end() > s.end || par.depth(t.start()) != 0
          || !(t.surface().equals("を") || t.surface().equals("も")) || !t.pos().startsWith("助詞")) {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(s.text, t.end(), Use.OBJ);
      if (cue == null || !par.tokenStart(t.end())) {
        continue;
      }
      Span cueSpan = s.span(t.start(), par.verbEnd(t.end() + cue.words().length()));
      if (s.overlapsUsed(cueSpan)) {
        continue;
      }
      s.use(cueSpan);
      Claims.claim(s, t.start(), cueSpan, cue, false);
    }
  }
}
