package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.quoteContent;
import static dev.newsmodel.attribution.internal.rules.Tokens.quotedOnly;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import java.util.List;

/**
 * A quote standing alone continues the last attribution of its paragraph, or the last quote of
 * the paragraph before: "“The pier is safe,” Roe said. “We rebuilt it in a month.”" gives the
 * second quote to Roe too. A unit all in quotes is this rule's even when there is nothing to
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
    if (target >= 0) {
      recent.lastDirect = target;
      sentence.out.add(new Found(null, null, null, List.of(quoteContent(sentence.text, sentence.unit)),
          Stance.ASSERTS, target, null));
      recent.lastDirectParagraph = p;
    }
    return at;
  }
}
