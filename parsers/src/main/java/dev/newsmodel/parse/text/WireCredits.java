package dev.newsmodel.parse.text;

import dev.newsmodel.Dateline;
import dev.newsmodel.Syndication;
import dev.newsmodel.parse.html.Texts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire agencies and how pages credit them: a credit line of its own ({@code REUTERS},
 * {@code KYODO NEWS}, {@code AFP-JIJI}, {@code By The Associated Press}) or a dateline
 * ({@code TOKYO, Dec 22 (Reuters) -}).
 */
public final class WireCredits {
  // Credit as printed (upper case, no spaces) -> the agency's name.
  private static final Map<String, String> AGENCIES = new LinkedHashMap<>();

  static {
    AGENCIES.put("REUTERS", "Reuters");
    AGENCIES.put("AP", "The Associated Press");
    AGENCIES.put("ASSOCIATEDPRESS", "The Associated Press");
    AGENCIES.put("THEASSOCIATEDPRESS", "The Associated Press");
    AGENCIES.put("AFP", "AFP");
    AGENCIES.put("AGENCEFRANCE-PRESSE", "AFP");
    AGENCIES.put("KYODO", "Kyodo News");
    AGENCIES.put("KYODONEWS", "Kyodo News");
    AGENCIES.put("JIJI", "Jiji Press");
    AGENCIES.put("JIJIPRESS", "Jiji Press");
    AGENCIES.put("BLOOMBERG", "Bloomberg");
    AGENCIES.put("XINHUA", "Xinhua");
    AGENCIES.put("YONHAP", "Yonhap");
    AGENCIES.put("DPA", "dpa");
    AGENCIES.put("EFE", "EFE");
    AGENCIES.put("ANSA", "ANSA");
    AGENCIES.put("TASS", "TASS");
    AGENCIES.put("PTI", "Press Trust of India");
    AGENCIES.put("AAP", "Australian Associated Press");
    AGENCIES.put("UPI", "UPI");
    AGENCIES.put("BERNAMA", "Bernama");
    AGENCIES.put("ANTARA", "Antara");
    AGENCIES.put("ANADOLU", "Anadolu Agency");
    AGENCIES.put("ロイター", "Reuters");
    AGENCIES.put("共同", "Kyodo News");
    AGENCIES.put("共同通信", "Kyodo News");
    AGENCIES.put("時事", "Jiji Press");
    AGENCIES.put("時事通信", "Jiji Press");
  }

  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?i)^(?:by\\s+|©\\s*|\\(c\\)\\s*)?(?:the\\s+)?([\\p{L}. ]{2,30}?)(?:\\s*[-/,]\\s*([\\p{L}. ]{2,20}))?\\s*$");
  private static final Pattern DATELINE = Pattern.compile(
      "^([\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L} .]{2,30})?),\\s*"
          + "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})\\s*"
          + "\\(([\\p{L} .]{2,30})\\)\\s*[-–—]\\s*");

  private WireCredits() {}

  /** Returns the agency's name for a credit as printed, e.g. {@code Reuters} for {@code REUTERS}, or empty. */
  public static Optional<String> agency(String credit) {
    String key = Texts.clean(credit).toUpperCase(Locale.ROOT).replace(" ", "").replace(".", "");
    if (key.startsWith("THE") && AGENCIES.containsKey(key.substring(3))) {
      key = key.substring(3);
    }
    return Optional.ofNullable(AGENCIES.get(key));
  }

  /**
   * Returns the syndication when the whole line is a wire credit: an agency's name alone in
   * capitals ({@code REUTERS}), with {@code NEWS}/{@code PRESS} or a second agency
   * ({@code AFP-JIJI}), or after {@code By}. A mixed-case single word ({@code Reuters}) is a
   * credit only after {@code By}, since it may start a sentence. Empty otherwise.
   */
  public static Optional<Syndication> creditLine(String line) {
    String clean = Texts.clean(line);
    if (clean.isEmpty() || clean.length() > 40) {
      return Optional.empty();
    }
    Matcher m = CREDIT_LINE.matcher(clean);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean by = clean.regionMatches(true, 0, "by ", 0, 3);
    String first = m.group(1).strip();
    boolean shouting = first.equals(first.toUpperCase(Locale.ROOT));
    if (!by && !shouting && !isJapanese(first)) {
      return Optional.empty();
    }
    Optional<String> agency = agency(first);
    if (agency.isEmpty()) {
      return Optional.empty();
    }
    if (m.group(2) != null && agency(m.group(2)).isEmpty()) {
      return Optional.empty();
    }
    String credit = by ? clean.substring(3).strip() : clean;
    return Optional.of(new Syndication(agency.get(), credit, null));
  }

  private static boolean isJapanese(String text) {
    return !text.isEmpty() && Texts.isCjk(text.codePointAt(0));
  }

  /** The dateline opening a wire story and the agency it names. */
  public record WireDateline(Dateline dateline, String agency, String credit) {}

  /**
   * Returns the dateline that opens the paragraph when it names a wire agency, as in
   * {@code TOKYO, Dec 22 (Reuters) - ...}; empty otherwise.
   */
  public static Optional<WireDateline> dateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    Optional<String> agency = agency(m.group(3));
    if (agency.isEmpty()) {
      return Optional.empty();
    }
    String text = paragraph.substring(0, m.end()).strip();
    return Optional.of(new WireDateline(new Dateline(m.group(1).strip(), text), agency.get(), m.group(3).strip()));
  }

}
