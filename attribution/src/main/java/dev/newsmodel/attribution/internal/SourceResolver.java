package dev.newsmodel.attribution.internal;

import static dev.newsmodel.attribution.internal.NameParts.countryOf;
import static dev.newsmodel.attribution.internal.NameParts.splitTitle;

import dev.newsmodel.SourceKind;
import dev.newsmodel.agency.NewsAgencies;
import dev.newsmodel.agency.NewsAgency;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns source mentions into sources: splits titles from names, tells kinds and anonymity,
 * and links later mentions (surnames, pronouns, "the group", "its interior ministry",
 * "Chinese authorities") to the source they refer to. Not thread-safe: one instance per
 * article.
 */
public final class SourceResolver {

  /** A source under construction. */
  public static final class Entity {
    final int index;
    String name;
    SourceKind kind;
    boolean anonymous;
    @Nullable String title;
    @Nullable String description;
    @Nullable Entity affiliation;
    @Nullable String country; // for governments and their bodies
    @Nullable NewsAgency agency; // for news agencies the vocabulary knows
    final List<Found.Span> mentions = new ArrayList<>();
    final List<String> aliases = new ArrayList<>();

    Entity(int index, String name, SourceKind kind) {
      this.index = index;
      this.name = name;
      this.kind = kind;
    }

    /** {@return the source's index among the article's sources} */
    public int index() { return index; }
    /** {@return the source's name} */
    public String name() { return name; }
    /** {@return the source's kind} */
    public SourceKind kind() { return kind; }
    /** {@return whether the story withholds the source's identity} */
    public boolean anonymous() { return anonymous; }
    /** {@return the source's title, or {@code null}} */
    public @Nullable String title() { return title; }
    /** {@return the source's appositive description, or {@code null}} */
    public @Nullable String description() { return description; }
    /** {@return the source this one belongs to, or {@code null}} */
    public @Nullable Entity affiliation() { return affiliation; }
    /** {@return where the source is mentioned, in order} */
    public List<Found.Span> mentions() { return mentions; }
    /** {@return the names a later mention may use: a surname, a country, an agency's other names} */
    public List<String> aliases() { return aliases; }
  }

  // The one vocabulary of agencies; a mention names one by a name that names it in running text.
  static final NewsAgencies AGENCIES = NewsAgencies.standard();
  // The first words of the agencies' names of several words ("associated" of "associated press"),
  // so that only a word that may start one tries the longer lookups; and the most words a name has.
  private static final Set<String> AGENCY_FIRST_WORDS;
  private static final int AGENCY_MAX_WORDS;
  static {
    Set<String> first = new java.util.HashSet<>();
    int most = 1;
    for (String name : AGENCIES.names(NewsAgency.Scope.TEXT)) {
      String[] words = Words.splitOnSpaces(name.toLowerCase(Locale.ROOT));
      if (words.length > 1) {
        first.add(words[0]);
        most = Math.max(most, words.length);
      }
    }
    AGENCY_FIRST_WORDS = Set.copyOf(first);
    AGENCY_MAX_WORDS = most;
  }

  static final Set<String> GOVERNMENT_WORDS = LexiconFile.words("government-words.txt");

  static final Set<String> ORG_WORDS = LexiconFile.words("organisation-words.txt");

  static final Set<String> DOCUMENT_WORDS = LexiconFile.words("document-words.txt");

  /** Words of titles before a name ("Foreign Minister", "Sen."): lexicon file {@code title-words.txt}. */
  public static final Set<String> TITLE_WORDS = LexiconFile.words("title-words.txt");

  static final Set<String> PERSON_NOUNS = LexiconFile.words("person-nouns.txt");

  private static final Pattern ANONYMOUS = Pattern.compile(
      "(?i)^(?:a|an|one|two|three|several|some|other|another)\\s.*\\b(?:spokesperson|spokesman|spokeswoman|official|officials|source|sources|aide|diplomat|person|people|insider|employee|member|adviser|advisor)\\b"
      + "|(?i)\\bfamiliar with\\b|(?i)\\bdeclined to be (?:named|identified)\\b|(?i)\\bcondition of anonymity\\b"
      + "|(?i)^(?:sources|officials|people|insiders)\\b");
  private static final Pattern LEADING_JUNK = Pattern.compile(
      "(?i)^(?:(?:on|in|at|last|this|late|early)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning)\\s+|(?:but|and|meanwhile|however|also|still|yet)\\s+)+");
  private static final Pattern NON_AGENCY = Pattern.compile("[^\\p{L}.\\-]+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\-]+");
  private static final Pattern AGENCY_SUFFIX = Pattern.compile("(?i)\\s*(?:news agency|wire service)$");
  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
  private static final Pattern DETERMINER = Pattern.compile("^(?:the|a|an|its|their|his|her|our)\\s+");
  private static final Set<String> HE_SHE = LexiconFile.words("person-pronouns.txt");
  private static final Set<String> IT_THEY = LexiconFile.words("body-pronouns.txt");

  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, Entity> byKey = new LinkedHashMap<>();
  private final List<String> paragraphs;
  private final @Nullable Entity[] latest = new Entity[SourceKind.values().length];
  private final Found.@Nullable Span[] latestAt = new Found.Span[SourceKind.values().length];

  /**
   * Creates a resolver for one article's paragraphs.
   *
   * @param paragraphs the article's paragraphs
   */
  public SourceResolver(List<String> paragraphs) {
    this.paragraphs = paragraphs;
  }

  /**
   * All sources so far, in order of first mention.
   *
   * @return the sources
   */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * Resolves a source mention; {@code appositive} is its description, {@code sentence} the
   * text of its unit (for affiliation hints). Returns null when the mention names nothing.
   *
   * @param span the mention
   * @param appositive its appositive description, or {@code null}
   * @param sentence the text of its unit
   * @return the source, or {@code null}
   */
  public @Nullable Entity resolve(Found.Span span, Found.@Nullable Span appositive, String sentence) {
    String para = paragraphs.get(span.paragraph());
    int start = span.start();
    // an appositive that does not follow the mention's start describes something else
    int end = appositive != null && appositive.start() > start && appositive.start() <= span.end() ? appositive.start() : span.end();
    // trim to the noun phrase: drop trailing comma/space and leading time phrases or conjunctions
    while (end > start && (Words.isSpace(para.charAt(end - 1)) || para.charAt(end - 1) == ',')) {
      end--;
    }
    Matcher junk = LEADING_JUNK.matcher(para.substring(start, end));
    if (junk.lookingAt()) {
      start += junk.end();
    }
    if (end <= start) {
      return null;
    }
    String text = para.substring(start, end);
    Found.Span mention = new Found.Span(span.paragraph(), start, end);
    String lower = text.toLowerCase(Locale.ROOT);
    String bare = stripDeterminer(lower);

    // pronouns
    if (HE_SHE.contains(lower) || lower.equals("who")) {
      Entity e = lastOf(SourceKind.PERSON, mention);
      return link(e, mention);
    }
    if (IT_THEY.contains(lower)) {
      Entity e = lastNonPerson(mention);
      if (e == null) {
        e = lastOf(SourceKind.PERSON, mention);
      }
      return link(e, mention);
    }
    // "its interior ministry": a body of the last government
    if (lower.startsWith("its ") || lower.startsWith("their ")) {
      String body = bare;
      Entity owner = lastOf(SourceKind.GOVERNMENT, mention);
      if (owner == null) {
        owner = lastNonPerson(mention);
      }
      if (owner != null && owner.country != null && isGovernmentWord(body)) {
        return link(governmentBody(owner, body, mention), mention);
      }
      if (owner != null) {
        return link(owner, mention);
      }
    }
    // descriptions: "the group", "the ministry", "the agency", "the company"
    if (lower.startsWith("the ") && !bare.contains(" ") && !Character.isUpperCase(text.charAt(4))) {
      Entity e = lastByWord(bare);
      if (e != null) {
        return link(e, mention);
      }
    }
    if (ANONYMOUS.matcher(text).find()) {
      for (Entity e : entities) {
        if (e.anonymous && e.name.equalsIgnoreCase(text)) {
          return link(e, mention);
        }
      }
      return link(create(text, appositive, sentence, mention), mention);
    }
    // an agency named before under another name: "AP" after "the Associated Press" is one source
    NewsAgency agency = agencyOf(lower);
    if (agency != null) {
      Entity same = byKey.get("agency:" + agency.name());
      if (same != null) {
        String printed = agencyName(text);
        if (agency.isNamed(printed) && !same.aliases.contains(printed)) {
          same.aliases.add(printed);
          same.name = agency.name(); // named two ways: the vocabulary's name
        }
        return link(same, mention);
      }
    }
    // a known name inside the mention: "The Coastal Watch reports", "Lindqvist"
    for (Entity e : entities) {
      for (String alias : e.aliases) {
        if (containsWord(text, alias)) {
          return link(e, mention);
        }
      }
    }
    // a government: "French authorities", "France", "the government in Paris", "the French government"
    String country = countryOf(text);
    String[] titled = splitTitle(text);
    boolean titledPerson = titled[0] != null && !titled[1].isEmpty() && Character.isUpperCase(titled[1].charAt(0))
        && Places.country(titled[1]) == null && !isAgency(lower);
    if (!titledPerson && country != null && (isGovernmentPhrase(bare) || Places.country(text) != null)) {
      Entity gov = government(country, mention);
      if (bare.contains("ministry") || bare.contains("department") || bare.contains("embassy")) {
        return link(governmentBody(gov, bodyName(bare), mention), mention);
      }
      return link(gov, mention);
    }
    // anything else is a new source
    return link(create(text, appositive, sentence, mention), mention);
  }

  private Entity create(String text, Found.@Nullable Span appositive, String sentence, Found.Span mention) {
    String lower = text.toLowerCase(Locale.ROOT);
    String bare = stripDeterminer(lower);
    String description = appositive == null ? null
        : paragraphs.get(appositive.paragraph()).substring(appositive.start(), appositive.end()).strip();
    boolean anonymous = ANONYMOUS.matcher(text).find();
    SourceKind kind;
    String name = text;
    String title = null;
    String descLower = description == null ? "" : description.toLowerCase(Locale.ROOT);
    NewsAgency agency = null;
    if (isAgency(lower)) {
      kind = SourceKind.NEWS_AGENCY;
      name = agencyName(text);
      agency = agencyOf(lower);
    } else if (anonymous) {
      kind = SourceKind.PERSON;
      for (String w : Words.splitOnSpaces(bare)) {
        if (PERSON_NOUNS.contains(w)) {
          title = w;
          break;
        }
      }
      if (title == null || !(title.startsWith("spokes") || title.equals("official") || title.equals("aide") || title.equals("diplomat"))) {
        title = null;
      }
      if (lower.endsWith("sources") || lower.endsWith("officials") || lower.endsWith("people")) {
        kind = SourceKind.UNKNOWN;
      }
    } else if (splitTitle(text)[0] != null && Character.isUpperCase(splitTitle(text)[1].charAt(0))
        && !endsWithAny(bare, ORG_WORDS) && !endsWithAny(bare, DOCUMENT_WORDS)) {
      String[] split = splitTitle(text);
      kind = SourceKind.PERSON;
      title = split[0];
      name = split[1];
    } else if (endsWithAny(bare, DOCUMENT_WORDS) && !Character.isUpperCase(text.charAt(0)) || bare.startsWith("report")) {
      kind = SourceKind.DOCUMENT;
    } else if (containsAnyWord(descLower, ORG_WORDS) || endsWithAny(bare, ORG_WORDS)) {
      kind = SourceKind.ORGANIZATION;
    } else if (isGovernmentPhrase(bare)) {
      kind = SourceKind.GOVERNMENT;
    } else {
      String[] split = splitTitle(text);
      title = split[0];
      name = split[1];
      boolean capitalized = !name.isEmpty() && Character.isUpperCase(name.charAt(0));
      if (!capitalized) {
        kind = PERSON_NOUNS.contains(lastWord(bare)) ? SourceKind.PERSON : SourceKind.UNKNOWN;
        name = text;
        title = null;
      } else {
        kind = containsAnyWord(descLower, PERSON_NOUNS) || title != null || name.contains(" ")
            || Character.isUpperCase(name.charAt(0)) ? SourceKind.PERSON : SourceKind.UNKNOWN;
      }
    }
    if (!anonymous && kind != SourceKind.PERSON) {
      String stripped = LEADING_THE.matcher(name).replaceFirst("");
      if (!stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0))) {
        name = stripped; // "the Marine Stewardship Council" is named without its article
      }
    }
    Entity e = new Entity(entities.size(), name, kind);
    e.anonymous = anonymous;
    e.title = title;
    e.description = description;
    entities.add(e);
    if (kind == SourceKind.PERSON && !anonymous) {
      e.aliases.add(name);
      String last = lastWord(name);
      if (!last.equals(name) && Character.isUpperCase(last.charAt(0))) {
        e.aliases.add(last);
      }
      e.affiliation = affiliationFor(title, sentence, mention);
    } else if (kind == SourceKind.ORGANIZATION || kind == SourceKind.NEWS_AGENCY) {
      e.aliases.add(name);
    }
    if (agency != null && !byKey.containsKey("agency:" + agency.name())) {
      e.agency = agency;
      byKey.put("agency:" + agency.name(), e);
    }
    return e;
  }

  /** A titled person's body: "foreign ministry spokesperson" → the foreign ministry source; a government title → the government the sentence names. */
  private @Nullable Entity affiliationFor(@Nullable String title, String sentence, Found.Span mention) {
    if (title == null) {
      return null;
    }
    String t = title.toLowerCase(Locale.ROOT);
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind == SourceKind.GOVERNMENT && e.country != null && !e.name.equals(e.country)) {
        String body = e.name.substring(Places.demonym(e.country).length()).strip().toLowerCase(Locale.ROOT);
        if (!body.isEmpty() && t.contains(body)) {
          // the body named inside the title is a mention of the body
          String para = paragraphs.get(mention.paragraph());
          int at = para.toLowerCase(Locale.ROOT).indexOf(body, mention.start());
          if (at >= 0 && at + body.length() <= mention.end()) {
            e.mentions.add(new Found.Span(mention.paragraph(), at, at + body.length()));
          }
          return e;
        }
      }
    }
    boolean governmentTitle = t.contains("minister") || t.contains("secretary") || t.contains("cabinet")
        || t.contains("president") || t.contains("ambassador") || t.contains("governor") || t.contains("premier")
        || t.contains("chancellor") || t.contains("official");
    if (governmentTitle) {
      String country = countryOf(sentence);
      if (country != null) {
        Entity gov = government(country, null);
        // mention the government where the sentence names it
        return gov;
      }
    }
    return null;
  }

  private Entity government(String country, Found.@Nullable Span mention) {
    Entity e = byKey.get("gov:" + country);
    if (e == null) {
      e = new Entity(entities.size(), country, SourceKind.GOVERNMENT);
      e.country = country;
      e.aliases.add(country);
      entities.add(e);
      byKey.put("gov:" + country, e);
    }
    return e;
  }

  private Entity governmentBody(Entity owner, String body, Found.Span mention) {
    String country = owner.country == null ? owner.name : owner.country;
    String key = "body:" + country + ":" + body;
    Entity e = byKey.get(key);
    if (e == null) {
      e = new Entity(entities.size(), Places.demonym(country) + " " + body, SourceKind.GOVERNMENT);
      e.country = country;
      e.affiliation = owner;
      entities.add(e);
      byKey.put(key, e);
    }
    return e;
  }

  private static String bodyName(String bare) {
    int i = bare.indexOf("ministry");
    if (i < 0) {
      i = bare.indexOf("department");
    }
    if (i < 0) {
      i = bare.indexOf("embassy");
    }
    String before = bare.substring(0, i).strip();
    String[] words = Words.splitOnSpaces(before);
    String last = words.length == 0 ? "" : words[words.length - 1];
    String word = Words.splitOnSpaces(bare.substring(i))[0];
    if (!last.isEmpty() && Places.country(last) == null) {
      return last + " " + word;
    }
    return word;
  }

  private @Nullable Entity link(@Nullable Entity e, Found.Span mention) {
    if (e != null && !e.mentions.contains(mention)) {
      e.mentions.add(mention);
      // the latest mention per kind, so that pronouns resolve without rescanning every mention
      if (latest[e.kind.ordinal()] == null || isBefore(latestAt[e.kind.ordinal()], mention)) {
        latest[e.kind.ordinal()] = e;
        latestAt[e.kind.ordinal()] = mention;
      }
    }
    return e;
  }

  private @Nullable Entity lastOf(SourceKind kind, Found.Span before) {
    Found.Span at = latestAt[kind.ordinal()];
    return at != null && isBefore(at, before) ? latest[kind.ordinal()] : null;
  }

  private @Nullable Entity lastNonPerson(Found.Span before) {
    Entity best = null;
    Found.Span bestAt = null;
    for (SourceKind kind : SourceKind.values()) {
      Found.Span at = latestAt[kind.ordinal()];
      if (kind != SourceKind.PERSON && at != null && isBefore(at, before) && (bestAt == null || isBefore(bestAt, at))) {
        best = latest[kind.ordinal()];
        bestAt = at;
      }
    }
    return best;
  }

  private @Nullable Entity lastByWord(String word) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      String n = e.name.toLowerCase(Locale.ROOT);
      String d = e.description == null ? "" : e.description.toLowerCase(Locale.ROOT);
      if (containsWord(n, word) || containsWord(d, word)
          || word.equals("group") && e.kind == SourceKind.ORGANIZATION
          || word.equals("organization") && e.kind == SourceKind.ORGANIZATION
          || word.equals("agency") && e.kind == SourceKind.NEWS_AGENCY
          || word.equals("government") && e.kind == SourceKind.GOVERNMENT && e.affiliation == null) {
        return e;
      }
    }
    return null;
  }

  private static boolean isBefore(Found.Span a, Found.Span b) {
    return a.paragraph() < b.paragraph() || a.paragraph() == b.paragraph() && a.start() < b.start();
  }

  private static boolean isGovernmentPhrase(String bare) {
    for (String w : Words.splitOnSpaces(bare)) {
      if (containsForm(GOVERNMENT_WORDS, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGovernmentWord(String bare) {
    return isGovernmentPhrase(bare);
  }

  private static boolean isAgency(String lower) {
    return lower.contains("news agency") || lower.contains("wire service") || agencyOf(lower) != null;
  }

  /**
   * The agency of the vocabulary a lower-case mention names, the longest name at the leftmost
   * word that starts one ("australian associated press" is AAP, not AP), or null.
   */
  static @Nullable NewsAgency agencyOf(String lower) {
    String[] words = NON_AGENCY.split(lower);
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      if (AGENCY_FIRST_WORDS.contains(words[i])) {
        for (int n = Math.min(AGENCY_MAX_WORDS, words.length - i); n > 1; n--) {
          NewsAgency a = AGENCIES.find(String.join(" ", java.util.Arrays.asList(words).subList(i, i + n)),
              NewsAgency.Scope.TEXT).orElse(null);
          if (a != null) {
            return a;
          }
        }
      }
      NewsAgency a = AGENCIES.find(words[i], NewsAgency.Scope.TEXT).orElse(null);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private static String agencyName(String text) {
    String t = LEADING_THE.matcher(AGENCY_SUFFIX.matcher(text).replaceAll("")).replaceAll("").strip();
    return t.isEmpty() ? text : t;
  }

  static String stripDeterminer(String lower) {
    return DETERMINER.matcher(lower).replaceFirst("");
  }

  private static String lastWord(String s) {
    String[] w = Words.splitOnSpaces(s.strip());
    return w[w.length - 1];
  }

  private static boolean endsWithAny(String bare, Set<String> words) {
    return containsForm(words, lastWord(bare));
  }

  // The word, or its singular when it is a regular plural of one: "unions", "ministries".
  private static boolean containsForm(Set<String> words, String word) {
    if (words.contains(word)) {
      return true;
    }
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return words.contains(word.substring(0, n - 3) + "y");
    }
    return n > 3 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's' && words.contains(word.substring(0, n - 1));
  }

  private static boolean containsAnyWord(String lower, Set<String> words) {
    for (String w : NON_WORD.split(lower)) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int i = text.indexOf(word, from);
      if (i < 0) {
        return false;
      }
      int e = i + word.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean endOk = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
      if (startOk && endOk) {
        return true;
      }
      from = i + 1;
    }
  }
}
