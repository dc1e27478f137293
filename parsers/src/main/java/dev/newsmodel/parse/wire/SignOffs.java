package dev.newsmodel.parse.wire;

import dev.newsmodel.Byline;
import dev.newsmodel.parse.html.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire sign-offs that close a story, e.g. {@code (Reporting by A and B in Tokyo; Additional
 * reporting by C; Editing by D)}: they credit people with a role and are not body text. Parts
 * are separated by semicolons or commas (both styles are printed), names by commas, "and" or
 * "&amp;", and a trailing "in Place" is dropped.
 */
public final class SignOffs {
  // The role phrases, longest first so "additional reporting" wins over "reporting".
  private static final Pattern MARKER = Pattern.compile(
      "(?i)(?<![\\p{L}])(additional\\s+(?:reporting|writing|editing|research|graphics|photos?|video)"
          + "|reporting\\s+and\\s+writing|writing\\s+and\\s+reporting|reporting|writing|written"
          + "|editing|edited|compiled|compiling|graphics|research|production|fact[- ]checking|photography"
          + "|photos?|video|translation|illustrations?)"
          + "\\s+by\\s+");
  /** A text that opens like a sign-off (optionally in parentheses). */
  private static final Pattern OPENING = Pattern.compile(
      "^\\(?\\s*(?i:additional\\s+reporting|reporting|writing|written|editing|edited|compiled|compiling"
          + "|graphics|research|production)(?:\\s+and\\s+\\p{L}+)?\\s+by\\s+\\p{Lu}");
  // A line that is a sign-off and nothing else, and each of its semicolon-separated parts.
  private static final Pattern WHOLE_LINE = Pattern.compile(
      "(?i)^[(\\[]?\\s*((?:additional\\s+)?(?:reporting|writing|editing|compiled|research|graphics|"
          + "photos?|video)\\s+by\\s+.+?)\\s*[)\\]]?\\.?$");
  private static final Pattern WHOLE_LINE_PART = Pattern.compile(
      "(?i)^\\s*((?:additional\\s+)?(?:reporting|writing|editing|compiled|research|graphics|photos?|video))"
          + "\\s+by\\s+(.+?)\\s*$");
  private static final Pattern WHOLE_LINE_NAMES = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,:)\\]]+$");
  private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+in\\s+.*$");
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{L}\\p{M}'’.\\-]+){0,5}");

  private SignOffs() {}

  /**
   * Returns whether the text opens like a sign-off ({@code Reporting by …}, {@code (Writing by
   * …}); it may go on after the sign-off, so use {@link #bylines(String)} to read it.
   *
   * @param text the text of a paragraph
   * @return {@code true} when it opens like a sign-off
   */
  public static boolean looksLikeSignOff(String text) {
    return text.length() < 600 && OPENING.matcher(text).find();
  }

  /**
   * Returns the people a line credits when the whole line is a sign-off, each with its role in
   * lower case as {@link #bylines(String)} gives it; empty when the line is not a sign-off or
   * carries anything else (a sentence such as "Reporting by the ministry showed a rise").
   *
   * @param line the line
   * @return the bylines, or empty
   */
  public static List<Byline> read(String line) {
    String clean = Texts.clean(line);
    Matcher whole = WHOLE_LINE.matcher(clean);
    if (clean.length() > 300 || !whole.matches()) {
      return List.of();
    }
    for (String part : whole.group(1).split(";")) {
      Matcher m = WHOLE_LINE_PART.matcher(part);
      if (!m.matches()) {
        return List.of();
      }
      for (String name : WHOLE_LINE_NAMES.split(m.group(2))) {
        String n = name.strip().replaceAll("[.)\\]]+$", "").replaceFirst("\\s+in\\s+\\p{Lu}.*$", "");
        if (n.isEmpty() || !Character.isUpperCase(n.codePointAt(0))) {
          return List.of();
        }
      }
    }
    return bylines(clean);
  }

  /**
   * Returns the people a sign-off credits with their roles, in order and without repeats. Roles
   * are lower case and named by the work: {@code reporting}, {@code additional reporting},
   * {@code writing}, {@code editing}, {@code compiling}, {@code photography}, …; "reporting and
   * writing by A" gives A both roles. Empty when the text names no one.
   *
   * @param signOff the sign-off's text
   * @return the bylines
   */
  public static List<Byline> bylines(String signOff) {
    String text = signOff.strip();
    if ((text.startsWith("(") && text.endsWith(")")) || (text.startsWith("[") && text.endsWith("]"))) {
      text = text.substring(1, text.length() - 1);
    }
    List<Byline> out = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    List<int[]> marks = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    while (m.find()) {
      marks.add(new int[] {m.start(), m.end()});
      roles.add(Texts.clean(m.group(1)).toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
      String segment = text.substring(marks.get(i)[1], end);
      for (String piece : NAME_SEPARATOR.split(segment)) {
        String name = PLACE_SUFFIX.matcher(piece.strip()).replaceFirst("").strip();
        name = TRAILING_PUNCTUATION.matcher(name).replaceFirst("").strip();
        if (!NAME.matcher(name).matches() || name.length() > 60) {
          continue;
        }
        for (String role : roles(roles.get(i))) {
          Byline byline = new Byline(name, role);
          if (!out.contains(byline)) {
            out.add(byline);
          }
        }
      }
    }
    return out;
  }

  private static List<String> roles(String phrase) {
    return switch (phrase) {
      case "reporting and writing", "writing and reporting" -> List.of("reporting", "writing");
      case "written" -> List.of("writing");
      case "edited" -> List.of("editing");
      case "compiled" -> List.of("compiling");
      case "photo", "photos" -> List.of("photography");
      case "illustration" -> List.of("illustrations");
      default -> List.of(phrase.replace('-', ' '));
    };
  }
}
