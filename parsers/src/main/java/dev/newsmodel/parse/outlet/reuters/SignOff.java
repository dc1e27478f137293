package dev.newsmodel.parse.outlet.reuters;

import dev.newsmodel.Byline;
import dev.newsmodel.parse.html.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Reuters sign-off, e.g. {@code Reporting by A and B in Tokyo; Additional reporting by
 * C; Editing by D}, into bylines with roles. Parts are separated by semicolons or commas (both
 * styles are printed), names by commas, "and" or "&amp;", and a trailing "in Place" is dropped.
 */
final class SignOff {
  // The role phrases, longest first so "additional reporting" wins over "reporting".
  private static final Pattern MARKER = Pattern.compile(
      "(?i)(?<![\\p{L}])(additional\\s+reporting|reporting\\s+and\\s+writing|writing\\s+and\\s+reporting"
          + "|additional\\s+writing|reporting|writing|written|editing|edited|compiled|compiling"
          + "|graphics|research|production|fact[- ]checking|photography|photos|translation|illustrations?)"
          + "\\s+by\\s+");
  /** A text that opens like a sign-off (optionally in parentheses). */
  private static final Pattern OPENING = Pattern.compile(
      "^\\(?\\s*(?i:additional\\s+reporting|reporting|writing|written|editing|edited|compiled|compiling"
          + "|graphics|research|production)(?:\\s+and\\s+\\p{L}+)?\\s+by\\s+\\p{Lu}");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,:)]+$");
  private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+in\\s+.*$");
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{L}\\p{M}'’.\\-]+){0,5}");

  private SignOff() {}

  /** Returns whether the text reads as a sign-off (it opens with "Reporting by …" or the like). */
  static boolean looksLikeSignOff(String text) {
    return text.length() < 600 && OPENING.matcher(text).find();
  }

  /** Returns the credited people with their roles, in order; empty when the text names none. */
  static List<Byline> bylines(String signOff) {
    String text = signOff.strip();
    if (text.startsWith("(") && text.endsWith(")")) {
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
      case "photos" -> List.of("photography");
      case "illustration" -> List.of("illustrations");
      default -> List.of(phrase.replace('-', ' '));
    };
  }
}
