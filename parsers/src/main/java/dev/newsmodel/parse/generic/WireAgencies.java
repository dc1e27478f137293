package dev.newsmodel.parse.generic;

import dev.newsmodel.Syndication;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises news agencies and the way outlets credit them: "(Reuters) -", "(AP) —",
 * "— AFP", "TOKYO (Kyodo) --", a lone "REUTERS" credit line, a closing "(dpa)".
 */
public final class WireAgencies {
  // Agency name as credited (lower case) → the name the model uses.
  private static final Map<String, String> AGENCIES = Map.ofEntries(
      Map.entry("reuters", "Reuters"), Map.entry("thomson reuters", "Reuters"),
      Map.entry("ap", "Associated Press"), Map.entry("associated press", "Associated Press"),
      Map.entry("the associated press", "Associated Press"),
      Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"), Map.entry("agence france presse", "AFP"),
      Map.entry("kyodo", "Kyodo News"), Map.entry("kyodo news", "Kyodo News"), Map.entry("jiji", "Jiji Press"),
      Map.entry("jiji press", "Jiji Press"), Map.entry("dpa", "dpa"), Map.entry("deutsche presse-agentur", "dpa"),
      Map.entry("efe", "EFE"), Map.entry("ansa", "ANSA"), Map.entry("xinhua", "Xinhua"),
      Map.entry("yonhap", "Yonhap"), Map.entry("bloomberg", "Bloomberg"), Map.entry("pa media", "PA Media"),
      Map.entry("press association", "PA Media"), Map.entry("upi", "UPI"), Map.entry("tass", "TASS"),
      Map.entry("aap", "AAP"), Map.entry("apa", "APA"), Map.entry("belga", "Belga"), Map.entry("anp", "ANP"),
      Map.entry("sda", "Keystone-SDA"), Map.entry("keystone-sda", "Keystone-SDA"), Map.entry("ntb", "NTB"),
      Map.entry("ritzau", "Ritzau"), Map.entry("epa", "EPA"), Map.entry("anadolu", "Anadolu"),
      Map.entry("anadolu agency", "Anadolu"), Map.entry("kna", "KNA"), Map.entry("epd", "epd"),
      Map.entry("lusa", "Lusa"), Map.entry("europa press", "Europa Press"), Map.entry("pti", "PTI"),
      Map.entry("ians", "IANS"), Map.entry("bernama", "Bernama"), Map.entry("cna", "CNA"),
      Map.entry("antara", "Antara"), Map.entry("ctk", "ČTK"), Map.entry("čtk", "ČTK"), Map.entry("pap", "PAP"),
      Map.entry("tt", "TT"), Map.entry("stt", "STT"), Map.entry("ukrinform", "Ukrinform"),
      Map.entry("interfax", "Interfax"), Map.entry("ria novosti", "RIA Novosti"), Map.entry("cp", "The Canadian Press"),
      Map.entry("canadian press", "The Canadian Press"), Map.entry("the canadian press", "The Canadian Press"));
  private static final String NAMES =
      "Reuters|Thomson Reuters|AP|Associated Press|The Associated Press|AFP|Agence France-Presse|Kyodo(?: News)?|"
          + "Jiji(?: Press)?|dpa|EFE|ANSA|Xinhua|Yonhap|Bloomberg|PA Media|UPI|TASS|AAP|APA|Belga|ANP|SDA|"
          + "Keystone-SDA|NTB|Ritzau|Anadolu(?: Agency)?|KNA|epd|Lusa|Europa Press|PTI|IANS|Bernama|CNA|Antara|"
          + "ČTK|CTK|PAP|Interfax|The Canadian Press|Canadian Press|CP";
  // "TOKYO, Dec 22 (Reuters) -", "WASHINGTON (AP) —", "(dpa) -"
  private static final Pattern LEAD = Pattern.compile(
      "^(?:([\\p{Lu}][\\p{L}\\p{M}.'’ -]{1,40}?)(?:,\\s*[^()]{1,40}?)?\\s*)?\\((?i:(" + NAMES + "))(?:/[^)]{1,40})?\\)\\s*(?:[-–—]{1,2}|:)\\s*");
  // "… — AFP" or "… (dpa)" closing the story, or "-- Kyodo"
  private static final Pattern CLOSING = Pattern.compile(
      "(?:[-–—]{1,2}\\s*(" + NAMES + ")|\\((" + NAMES + ")\\))\\s*\\.?$");
  // A credit line of its own: "REUTERS", "By Reuters", "Reuters staff", "AFP-JIJI"
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?i)^(?:by\\s+|source:\\s*|from\\s+)?(" + NAMES + ")(?:[- /]+(?:jiji|staff|wire|news|reporters?))?\\.?$");

  private WireAgencies() {}

  /** The agency a text names as a whole or in its first words, in the model's spelling; {@code null} when none. */
  public static @Nullable String find(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    String exact = AGENCIES.get(t);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : AGENCIES.entrySet()) {
      if (e.getKey().length() >= 4 && (t.contains(e.getKey() + ".") || t.startsWith(e.getKey() + " ")
          || t.endsWith(" " + e.getKey()) || t.contains("/" + e.getKey()))) {
        return e.getValue();
      }
    }
    return null;
  }

  /** A wire credit found in body text: the agency, the credit as printed, and the dateline before it. */
  public record Credit(String agency, String printed, @Nullable String place, int blockIndex, boolean wholeBlock) {
    /** Returns the syndication this credit means. */
    public Syndication syndication() {
      return new Syndication(agency, printed, null);
    }
  }

  /**
   * Looks for a wire credit in the first blocks (a credit line or a dateline credit) and the
   * last ones (a closing credit).
   *
   * @return the credit, or {@code null} when the body credits no agency
   */
  public static @Nullable Credit detect(List<String> blocks) {
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      String text = blocks.get(i).strip();
      Matcher credit = CREDIT_LINE.matcher(text);
      if (credit.matches()) {
        return new Credit(AGENCIES.get(credit.group(1).toLowerCase(Locale.ROOT)), text, null, i, true);
      }
      Matcher lead = LEAD.matcher(text);
      if (lead.find()) {
        String agency = AGENCIES.get(lead.group(2).toLowerCase(Locale.ROOT));
        if (agency != null) {
          return new Credit(agency, lead.group().strip(), lead.group(1) == null ? null : lead.group(1).strip(), i, false);
        }
      }
    }
    for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 3); i--) {
      String text = blocks.get(i).strip();
      Matcher credit = CREDIT_LINE.matcher(text);
      if (credit.matches()) {
        return new Credit(AGENCIES.get(credit.group(1).toLowerCase(Locale.ROOT)), text, null, i, true);
      }
      Matcher closing = CLOSING.matcher(text);
      if (closing.find()) {
        String name = closing.group(1) != null ? closing.group(1) : closing.group(2);
        String agency = AGENCIES.get(name.toLowerCase(Locale.ROOT));
        if (agency != null) {
          return new Credit(agency, closing.group().strip(), null, i, false);
        }
      }
    }
    return null;
  }
}
