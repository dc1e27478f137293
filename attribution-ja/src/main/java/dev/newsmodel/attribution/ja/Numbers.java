package dev.newsmodel.attribution.ja;

import dev.newsmodel.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers and dates as Japanese news writes them: Arabic or full-width digits, kanji numerals,
 * 万 / 億 / 兆 groups (4万6584人, 約1億2000万円), ・ as a decimal point (６・６), and dates relative
 * to the article's date (13日 → that month's 13th).
 */
final class Numbers {
  private static final String DIGIT = "[0-9０-９〇一二三四五六七八九十百千]";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?:約|計|およそ)?(" + DIGIT + "+(?:[.．・]" + DIGIT + "+)?(?:[万億兆]" + DIGIT + "*)*)"
          + "(人|円|ドル|キロ|メートル|センチ|トン|件|棟|台|回|日間|週間|カ月|か月|年間|時間|分間|歳|%|％|倍|度|人質|万|億)?");
  private static final Pattern FULL_DATE = Pattern.compile("([0-9０-９]{2,4})年([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9０-９年])([0-9０-９]{1,2})月([0-9０-９]{1,2})日");
  private static final Pattern DAY = Pattern.compile("(?<![0-9０-９月年])([0-9０-９]{1,2})日(?![間付])");

  private Numbers() {}

  /** Returns the quantities stated in {@code text}; a number followed by 年, 月, 日, 時 or 分 is a date or time, not a quantity. */
  static List<Quantity> quantities(String text) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      int after = m.end();
      String unit = m.group(2);
      if (unit == null && after < text.length() && "年月日時分号条第".indexOf(text.charAt(after)) >= 0) {
        continue;
      }
      if (m.start() > 0 && "第".indexOf(text.charAt(m.start() - 1)) >= 0) {
        continue;
      }
      if (unit == null && after < text.length() && Character.isLetter(text.charAt(after))) {
        continue; // part of a name or word: 捜査2課, 1級
      }
      BigDecimal value = value(m.group(1));
      if (value == null || (unit == null && m.group(1).length() == 1 && !Character.isDigit(m.group(1).charAt(0)))) {
        continue; // a lone kanji numeral is a word (一方, 同一), not a quantity
      }
      out.add(new Quantity(value, m.group(), unit));
    }
    return out;
  }

  /** The value of a number such as {@code 4万6584}, {@code 1億2000万}, {@code ６・６}, {@code 三十}, or null. */
  static @Nullable BigDecimal value(String number) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    StringBuilder digits = new StringBuilder();
    boolean any = false;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        digits.append((char) ('0' + d));
        any = true;
      } else if (c == '.' || c == '．' || c == '・') {
        digits.append('.');
      } else if (c == '十' || c == '百' || c == '千') {
        int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
        BigDecimal n = digits.length() == 0 ? BigDecimal.ONE : new BigDecimal(digits.toString());
        group = group.add(n.multiply(BigDecimal.valueOf(unit)));
        digits.setLength(0);
        any = true;
      } else if (c == '万' || c == '億' || c == '兆') {
        BigDecimal n = group.add(digits.length() == 0 ? BigDecimal.ZERO : new BigDecimal(digits.toString()));
        if (n.signum() == 0) {
          n = BigDecimal.ONE;
        }
        BigDecimal unit = c == '万' ? BigDecimal.valueOf(10_000L) : c == '億' ? BigDecimal.valueOf(100_000_000L) : new BigDecimal("1000000000000");
        total = total.add(n.multiply(unit));
        group = BigDecimal.ZERO;
        digits.setLength(0);
      } else {
        return null;
      }
    }
    if (!any) {
      return null;
    }
    try {
      BigDecimal v = total.add(group).add(digits.length() == 0 ? BigDecimal.ZERO : new BigDecimal(digits.toString()))
          .stripTrailingZeros();
      return v.scale() < 0 ? v.setScale(0) : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    int k = "〇一二三四五六七八九".indexOf(c);
    return k;
  }

  /**
   * Returns the first date {@code text} states, resolved against {@code published}: an ISO date,
   * or month when no day is given; a bare day (13日) is that day of the article's month, or of the
   * month before when it lies more than a day ahead of the article's date.
   */
  static @Nullable String when(String text, @Nullable LocalDate published) {
    Matcher full = FULL_DATE.matcher(text);
    Matcher md = MONTH_DAY.matcher(text);
    Matcher d = DAY.matcher(text);
    int best = Integer.MAX_VALUE;
    String out = null;
    if (full.find()) {
      int y = Integer.parseInt(ascii(full.group(1)));
      if (y < 100) {
        y += 2000;
      }
      int m = Integer.parseInt(ascii(full.group(2)));
      if (m >= 1 && m <= 12) {
        best = full.start();
        out = full.group(3) == null ? String.format("%04d-%02d", y, m) : iso(y, m, Integer.parseInt(ascii(full.group(3))));
      }
    }
    if (published != null && md.find() && md.start() < best) {
      int m = Integer.parseInt(ascii(md.group(1)));
      int day = Integer.parseInt(ascii(md.group(2)));
      int y = published.getYear() - (m > published.getMonthValue() + 1 ? 1 : 0);
      String iso = iso(y, m, day);
      if (iso != null) {
        best = md.start();
        out = iso;
      }
    }
    if (published != null && d.find() && d.start() < best) {
      int day = Integer.parseInt(ascii(d.group(1)));
      LocalDate month = day > published.getDayOfMonth() + 1 ? published.minusMonths(1) : published;
      String iso = iso(month.getYear(), month.getMonthValue(), day);
      if (iso != null) {
        out = iso;
      }
    }
    return out;
  }

  private static @Nullable String iso(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String ascii(String digits) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      b.append((char) ('0' + digit(c)));
    }
    return b.toString();
  }
}
