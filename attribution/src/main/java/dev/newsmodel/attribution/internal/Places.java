package dev.newsmodel.attribution.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Countries, their demonyms and capitals: "Chinese authorities" and "Beijing" both mean China. */
public final class Places {
  private Places() {}

  private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile("\\|");
  private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile(",");
  private static final Map<String, String> TO_COUNTRY = new HashMap<>();
  private static final Map<String, String> DEMONYM = new HashMap<>();
  // built once: splitting the whole table on every call showed in attribution's profile
  private static final Map<String, java.util.List<String>> CAPITALS = new HashMap<>();

  // country|demonym|capital(s)
  private static final String[] TABLE = {
      "China|Chinese|Beijing", "Japan|Japanese|Tokyo", "South Korea|South Korean|Seoul",
      "North Korea|North Korean|Pyongyang", "Taiwan|Taiwanese|Taipei", "India|Indian|New Delhi",
      "Pakistan|Pakistani|Islamabad", "Russia|Russian|Moscow,Kremlin", "Ukraine|Ukrainian|Kyiv,Kiev",
      "United States|American|Washington,White House", "Canada|Canadian|Ottawa",
      "Mexico|Mexican|Mexico City", "Brazil|Brazilian|Brasilia", "Argentina|Argentine|Buenos Aires",
      "United Kingdom|British|London,Downing Street", "Britain|British|London",
      "France|French|Paris,Elysee", "Germany|German|Berlin", "Italy|Italian|Rome",
      "Spain|Spanish|Madrid", "Netherlands|Dutch|The Hague,Amsterdam", "Belgium|Belgian|Brussels",
      "Ireland|Irish|Dublin", "Poland|Polish|Warsaw", "Sweden|Swedish|Stockholm",
      "Norway|Norwegian|Oslo", "Finland|Finnish|Helsinki", "Denmark|Danish|Copenhagen",
      "Austria|Austrian|Vienna", "Switzerland|Swiss|Bern", "Greece|Greek|Athens",
      "Turkey|Turkish|Ankara", "Iran|Iranian|Tehran", "Iraq|Iraqi|Baghdad", "Syria|Syrian|Damascus",
      "Israel|Israeli|Jerusalem", "Egypt|Egyptian|Cairo", "Saudi Arabia|Saudi|Riyadh",
      "Australia|Australian|Canberra", "New Zealand|New Zealand|Wellington",
      "Indonesia|Indonesian|Jakarta", "Philippines|Philippine|Manila", "Vietnam|Vietnamese|Hanoi",
      "Thailand|Thai|Bangkok", "Malaysia|Malaysian|Kuala Lumpur", "Singapore|Singaporean|Singapore",
      "Myanmar|Myanmar|Naypyitaw", "Nigeria|Nigerian|Abuja", "South Africa|South African|Pretoria",
      "Kenya|Kenyan|Nairobi", "Ethiopia|Ethiopian|Addis Ababa", "Afghanistan|Afghan|Kabul",
      "Venezuela|Venezuelan|Caracas", "Colombia|Colombian|Bogota", "Chile|Chilean|Santiago",
      "Cuba|Cuban|Havana", "Hungary|Hungarian|Budapest", "Czech Republic|Czech|Prague",
      "Romania|Romanian|Bucharest", "Portugal|Portuguese|Lisbon", "Lebanon|Lebanese|Beirut",
      "Jordan|Jordanian|Amman", "Qatar|Qatari|Doha", "Bangladesh|Bangladeshi|Dhaka",
      "Sri Lanka|Sri Lankan|Colombo", "Nepal|Nepali|Kathmandu", "Mongolia|Mongolian|Ulaanbaatar",
      "Hong Kong|Hong Kong|Hong Kong", "Serbia|Serbian|Belgrade", "Belarus|Belarusian|Minsk",
      "Georgia|Georgian|Tbilisi", "Estonia|Estonian|Tallinn", "Latvia|Latvian|Riga",
      "Lithuania|Lithuanian|Vilnius", "European Union|European|Brussels"};

  static {
    for (String row : TABLE) {
      String[] parts = BAR.split(row);
      String country = parts[0];
      TO_COUNTRY.put(key(country), country);
      TO_COUNTRY.put(key(parts[1]), country);
      DEMONYM.putIfAbsent(country, parts[1]);
      java.util.List<String> capitals = CAPITALS.computeIfAbsent(country, k -> new java.util.ArrayList<>());
      for (String capital : COMMA.split(parts[2])) {
        capitals.add(capital);
        TO_COUNTRY.putIfAbsent(key(capital), country);
      }
    }
    TO_COUNTRY.put("u.s", "United States");
    TO_COUNTRY.put("u.s.", "United States");
    TO_COUNTRY.put("us", "United States");
    TO_COUNTRY.put("america", "United States");
    TO_COUNTRY.put("uk", "United Kingdom");
    TO_COUNTRY.put("korea", "South Korea");
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Returns the country a country name, demonym or capital names, or {@code null}. */
  public static @Nullable String country(String word) {
    return TO_COUNTRY.get(key(word));
  }

  /** Returns the demonym of a country, e.g. {@code Chinese}, or the country itself. */
  public static String demonym(String country) {
    return DEMONYM.getOrDefault(country, country);
  }

  /** Returns the capitals (and seats of government) of a country; empty when unknown. */
  public static java.util.List<String> capitals(String country) {
    return new java.util.ArrayList<>(CAPITALS.getOrDefault(country, java.util.List.of()));
  }

}
