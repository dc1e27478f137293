package dev.newsmodel.attribution.ja;

import dev.newsmodel.Stance;
import java.util.List;

/**
 * Hearsay: Xによると (Xによれば), the rest of the sentence is X's, without a closing という.
 *
 * <p>Example: 県警によると、男は容疑を認めているという。
 */
final class HearsayRule implements AttributionRule {
  private static final List<String> MARKERS = List.of("によると", "によれば");

  @Override
  public void apply(Sentence s) {
    String text = s.text;
    ArticleContext ctx = s.article;
    for (String marker : MARKERS) {
      for (int k = text.indexOf(marker, s.start); k >= 0 && k < s.end; k = text.indexOf(marker, k + 1)) {
        if (s.par.depth(k) != 0) {
          continue;
        }
        NounPhrase np = s.nps.before(k, s.start);
        if (np == null) {
          continue;
        }
        int cs = k + marker.length();
        while (cs < s.end && (text.charAt(cs) == '、' || Character.isWhitespace(text.charAt(cs)))) {
          cs++;
        }
        int ce = s.par.trimEnd(cs, s.end);
        if (text.startsWith("という", ce - 3) && ce - 3 > cs) {
          ce -= 3; // hearsay's closing という (…したという) is not content
        }
        if (ce <= cs) {
          continue;
        }
        Entity who = ctx.sources.entity(np);
        who.used = true;
        Span cue = s.span(k, k + marker.length());
        ctx.found.add(new Found(who, np.span(), cue, marker, s.span(cs, ce), Stance.ASSERTS, -1, s.span()));
        ctx.carry(who, np.span());
      }
    }
  }
}
