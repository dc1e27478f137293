package dev.newsmodel.attribution.ja;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one call of the engine has found so far, across paragraphs: the sources met, the
 * attributions and quotes in the order found, the quotes still waiting for a speaker named
 * after them, and the source a sentence without a subject continues. One per call, never shared.
 */
final class ArticleContext {
  final Sources sources = new Sources();
  final List<Found> found = new ArrayList<>();
  final List<QuoteSpan> quotes = new ArrayList<>();
  /** Quotes standing alone whose speaker the next sentence or paragraph names. */
  final List<QuoteSpan> pending = new ArrayList<>();
  /** The source of the latest attribution or subject, and where it was named. */
  @Nullable Entity carry;
  @Nullable Span carrySpan;

  /** Makes {@code who}, named at {@code where}, the source that later sentences without a subject continue. */
  void carry(@Nullable Entity who, @Nullable Span where) {
    carry = who;
    carrySpan = where;
  }
}
