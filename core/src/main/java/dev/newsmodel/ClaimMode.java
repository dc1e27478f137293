package dev.newsmodel;

/** How the story renders the claim. */
public enum ClaimMode {
  /** In the claimant's quoted words. */
  DIRECT,
  /** In reported speech, the reporter's words. */
  INDIRECT,
  /** Reported speech with quoted fragments. */
  MIXED
}
