package dev.newsmodel.attribution.ja;

import dev.newsmodel.QuoteKind;
import dev.newsmodel.Stance;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Use;
import org.jspecify.annotations.Nullable;

/**
 * Each quote in 「…」 (『…』) of the sentence: followed by と (だと, って, などと) and a cue it is
 * the speaker's, who is the subject before the quote or the source carried from the sentence
 * before; standing alone it waits for a speaker named after it ({@link PendingQuoteRule}). A
 * quote followed by neither stays a {@code PARTIAL} quote without speaker (a name, a title).
 *
 * <p>Example: 山本太郎外相は10日、「交渉はこれからも続ける」と述べた。
 */
final class DirectQuoteRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    for (int[] q : s.quotes) {
      quote(s, q[0], q[1]);
    }
  }

  private static void quote(Sentence s, int qs, int qe) {
    String text = s.text;
    ArticleContext ctx = s.article;
    QuoteSpan q = new QuoteSpan(s.span(qs, qe), QuoteKind.PARTIAL);
    ctx.quotes.add(q);
    int qi = ctx.quotes.size() - 1;
    int tail = qe + 1;
    int to = -1;
    if (text.startsWith("と", tail)) {
      to = tail;
    } else if (text.startsWith("だと", tail) || text.startsWith("って", tail)) {
      to = tail + 1;
    } else if (text.startsWith("などと", tail)) {
      to = tail + 2;
    }
    if (to < 0) {
      if (text.substring(tail, s.end).isBlank() && (s.quoteOnly || text.substring(s.start, qs - 1).isBlank())) {
        q.kind = QuoteKind.DIRECT; // a quote standing alone: its speaker comes next
        ctx.pending.add(q);
      }
      return;
    }
    Span cue = tailCue(s, to);
    q.kind = text.startsWith("だと", tail) || (qs >= 2 && text.charAt(qs - 2) == 'を') ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    if (cue == null) {
      return;
    }
    Cue c = cueOf(text, cue);
    NounPhrase subject = s.topic(qs - 1);
    Entity who = subject != null ? ctx.sources.entity(subject) : ctx.carry;
    Span where = subject != null ? subject.span() : ctx.carrySpan;
    if (who == null) {
      return;
    }
    who.used = true;
    q.speaker = who;
    q.cue = text.substring(cue.start(), cue.end());
    ctx.found.add(new Found(who, where, cue, q.cue, q.span, c == null ? Stance.ASSERTS : c.stance(), qi, s.span()));
    ctx.carry(who, where);
  }

  /** The cue after a quote's と at {@code to}: right after it, or a speech verb later in the clause. */
  private static @Nullable Span tailCue(Sentence s, int to) {
    Paragraph par = s.par;
    String text = s.text;
    int limit = Math.min(s.end, to + 40);
    for (int k = to; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '「' || c == '『') {
        return null;
      }
      if (c == 'と' && par.tokenStart(k)) {
        Cue cue = JapaneseLexicon.cueAt(text, k + 1, Use.TO);
        if (cue != null && !par.skipTo(cue, k + 1)) {
          Span span = s.span(k, par.verbEnd(k + 1 + cue.words().length()));
          s.use(span);
          return span;
        }
      }
      if (k > to && par.tokenStart(k) && par.verbAt(k)) {
        Cue cue = JapaneseLexicon.cueAt(text, k, Use.SPEECH);
        if (cue != null) {
          Span span = s.span(k, par.verbEnd(k + cue.words().length()));
          s.use(span);
          return span;
        }
      }
    }
    return null;
  }

  private static @Nullable Cue cueOf(String text, Span cue) {
    int at = cue.start();
    if (text.charAt(at) == 'と') {
      Cue c = JapaneseLexicon.cueAt(text, at + 1, Use.TO);
      if (c != null) {
        return c;
      }
    }
    return JapaneseLexicon.cueAt(text, at, Use.SPEECH, Use.TO);
  }
}
