package dev.newsmodel;

/** Whether a quote is a speaker's own full words or a quoted fragment. */
public enum QuoteKind {
  /** Quoted speech standing as the speaker's statement. */
  DIRECT,
  /** A quoted fragment inside reported speech or narration, e.g. would be "unacceptable". */
  PARTIAL
}
