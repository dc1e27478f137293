package dev.newsmodel.attribution.internal;

import dev.newsmodel.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers stated in a text: "40 tonnes of waste", "$3 billion", "20%", "6.9 magnitude". */
public final class Quantities {
  private Quantities() {}

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,\\-])([$\u20ac\u00a3\u00a5])?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
      + "(?:\\s?(percent|per cent|%|million|billion|trillion|thousand|hundred))?"
      + "(?:\\s((?:[a-z][a-z-]+\\s){0,2}[a-z][a-z-]+))?");
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s$");
  private static final Pattern STOP_UNIT = Pattern.compile(
      "(?:and|or|of|in|to|the|a|on|at|for|from|by|with|that|is|are|was|were|has|have|had|will|would)\\b.*");

  /**
   * Returns the quantities in {@code text}, in order; empty when there are none.
   *
   * @param text the text
   * @return the quantities
   */
  public static List<Quantity> find(String text) {
    List<Quantity> out = new ArrayList<>();
    if (!AsciiText.hasDigit(text)) {
      return out; // every quantity has a digit (\d is ASCII); the regex is slow to say no
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group(2);
      String scale = m.group(3);
      String currency = m.group(1);
      int start = m.start();
      if (scale == null && currency == null && digits.length() == 4 && !digits.contains(",")
          && digits.compareTo("1800") >= 0 && digits.compareTo("2100") <= 0) {
        continue; // a year
      }
      String before = text.substring(Math.max(0, start - 10), start);
      if (MONTH_BEFORE.matcher(before).find()) {
        continue; // a day of a month: "Dec. 22"
      }
      BigDecimal value = new BigDecimal(digits.replace(",", ""));
      String unit = null;
      if (scale != null) {
        switch (scale.toLowerCase(Locale.ROOT)) {
          case "thousand" -> value = value.multiply(BigDecimal.valueOf(1_000L));
          case "hundred" -> value = value.multiply(BigDecimal.valueOf(100L));
          case "million" -> value = value.multiply(BigDecimal.valueOf(1_000_000L));
          case "billion" -> value = value.multiply(BigDecimal.valueOf(1_000_000_000L));
          case "trillion" -> value = value.multiply(BigDecimal.valueOf(1_000_000_000_000L));
          default -> unit = "%";
        }
      }
      int end = scale != null ? m.end(3) : m.end(2);
      if (currency != null) {
        unit = switch (currency) {
          case "$" -> "USD";
          case "\u20ac" -> "EUR";
          case "\u00a3" -> "GBP";
          default -> "JPY";
        };
      } else if (unit == null && m.group(4) != null) {
        String words = m.group(4);
        Matcher stop = STOP_UNIT.matcher(words);
        String[] parts = Words.splitOnSpaces(words);
        StringBuilder kept = new StringBuilder();
        for (String w : parts) {
          if (STOP_UNIT.matcher(w).matches()) {
            break;
          }
          if (kept.length() > 0) {
            kept.append(' ');
          }
          kept.append(w);
        }
        if (kept.length() > 0 && !stop.matches()) {
          unit = kept.toString();
          end = m.start(4) + unit.length();
        }
      }
      out.add(new Quantity(value.stripTrailingZeros().scale() < 0 ? new BigDecimal(value.toBigInteger()) : value.stripTrailingZeros(),
          text.substring(start, end), unit));
    }
    return out;
  }
}
