package dev.newsmodel.attribution.internal;

import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.Set;

/** Closed word classes the rules use. */
public final class Words {
  private Words() {}

  /**
   * Splits a text at runs of white space (ASCII white space, U+00A0, U+2000 to U+200B, U+202F,
   * U+205F, U+3000) as {@code Pattern.split} would, without the regex engine (the rules split
   * names and phrases many times per attribution): an empty first piece when the text starts
   * with a space, trailing empty pieces dropped, the text itself when it has no space.
   *
   * @param text the text
   * @return the pieces
   */
  public static String[] splitOnSpaces(String text) {
    java.util.List<String> pieces = new java.util.ArrayList<>();
    int n = text.length();
    int from = 0;
    int i = 0;
    boolean matched = false;
    while (i < n) {
      if (!isSplitSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < n && isSplitSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      pieces.add(text.substring(from, i));
      matched = true;
      from = runEnd;
      i = runEnd;
    }
    if (!matched) {
      return new String[] {text};
    }
    pieces.add(text.substring(from));
    int size = pieces.size();
    while (size > 0 && pieces.get(size - 1).isEmpty()) {
      size--;
    }
    return pieces.subList(0, size).toArray(new String[0]);
  }

  // the class split at; \s is ASCII white space in it
  private static boolean isSplitSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c >= '\u2000' && c <= '\u200b' || c == '\u202f'
        || c == '\u205f' || c == '\u3000';
  }

  /**
   * Whether a character is white space, the no-break and other Unicode spaces included.
   *
   * @param c the character
   * @return {@code true} for white space
   */
  public static boolean isSpace(char c) {
    if (c < 0x80) { // the same answer as below, without the Unicode tables
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
  }

  /** An immutable set of words; duplicates in the list are harmless. */
  static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Auxiliaries, negation and adverbs that stand between a subject and its verb. */
  public static final Set<String> AUX = LexiconFile.words("auxiliaries.txt");

  /**
   * Adverbial phrases of several words that stand between a subject and its verb as a whole
   * ("has in fact agreed", "have in the past said"), each as its words joined by one space.
   */
  public static final Set<String> ADVERBIAL_PHRASES = LexiconFile.words("adverbial-phrases.txt");

  /** The last word of each of {@link #ADVERBIAL_PHRASES}: only a token that is one may end such a phrase. */
  public static final Set<String> ADVERBIAL_PHRASE_ENDS = ADVERBIAL_PHRASES.stream()
      .map(ph -> ph.substring(ph.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Auxiliaries of tense, aspect and mood, which make a clause finite: "was", "has", "will". */
  public static final Set<String> TENSE_AUX = LexiconFile.words("tense-auxiliaries.txt");

  /** Words that end a subject noun phrase when scanning left from the verb. */
  public static final Set<String> CLAUSE = LexiconFile.words("clause-words.txt");

  /** Words that start an appositive or a non-restrictive relative clause after a comma. */
  public static final Set<String> APPOSITIVE_START = LexiconFile.words("appositive-starts.txt");

  /** Words before a noun: a cue word after one of these is a noun ("the report", "his answer"). */
  public static final Set<String> DETERMINERS = LexiconFile.words("determiners.txt");

  /** Time words that may stand between a subject and its verb: "Sanders on Tuesday said". */
  public static final Set<String> TIME_WORDS = LexiconFile.words("time-words.txt");

  /** Units of time that measure an opening time phrase: "Hours later, ...", "Two weeks after the vote, ...". */
  public static final Set<String> TIME_UNITS = LexiconFile.words("time-units.txt");

  /** Words that open a subordinate clause ("if", "when", "because", ...). */
  public static final Set<String> SUBORDINATORS = LexiconFile.words("subordinators.txt");

  /** Words that may open a sentence before its subject. */
  public static final Set<String> OPENERS = LexiconFile.words("sentence-openers.txt");

  /** Irregular verb forms for the subject-verb rule. */
  public static final Set<String> VERBS = LexiconFile.words("stance-verbs.txt");

  /** Words in -s or -ed that are rarely the verb of a subject at a sentence start. */
  public static final Set<String> NOT_VERBS = LexiconFile.words("not-verbs.txt");

  /** Capitalised function words that open sentences but never head a subject. */
  public static final Set<String> NOT_SUBJECTS = LexiconFile.words("not-subjects.txt");

  /** Verbs of action or state that carry no attributed content. */
  public static final Set<String> ACTION_VERBS = LexiconFile.words("action-verbs.txt");

  /** Pronouns that can be sources. */
  public static final Set<String> PRONOUNS = LexiconFile.words("pronouns.txt");

  /** Prepositions that open an adjunct after a cue: "said on Thursday", "said in a statement". */
  public static final Set<String> ADJUNCT_PREP = LexiconFile.words("adjunct-prepositions.txt");

  /** Words that finish a skipped adjunct. */
  public static final Set<String> ADJUNCT_HEADS = LexiconFile.words("adjunct-heads.txt");

  /** Participles that continue a statement: ", adding ...", ", saying ...". */
  public static final Set<String> CONTINUING_PARTICIPLES = LexiconFile.words("continuing-participles.txt");
}
