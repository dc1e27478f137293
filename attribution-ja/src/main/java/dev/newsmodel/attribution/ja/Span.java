package dev.newsmodel.attribution.ja;

/** A span of one paragraph: UTF-16 indexes {@code start} (inclusive) to {@code end} (exclusive). */
record Span(int paragraph, int start, int end) {}
