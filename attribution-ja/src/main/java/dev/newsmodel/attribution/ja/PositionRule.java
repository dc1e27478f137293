package dev.newsmodel.attribution.ja;

import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Use;
import dev.newsmodel.attribution.ja.Morphemes.Tok;

/**
 * A position stated without と: the clause that modifies 方針 / 考え in …を示した (a verb,
 * auxiliary or adjective right before the cue) is the content.
 *
 * <p>Example: 野党の山本太郎代表は、法案に賛成しない方針を示した。
 */
final class PositionRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    Paragraph par = s.par;
    for (int i = 1; i < par.toks.size(); i++) {
      Tok t = par.toks.get(i);
      Tok before = par.toks.get(i - 1);
      if (t.start() < s.start || t.end() > s.end || par.depth(t.start()) != 0 || before.start() < s.start) {
        continue;
      }
      String pos = before.pos();
      if (!(pos.startsWith("助動詞") || pos.startsWith("動詞") || pos.startsWith("形容詞"))) {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(s.text, t.start(), Use.OBJ);
      if (cue == null || !cue.words().contains("を示")) {
        continue;
      }
      Span cueSpan = s.span(t.start(), par.verbEnd(t.start() + cue.words().length()));
      if (s.overlapsUsed(cueSpan)) {
        continue;
      }
      s.use(cueSpan);
      Claims.claim(s, t.start(), cueSpan, cue, false);
    }
  }
}
