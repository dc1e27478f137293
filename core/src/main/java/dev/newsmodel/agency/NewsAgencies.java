package dev.newsmodel.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.newsmodel.agency.NewsAgency.Alias;
import dev.newsmodel.agency.NewsAgency.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of news agencies: every agency the library knows, found by any of its names in
 * any script ({@code AP}, {@code The Associated Press}, {@code AP通信}). Wire detection, photo
 * credits and attribution all use {@link #standard()}, so one agency always gets one name.
 *
 * <p>Names are compared ignoring case, width ({@code ＡＰ} is {@code AP}, half-width katakana are
 * full-width) and runs of white space; a lookup costs one hash-map lookup, plus one pass over the
 * text to make its key. Instances are immutable and thread-safe.
 */
public final class NewsAgencies {
  /** The resource {@link #standard()} is read from: UTF-8, one agency a line. */
  static final String RESOURCE = "news-agencies.txt";

  // "EPA {credit line}": a name and, in braces, its scope when narrower than TEXT
  private static final Pattern NAME = Pattern.compile("^(.+?)\\s*(?:\\{\\s*(credit|credit line)\\s*\\})?$");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|-");

  private final ImmutableList<NewsAgency> agencies;
  // key (see key()) of every alias → its agency and scope
  private final ImmutableMap<String, Entry> byKey;

  private record Entry(NewsAgency agency, Scope scope) {}

  private NewsAgencies(List<NewsAgency> agencies, Map<String, Entry> byKey) {
    this.agencies = ImmutableList.copyOf(agencies);
    this.byKey = ImmutableMap.copyOf(byKey);
  }

  // Loaded on first use, once: the holder idiom keeps classes that never ask from reading it.
  private static final class Standard {
    static final NewsAgencies INSTANCE = load();

    private static NewsAgencies load() {
      try (InputStream in = NewsAgencies.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: " + RESOURCE);
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Returns the library's vocabulary, read once from its resource on first use.
   *
   * @return the standard vocabulary
   */
  public static NewsAgencies standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a vocabulary: one agency a line, {@code canonical name | country | alias, alias, …};
   * the country is an ISO 3166-1 alpha-2 code or {@code -}; a name may end with {@code {credit}}
   * or {@code {credit line}} to narrow its {@link Scope}. Blank lines and lines starting with
   * {@code #} are skipped.
   *
   * @param lines the text
   * @param origin what the text is, for error messages
   * @return the vocabulary
   * @throws IllegalArgumentException naming the line when a line is malformed or a name is given
   *     twice (to one agency or two), ignoring case and width
   * @throws IOException when the text cannot be read
   */
  static NewsAgencies parse(BufferedReader lines, String origin) throws IOException {
    List<NewsAgency> agencies = new ArrayList<>();
    Map<String, Entry> byKey = new HashMap<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = text.split("\\|", -1);
      if (fields.length != 3) {
        throw malformed(origin, number, "expected 'name | country | aliases', found " + fields.length + " fields");
      }
      String country = fields[1].strip();
      if (!COUNTRY.matcher(country).matches()) {
        throw malformed(origin, number, "country must be an ISO 3166-1 alpha-2 code or '-', found '" + country + "'");
      }
      List<Alias> aliases = new ArrayList<>();
      aliases.add(alias(fields[0], origin, number));
      for (String alias : fields[2].split(",")) {
        if (!alias.isBlank()) {
          aliases.add(alias(alias, origin, number));
        }
      }
      NewsAgency agency = new NewsAgency(aliases.get(0).text(), country.equals("-") ? null : country, aliases);
      for (Alias alias : aliases) {
        String key = key(alias.text());
        Integer earlier = lineOfKey.putIfAbsent(key, number);
        if (earlier != null) {
          throw malformed(origin, number, "duplicate alias '" + alias.text() + "': line " + earlier
              + " already names " + byKey.get(key).agency().name() + " so");
        }
        byKey.put(key, new Entry(agency, alias.scope()));
      }
      agencies.add(agency);
    }
    return new NewsAgencies(agencies, byKey);
  }

  private static Alias alias(String field, String origin, int line) {
    Matcher m = NAME.matcher(field.strip());
    if (!m.matches()) {
      throw malformed(origin, line, "blank name");
    }
    Scope scope = m.group(2) == null ? Scope.TEXT : m.group(2).equals("credit") ? Scope.CREDIT : Scope.CREDIT_LINE;
    return new Alias(m.group(1), scope);
  }

  private static IllegalArgumentException malformed(String origin, int line, String message) {
    return new IllegalArgumentException(origin + ":" + line + ": " + message);
  }

  /**
   * Returns every agency, in the order the vocabulary lists them.
   *
   * @return the agencies; never empty for {@link #standard()}
   */
  public List<NewsAgency> all() {
    return agencies;
  }

  /**
   * Returns the agency one of whose names {@code nameOrAlias} is, wherever that name applies: use
   * this for a name that stands alone (a credit line, a photo credit, a byline). Case, width and
   * runs of white space are ignored; nothing else is (no leading "the" is dropped, no dots).
   *
   * @param nameOrAlias a name as printed, e.g. {@code the associated press} or {@code 共同通信}
   * @return the agency, or empty when no agency has that name
   */
  public Optional<NewsAgency> find(String nameOrAlias) {
    Entry e = byKey.get(key(nameOrAlias));
    return e == null ? Optional.empty() : Optional.of(e.agency());
  }

  /**
   * Returns the agency {@code nameOrAlias} names where {@code context} is: {@code EPA} names the
   * European Pressphoto Agency as a credit line but not in running text.
   *
   * @param nameOrAlias a name as printed
   * @param context where the name is found
   * @return the agency, or empty when no agency has that name or the name does not name it there
   */
  public Optional<NewsAgency> find(String nameOrAlias, Scope context) {
    Entry e = byKey.get(key(nameOrAlias));
    return e == null || !e.scope().covers(context) ? Optional.empty() : Optional.of(e.agency());
  }

  /**
   * Returns every name that names an agency where {@code context} is, longest first (so that an
   * alternation of them prefers {@code Kyodo News} to {@code Kyodo}), then in vocabulary order.
   *
   * @param context where names are looked for
   * @return the names as printed
   */
  public List<String> names(Scope context) {
    List<String> names = new ArrayList<>();
    for (NewsAgency agency : agencies) {
      names.addAll(agency.names(context));
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(names);
  }

  /**
   * The key names are compared by: NFKC (full-width Latin and half-width katakana to their usual
   * forms), lower case, white space runs as one space, stripped. Plain lower-case ASCII text with
   * single spaces, what the hot paths pass, is returned as is after one scan.
   */
  static String key(String name) {
    if (isPlain(name)) {
      return name;
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Whether {@code name} is its own key: ASCII with no upper case, single inner spaces only. */
  private static boolean isPlain(String name) {
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x7f || c >= 'A' && c <= 'Z' || c < ' ') {
        return false;
      }
      if (c == ' ' && (i == 0 || i == n - 1 || name.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "NewsAgencies[" + agencies.size() + " agencies]";
  }
}
