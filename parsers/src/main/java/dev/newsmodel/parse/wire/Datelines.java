package dev.newsmodel.parse.wire;

import dev.newsmodel.Dateline;
import dev.newsmodel.parse.html.Dates;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a wire dateline off a lead paragraph: {@code TOKYO, Dec 22 (Reuters) -},
 * {@code OSAKA, May 3 (Kyodo) -}, {@code NEW YORK (AP) -}, {@code BEIRUT/THE HAGUE, March 7
 * (Reuters) -}, {@code SAN JUAN, Puerto Rico, May 3 (Reuters) -}, a bare {@code (Reuters) -},
 * {@code LONDON (Reuters Breakingviews) -}, the foreign editions' {@code Berlin, 22. Dez
 * (Reuters) -}, {@code ［東京 22日 ロイター］ -} and {@code 路透北京12月22日 -}. The credit in
 * parentheses must name an agency {@link WireAgencies} knows.
 */
public final class Datelines {
  /**
   * A dateline and the paragraph text that follows it.
   *
   * @param dateline the place ({@code null} for a bare credit) and the dateline as printed
   * @param agency the agency credited, in the model's spelling
   * @param credit the agency as the dateline prints it
   * @param rest the paragraph after the dateline
   */
  public record Split(Dateline dateline, String agency, String credit, String rest) {}

  // The place: capitalised words (all capitals in English copy, "Berlin" in the German
  // edition) joined by spaces, slashes or hyphens, with a few lower-case particles ("Rio de
  // Janeiro"); a lead such as "Shares rose in Tokyo (Reuters)" has lower-case words and is not
  // taken for one. An optional region follows, then an optional date, then the agency credit
  // in parentheses and a dash. The region backs off when it would swallow the month.
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{Nd}'’.\\-]*";
  private static final String PARTICLE = "(?:de|do|da|dos|del|la|le|el|am|an|of|upon|on)";
  private static final String PLACE = WORD + "(?:(?:\\s+|\\s*/\\s*)(?:" + PARTICLE + "\\s+)?" + WORD + "){0,5}";
  private static final String REGION = WORD + "(?: " + WORD + "){0,3}";
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";
  private static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?)";
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*((?:(" + PLACE + ")(?:,\\s*(" + REGION + "))?)?"
          + "(?:,?\\s*" + DATE + ")?"
          + "\\s*\\(([^()]{2,40})\\)\\s*[-–—]+)\\s*");
  // Reuters credits its services and the old company name too: "(Reuters Breakingviews)".
  private static final Pattern REUTERS_CREDIT = Pattern.compile("(?:Thomson\\s+)?Reuters(?:\\s+[A-Z][A-Za-z]+){0,2}");
  /** The Japanese edition: ［東京 22日 ロイター］ - (full-width brackets, digits and dash allowed). */
  private static final Pattern JAPANESE = Pattern.compile(
      "^\\s*([\\[［]\\s*([^\\s\\d０-９\\]］]{1,20})\\s*(?:[0-9０-９]{1,2}日)?\\s*ロイター\\s*[\\]］](?:\\s*[-－‐—–]+)?)\\s*");
  /** The Chinese edition: 路透北京12月22日 - . */
  private static final Pattern CHINESE = Pattern.compile(
      "^\\s*(路透(\\p{IsHan}{2,8}?)\\s*[0-9０-９]{1,2}月[0-9０-９]{1,2}日\\s*(?:電|电)?\\s*[-－‐—–]+)\\s*");

  private Datelines() {}

  /**
   * Returns the dateline and the rest of the paragraph, or empty when the text opens with none.
   *
   * @param paragraph the paragraph's text
   * @return the split, or empty
   */
  public static Optional<Split> split(String paragraph) {
    if (paragraph.indexOf('(') >= 0) {
      Matcher m = DATELINE.matcher(paragraph);
      if (m.lookingAt()) {
        String credit = m.group(4).strip();
        Optional<String> agency = REUTERS_CREDIT.matcher(credit).matches()
            ? Optional.of("Reuters") : WireAgencies.agency(credit);
        if (agency.isPresent()) {
          String place = m.group(2);
          if (place != null && m.group(3) != null) {
            place = place + ", " + m.group(3);
          }
          return Optional.of(new Split(new Dateline(place, m.group(1).strip()), agency.get(), credit,
              paragraph.substring(m.end())));
        }
      }
    }
    if (paragraph.indexOf("ロイター") >= 0) {
      Matcher m = JAPANESE.matcher(paragraph);
      if (m.lookingAt()) {
        return Optional.of(new Split(new Dateline(m.group(2), m.group(1).strip()), "Reuters", "ロイター",
            paragraph.substring(m.end())));
      }
    }
    if (paragraph.startsWith("路透")) {
      Matcher m = CHINESE.matcher(paragraph);
      if (m.lookingAt()) {
        return Optional.of(new Split(new Dateline(m.group(2), m.group(1).strip()), "Reuters", "路透",
            paragraph.substring(m.end())));
      }
    }
    return Optional.empty();
  }

  // A full date opening the text before a dash: "Feb. 23, 2015 -- …" (health and science
  // wires), "MONDAY, Feb. 23, 2015 (HealthDay News) -- …", "NEW YORK, Nov. 18, 2019 /PRNewswire/
  // -- …" (press releases), "BERLIN, 12. März 2020 – …". A place of at most five words and a
  // weekday (a word that Dates.isWeekdayName checks) may come first, an agency in parentheses
  // or slashes after; the date has its year.
  private static final Pattern OPENING_DATE = Pattern.compile(
      "^\\s*(?:" + PLACE + "(?:,\\s*" + REGION + ")?,\\s+)?"
          + "(?:(\\p{L}+),?\\s+)?"
          + "(" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+\\d{4})"
          + "\\s*(?:\\([^()]{2,40}\\)|/[^/]{2,30}/)?\\s*(?:--|—|–|-\\s)");

  /**
   * Returns the date a text opens with as its dateline, before a dash: {@code Feb. 23, 2015 --},
   * {@code NEW YORK, Nov. 18, 2019 /PRNewswire/ --}, {@code MONDAY, Feb. 23, 2015 (HealthDay
   * News) --}. Such a date is the story's own; the text gives no time or zone, so it is read at
   * the start of the day at {@code zone} and flagged as assumed.
   *
   * @param text the opening paragraph
   * @param zone the zone to read the day at
   * @return the date, or empty when the text does not open with a dated dateline
   * @throws NullPointerException when {@code text} or {@code zone} is {@code null}
   */
  public static Optional<Dates.ReadDate> openingDate(String text, ZoneId zone) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(zone, "zone");
    if (text.length() < 12) {
      return Optional.empty();
    }
    Matcher m = OPENING_DATE.matcher(text.length() > 160 ? text.substring(0, 160) : text);
    // The word before the date, when there is one, is a weekday (Dates' vocabulary of them).
    if (!m.lookingAt() || (m.group(1) != null && !Dates.isWeekdayName(m.group(1)))) {
      return Optional.empty();
    }
    return Dates.parseVisible(m.group(2), zone);
  }
}
