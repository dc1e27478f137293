package dev.newsmodel.attribution.internal;

import dev.newsmodel.attribution.internal.rules.ArticleContext;
import dev.newsmodel.attribution.internal.rules.EnglishRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds attributions (source, cue, content) in paragraphs with rules over sentence units: the
 * cue is a word of {@link CueLexicon} outside quotes; its subject is the noun phrase before it
 * (past auxiliaries, adverbs, appositives and relative clauses), or the one after it when the
 * verb follows the content ("..., said X"); the content is what follows the cue (past an
 * addressee and adjuncts such as "on Thursday" or "in a statement"), or what precedes the
 * subject when nothing follows. Quotes standing alone after an attributed quote continue it.
 * The rules, one class each, and the order they run in are in {@link EnglishRules}.
 */
public final class AttributionFinder {
  private AttributionFinder() {}

  /** The result: attributions plus the units and quotes they were found in. */
  public record Result(List<Found> found, List<List<QuoteSpan>> quotes, List<List<Unit>> units) {}

  /**
   * Finds the attributions of {@code paragraphs}; stateless and safe to call from any thread.
   *
   * @param paragraphs the texts, in reading order
   * @return the attributions with the units and quotes they were found in
   */
  public static Result find(List<String> paragraphs) {
    List<List<QuoteSpan>> quotes = QuoteFinder.find(paragraphs);
    List<List<Unit>> units = new ArrayList<>();
    ArticleContext context = new ArticleContext();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      List<Unit> us = TextUnits.units(p, text, quotes.get(p));
      units.add(us);
      EnglishRules.paragraph(p, text, us, context);
    }
    return new Result(withContent(context.found()), quotes, units);
  }

  /** The attributions with content, continuations renumbered (a continuation of a dropped one is dropped). */
  private static List<Found> withContent(List<Found> found) {
    List<Found> out = new ArrayList<>();
    int[] newIndex = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.content().isEmpty() || (f.continues() >= 0 && newIndex[f.continues()] < 0)) {
        newIndex[i] = -1;
        continue;
      }
      newIndex[i] = out.size();
      out.add(f.continues() >= 0
          ? new Found(f.source(), f.cue(), f.cueText(), f.content(), f.stance(), newIndex[f.continues()], f.appositive(), f.guessed())
          : f);
    }
    return out;
  }
}
