package dev.newsmodel;

/** What the claimant does with the claim's content. */
public enum Stance {
  /** States, alleges, reports or confirms it. */
  ASSERTS,
  /** Denies, dismisses or rejects it. */
  DENIES,
  /** Declines to comment on it. */
  NO_COMMENT,
  /** Hedges: believes, suspects, is not sure. */
  UNCERTAIN
}
