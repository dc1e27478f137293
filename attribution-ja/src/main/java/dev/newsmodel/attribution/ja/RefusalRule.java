package dev.newsmodel.attribution.ja;

import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Use;

/**
 * A refusal to comment (コメントを控えた, 明らかにしていない): the whole sentence is the claim, its
 * stance the cue's (usually {@code NO_COMMENT}), its claimant the subject before the cue or the
 * source carried from the sentence before. The first refusal cue of a sentence only.
 *
 * <p>Example: 市教委はコメントを控えた。
 */
final class RefusalRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    String text = s.text;
    Paragraph par = s.par;
    ArticleContext ctx = s.article;
    for (int k = s.start; k < s.end; k++) {
      if (par.depth(k) != 0 || !par.tokenStart(k)) {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(text, k, Use.REFUSE);
      if (cue == null) {
        continue;
      }
      Span cueSpan = s.span(k, par.verbEnd(k + cue.words().length()));
      if (s.overlapsUsed(cueSpan)) {
        continue;
      }
      NounPhrase subject = s.topic(k);
      Entity who = subject != null ? ctx.sources.entity(subject) : ctx.carry;
      if (who == null) {
        return;
      }
      s.use(cueSpan);
      who.used = true;
      int cs = s.start;
      while (cs < s.end && Character.isWhitespace(text.charAt(cs))) {
        cs++;
      }
      ctx.found.add(new Found(who, subject != null ? subject.span() : ctx.carrySpan, cueSpan,
          text.substring(cueSpan.start(), cueSpan.end()), s.span(cs, par.trimEnd(cs, s.end)), cue.stance(), -1,
          s.span()));
      return;
    }
  }
}
