package dev.newsmodel.attribution.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the time words of a sentence against the article's publication date: "on
 * Thursday" is the last Thursday on or before it, "yesterday" the day before, "in September"
 * the last September on or before it (a month), "on Dec. 22" that day of the latest such date.
 */
public final class Dates {
  private Dates() {}

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(?:on|last|this|late|early)?\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today|tonight|this week)\\b");
  private static final Pattern DAY_OF_MONTH = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b");
  private static final Pattern IN_MONTH = Pattern.compile(
      "(?i)\\b(?:in|since|during|last|this|until)\\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:\\s+(\\d{4}))?\\b");

  private static final String[] MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec"};
  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};

  /**
   * Returns the ISO date, month or year the sentence refers to, or {@code null}.
   *
   * @param sentence the sentence
   * @param published the article's publication date, to resolve relative dates, or {@code null}
   * @return the date, or {@code null}
   */
  public static @Nullable String resolve(String sentence, @Nullable LocalDate published) {
    if (published == null) {
      return null;
    }
    // each pattern is tried only when the words it needs are there: running them all on every
    // sentence was a tenth of attribution's time
    String lower = AsciiText.lower(sentence);
    boolean dayWord = lower.contains("day");
    // a matcher is made only when its pre-check passes: most sentences need none
    Matcher m;
    if (AsciiText.hasDigit(sentence) && AsciiText.containsAny(lower, MONTH_PREFIXES)
        && (m = DAY_OF_MONTH.matcher(sentence)).find()) {
      Month month = month(m.group(1));
      int day = Integer.parseInt(m.group(2));
      int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : published.getYear();
      if (month != null && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
        LocalDate d = LocalDate.of(year, month, day);
        if (m.group(3) == null && d.isAfter(published)) {
          d = d.minusYears(1);
        }
        return d.toString();
      }
    }
    if (dayWord && (m = WEEKDAY.matcher(sentence)).find()) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      return published.with(TemporalAdjusters.previousOrSame(dow)).toString();
    }
    if ((dayWord || AsciiText.containsAny(lower, "tonight", "week")) && (m = RELATIVE.matcher(sentence)).find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      return w.equals("yesterday") ? published.minusDays(1).toString() : published.toString();
    }
    if (AsciiText.containsAny(lower, MONTHS) && (m = IN_MONTH.matcher(sentence)).find()) {
      Month month = month(m.group(1));
      if (month != null) {
        YearMonth ym = m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), month)
            : YearMonth.of(published.getYear(), month);
        if (m.group(2) == null && ym.isAfter(YearMonth.from(published))) {
          ym = ym.minusYears(1);
        }
        return ym.toString();
      }
    }
    return null;
  }

  private static @Nullable Month month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(w.length() >= 3 ? w.substring(0, 3) : w)) {
        return month;
      }
    }
    return null;
  }
}
