package dev.newsmodel.parse.outlet.reuters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a Reuters photo caption into caption and credit: {@code ... in Seoul. REUTERS/Kim
 * Kyung-Hoon} gives the credit {@code REUTERS/Kim Kyung-Hoon}; {@code @someone/via REUTERS} and
 * {@code Handout via REUTERS} are credits too. Usage notices printed after the credit ("MANDATORY
 * CREDIT. NO RESALES.") are returned apart.
 */
final class PhotoCredit {
  /** A caption without its credit, the credit, and what followed the credit. */
  record Split(@Nullable String caption, @Nullable String credit, @Nullable String notice) {}

  // A photographer's name: capitalised words (at least one lower-case letter each, so an
  // all-caps notice is not taken for a name) with the usual lower-case particles between them.
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*\\p{Ll}[\\p{L}\\p{M}'’.\\-]*";
  private static final String PARTICLE = "(?:al|el|de|da|del|della|di|du|dos|das|van|von|der|bin|ibn|le|la)";
  private static final String PREFIXED = "(?:al|el|ad|as|ar|at|az|an)-" + WORD;
  private static final String NAME = WORD + "(?:\\s+(?:(?:" + PARTICLE + "\\s+)?" + WORD + "|" + PREFIXED + ")){0,4}";
  private static final Pattern CREDIT = Pattern.compile(
      "(?<![\\p{L}/])("
          // REUTERS/Name[/File Photo]  or  Someone/REUTERS/Name
          + "(?:[^\\s/]+/)?(?i:reuters)(?:\\s+TV)?/" + NAME + "(?:/" + NAME + ")*"
          // @someone/via REUTERS, Agency/Name via REUTERS, Handout via REUTERS
          + "|(?:(?:" + NAME + "|[^\\s/]+)/)?(?:" + NAME + "\\s+)?(?:(?:Handout|HANDOUT)\\s+)?(?i:via)\\s+(?i:reuters)(?:\\s+TV)?"
          // a bare capitalised REUTERS at the end of the caption
          + "|REUTERS(?=\\s*$)"
          + ")");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s;,:\\-–]+$");

  private PhotoCredit() {}

  /** Splits the caption; every part is {@code null} when absent (all three for a blank text). */
  static Split split(String text) {
    Matcher m = CREDIT.matcher(text);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start(1);
      end = m.end(1);
    }
    if (start < 0) {
      return new Split(blankToNull(text), null, null);
    }
    String caption = TRAILING_PUNCT.matcher(text.substring(0, start)).replaceFirst("");
    return new Split(blankToNull(caption), blankToNull(text.substring(start, end)), blankToNull(text.substring(end)));
  }

  private static @Nullable String blankToNull(String s) {
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
