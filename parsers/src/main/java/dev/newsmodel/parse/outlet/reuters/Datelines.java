package dev.newsmodel.parse.outlet.reuters;

import dev.newsmodel.Dateline;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the Reuters dateline off a lead paragraph: {@code TOKYO, Dec 22 (Reuters) -},
 * {@code NEW YORK (Reuters) -}, {@code BEIRUT/THE HAGUE, March 7 (Reuters) -},
 * {@code SAN JUAN, Puerto Rico, May 3 (Reuters) -} or a bare {@code (Reuters) -}.
 */
final class Datelines {
  /** A dateline and the paragraph text that follows it. */
  record Split(Dateline dateline, String rest) {}

  // The place is printed in capitals (letters, spaces, dots, slashes, hyphens, apostrophes);
  // an optional mixed-case region follows it; then an optional date; then the agency credit in
  // parentheses and a dash. The region is tried before the date, and backs off when it would
  // swallow the month.
  private static final String PLACE = "\\p{Lu}[\\p{Lu}\\p{M}\\p{Nd}'’.\\-/ ]*?[\\p{Lu}\\p{M}.]";
  private static final String REGION = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’\\-]*){0,3}";
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*((?:(" + PLACE + ")(?:,\\s*(" + REGION + "))?)?"
          + "(?:,?\\s*" + MONTH + "\\s+\\d{1,2})?"
          + "\\s*\\((?:Thomson\\s+)?Reuters(?:\\s+[A-Z][A-Za-z]+){0,2}\\)\\s*[-–—]+)\\s*");

  private Datelines() {}

  /** Returns the dateline and the rest of the paragraph, or empty when the text opens with none. */
  static Optional<Split> split(String paragraph) {
    if (paragraph.indexOf('(') < 0) {
      return Optional.empty();
    }
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String place = m.group(2);
    if (place != null && m.group(3) != null) {
      place = place + ", " + m.group(3);
    }
    String text = m.group(1).strip();
    return Optional.of(new Split(new Dateline(place == null ? null : place.strip(), text), paragraph.substring(m.end())));
  }
}
