package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.quoteContent;
import static dev.newsmodel.attribution.internal.rules.Tokens.quotedOnly;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import java.util.List;

/**
 * A quote standing alone continues the last attribution of its paragraph, or the last quote of
 * the paragraph before: "“The pier is safe,” Roe said. “We rebuilt it in a month.”" gives the
 * second quote to Roe too. When the last attribution is a statement that the same speaker's
 * credit went on to report (", noting that …") after a quotation of the paragraph, the quote
 * continues that quotation. A unit all in quotes is this rule's even when there is nothing to
 * continue: no other rule reads it.
 */
final class ContinuedQuoteRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    if (!quotedOnly(sentence.unit)) {
      return NO_MATCH;
    }
    ArticleContext recent = sentence.context;
    int p = sentence.paragraph;
    int target = recent.lastAnyParagraph == p && recent.lastAny >= 0 ? recent.lastAny
        : recent.lastDirect >= 0 && p - recent.lastDirectParagraph <= 1 ? recent.lastDirect : -1;
    if (target >= 0 && target == recent.lastAny && recent.lastDirectParagraph == p && recent.lastDirect >= 0
        && recent.lastDirect < target && sameSource(sentence.out, recent.lastDirect, target)) {
      // "“…,” Roe said, noting that the pier had held. “We rebuilt it.”": the quotation goes on,
      // not the statement the credit's participle reported
      target = recent.lastDirect;
    }
    if (target >= 0) {
      recent.lastDirect = target;
      sentence.out.add(new Found(null, null, null, List.of(quoteContent(sentence.text, sentence.unit)),
          Stance.ASSERTS, target, null));
      recent.lastDirectParagraph = p;
    }
    return at;
  }

  /**
   * Whether attributions {@code a} and {@code b} of {@code found} have the same source, a
   * continuation standing for the attribution it continues.
   */
  private static boolean sameSource(List<Found> found, int a, int b) {
    Found fa = found.get(a);
    Found fb = found.get(b);
    Found.Span sa = fa.continues() >= 0 ? found.get(fa.continues()).source() : fa.source();
    Found.Span sb = fb.continues() >= 0 ? found.get(fb.continues()).source() : fb.source();
    return sa != null && sa.equals(sb);
  }
}
