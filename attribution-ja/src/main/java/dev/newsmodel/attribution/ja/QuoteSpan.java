package dev.newsmodel.attribution.ja;

import dev.newsmodel.QuoteKind;
import org.jspecify.annotations.Nullable;

/** A passage in 「」: its inner span, kind, speaker and cue once known (set by the quote rules). */
final class QuoteSpan {
  final Span span;
  QuoteKind kind;
  @Nullable Entity speaker;
  @Nullable String cue;

  QuoteSpan(Span span, QuoteKind kind) {
    this.span = span;
    this.kind = kind;
  }
}
