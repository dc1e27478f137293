package dev.newsmodel.attribution.internal;

import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.Set;

/** General lexicons about who can be a source: source nouns, titles, agencies, governments. */
public final class SourceNouns {
  private SourceNouns() {}

  /** Common nouns that name people or bodies who speak. */
  static final Set<String> SOURCE_NOUNS = LexiconFile.words("source-nouns.txt");

  /**
   * Whether a lower-case word names something that can speak.
   *
   * @param lower the word in lower case
   * @return {@code true} when it can name a source
   */
  public static boolean isSourceNoun(String lower) {
    return SOURCE_NOUNS.contains(lower);
  }
}
