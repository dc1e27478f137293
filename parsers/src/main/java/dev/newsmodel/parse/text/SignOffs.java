package dev.newsmodel.parse.text;

import dev.newsmodel.Byline;
import dev.newsmodel.parse.html.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire sign-offs that close a story: {@code (Reporting by A and B; Editing by C)}. They credit
 * people with a role; they are not body text.
 */
public final class SignOffs {
  private static final Pattern WHOLE = Pattern.compile(
      "(?i)^[(\\[]?\\s*((?:additional\\s+)?(?:reporting|writing|editing|compiled|research|graphics|"
          + "photos?|video)\\s+by\\s+.+?)\\s*[)\\]]?\\.?$");
  private static final Pattern PART = Pattern.compile(
      "(?i)^\\s*((?:additional\\s+)?(?:reporting|writing|editing|compiled|research|graphics|photos?|video))\\s+by\\s+(.+?)\\s*$");
  private static final Pattern NAMES = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

  private SignOffs() {}

  /**
   * Returns the people the sign-off credits, each with its role in lower case
   * ({@code reporting}, {@code editing}, {@code additional reporting}); empty when the line is
   * not a sign-off.
   */
  public static List<Byline> read(String line) {
    String clean = Texts.clean(line);
    Matcher whole = WHOLE.matcher(clean);
    if (clean.length() > 300 || !whole.matches()) {
      return List.of();
    }
    List<Byline> out = new ArrayList<>();
    for (String part : whole.group(1).split(";")) {
      Matcher m = PART.matcher(part);
      if (!m.matches()) {
        return List.of();
      }
      String role = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      for (String name : NAMES.split(m.group(2))) {
        String n = name.strip().replaceAll("[.)\\]]+$", "");
        // Places and desks follow "in" ("Reporting by A in Tokyo"): keep the person only.
        n = n.replaceFirst("\\s+in\\s+\\p{Lu}.*$", "");
        if (n.isEmpty() || !Character.isUpperCase(n.codePointAt(0))) {
          return List.of();
        }
        out.add(new Byline(n, role));
      }
    }
    return out;
  }
}
