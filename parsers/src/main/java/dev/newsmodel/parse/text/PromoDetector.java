package dev.newsmodel.parse.text;

import dev.newsmodel.parse.html.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the promo and teaser lines a site appends after a story (links to series, features,
 * newsletters) by what they are, never by a list of known sentences:
 *
 * <ul>
 *   <li>teaser phrasing: presenting ({@code Here is/are …}, {@code A series about …},
 *       {@code A look at …}) or inviting ({@code Read …}, {@code Discover …}, {@code Sign up …});
 *   <li>a fragment: a noun phrase without sentence-final punctuation, or one whose main clause
 *       has no finite verb;
 *   <li>no words shared with the story above it;
 *   <li>no attribution: reporting verbs ({@code said}, {@code told}) or quoted speech mark story
 *       text, as do openings that refer back ({@code He}, {@code But}, {@code The group});
 *   <li>position: only a run of such lines at the very end counts, and a line is judged more
 *       readily when the line after it is a promo too (and more still between two promos; a
 *       plain finished sentence counts only there). The first line of a run must be a promo on
 *       its own.
 * </ul>
 *
 * English text only; lines in other scripts are never called promos here (HTML parsers remove
 * their outlets' promo blocks by structure). Stateless.
 */
public final class PromoDetector {
  // Scores at or above this make a promo; each signal's weight is below it, so no single signal decides.
  static final double THRESHOLD = 2.5;
  // No site appends more teasers than this after a story.
  private static final int MAX_RUN = 30;

  private static final Pattern PRESENTING = Pattern.compile(
      "(?i)^(?:here\\s+(?:is|are|'s)|(?:a|an|the|our|this)\\s+(?:new\\s+|special\\s+|weekly\\s+|monthly\\s+|occasional\\s+|multimedia\\s+|photo\\s+|video\\s+)?"
          + "(?:series|collection|look|peek|glimpse|guide|journey|roundup|round-up|selection|compilation|feature|gallery|column|podcast|newsletter|tour|quiz)\\b)");
  private static final Pattern INVITING = Pattern.compile(
      "(?i)^(?:read|discover|explore|meet|watch|listen|learn|find\\s+out|see|join|follow|subscribe|sign\\s+up|get|check\\s+out|don't\\s+miss|click|tap|take\\s+a)\\b");
  private static final Pattern PART_OF = Pattern.compile("(?i)^(?:part\\s+\\d+|episode\\s+\\d+|vol\\.\\s*\\d+|\\d+\\s+of\\s+\\d+)\\b");
  private static final Pattern INDEFINITE_START = Pattern.compile("^(?:A|An)\\s+\\p{L}");
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "(?i)\\b(?:said|says|say|told|tells|added|stated|announced|according\\s+to|declined|denied|confirmed|"
          + "reported|asked|noted|explained|warned|insisted|acknowledged|argued|wrote|claimed|alleged)\\b");
  private static final Pattern QUOTED_SPEECH = Pattern.compile("[\"“„«「]([^\"”“»」]+)[\"”»」]");
  private static final Pattern ANAPHORIC_START = Pattern.compile(
      "^(?:He|She|They|It|His|Her|Their|Its|This|That|These|Those|But|And|However|Meanwhile|Also|"
          + "Still|Yet|So|Then|The\\s+(?:group|company|ministry|government|official|agency|report|move|plan|"
          + "decision|statement|spokesperson|spokesman|spokeswoman|minister|president|court|police))\\b");
  private static final Pattern FINITE_MARKER = Pattern.compile(
      "(?i)\\b(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|"
          + "does|do|did|isn't|aren't|wasn't|weren't|won't|can't|don't|doesn't|didn't)\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|which|that|whose|where|when)\\b");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> STOPWORDS = Set.of(
      "about", "above", "after", "again", "also", "among", "been", "before", "being", "between", "both",
      "could", "does", "doing", "down", "during", "each", "from", "further", "have", "having", "here",
      "into", "just", "more", "most", "much", "must", "only", "other", "over", "same", "should", "some",
      "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through",
      "under", "until", "very", "were", "what", "when", "where", "which", "while", "whom", "will", "with",
      "would", "your", "yours", "said", "says", "year", "years", "people", "time", "like", "made", "make",
      "many", "first", "last", "told", "even", "well", "back", "within", "without", "since", "because");

  private PromoDetector() {}

  /**
   * Returns how many of the paragraphs, counted from the end, are promos. The first paragraph
   * is never counted: a story keeps at least one paragraph.
   *
   * @param paragraphs the text's paragraphs in order, story first
   * @return the number of trailing promos
   */
  public static int trailingPromoCount(List<String> paragraphs) {
    int n = paragraphs.size();
    // Promos trail the story: only the last lines are candidates, which keeps this linear.
    int first = Math.max(1, n - MAX_RUN);
    Set<String> story = contentWords(paragraphs.subList(0, Math.min(first, n)));
    // Each line on its own first, so a line can be judged by its neighbours too.
    double[] alone = new double[n];
    for (int i = first; i < n; i++) {
      alone[i] = score(paragraphs.get(i), story, false);
      story.addAll(contentWordList(paragraphs.get(i)));
    }
    int count = 0;
    boolean nextIsPromo = false;
    for (int i = n - 1; i >= first; i--) {
      String line = paragraphs.get(i);
      boolean aboveIsPromo = i - 1 >= first && alone[i - 1] >= THRESHOLD;
      double score = alone[i] + (nextIsPromo ? 1 : 0) + (nextIsPromo && aboveIsPromo ? 0.5 : 0);
      // A plain finished sentence is a promo only between promos: on its own it is story. And a
      // line too weak to be a promo alone joins a run only from inside it, never as its first
      // line: the story's last paragraph sits right above the run and must not be pulled in.
      boolean promo = score >= THRESHOLD && (hasPromoForm(line) || nextIsPromo && aboveIsPromo)
          && (alone[i] >= THRESHOLD || aboveIsPromo);
      if (!promo) {
        break;
      }
      count++;
      nextIsPromo = true;
    }
    return count;
  }

  /**
   * Returns whether the line has a teaser's form: teaser phrasing, no final punctuation, or no finite verb.
   *
   * @param line the line
   * @return {@code true} when it reads like a teaser
   */
  public static boolean hasPromoForm(String line) {
    String text = Texts.clean(line);
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return PRESENTING.matcher(text).find() || INVITING.matcher(text).find() || PART_OF.matcher(text).find()
        || ".!?\"”’'…:".indexOf(last) < 0 || isVerbless(mainClause(text));
  }

  private static boolean isVerbless(String mainClause) {
    return !FINITE_MARKER.matcher(mainClause).find() && !ATTRIBUTION.matcher(mainClause).find()
        && !hasPastTense(mainClause);
  }

  /** Returns the promo score of one line given the story's content words (see the class description). */
  static double score(String line, Set<String> storyWords, boolean nextIsPromo) {
    String text = Texts.clean(line);
    if (text.isEmpty() || !isLatinScript(text)) {
      return 0;
    }
    double score = 0;
    String mainClause = mainClause(text);
    boolean verbless = isVerbless(mainClause);
    if (PRESENTING.matcher(text).find() || INVITING.matcher(text).find() || PART_OF.matcher(text).find()) {
      score += 2.5;
    } else if (verbless && INDEFINITE_START.matcher(text).find()) {
      // "A ... of ..." with no verb is a headline-style noun phrase, not a sentence.
      score += 1;
    }
    char last = text.charAt(text.length() - 1);
    boolean unfinished = ".!?\"”’'…:".indexOf(last) < 0;
    if (unfinished) {
      score += 1.5;
    }
    if (verbless) {
      score += 0.5;
    }
    List<String> words = contentWordList(text);
    if (!words.isEmpty()) {
      long shared = words.stream().filter(storyWords::contains).count();
      double overlap = (double) shared / words.size();
      // Nothing shared is the strongest sign; a third shared is story talk.
      score += 1.5 * Math.max(0, 1 - overlap / 0.3);
      if (overlap >= 0.5) {
        score -= 2;
      }
    }
    if (ATTRIBUTION.matcher(text).find()) {
      score -= 3;
    }
    Matcher quote = QUOTED_SPEECH.matcher(text);
    while (quote.find()) {
      // A quoted word or two is a title or a term; quoted speech has several words.
      if (quote.group(1).strip().split("\\s+").length >= 3) {
        score -= 3;
        break;
      }
    }
    if (ANAPHORIC_START.matcher(text).find()) {
      score -= 2;
    }
    if (nextIsPromo) {
      score += 1;
    }
    return score;
  }

  private static String mainClause(String text) {
    Matcher m = RELATIVE.matcher(text);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  private static boolean hasPastTense(String text) {
    // A word in -ed right after a name or a pronoun ("Ruiz said", "they agreed") is a finite
    // past; after a common noun or "by" it is more often a participle ("documents declassified by").
    Matcher m = WORD.matcher(text);
    boolean previousIsSubject = false;
    while (m.find()) {
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (previousIsSubject && lower.endsWith("ed") && lower.length() > 4) {
        return true;
      }
      previousIsSubject = Character.isUpperCase(word.charAt(0)) || SUBJECT_PRONOUNS.contains(lower);
    }
    return false;
  }

  private static boolean isLatinScript(String text) {
    int latin = 0;
    int other = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
        }
      }
    }
    return latin > 0 && latin >= other * 4;
  }

  static Set<String> contentWords(List<String> paragraphs) {
    Set<String> words = new HashSet<>();
    for (String paragraph : paragraphs) {
      words.addAll(contentWordList(paragraph));
    }
    return words;
  }

  private static List<String> contentWordList(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = stem(m.group());
      if (word.length() >= 4 && !STOPWORDS.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  private static String stem(String word) {
    // Enough to match "station"/"stations" and "report"/"reports" between promo and story.
    if (word.endsWith("ies") && word.length() > 5) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 4) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
