package dev.newsmodel.parse.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads machine-readable dates (ISO-8601 and its common variants, RFC 1123, epoch seconds or
 * milliseconds) keeping the offset the page gives. A date without a zone is never shifted
 * silently: it is read at the zone the caller assumes and reported with {@code zoneAssumed}.
 */
public final class Dates {
  /** A date read from a page. */
  public record ReadDate(OffsetDateTime dateTime, boolean zoneAssumed) {}

  private static final Pattern ISO_LIKE = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?\\s*"
          + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
  private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] ")
      .optionalStart().appendOffset("+HHMM", "GMT").optionalEnd()
      .optionalStart().appendLiteral("GMT").parseDefaulting(ChronoField.OFFSET_SECONDS, 0).optionalEnd()
      .toFormatter(Locale.ROOT);

  // Dates as pages print them: "01.04.2025, 15:25", "1. April 2025 um 15:25 Uhr", "April 1, 2025 3:25 PM".
  private static final Pattern DAY_FIRST_NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2}(?![\\d.]))(?:\\D{1,12}?(\\d{1,2})[:.h](\\d{2}))?");
  private static final Pattern DAY_MONTH_NAME = Pattern.compile(
      "(?iu)(?<!\\d)(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})"
          + "(?:\\D{1,12}?(\\d{1,2})[:.h](\\d{2}))?");
  // "2020年3月12日 14:05", "2020년 3월 12일": year, month and day marked by their characters.
  private static final Pattern CJK_DATE = Pattern.compile(
      "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]"
          + "(?:[^\\d]{0,8}?(\\d{1,2})\\s*[:時시]\\s*(\\d{2}))?");
  // "2020.03.12 14:05", "2020/03/12", "2020-03-12 14:05": year first, then month and day.
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d{2})([./-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])(?:\\D{1,6}?(\\d{1,2}):(\\d{2}))?");
  // "12/03/2020", "3/12/2020 2:05 PM": day or month first, told by the caller unless a part is over 12.
  private static final Pattern SLASHED = Pattern.compile(
      "(?i)(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])(?:\\D{1,6}?(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?");
  private static final Pattern MONTH_NAME_DAY = Pattern.compile(
      "(?iu)(\\p{L}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:\\D{1,12}?(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?");
  // Month names and abbreviations in the languages pages print dates in, for both readers.
  private static final java.util.Map<String, Integer> MONTH_NUMBERS = months();

  private static java.util.Map<String, Integer> months() {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
        {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "januari", "janeiro", "stycznia",
            "styczeń", "ocak", "leden", "ledna"},
        {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "februari", "fevereiro",
            "lutego", "luty", "şubat", "únor", "února"},
        {"march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marts", "marca", "marzec", "mart",
            "březen", "března"},
        {"april", "apr", "avril", "abril", "aprile", "kwietnia", "kwiecień", "nisan", "duben", "dubna"},
        {"may", "mai", "mayo", "maggio", "mei", "maio", "maj", "maja", "mayıs", "květen", "května"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec", "haziran", "červen",
            "června"},
        {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec", "temmuz", "červenec",
            "července"},
        {"august", "aug", "août", "aout", "agosto", "augustus", "augusti", "sierpnia", "sierpień", "ağustos",
            "srpen", "srpna"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "września", "wrzesień",
            "eylül", "září"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "października",
            "październik", "ekim", "říjen", "října"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "kasım", "listopadu"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro",
            "desember", "grudnia", "grudzień", "aralık", "prosinec", "prosince"}};
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return java.util.Map.copyOf(m);
  }

  /**
   * Reads a date as a page prints it for readers, as {@link #parseVisible(String, ZoneId, boolean)}
   * with slashed dates read day first.
   *
   * @param text the printed date, or {@code null}
   * @param assumedZone the zone the date is read at
   * @return the first date found in the text, or empty
   */
  public static Optional<ReadDate> parseVisible(@Nullable String text, ZoneId assumedZone) {
    return parseVisible(text, assumedZone, false);
  }

  /**
   * Reads a date as a page prints it for readers: "01.04.2025, 15:25", "1. April 2025",
   * "12 de marzo de 2020", "1er avril 2025", "April 1, 2025 3:25 PM", "2020年3月12日",
   * "2020년 3월 12일", "2020.03.12 14:05", "2021-05-14 09:30", "12/03/2020" (month names in English, German, French,
   * Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Polish, Czech and Turkish).
   * Dotted numeric dates are day first; slashed ones are day first unless {@code monthFirst}
   * (American pages) or a part over 12 says which is the day. Printed dates carry no zone: the
   * result is read at the assumed zone and flagged {@code zoneAssumed}.
   *
   * @param text the text holding the date (at most 200 characters; longer text gives empty)
   * @param assumedZone the zone to read the date at
   * @param monthFirst whether a slashed date whose parts could be either is month first
   * @return the first date found in the text, or empty
   */
  public static Optional<ReadDate> parseVisible(@Nullable String text, ZoneId assumedZone, boolean monthFirst) {
    if (text == null || text.isBlank() || text.length() > 200) {
      return Optional.empty();
    }
    try {
      Matcher m = DAY_FIRST_NUMERIC.matcher(text);
      if (m.find()) {
        // "25.04.24": a two-digit year is this century's.
        int year = Integer.parseInt(m.group(3));
        return atClock(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
            m.group(4), m.group(5), null, null, null, assumedZone);
      }
      m = CJK_DATE.matcher(text);
      if (m.find()) {
        return atClock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            m.group(4), m.group(5), null, null, null, assumedZone);
      }
      m = YEAR_FIRST.matcher(text);
      if (m.find()) {
        return atClock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
            m.group(5), m.group(6), null, null, null, assumedZone);
      }
      m = SLASHED.matcher(text);
      if (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean aIsMonth = b > 12 || (a <= 12 && monthFirst);
        return atClock(Integer.parseInt(m.group(3)), aIsMonth ? a : b, aIsMonth ? b : a, m.group(4), m.group(5), null,
            m.group(6), null, assumedZone);
      }
      m = DAY_MONTH_NAME.matcher(text);
      while (m.find()) {
        Integer month = MONTH_NUMBERS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month != null) {
          return atClock(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m.group(4), m.group(5), null,
              null, null, assumedZone);
        }
      }
      m = MONTH_NAME_DAY.matcher(text);
      while (m.find()) {
        Integer month = MONTH_NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
        if (month != null) {
          return atClock(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), m.group(4), m.group(5), null,
              m.group(6), null, assumedZone);
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Dates() {}

  /**
   * Returns whether the word is a month's name or abbreviation in a language this reader knows
   * ("March", "März", "mars", "Dec."), ignoring case and a final full stop.
   *
   * @param word one word
   * @return whether it names a month
   */
  public static boolean isMonthName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return MONTH_NUMBERS.containsKey(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /**
   * Returns whether the word is a weekday's name or common abbreviation in a language this reader
   * knows ("Monday", "Mon.", "Montag", "lundi"), ignoring case and a final full stop or comma.
   *
   * @param word one word
   * @return whether it names a day of the week
   */
  public static boolean isWeekdayName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    while (w.endsWith(".") || w.endsWith(",")) {
      w = w.substring(0, w.length() - 1);
    }
    return WEEKDAYS.contains(w);
  }

  // Weekday names and their three- and four-letter abbreviations, in the month names' languages.
  private static final java.util.Set<String> WEEKDAYS = java.util.Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
      "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
      "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
      "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
      "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tisdag", "lördag",
      "söndag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
      "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle",
      "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar");

  /**
   * Reads a machine-readable date.
   *
   * @param text the date as the page gives it
   * @param assumedZone the zone to read a zoneless date at (the outlet's home zone, or UTC)
   * @return the date, or empty when the text is not a date this reader knows
   */
  public static Optional<ReadDate> parse(@Nullable String text, ZoneId assumedZone) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Matcher iso = ISO_LIKE.matcher(t);
    if (iso.lookingAt()) {
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        LocalDateTime local = date.atStartOfDay();
        if (iso.group(4) != null) {
          int nanos = 0;
          if (iso.group(7) != null) {
            String fraction = (iso.group(7) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
          }
          local = date.atTime(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
              iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)), nanos);
        }
        String zone = iso.group(8);
        if (zone == null) {
          return Optional.of(new ReadDate(local.atZone(assumedZone).toOffsetDateTime(), true));
        }
        ZoneOffset offset = switch (zone) {
          case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
          default -> ZoneOffset.of(zone.length() == 5 && zone.charAt(3) != ':'
              ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        };
        return Optional.of(new ReadDate(OffsetDateTime.of(local, offset), false));
      } catch (DateTimeException | NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (EPOCH.matcher(t).matches()) {
      long value = Long.parseLong(t);
      Instant instant = t.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
      return Optional.of(new ReadDate(instant.atOffset(ZoneOffset.UTC), false));
    }
    try {
      return Optional.of(new ReadDate(OffsetDateTime.parse(t, RFC_1123), false));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final String MONTH_NAME =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String CLOCK =
      "(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?";
  private static final String ZONE = "(?:\\s*\\(?([A-Z]{2,5}|(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?";
  // "December 22, 2022 at 18:40 JST", "Dec. 22, 2022, 6:40 p.m. JST", "March 5, 2024"
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?" + MONTH_NAME + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
          + "(?:,?\\s*(?:at\\s+)?" + CLOCK + ")?" + ZONE + "\\s*$");
  // "22 December 2022 18:40 GMT"
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(\\d{1,2})\\s+" + MONTH_NAME + ",?\\s+(\\d{4})"
          + "(?:,?\\s*(?:at\\s+)?" + CLOCK + ")?" + ZONE + "\\s*$");
  // "2019年3月1日13時16分", "2019年3月1日 午後1時16分"
  private static final Pattern JAPANESE = Pattern.compile(
      "^(\\d{4})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日(?:\\s*[（(]?[日月火水木金土][）)]?)?"
          + "\\s*(?:(午前|午後)?\\s*(\\d{1,2})時\\s*(?:(\\d{1,2})分)?)?");
  private static final java.util.Map<String, ZoneOffset> ZONES = java.util.Map.ofEntries(
      java.util.Map.entry("JST", ZoneOffset.ofHours(9)), java.util.Map.entry("KST", ZoneOffset.ofHours(9)),
      java.util.Map.entry("HKT", ZoneOffset.ofHours(8)), java.util.Map.entry("SGT", ZoneOffset.ofHours(8)),
      java.util.Map.entry("AWST", ZoneOffset.ofHours(8)), java.util.Map.entry("AEST", ZoneOffset.ofHours(10)),
      java.util.Map.entry("AEDT", ZoneOffset.ofHours(11)), java.util.Map.entry("GMT", ZoneOffset.UTC),
      java.util.Map.entry("UTC", ZoneOffset.UTC), java.util.Map.entry("BST", ZoneOffset.ofHours(1)),
      java.util.Map.entry("CET", ZoneOffset.ofHours(1)), java.util.Map.entry("CEST", ZoneOffset.ofHours(2)),
      java.util.Map.entry("EET", ZoneOffset.ofHours(2)), java.util.Map.entry("EEST", ZoneOffset.ofHours(3)),
      java.util.Map.entry("EST", ZoneOffset.ofHours(-5)), java.util.Map.entry("EDT", ZoneOffset.ofHours(-4)),
      java.util.Map.entry("CDT", ZoneOffset.ofHours(-5)), java.util.Map.entry("MST", ZoneOffset.ofHours(-7)),
      java.util.Map.entry("MDT", ZoneOffset.ofHours(-6)), java.util.Map.entry("PST", ZoneOffset.ofHours(-8)),
      java.util.Map.entry("PDT", ZoneOffset.ofHours(-7)));

  /**
   * Reads a date written for people, as pages print it under a headline: English month names
   * ({@code December 22, 2022 at 18:40 JST}, {@code 22 Dec 2022 18:40 GMT}, with or without
   * a clock, {@code a.m.}/{@code p.m.}, a zone abbreviation) and Japanese
   * ({@code 2019年3月1日13時16分}, full-width digits too). Zone abbreviations that name one
   * offset (JST, KST, GMT, EST, …) give that offset; a date without one (or with an ambiguous
   * one such as CST or IST) is read at the assumed zone and marked {@code zoneAssumed}.
   *
   * @param text the whole text of the date (nothing else around it)
   * @param assumedZone the zone to read a date without a known zone at
   * @return the date, or empty when the text is not such a date
   */
  public static Optional<ReadDate> parseWritten(@Nullable String text, ZoneId assumedZone) {
    if (text == null) {
      return Optional.empty();
    }
    String t = java.text.Normalizer.normalize(Texts.clean(text), java.text.Normalizer.Form.NFKC);
    if (t.isEmpty() || t.length() > 80) {
      return Optional.empty();
    }
    try {
      Matcher m = MONTH_DAY_YEAR.matcher(t);
      if (m.matches()) {
        return atClock(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), assumedZone);
      }
      m = DAY_MONTH_YEAR.matcher(t);
      if (m.matches()) {
        return atClock(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)),
            m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), assumedZone);
      }
      m = JAPANESE.matcher(t);
      if (m.lookingAt()) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        LocalDateTime local = date.atStartOfDay();
        if (m.group(5) != null) {
          int hour = Integer.parseInt(m.group(5));
          if ("午後".equals(m.group(4)) && hour < 12) {
            hour += 12;
          }
          local = date.atTime(hour, m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        }
        return Optional.of(new ReadDate(local.atZone(assumedZone).toOffsetDateTime(), true));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int month(String name) {
    Integer month = MONTH_NUMBERS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    if (month == null) {
      throw new DateTimeException("no month " + name);
    }
    return month;
  }

  // The one place a printed date and clock become a ReadDate, for both readers: a.m./p.m. with an
  // hour outside 1-12 is no time, and a zone abbreviation that names one offset gives it.
  private static Optional<ReadDate> atClock(int year, int month, int day, @Nullable String hour,
      @Nullable String minute, @Nullable String second, @Nullable String meridiem, @Nullable String zone,
      ZoneId assumedZone) {
    LocalDate date = LocalDate.of(year, month, day);
    LocalDateTime local = date.atStartOfDay();
    if (hour != null && minute != null) {
      int h = Integer.parseInt(hour);
      if (meridiem != null) {
        boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
        if (h > 12 || h == 0) {
          throw new DateTimeException("hour " + h + " with a.m./p.m.");
        }
        h = h % 12 + (pm ? 12 : 0);
      }
      local = date.atTime(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
    }
    if (zone != null) {
      String z = zone.toUpperCase(Locale.ROOT);
      ZoneOffset offset = ZONES.get(z);
      if (offset == null && (z.startsWith("GMT") || z.startsWith("UTC")) && z.length() > 3) {
        String o = z.substring(3);
        offset = ZoneOffset.of(o.length() == 2 ? o.charAt(0) + "0" + o.charAt(1) : o);
      }
      if (offset != null) {
        return Optional.of(new ReadDate(OffsetDateTime.of(local, offset), false));
      }
    }
    return Optional.of(new ReadDate(local.atZone(assumedZone).toOffsetDateTime(), true));
  }
}
