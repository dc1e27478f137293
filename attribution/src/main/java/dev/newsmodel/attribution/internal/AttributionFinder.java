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
    return new Result(withContent(paragraphs, context.found()), quotes, units);
  }

  /**
   * The attributions with content, continuations renumbered (a continuation of a dropped one is
   * dropped), each source without the contraction a pronoun carries ({@link #withoutContraction}).
   */
  private static List<Found> withContent(List<String> paragraphs, List<Found> found) {
    List<Found> out = new ArrayList<>();
    int[] newIndex = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.content().isEmpty() || (f.continues() >= 0 && newIndex[f.continues()] < 0)) {
        newIndex[i] = -1;
        continue;
      }
      newIndex[i] = out.size();
      Found.Span source = f.source() == null ? null : withoutContraction(paragraphs.get(f.source().paragraph()), f.source());
      out.add(f.continues() >= 0 || source != f.source()
          ? new Found(source, f.cue(), f.cueText(), f.content(), f.stance(),
              f.continues() >= 0 ? newIndex[f.continues()] : -1, f.appositive(), f.guessed())
          : f);
    }
    return out;
  }

  /**
   * {@code source} without the contraction its last word carries when that word is a pronoun:
   * "He’s said ..." and "they've argued ..." have the speakers "He" and "they"; the "’s" is the
   * verb's auxiliary. Other spans (a possessive "Roe's" heads no source) come back as they are.
   */
  static Found.Span withoutContraction(String text, Found.Span source) {
    int end = Math.min(source.end(), text.length());
    int apostrophe = -1;
    for (int k = end - 1; k > source.start() && k >= end - 3; k--) {
      char ch = text.charAt(k);
      if (ch == '\'' || ch == '\u2019') {
        apostrophe = k;
        break;
      }
    }
    if (apostrophe < 0 || !CONTRACTIONS.contains(text.substring(apostrophe + 1, end).toLowerCase(java.util.Locale.ROOT))) {
      return source;
    }
    int word = apostrophe;
    while (word > source.start() && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    String pronoun = text.substring(word, apostrophe).toLowerCase(java.util.Locale.ROOT);
    return Words.PRONOUNS.contains(pronoun) && word < apostrophe
        ? new Found.Span(source.paragraph(), source.start(), apostrophe) : source;
  }

  /** What follows the apostrophe of a contracted auxiliary: "he's", "they've", "we're", "she'd", "I'll". */
  private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("s", "ve", "re", "d", "ll", "m");
}
