package dev.newsmodel.parse.wire;

import dev.newsmodel.Syndication;
import dev.newsmodel.agency.NewsAgencies;
import dev.newsmodel.agency.NewsAgency;
import dev.newsmodel.agency.NewsAgency.Scope;
import dev.newsmodel.parse.html.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The ways pages credit news agencies, with the names of {@link NewsAgencies#standard()} for
 * every parser: a credit line of its own ({@code REUTERS}, {@code KYODO NEWS}, {@code AFP-JIJI},
 * {@code By The Associated Press}), a dateline credit ({@code WASHINGTON (AP) —}; {@link
 * Datelines} splits datelines off), a closing credit ({@code — AFP}, {@code (dpa)}).
 */
public final class WireAgencies {
  // The one vocabulary of agencies (core's news-agencies.txt); this class only knows how pages
  // print credits.
  private static final NewsAgencies VOCABULARY = NewsAgencies.standard();
  // Every name, without spaces and dots, upper case, as credit lines print them ("KYODO NEWS", "A.P."):
  // a credit line is a credit of its own, so the narrowest names count too.
  private static final Map<String, String> COMPACT = compact(VOCABULARY);
  // The names that credit an agency inside text, for the dateline and closing credits: not EPA
  // or TT, which there are something else. Longest first, so that "Kyodo News" wins over "Kyodo".
  private static final String NAMES = VOCABULARY.names(Scope.CREDIT).stream().map(Pattern::quote)
      .collect(Collectors.joining("|"));
  // The names find() looks for at the start or end of a longer text ("AP Staff", "dpa/Jane Roe"):
  // lower case, four characters or more, names that are the agency even in running text.
  private static final List<LeadingName> LEADING_NAMES = leadingNames(VOCABULARY);
  // "TOKYO, Dec 22 (Reuters) -", "WASHINGTON (AP) —", "(dpa) -"
  private static final Pattern LEAD = Pattern.compile(
      "^(?:([\\p{Lu}][\\p{L}\\p{M}.'’ -]{1,40}?)(?:,\\s*[^()]{1,40}?)?\\s*)?\\((?i:(" + NAMES + "))(?:/[^)]{1,40})?\\)\\s*(?:[-–—]{1,2}|:)\\s*");
  // "… — AFP" or "… (dpa)" closing the story, or "-- Kyodo"
  static final Pattern CLOSING = Pattern.compile(
      "(?:[-–—]{1,2}\\s*(" + NAMES + ")|\\((" + NAMES + ")\\))\\s*\\.?$");
  // A block of its own crediting an agency: "REUTERS", "By Reuters", "Reuters staff", "AFP-JIJI"
  private static final Pattern CREDIT_BLOCK = Pattern.compile(
      "(?i)^(?:by\\s+|source:\\s*|from\\s+)?(" + NAMES + ")(?:[- /]+(?:jiji|staff|wire|news|reporters?))?\\.?$");
  // A line of its own crediting an agency, stricter (see creditLine): "KYODO NEWS", "AFP-JIJI", "© AP"
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?i)^(?:by\\s+|©\\s*|\\(c\\)\\s*)?(?:the\\s+)?([\\p{L}. ]{2,30}?)(?:\\s*[-/,]\\s*([\\p{L}. ]{2,20}))?\\s*$");

  private WireAgencies() {}

  private static Map<String, String> compact(NewsAgencies vocabulary) {
    Map<String, String> out = new HashMap<>();
    for (NewsAgency agency : vocabulary.all()) {
      for (NewsAgency.Alias alias : agency.aliases()) {
        String earlier = out.put(compactKey(alias.text()), agency.name());
        if (earlier != null && !earlier.equals(agency.name())) {
          throw new IllegalStateException("'" + alias.text() + "' reads as a credit of both " + earlier + " and " + agency.name());
        }
      }
    }
    return Map.copyOf(out);
  }

  private static List<LeadingName> leadingNames(NewsAgencies vocabulary) {
    List<LeadingName> out = new ArrayList<>();
    for (String name : vocabulary.names(Scope.TEXT)) {
      if (name.length() >= 4) {
        out.add(new LeadingName(name.toLowerCase(Locale.ROOT), vocabulary.find(name).orElseThrow().name()));
      }
    }
    return List.copyOf(out);
  }

  /** The agency's canonical name for a name as printed in a credit, or null. */
  private static @Nullable String canonical(String printed) {
    return VOCABULARY.find(printed).map(NewsAgency::name).orElse(null);
  }

  private static String compactKey(String printed) {
    return printed.toUpperCase(Locale.ROOT).replace(" ", "").replace(".", "");
  }

  /**
   * Returns the agency a text names as a whole or in its first words, in the model's spelling
   * ({@code Associated Press} for {@code The Associated Press}).
   *
   * @param text the text, e.g. a byline or a publisher's name
   * @return the agency's name; empty when the text names none
   */
  public static Optional<String> find(String text) {
    return Optional.ofNullable(named(text));
  }

  private static @Nullable String named(String text) {
    String exact = canonical(text);
    if (exact != null) {
      return exact;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (LeadingName name : LEADING_NAMES) {
      if (t.contains(name.dotted()) || t.startsWith(name.spaced()) || t.endsWith(name.afterSpace())
          || t.contains(name.afterSlash())) {
        return name.agency();
      }
    }
    return null;
  }

  /**
   * A name {@link #find} looks for, with the forms it is looked for in built once: bylines and
   * publishers of every page are tested against each of them.
   */
  private record LeadingName(String dotted, String spaced, String afterSpace, String afterSlash, String agency) {
    LeadingName(String lowerCase, String agency) {
      this(lowerCase + ".", lowerCase + " ", " " + lowerCase, "/" + lowerCase, agency);
    }
  }

  /**
   * Returns the agency's name for a credit as printed, ignoring case, spaces, dots and a
   * leading "the", e.g. {@code Reuters} for {@code REUTERS}; empty when the credit is not just
   * an agency's name.
   *
   * @param credit the credit as printed
   * @return the agency's name, or empty
   */
  public static Optional<String> agency(String credit) {
    String key = compactKey(Texts.clean(credit));
    if (key.startsWith("THE") && COMPACT.containsKey(key.substring(3))) {
      key = key.substring(3);
    }
    return Optional.ofNullable(COMPACT.get(key));
  }

  /**
   * Returns the syndication when the whole line is a wire credit: an agency's name alone in
   * capitals ({@code REUTERS}), with {@code NEWS}/{@code PRESS} or a second agency
   * ({@code AFP-JIJI}), or after {@code By}. A mixed-case single word ({@code Reuters}) is a
   * credit only after {@code By}, since it may start a sentence. Empty otherwise.
   *
   * @param line the line
   * @return the syndication, or empty
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

  /**
   * A wire credit found in body text.
   *
   * @param agency the agency in the model's spelling
   * @param printed the credit as printed
   * @param place the dateline's place before the credit, or {@code null}
   * @param blockIndex the index of the block holding the credit
   * @param wholeBlock whether the credit is the whole block
   */
  public record Credit(String agency, String printed, @Nullable String place, int blockIndex, boolean wholeBlock) {
    /**
     * Returns the syndication this credit means.
     *
     * @return the syndication
     */
    public Syndication syndication() {
      return new Syndication(agency, printed, null);
    }
  }

  /**
   * The leftmost match of {@link #CLOSING} in {@code text}, as {@code find()} would give it, or
   * null. A match can only begin at a dash or an opening parenthesis, so only those indices are
   * tried: {@code find()} would try every index of what are mostly long paragraphs.
   */
  static @Nullable Matcher closingCredit(String text) {
    Matcher m = CLOSING.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '-' || ch == '\u2013' || ch == '\u2014' || ch == '(') {
        m.region(i, text.length());
        if (m.lookingAt()) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Looks for a wire credit in the first blocks (a credit line or a dateline credit) and the
   * last ones (a closing credit).
   *
   * @param blocks the body's block texts in reading order
   * @return the credit; empty when the body credits no agency
   */
  public static Optional<Credit> detect(List<String> blocks) {
    return Optional.ofNullable(credit(blocks));
  }

  private static @Nullable Credit credit(List<String> blocks) {
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      String text = blocks.get(i).strip();
      Matcher credit = CREDIT_BLOCK.matcher(text);
      if (credit.matches()) {
        return new Credit(canonical(credit.group(1)), text, null, i, true);
      }
      Matcher lead = LEAD.matcher(text);
      if (lead.lookingAt()) { // LEAD is anchored at the start: lookingAt finds what find would, without trying every index
        String agency = canonical(lead.group(2));
        if (agency != null) {
          return new Credit(agency, lead.group().strip(), lead.group(1) == null ? null : lead.group(1).strip(), i, false);
        }
      }
    }
    for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 3); i--) {
      String text = blocks.get(i).strip();
      Matcher credit = CREDIT_BLOCK.matcher(text);
      if (credit.matches()) {
        return new Credit(canonical(credit.group(1)), text, null, i, true);
      }
      Matcher closing = closingCredit(text);
      if (closing != null) {
        String name = closing.group(1) != null ? closing.group(1) : closing.group(2);
        String agency = canonical(name);
        if (agency != null) {
          return new Credit(agency, closing.group().strip(), null, i, false);
        }
      }
    }
    return null;
  }
}
