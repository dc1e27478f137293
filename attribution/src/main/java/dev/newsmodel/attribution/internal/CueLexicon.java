package dev.newsmodel.attribution.internal;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reporting verbs and phrases: what they are ({@link Kind}) and what stance they give, as the
 * lexicon file {@code cues.txt} lists them, one word form a line. Read once, at class load.
 */
public final class CueLexicon {
  private CueLexicon() {}

  /** How a cue word behaves in a sentence. */
  public enum Kind {
    /** A verb of saying: fires in every position ("X said ...", "..., X said", "..., said X"). */
    SPEECH,
    /** A verb of telling that takes an addressee: "X told reporters (that) ...". */
    TELL,
    /** A verb of attitude, action or evidence: fires only with a subject before and content after. */
    WEAK,
    /**
     * A verb of communication, cognition or emotion that takes a clause ({@code wordnet-cues.txt}):
     * fires only with a subject before and a clause after; otherwise read as {@link #WEAK}.
     */
    CLAUSE
  }

  /** One entry: the kind and the stance it gives. */
  public record Entry(Kind kind, Stance stance) {}

  /** The lexicon file, under {@code dev/newsmodel/attribution/lexicon/en/}. */
  static final String FILE = "cues.txt";

  /** The clause-taking verbs generated from WordNet, read for forms {@link #FILE} does not list. */
  static final String CLAUSE_FILE = "wordnet-cues.txt";


  // a HashMap, read-only after class load: the rules look a word up for every token
  private static final Map<String, Entry> WORDS = load();

  // forms of CLAUSE_FILE that cues.txt does not list; not seen by lookup, whose callers also use
  // it to tell verbs from names and nouns
  private static final Map<String, Entry> CLAUSE_WORDS = loadClauseCues();

  private static Map<String, Entry> load() {
    Map<String, Entry> words = new HashMap<>();
    for (LexiconFile.Entry e : LexiconFile.entries(FILE, 2)) {
      words.put(e.key(), new Entry(e.attribute(0, Kind.class), e.attribute(1, Stance.class)));
    }
    return words;
  }

  private static Map<String, Entry> loadClauseCues() {
    Map<String, Entry> words = new HashMap<>();
    for (LexiconFile.Entry e : LexiconFile.entries(CLAUSE_FILE, 2)) {
      if (!WORDS.containsKey(e.key())) {
        words.put(e.key(), new Entry(Kind.CLAUSE, Stance.ASSERTS));
      }
    }
    return words;
  }

  /**
   * Returns the entry of a clause-taking verb of {@code wordnet-cues.txt} that {@code cues.txt}
   * does not list (kind {@link Kind#CLAUSE}), or {@code null}.
   *
   * @param word the word
   * @return the entry, or {@code null}
   */
  public static @Nullable Entry lookupClauseCue(String word) {
    return CLAUSE_WORDS.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the words {@link #lookupClauseCue(String)} knows, lower case.
   *
   * @return the clause-taking verbs of {@code wordnet-cues.txt} that {@code cues.txt} does not list
   */
  public static java.util.Set<String> clauseCueWords() {
    return java.util.Collections.unmodifiableSet(CLAUSE_WORDS.keySet());
  }

  /**
   * Returns the entry for a word (any case), or {@code null} when it is no cue.
   *
   * @param word the word
   * @return the entry, or {@code null}
   */
  public static @Nullable Entry lookup(String word) {
    return WORDS.get(word.toLowerCase(Locale.ROOT));
  }
}
