package dev.newsmodel.attribution.internal;

import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Countries, their demonyms and capitals: "Chinese authorities" and "Beijing" both mean China.
 * From the lexicon files {@code countries.txt} and {@code country-aliases.txt}, read once.
 */
public final class Places {
  private Places() {}

  private static final Map<String, String> TO_COUNTRY = new HashMap<>();
  private static final Map<String, String> DEMONYM = new HashMap<>();
  // built once: splitting the whole table on every call showed in attribution's profile
  private static final Map<String, java.util.List<String>> CAPITALS = new HashMap<>();

  static {
    for (LexiconFile.Entry row : LexiconFile.entries("countries.txt", 2)) {
      String country = row.key();
      String demonym = row.attributes().get(0);
      TO_COUNTRY.put(key(country), country);
      TO_COUNTRY.put(key(demonym), country);
      DEMONYM.putIfAbsent(country, demonym);
      java.util.List<String> capitals = CAPITALS.computeIfAbsent(country, k -> new java.util.ArrayList<>());
      for (String capital : row.attributes().get(1).split(",")) {
        capitals.add(capital.strip());
        TO_COUNTRY.putIfAbsent(key(capital.strip()), country);
      }
    }
    for (LexiconFile.Entry alias : LexiconFile.entries("country-aliases.txt", 1)) {
      TO_COUNTRY.put(alias.key(), alias.attributes().get(0));
    }
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the country a country name, demonym or capital names, or {@code null}.
   *
   * @param word the word or name
   * @return the country, or {@code null}
   */
  public static @Nullable String country(String word) {
    return TO_COUNTRY.get(key(word));
  }

  /**
   * Returns the demonym of a country, e.g. {@code Chinese}, or the country itself.
   *
   * @param country the country
   * @return the demonym
   */
  public static String demonym(String country) {
    return DEMONYM.getOrDefault(country, country);
  }

  /**
   * Returns the capitals (and seats of government) of a country; empty when unknown.
   *
   * @param country the country
   * @return the capitals
   */
  public static java.util.List<String> capitals(String country) {
    return new java.util.ArrayList<>(CAPITALS.getOrDefault(country, java.util.List.of()));
  }

}
