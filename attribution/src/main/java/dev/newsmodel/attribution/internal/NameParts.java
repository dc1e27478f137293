package dev.newsmodel.attribution.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a source mention's text: the title before a name ("Deputy Finance Minister" of
 * "Deputy Finance Minister Ana Reyes") and the country it names ("Chinese authorities").
 * Used by {@link SourceResolver}.
 */
final class NameParts {
  private NameParts() {}

  private static final Pattern NON_NAME = Pattern.compile("[^\\p{L}.'\u2019]+");
  // The determiners of SourceResolver.DETERMINER in any ASCII case, to strip them from text not lower-cased.
  private static final Pattern ANY_CASE_DETERMINER = Pattern.compile("^(?i:the|a|an|its|their|his|her|our)\\s+");

  /** Splits "Deputy Finance Minister Ana Reyes" into title and name. */
  static String[] splitTitle(String text) {
    String[] words = Words.splitOnSpaces(text.strip());
    int i = 0;
    while (i < words.length - 1 && (SourceResolver.TITLE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
        || !Character.isUpperCase(words[i].charAt(0)))) {
      i++;
    }
    if (i == 0) {
      return new String[] {null, text.strip()};
    }
    String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    // Strip the determiner from the title itself: lower-casing can change the length ("\u0130"
    // becomes two chars), and a suffix cut by the lower-cased length went out of bounds.
    String t = ANY_CASE_DETERMINER.matcher(title).replaceFirst("");
    if (t.isEmpty()) {
      return new String[] {null, name};
    }
    return new String[] {t, name};
  }

  static @Nullable String countryOf(String text) {
    String[] words = NON_NAME.split(text);
    for (int i = 0; i < words.length; i++) {
      words[i] = stripPossessive(words[i]);
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i + 1 < words.length) {
        String two = Places.country(w + " " + words[i + 1]);
        if (two != null) {
          return two;
        }
      }
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        String c = Places.country(w);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /** Drops one trailing possessive {@code 's} (apostrophe or U+2019): a regex per word showed in the profile. */
  static String stripPossessive(String word) {
    int n = word.length();
    if (n >= 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
      return word.substring(0, n - 2);
    }
    return word;
  }
}
