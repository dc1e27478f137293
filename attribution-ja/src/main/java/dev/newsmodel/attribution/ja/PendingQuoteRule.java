package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Use;

/**
 * Quotes that stood alone (see {@link DirectQuoteRule}) belong to the speaker the next sentence
 * that is not itself a lone quote names: Xから…の声, else a subject followed by a speech verb.
 * Runs first; the quotes stop waiting whether or not a speaker is found.
 *
 * <p>Example: 「道が広くなって助かる」。近くに住む佐藤花子さんからも喜びの声が上がる。 and
 * 「やっと終わった」 ／ 漁協の組合員の男性は5日、疲れた様子で語った。
 */
final class PendingQuoteRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    ArticleContext ctx = s.article;
    if (!ctx.pending.isEmpty() && !s.quoteOnly) {
      resolve(s);
      ctx.pending.clear();
    }
  }

  private static void resolve(Sentence s) {
    String text = s.text;
    Paragraph par = s.par;
    ArticleContext ctx = s.article;
    Entity who = null;
    Span where = null;
    String cue = null;
    int from = text.indexOf("から", s.start);
    if (from >= 0 && from < s.end && text.indexOf("声", from) >= 0 && text.indexOf("声", from) < s.end) {
      NounPhrase np = s.nps.before(from, s.start);
      if (np != null && np.kind() != SourceKind.UNKNOWN) {
        who = ctx.sources.entity(np);
        where = np.span();
        cue = "声";
      }
    }
    if (who == null) {
      NounPhrase topic = s.topic(s.end);
      if (topic != null && topic.kind() != SourceKind.UNKNOWN) {
        for (int k = topic.span().end(); k < s.end; k++) {
          if (par.depth(k) == 0 && par.tokenStart(k) && par.verbAt(k)) {
            Cue c = JapaneseLexicon.cueAt(text, k, Use.SPEECH);
            if (c != null) {
              who = ctx.sources.entity(topic);
              where = topic.span();
              cue = text.substring(k, par.verbEnd(k + c.words().length()));
              break;
            }
          }
        }
      }
    }
    if (who == null) {
      return;
    }
    who.used = true;
    for (QuoteSpan q : ctx.pending) {
      q.speaker = who;
      q.cue = cue;
      ctx.found.add(new Found(who, where, null, cue, q.span, Stance.ASSERTS, ctx.quotes.indexOf(q), s.span()));
    }
    ctx.carry(who, where);
  }
}
