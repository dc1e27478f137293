package dev.newsmodel.attribution.ja;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sentence as the rules see it: its bounds in its {@link Paragraph}, its top-level quotes,
 * the paragraph's noun phrases, the cues already taken in the paragraph, and the call's
 * {@link ArticleContext}. Made per sentence by {@link JapaneseRules}.
 */
final class Sentence {
  final Paragraph par;
  /** The paragraph's text. */
  final String text;
  /** The sentence's bounds in {@link #text}: start inclusive, end exclusive, no 。 */
  final int start;
  final int end;
  final ArticleContext article;
  final NounPhrases nps;
  /** Top-level 「…」 / 『…』 passages of the sentence: {open+1, close} pairs. */
  final List<int[]> quotes;
  /** Whether the sentence is one quote and nothing else. */
  final boolean quoteOnly;
  private final List<Span> usedCues;

  Sentence(Paragraph par, int start, int end, ArticleContext article, NounPhrases nps, List<Span> usedCues) {
    this.par = par;
    this.text = par.text;
    this.start = start;
    this.end = end;
    this.article = article;
    this.nps = nps;
    this.usedCues = usedCues;
    this.quotes = par.quotesIn(start, end);
    this.quoteOnly = quotes.size() == 1 && text.substring(start, quotes.get(0)[0] - 1).isBlank()
        && text.substring(quotes.get(0)[1] + 1, end).isBlank();
  }

  /** The whole sentence as a span. */
  Span span() {
    return new Span(par.index, start, end);
  }

  /** A span of this sentence's paragraph. */
  Span span(int from, int to) {
    return new Span(par.index, from, to);
  }

  /** The sentence's subject before {@code before} (see {@link NounPhrases#topic}), or null. */
  @Nullable NounPhrase topic(int before) {
    return nps.topic(start, end, before);
  }

  /** Whether {@code cue} overlaps a cue an earlier rule took in this paragraph. */
  boolean overlapsUsed(Span cue) {
    for (Span u : usedCues) {
      if (u.paragraph() == cue.paragraph() && u.start() < cue.end() && cue.start() < u.end()) {
        return true;
      }
    }
    return false;
  }

  /** Takes {@code cue}: later rules of the paragraph leave it alone. */
  void use(Span cue) {
    usedCues.add(cue);
  }
}
