package dev.newsmodel.json.internal;

import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The contract's date-time text: ISO-8601 with the page's own offset, always with seconds,
 * e.g. {@code 2022-12-22T18:40:00+09:00}. Written the same way whatever the user's mapper is
 * configured with (Jackson's own java.time handling would adjust to the context time zone on
 * reading and follows mapper features on writing).
 */
public final class IsoOffsetDateTime {
  private IsoOffsetDateTime() {}

  /**
   * Writes seconds always, a fraction only when non-zero (as few digits as needed), and the
   * offset as {@code +HH:MM} ({@code +00:00} for UTC, never {@code Z}; seconds of a historic
   * offset only when non-zero, so nothing is lost).
   */
  public static final DateTimeFormatter WRITE_FORMAT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .appendOffset("+HH:MM:ss", "+00:00")
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(IsoChronology.INSTANCE);

  /**
   * Formats a date-time the contract's way.
   *
   * @param value the date-time
   * @return the text, with seconds and offset
   */
  public static String format(OffsetDateTime value) {
    return WRITE_FORMAT.format(value);
  }

  /**
   * Parses ISO-8601 with an offset; accepts what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}
   * accepts (seconds optional, {@code Z} for UTC), keeping the offset as written.
   *
   * @param text the text
   * @return the date-time, with the offset it was written with
   */
  public static OffsetDateTime parse(String text) {
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Writes {@link #format(OffsetDateTime)}. */
  public static final class Serializer extends StdScalarSerializer<OffsetDateTime> {
    /** Jackson instantiates it through {@code @JsonSerialize(using = ...)}. */
    public Serializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(format(value));
    }
  }

  /** Reads a string with {@link #parse(String)}; anything else is a type mismatch. */
  public static final class Deserializer extends StdScalarDeserializer<OffsetDateTime> {
    /** Jackson instantiates it through {@code @JsonDeserialize(using = ...)}. */
    public Deserializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
      }
      String text = p.getString();
      try {
        return parse(text.strip());
      } catch (DateTimeParseException e) {
        return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
            "not an ISO-8601 date-time with offset, e.g. 2022-12-22T18:40:00+09:00");
      }
    }
  }
}
