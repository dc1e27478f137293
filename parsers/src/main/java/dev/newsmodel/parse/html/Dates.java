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

  private Dates() {}

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
}
