package dev.newsmodel.attribution.ja;

import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Use;
import dev.newsmodel.attribution.ja.Morphemes.Tok;

/**
 * Indirect speech with the quotative と: the clause before と is the content of the cue after
 * it (…と発表した, …とした, …とみて, …との見方を示した); an impersonal cue (…とみられる) has no
 * claimant. A と right after a quote is {@link DirectQuoteRule}'s.
 *
 * <p>Example: 中央銀行は20日、政策金利を据え置くと発表した。
 */
final class QuotativeRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    String text = s.text;
    Paragraph par = s.par;
    for (Tok t : par.toks) {
      if (t.start() < s.start || t.end() > s.end || par.depth(t.start()) != 0 || !t.surface().equals("と")
          || !t.pos().startsWith("助詞")) {
        continue;
      }
      int k = t.start();
      if (k > s.start && (text.charAt(k - 1) == '」' || text.charAt(k - 1) == '』')) {
        continue;
      }
      if (k > s.start + 1 && text.charAt(k - 1) == 'だ' && text.charAt(k - 2) == '」') {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(text, k + 1, Use.TO, Use.IMP);
      if (cue == null || par.skipTo(cue, k + 1)) {
        continue;
      }
      Span cueSpan = s.span(k, par.verbEnd(k + 1 + cue.words().length()));
      if (s.overlapsUsed(cueSpan)) {
        continue;
      }
      s.use(cueSpan);
      Claims.claim(s, k, cueSpan, cue, cue.use() == Use.IMP);
    }
  }
}
