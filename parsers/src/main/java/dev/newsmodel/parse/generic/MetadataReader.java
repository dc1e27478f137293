package dev.newsmodel.parse.generic;

import dev.newsmodel.Byline;
import dev.newsmodel.Media;
import dev.newsmodel.Outlet;
import dev.newsmodel.Syndication;
import dev.newsmodel.parse.html.Boilerplate;
import dev.newsmodel.parse.html.Dates;
import dev.newsmodel.parse.html.JsonLd;
import dev.newsmodel.parse.html.MetaTags;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.wire.WireAgencies;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an article's metadata from every source a page offers and reconciles them.
 *
 * <p>Sources, most trusted first: JSON-LD ({@code NewsArticle} and kin, in any block, array or
 * {@code @graph}), OpenGraph and {@code article:*} meta, Dublin Core, {@code parsely-*} and
 * {@code sailthru.*} meta, microdata ({@code itemprop}), {@code <time datetime>}, and visible
 * headings and bylines last. Structured values are checked before use: a headline must not be
 * the site's name, an author must be a person (not an organisation, the outlet or a placeholder
 * such as "Staff"), a date must parse. A date without a zone is read at the offset the page
 * shows elsewhere (else UTC) and a warning says so.
 *
 * <p>Stateless and thread-safe.
 */
public final class MetadataReader {
  private static final Set<String> ORGANISATION_TYPES = Set.of(
      "organization", "newsmediaorganization", "corporation", "organisation", "newsorganization",
      "governmentorganization", "ngo", "educationalorganization", "localbusiness", "website");
  private static final Pattern PLACEHOLDER_AUTHOR = Pattern.compile(
      "(?iu)^(?:staff|staff writer|staff reporter|editor|editors|editorial|editorial (?:staff|team|board)|admin|"
          + "administrator|newsroom|news desk|desk|redaktion|redacción|rédaction|redazione|redactie|"
          + "the editors|web desk|online desk|digital desk|team|guest|anonymous|unknown|null|none|"
          // "red." abbreviates Redaktion/redactie; "Agenturen" credits the agencies collectively.
          + "red\\.?|agenturen|agencies|agences|agencias|agenzie|news|nachrichten|noticias|nouvelles|notizie|"
          + "[a-z]+ staff|.*\\b(?:staff|staff writers?|staff reporters?|desk|newsroom|redaktion|team|news)$)$");
  private static final Pattern NAME_SPLIT = Pattern.compile(
      "\\s*(?:,\\s*(?:and|und|et|y|e|og|och|en|i)\\s+|\\s+(?:and|und|et|y|e|og|och|en|i)\\s+|\\s*&\\s*|\\s*;\\s*|\\s*\\|\\s*|\\s*/\\s*)\\s*");
  private static final Pattern INVERTED_NAME = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+),\\s*(\\p{Lu}[\\p{L}.'’ -]*)$");
  // Initials in brackets, a role word after the name: "Jane Doe (jd)", "홍길동 기자", "Jane Doe, Staff Writer".
  // "Jane Doe skrifar frá Oslo" (Icelandic "writes from"; Danish and Norwegian "skriver"): the
  // verb and all after it. A list's comma left after the last name ("Reuters, ") goes too.
  private static final Pattern NAME_TAIL = Pattern.compile(
      "(?iu)\\s*(?:\\([^)]{1,20}\\)\\.?|기자|記者|特派員|\\bstaff writer|\\bcorrespondent|\\breporter"
          + "|\\s(?:skrifar|skriver)\\b.*|[,;]+)\\s*$");
  private static final Pattern AUTHOR_PAGE = Pattern.compile(
      "(?i)/(?:authors?|autor(?:en)?|auteurs?|autori?|journalists?|reporters?)/(?:name/)?([^/?#]+)/?(?:[?#]|$)");
  private static final Pattern BRACKETED_ADDRESS = Pattern.compile("(?i)\\((?:https?://|www\\.)[^)]*\\)");
  // Digits, brackets and colons belong to dates, credits and labels, not to people's names.
  private static final Pattern NOT_A_NAME = Pattern.compile("[\\d():|@#©]");
  private static final Pattern SOCIAL = Pattern.compile(
      "(?i)\\b(?:twitter|facebook|instagram|linkedin|whatsapp|e-?mail|follow|share)\\b");
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^(?:https?:|www\\.|/)|\\.(?:com|org|net)\\b|@");
  static final Pattern TITLE_SEPARATOR = Pattern.compile(
      "\\s+[|\\-–—:·•»*]\\s+|\\s+::\\s+|\\s*[｜：\\u3163]\\s*");
  // A section glued to the title before the site name in East Asian titles: "Title-정치ㅣSite".
  private static final Pattern GLUED_SECTION = Pattern.compile("-[\\p{IsHangul}\\p{IsHan}]{1,4}$");
  // Where a byline's names end: a digit (the date after them), a bar, a bullet or a middle dot.
  private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:\\d|[|•·]|\\s[-–—]\\s).*$");
  // A paragraph that is nothing but names in bold: "<p><strong>Jane Doe/John Roe</strong></p>".
  // Each name two to four capitalised words; names joined by a slash, a comma, "&" or "and".
  private static final String BOLD_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}";
  private static final Pattern BOLD_NAMES = Pattern.compile(
      "(?u)^" + BOLD_NAME + "(?:\\s*(?:/|,|&|\\sand\\s|\\sund\\s)\\s*" + BOLD_NAME + "){0,3}$");
  // A paragraph opening with this much text of its own is the article's text, not its byline.
  private static final int LONG_PARAGRAPH = 100;
  // The longest cued byline line, in characters of clean text.
  private static final int CUED_LINE_MAX = 80;
  // How many elements (in document order) before or after the first h1 a cued byline may stand.
  private static final int CUED_BEFORE_H1 = 15;
  private static final int CUED_AFTER_H1 = 40;
  private static final Set<String> LABEL_TAGS = Set.of("strong", "b", "dt", "label", "span", "em");
  static final Set<String> DATE_LABELS = Set.of(
      "date", "datum", "published", "veröffentlicht", "stand", "fecha", "data", "dato", "date de publication",
      "publié le", "publicado", "pubblicato", "gepubliceerd", "publiceret", "publicerad", "published on",
      "publiziert", "erschienen", "publié", "posted",
      // Korean ("article entered", "entered", "registered", "approved"), Chinese and Japanese
      // ("published", "publication date", "release time")
      "기사입력", "입력", "등록", "승인", "发布时间", "发布日期", "發佈時間", "公開日", "掲載日", "配信日");
  static final String[] DATE_WORDS = {"date", "time", "datum", "publish", "posted", "tarih", "fecha"};
  // What a class attribute's words say (MetadataReader.Visible#classHints), as bits.
  static final int DATE_CLASS = 1;
  static final int BYLINE_CLASS = 2;
  static final int NOT_BYLINE_CLASS = 4;

  // The words of the three lists by their first two letters (a-z each), each with its list's bit.
  private static final String[][] HINT_WORDS = new String[26 * 26][];
  private static final int[][] HINT_BITS = new int[26 * 26][];

  static {
    String[][] lists = {DATE_WORDS, BylineWords.CLASS_WORDS, BylineWords.NOT_BYLINE_CLASS_WORDS};
    int[] bits = {DATE_CLASS, BYLINE_CLASS, NOT_BYLINE_CLASS};
    for (int l = 0; l < lists.length; l++) {
      for (String w : lists[l]) {
        int start = (w.charAt(0) - 'a') * 26 + (w.charAt(1) - 'a');
        String[] words = HINT_WORDS[start] == null ? new String[0] : HINT_WORDS[start];
        int[] wordBits = HINT_BITS[start] == null ? new int[0] : HINT_BITS[start];
        HINT_WORDS[start] = java.util.Arrays.copyOf(words, words.length + 1);
        HINT_WORDS[start][words.length] = w;
        HINT_BITS[start] = java.util.Arrays.copyOf(wordBits, wordBits.length + 1);
        HINT_BITS[start][wordBits.length] = bits[l];
      }
    }
  }

  /**
   * Returns the bits ({@code DATE_CLASS}, {@code BYLINE_CLASS}, {@code NOT_BYLINE_CLASS}) of the
   * lists that have a word occurring in the text, ignoring the case of ASCII letters: one pass
   * over the text, comparing words only where two letters begin one, instead of a
   * {@code contains} scan per word (26 of them, for every class attribute of the page). Cheap
   * enough to run on every class attribute as it is: a per-page memo of the results cost more in
   * map insertions than it saved, as most class attributes of a page differ.
   */
  static int hintsOf(String text) {
    int hints = 0;
    int n = text.length();
    char next = n == 0 ? 0 : lowerAscii(text.charAt(0));
    for (int i = 0; i + 1 < n; i++) {
      char c = next;
      next = lowerAscii(text.charAt(i + 1));
      if (c < 'a' || c > 'z' || next < 'a' || next > 'z') {
        continue;
      }
      int start = (c - 'a') * 26 + (next - 'a');
      String[] words = HINT_WORDS[start];
      if (words != null) {
        int[] bits = HINT_BITS[start];
        for (int k = 0; k < words.length; k++) {
          if ((hints & bits[k]) == 0 && text.regionMatches(true, i, words[k], 0, words[k].length())) {
            hints |= bits[k];
          }
        }
      }
    }
    return hints;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static final Pattern LANGUAGE = Pattern.compile("(?i)^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$");

  private MetadataReader() {}

  /**
   * Reads the metadata of a page.
   *
   * @param doc the parsed page
   * @param url the page's URL, or {@code null} when unknown
   * @return the metadata; absent values are {@code null} or empty and the warnings say which
   */
  public static Metadata read(Document doc, @Nullable String url) {
    return read(doc, url, JsonLd.of(doc), MetaTags.of(doc));
  }

  /**
   * Reads the metadata from an already-read JSON-LD and meta-tag set of the page.
   *
   * @param doc the parsed page
   * @param url the page's URL, or {@code null}
   * @param jsonLd the page's JSON-LD
   * @param meta the page's meta tags
   * @return the metadata
   */
  public static Metadata read(Document doc, @Nullable String url, JsonLd jsonLd, MetaTags meta) {
    return read(doc, url, jsonLd, meta, doc.getAllElements());
  }

  /**
   * Reads the metadata from an already-read JSON-LD and meta-tag set of the page and the list of
   * its elements in document order ({@link dev.newsmodel.parse.Page#elements()}).
   *
   * @param doc the parsed page
   * @param url the page's URL, or {@code null}
   * @param jsonLd the page's JSON-LD
   * @param meta the page's meta tags
   * @param elements the page's elements, in document order
   * @return the metadata
   */
  public static Metadata read(Document doc, @Nullable String url, JsonLd jsonLd, MetaTags meta, List<Element> elements) {
    List<String> warnings = new ArrayList<>();
    if (jsonLd.unreadableBlocks() > 0) {
      warnings.add(jsonLd.unreadableBlocks() + " JSON-LD block(s) could not be read and were ignored.");
    }
    JsonNode ld = pickArticle(jsonLd);
    Visible visible = Visible.of(doc, elements);

    String canonical = absolute(firstNonNull(visible.canonical, meta.first("og:url").orElse(null),
        ld == null ? null : JsonLd.text(ld, "url").orElse(null), url), url);
    String domain = registrableDomain(canonical != null ? canonical : url);

    // Outlet names: what the site calls itself, used to strip title suffixes and reject authors.
    List<String> siteNames = new ArrayList<>();
    addIfPresent(siteNames, withoutBylinePart(meta.first("og:site_name").orElse(null)));
    if (ld != null) {
      addIfPresent(siteNames, JsonLd.text(ld, "publisher").orElse(null));
    }
    jsonLd.firstOfType(Set.of("newsmediaorganization", "organization", "website"))
        .flatMap(o -> JsonLd.text(o, "name")).ifPresent(n -> addIfPresent(siteNames, n));
    String appName = meta.first("application-name", "apple-mobile-web-app-title", "al:android:app_name",
        "al:iphone:app_name", "twitter:app:name:iphone").orElse(null);
    // Some templates fill the app-name metas with the page's own title: that is no site name.
    String ogTitle = meta.first("og:title").orElse(null);
    if (appName != null && !(ogTitle != null && Texts.comparable(ogTitle).equals(Texts.comparable(appName)))
        && !(visible.title != null && Texts.comparable(visible.title).equals(Texts.comparable(appName)))) {
      addIfPresent(siteNames, appName);
    }
    String twitterSite = meta.first("twitter:site").orElse(null);
    Outlet outlet = siteNames.isEmpty() ? (domain == null ? null : new Outlet(domain, domain))
        : new Outlet(siteNames.get(0), domain);

    String headline = headline(ld, meta, visible, siteNames, domain, twitterSite);
    if (headline == null) {
      warnings.add("No headline found.");
    }
    String subheadline = firstNonNull(
        ld == null ? null : JsonLd.text(ld, "alternativeHeadline").orElse(null),
        meta.first("og:description", "description", "twitter:description", "dc.description",
            "sailthru.description").orElse(null),
        ld == null ? null : JsonLd.text(ld, "description").orElse(null));
    // A description cut short by the site gives way to a fuller one that begins the same.
    if (subheadline != null) {
      String key = Texts.comparable(subheadline);
      for (String fuller : new String[] {ld == null ? null : JsonLd.text(ld, "description").orElse(null),
          meta.first("description").orElse(null), meta.first("twitter:description").orElse(null)}) {
        if (fuller != null && Texts.comparable(fuller).startsWith(key) && fuller.length() > subheadline.length()) {
          subheadline = fuller;
        }
      }
    }
    if (subheadline != null && headline != null && subheadline.equalsIgnoreCase(headline)) {
      subheadline = null;
    }

    List<Byline> bylines = bylines(ld, meta, visible, siteNames, domain);

    List<Dates.ReadDate> publishedCandidates = new ArrayList<>();
    List<Dates.ReadDate> modifiedCandidates = new ArrayList<>();
    if (ld != null) {
      addDate(publishedCandidates, JsonLd.text(ld, "datePublished").orElse(null));
      addDate(publishedCandidates, JsonLd.text(ld, "dateCreated").orElse(null));
      addDate(modifiedCandidates, JsonLd.text(ld, "dateModified").orElse(null));
    }
    for (String name : new String[] {"article:published_time", "article:published:time", "og:article:published_time", "og:published_time",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "article.published",
        "article_date_original", "cxenseparse:recs:publishtime", "og:pubdate", "originalpublicationdate"}) {
      addDate(publishedCandidates, meta.first(name).orElse(null));
    }
    for (String name : new String[] {"article:modified_time", "article:modified:time", "og:updated_time", "og:article:modified_time",
        "dc.date.modified", "dcterms.modified", "datemodified", "last-modified", "article.updated",
        "lastmod", "sailthru.lastmodified"}) {
      addDate(modifiedCandidates, meta.first(name).orElse(null));
    }
    for (String value : visible.publishedMicrodata) {
      addDate(publishedCandidates, value);
    }
    for (String value : visible.modifiedMicrodata) {
      addDate(modifiedCandidates, value);
    }
    for (String value : visible.times) {
      addDate(publishedCandidates, value);
    }
    String language = language(firstNonNull(visible.lang,
        meta.first("content-language", "dc.language", "language").orElse(null),
        ld == null ? null : JsonLd.text(ld, "inLanguage").orElse(null),
        meta.first("og:locale").orElse(null)));

    ZoneId evident = evidentZone(publishedCandidates, modifiedCandidates, domain);
    if (evident.equals(ZoneOffset.UTC) && language != null && !hasZone(publishedCandidates, modifiedCandidates)) {
      // A Japanese or Korean page that gives no zone anywhere writes its dates in its country's
      // one zone (JST, KST).
      String primary = language.length() >= 2 ? language.substring(0, 2).toLowerCase(Locale.ROOT) : "";
      if (primary.equals("ja")) {
        evident = ZoneId.of("Asia/Tokyo");
      } else if (primary.equals("ko")) {
        evident = ZoneId.of("Asia/Seoul");
      }
    }
    // Slashed dates ("03/12/2020") are month first on American pages, day first elsewhere.
    boolean monthFirst = "en-US".equals(language);
    if (publishedCandidates.isEmpty()) {
      // Last resort: a date printed for readers in an element that says it holds one.
      for (String text : visible.dateTexts) {
        Dates.parseVisible(text, evident, monthFirst).ifPresent(publishedCandidates::add);
      }
    }
    if (publishedCandidates.isEmpty()) {
      for (List<String> texts : List.of(visible.timeTexts, visible.bylineLines, visible.bylineTexts)) {
        for (String text : texts) {
          Dates.parseVisible(text, evident, monthFirst).ifPresent(publishedCandidates::add);
        }
        if (!publishedCandidates.isEmpty()) {
          break;
        }
      }
    }
    boolean fromUrl = false;
    if (publishedCandidates.isEmpty()) {
      // Only the page's address is left: "/2020/03/12/", "/2020-03-12-".
      Dates.ReadDate inUrl = urlDate(canonical != null ? canonical : url, evident);
      if (inUrl != null) {
        publishedCandidates.add(inUrl);
        fromUrl = true;
      }
    }
    Dates.ReadDate published = reconcile(publishedCandidates, evident);
    Dates.ReadDate modified = reconcile(modifiedCandidates, evident);
    if (published == null) {
      warnings.add("No publication date found.");
    } else if (fromUrl) {
      warnings.add("The publication date was taken from the page's URL (the page gives none): only the day is known,"
          + " read at " + published.dateTime().getOffset() + ".");
    } else if (published.zoneAssumed()) {
      warnings.add("The publication date has no time zone; read at " + published.dateTime().getOffset() + ".");
    }
    if (modified != null && modified.zoneAssumed()) {
      warnings.add("The modification date has no time zone; read at " + modified.dateTime().getOffset() + ".");
    }

    String section = firstNonNull(
        ld == null ? null : JsonLd.text(ld, "articleSection").orElse(null),
        meta.first("article:section", "parsely-section", "sailthru.section", "section", "dc.subject",
            "category").orElse(null));

    List<String> tags = tags(ld, meta);

    Media lead = leadImage(ld, meta, url != null ? url : canonical);
    Syndication syndication = ld == null ? null : structuredSyndication(ld, siteNames);
    if (syndication == null) {
      syndication = AuthorCredits.find(structuredAuthors(ld, meta), visibleAuthors(visible),
          bylines.stream().map(Byline::name).toList(), siteNames, domain);
    }

    return new Metadata(headline, subheadline, bylines,
        published == null ? null : published.dateTime(), modified == null ? null : modified.dateTime(),
        language, section, tags, canonical, outlet, lead, syndication, warnings);
  }

  /** What the page shows or marks up outside meta tags and JSON-LD, collected in one pass. */
  private static final class Visible {
    @Nullable String canonical;
    @Nullable String lang;
    @Nullable String title;
    final List<String> h1s = new ArrayList<>();
    final List<String> h1Titles = new ArrayList<>();
    final List<String> times = new ArrayList<>();
    final List<String> publishedMicrodata = new ArrayList<>();
    final List<String> modifiedMicrodata = new ArrayList<>();
    final List<String> authorMicrodata = new ArrayList<>();
    // itemprop=author on a Person item inside no other item: the byline when it is the page's only one.
    final List<String> lonePersonAuthors = new ArrayList<>();
    final List<String> relAuthors = new ArrayList<>();
    // The names of schema.org Person items in microdata ("itemscope itemtype=…/Person").
    final List<String> personItems = new ArrayList<>();
    private @Nullable Element personBlock;
    final List<String> authorPageLinks = new ArrayList<>();
    final List<String> bylineTexts = new ArrayList<>();
    // Byline-class texts after the first, a last resort when nothing else names a person: the
    // first such element is often another article's credit or a photo's ("AFP").
    final List<String> laterBylineTexts = new ArrayList<>();
    final List<String> dateTexts = new ArrayList<>();
    final List<String> bylineLines = new ArrayList<>();
    final List<String> labelledAuthors = new ArrayList<>();
    final List<String> cuedLines = new ArrayList<>();
    // Where each cued line stands in document order, and where the first h1 does.
    final List<Integer> cuedAt = new ArrayList<>();
    int firstH1At = -1;
    private int index;
    final List<String> timeTexts = new ArrayList<>();
    // Bold-name paragraphs after the h1: above the first paragraph of text, or set to the right.
    final List<String> boldNames = new ArrayList<>();
    // "Jane Doe |" standing just before the date under the headline, with no class to say so.
    final List<String> namesBeforeDate = new ArrayList<>();
    // Names the page labels as its editors ("Editor : Jane Doe"): structured data that names
    // them as authors names the desk's editor, not who wrote the article.
    final List<String> editors = new ArrayList<>();
    private boolean textBegun;
    @Nullable String headlineMicrodata;
    // Boilerplate's verdicts on the class/id words inComments met: each byline candidate walks
    // up through the same wrappers, and a verdict cuts the words into tokens.
    private final Map<String, String> furnitureReasons = new HashMap<>();

    static Visible of(Document doc, List<Element> elements) {
      Visible v = new Visible();
      // doc.selectFirst("html") without parsing the query again for every page: the root
      // element, right after the document itself in the list.
      Element html = null;
      for (Element e : elements) {
        if (e.nameIs("html")) {
          html = e;
          break;
        }
      }
      if (html != null) {
        v.lang = Texts.cleanOrNull(html.attr("lang").isEmpty() ? html.attr("xml:lang") : html.attr("lang"));
      }
      for (Element e : elements) {
        String tag = e.normalName();
        v.index++;
        if (v.firstH1At < 0 && tag.equals("h1")) {
          v.firstH1At = v.index;
        }
        v.readTag(e, tag);
        v.readLabelledDate(e, tag);
        v.readLabelledAuthor(e, tag);
        v.readCuedLine(e, tag);
        v.readNameBeforeDate(e, tag);
        v.readEditorLabel(e, tag);
        if (tag.equals("p") && v.firstH1At >= 0) {
          v.readBoldNames(e);
        }
        if (e.attributesSize() == 0) {
          continue;
        }
        v.readMicrodata(e, tag);
        v.readAuthorLinks(e, tag);
        v.readClassHints(e, tag);
      }
      return v;
    }

    // One method per kind of evidence, each a few hundred bytes of bytecode: as one loop body
    // this was among the costliest methods for the JIT compiler to compile.

    /** The title, canonical link, h1 headings and time elements. */
    private void readTag(Element e, String tag) {
      switch (tag) {
        case "title" -> {
          if (title == null) {
            title = Texts.cleanOrNull(e.text());
          }
        }
        case "link" -> {
          String rel = e.attr("rel").toLowerCase(Locale.ROOT);
          if (rel.equals("canonical") && canonical == null) {
            String absolute = e.absUrl("href");
            canonical = Texts.cleanOrNull(absolute.isEmpty() ? e.attr("href") : absolute);
          }
        }
        case "h1" -> {
          String t = Texts.clean(e.text());
          if (!t.isEmpty() && h1s.size() < 5) {
            h1s.add(t);
            // A heading set as kicker + title: the title proper is its last part.
            // (First and last child elements: childrenSize() would build the list of children.)
            Element lastChild = e.lastElementChild();
            if (lastChild != null && lastChild != e.firstElementChild()) {
              String last = Texts.clean(lastChild.text());
              if (last.length() >= 0.5 * t.length() && last.length() < t.length()) {
                h1Titles.add(last);
              }
            }
          }
        }
        case "time" -> {
          String dt = e.attr("datetime");
          if (!dt.isBlank() && times.size() < 5) {
            times.add(dt);
          } else if (dt.isBlank() && timeTexts.size() < 3) {
            // <time>12. März 2020</time>: a date printed for readers without its machine form.
            addIfPresent(timeTexts, e.text().length() < 120 ? e.text() : null);
          }
        }
        default -> { }
      }
    }

    /**
     * A labelled date: "<li><strong>Date</strong> 28.04.2023</li>", or a label and its date as
     * bare text between a container's elements ("<div><h1>…</h1> 기사입력 :[ 2018-08-25 15:24 ]
     * <div>…").
     */
    private void readLabelledDate(Element e, String tag) {
      if (dateTexts.isEmpty() && BARE_DATE_CONTAINERS.contains(tag) && e.childNodeSize() > 1) {
        for (int i = 0; i < e.childNodeSize(); i++) {
          if (e.childNode(i) instanceof TextNode bare && bare.getWholeText().length() <= 80
              && mayBeLabel(bare.getWholeText(), DATE_LABEL_LETTERS)
              && bare.getWholeText().chars().anyMatch(Character::isDigit)) {
            String t = Texts.clean(bare.getWholeText());
            if (DATE_LABELS.contains(labelOpening(t))) {
              dateTexts.add(t);
              break;
            }
          }
        }
      }
      if (dateTexts.size() < 3 && e.childNodeSize() == 1 && LABEL_TAGS.contains(tag)
          && e.childNode(0) instanceof TextNode own && own.getWholeText().length() <= 80
          && mayBeLabel(own.getWholeText(), DATE_LABEL_LETTERS) && own.getWholeText().chars().anyMatch(Character::isDigit)) {
        // Label and date in one text: "publiziert am 25. September 2018", "Published: 12 March 2020".
        String t = Texts.clean(own.getWholeText());
        if (DATE_LABELS.contains(labelOpening(t))) {
          dateTexts.add(t);
        }
        return;
      }
      if (dateTexts.size() < 3 && e.childNodeSize() == 1 && LABEL_TAGS.contains(tag)
          && e.childNode(0) instanceof TextNode label && label.getWholeText().length() <= 30
          && mayBeLabel(label.getWholeText(), DATE_LABEL_LETTERS)
          && DATE_LABELS.contains(Texts.clean(label.getWholeText()).toLowerCase(Locale.ROOT).replace(":", ""))) {
        Element labelled = e.parent();
        if (labelled != null && hasAtMostChildElements(labelled, 2)) {
          String t = Texts.clean(labelled.text());
          if (t.length() < 120) {
            dateTexts.add(t);
          }
        }
      }
    }

    /** A labelled author: "<li><strong>Autor</strong> Jane Doe</li>", "<p><b>Text:</b> Jan Kowal</p>". */
    private void readLabelledAuthor(Element e, String tag) {
      if (labelledAuthors.size() < 2 && e.childNodeSize() == 1 && LABEL_TAGS.contains(tag)
          && e.childNode(0) instanceof TextNode label && label.getWholeText().length() <= 30
          && mayBeLabel(label.getWholeText(), AUTHOR_LABEL_LETTERS)) {
        String key = Texts.clean(label.getWholeText()).toLowerCase(Locale.ROOT);
        key = key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
        Element labelled = e.parent();
        if (BylineWords.AUTHOR_LABELS.contains(key) && labelled != null && hasAtMostChildElements(labelled, 3)) {
          String whole = Texts.clean(labelled.text());
          String labelText = Texts.clean(e.text());
          if (whole.length() < 120 && whole.startsWith(labelText)) {
            String rest = whole.substring(labelText.length()).strip();
            addIfPresent(labelledAuthors, rest.startsWith(":") ? rest.substring(1) : rest);
          }
        }
      }
    }

    /** "Editor : <a>Jane Doe</a>": an element opening with an editor label, then a name. */
    private void readEditorLabel(Element e, String tag) {
      if (editors.size() >= 3) {
        return;
      }
      switch (tag) {
        case "div", "span", "p", "li", "small" -> { }
        default -> {
          return;
        }
      }
      // (Its first letter first: this runs on most elements, and the strip below allocates.)
      if (e.childNodeSize() < 2 || !(e.childNode(0) instanceof TextNode first)
          || !mayBeLabel(first.getWholeText(), EDITOR_LABEL_LETTERS)) {
        return;
      }
      String label = first.getWholeText().strip();
      if (label.length() > 40 || !EDITOR_LABEL.matcher(Texts.clean(label)).matches() || !hasAtMostChildElements(e, 2)) {
        return;
      }
      label = Texts.clean(label);
      String whole = Texts.clean(e.text());
      if (whole.length() <= 80 && whole.startsWith(label)) {
        addIfPresent(editors, whole.substring(label.length()).strip());
      }
    }

    /**
     * A name and a bar, its next sibling a printed date, a few elements after the first h1:
     * "<span>Jane Doe |</span><span>05.04.2025</span>", a meta line with no class to name it.
     */
    private void readNameBeforeDate(Element e, String tag) {
      if (!namesBeforeDate.isEmpty() || firstH1At < 0 || index - firstH1At > CUED_BEFORE_H1) {
        return;
      }
      switch (tag) {
        case "span", "div", "p", "li", "small" -> { }
        default -> {
          return;
        }
      }
      if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode only)
          || only.getWholeText().length() > 80 || only.getWholeText().indexOf('|') < 0) {
        return;
      }
      Matcher name = NAME_AND_BAR.matcher(Texts.clean(only.getWholeText()));
      Element next = e.nextElementSibling();
      if (name.matches() && next != null && next.text().length() <= 80
          && Dates.parseVisible(next.text(), ZoneOffset.UTC).isPresent()) {
        namesBeforeDate.add(name.group(1));
      }
    }

    /** A short line that is only a cue word and names: "Von Jane Doe", "Par Jean Dupont et Marie Roe". */
    private void readCuedLine(Element e, String tag) {
      if (cuedLines.size() >= 3) {
        return;
      }
      switch (tag) {
        case "p", "div", "span", "li", "address", "small", "em", "strong", "b" -> { }
        default -> {
          return;
        }
      }
      // Only where the text is the element's own: its first child a text node opening with the cue.
      if (e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode first) || first.isBlank()
          || !hasAtMostChildElements(e, 3)) {
        return;
      }
      String lead = first.getWholeText().stripLeading();
      // (A cue word capitalised or in capitals opens every cued line.)
      if (!BylineWords.opensWithCueWord(lead) || printableAsciiExceeds(lead, CUED_LINE_MAX)) {
        return;
      }
      String t = Texts.clean(e.text());
      if (t.length() <= CUED_LINE_MAX && BylineWords.CUED_LINE.matcher(t).matches()) {
        cuedLines.add(t);
        cuedAt.add(index);
      }
    }

    /**
     * A paragraph after the h1 that holds nothing but names in bold, standing above the first
     * paragraph of text ("<p><strong>Jane Doe</strong></p>" opening the article) or set to the
     * right (a signature closing it). Paragraphs of text are told by their own first text.
     */
    private void readBoldNames(Element e) {
      int nodes = e.childNodeSize();
      if (nodes == 0) {
        return;
      }
      if (e.childNode(0) instanceof TextNode first) {
        if (!textBegun && first.getWholeText().length() >= LONG_PARAGRAPH) {
          textBegun = true;
        }
        if (!first.isBlank() || nodes > 3) {
          return;
        }
      }
      if (boldNames.size() >= 2 || nodes > 3) {
        return;
      }
      // One strong or b child and white space around it.
      Element bold = null;
      for (int i = 0; i < nodes; i++) {
        org.jsoup.nodes.Node child = e.childNode(i);
        if (child instanceof Element el) {
          if (bold != null || !(el.normalName().equals("strong") || el.normalName().equals("b"))) {
            return;
          }
          bold = el;
        } else if (!(child instanceof TextNode text && text.isBlank())) {
          return;
        }
      }
      if (bold == null || bold.childNodeSize() != 1 || !(bold.childNode(0) instanceof TextNode)) {
        return;
      }
      boolean signature = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:right");
      if (textBegun && !signature) {
        return;
      }
      String t = Texts.clean(bold.text());
      if (t.length() <= 80 && BOLD_NAMES.matcher(t).matches()) {
        boldNames.add(t);
      }
    }

    /**
     * The cued lines that stand near the page's first h1 (the article's byline sits just above
     * or below its headline; "Von …" lines further away credit teasers of other articles).
     */
    List<String> cuedNearHeadline() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < cuedLines.size(); i++) {
        int distance = cuedAt.get(i) - firstH1At;
        if (firstH1At >= 0 && distance >= -CUED_BEFORE_H1 && distance <= CUED_AFTER_H1) {
          out.add(cuedLines.get(i));
        }
      }
      return out;
    }

    /** Dates, headline and authors marked up with itemprop. */
    private void readMicrodata(Element e, String tag) {
      // Only the first block of them: sibling items under one parent (teasers repeat the markup
      // elsewhere on the page, one item each).
      if (personItems.size() < 5 && e.hasAttr("itemscope") && isPersonType(e.attr("itemtype"))
          && (personBlock == null || personBlock == e.parent())) {
        personBlock = e.parent();
        Element name = e.selectFirst(ITEMPROP_HAS_NAME);
        if (name != null) {
          addIfPresent(personItems, name.hasAttr("content") ? name.attr("content") : name.text());
        }
      }
      String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
      if (!itemprop.isEmpty()) {
        String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : null;
        switch (itemprop) {
          case "datepublished", "datecreated" -> publishedMicrodata.add(value != null ? value : e.text());
          case "datemodified" -> modifiedMicrodata.add(value != null ? value : e.text());
          case "headline" -> {
            if (headlineMicrodata == null && !tag.equals("meta")) {
              headlineMicrodata = Texts.cleanOrNull(e.text());
            } else if (headlineMicrodata == null) {
              headlineMicrodata = Texts.cleanOrNull(value);
            }
          }
          case "author", "creator" -> {
            // An itemprop outside any itemscope belongs to no item (teaser cards copy the markup);
            // one that is a Person item of its own is kept apart (lists of them are teasers).
            boolean lonePerson = !inItem(e);
            if (lonePerson && !(e.hasAttr("itemscope") && isPersonType(e.attr("itemtype")))) {
              break;
            }
            Element name = e.selectFirst(ITEMPROP_NAME);
            String text = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                : value != null ? value : e.text();
            addIfPresent(lonePerson ? lonePersonAuthors : authorMicrodata, text);
          }
          default -> { }
        }
      }
    }

    // schema.org's type is "Person"; sites also write "person" (and validators let it pass).
    private static boolean isPersonType(String itemtype) {
      int n = itemtype.length();
      return n > 7 && itemtype.charAt(n - 7) == '/' && itemtype.regionMatches(true, n - 6, "Person", 0, 6);
    }

    /** Links to the author: rel="author" and links to author pages. */
    private void readAuthorLinks(Element e, String tag) {
      if (!tag.equals("a")) {
        return;
      }
      if (relAuthors.size() < 3 && e.attr("rel").equalsIgnoreCase("author") && !isPlaceholderAuthorPage(e.attr("href"))) {
        addIfPresent(relAuthors, e.text());
      }
      String href = authorPageLinks.size() < 3 ? e.attr("href") : "";
      if (mayBeAuthorPage(href)) {
        // A link to the author's page: ".../author/jane-doe/", not ".../author/admin/".
        Matcher page = AUTHOR_PAGE.matcher(href);
        if (page.find() && !PLACEHOLDER_AUTHOR.matcher(page.group(1).replace('-', ' ')).matches()
            && (e.parent() == null || e.parent().closest(MENU) == null)) {
          addIfPresent(authorPageLinks, e.text());
        }
      }
    }

    // A site menu lists its columnists' pages: those links are not the article's byline. (A
    // sidebar is not left out the same way: some sites put the article's own byline in one.)
    private static final org.jsoup.select.Evaluator MENU = org.jsoup.select.QueryParser.parse("nav, [role=navigation]");

    /** Small elements whose class or id says they hold a date or a byline. */
    private void readClassHints(Element e, String tag) {
      boolean wantsDate = dateTexts.size() < 3;
      boolean wantsByline = bylineTexts.isEmpty() || laterBylineTexts.size() < 2;
      // Small elements only: a big container's text is not a date or a byline, and reading it
      // for every such container would be quadratic. (Counted before the class is looked at:
      // counting up to five children is cheaper than the class's words.)
      if (!wantsDate && !wantsByline || !hasAtMostChildElements(e, 4)) {
        return;
      }
      int hints = classHints(e.className());
      // (hCard's "bday" and hCalendar's "dtstart" date a person or an event the page is about,
      // even when the same element's classes also say "published"; a citation's dates are the
      // cited work's.)
      if (wantsDate && (hints & DATE_CLASS) != 0 && !e.className().contains("bday")
          && !e.className().contains("dtstart") && !inCitation(e)) {
        String t = Texts.clean(e.text());
        if (!t.isEmpty() && t.length() < 120) {
          dateTexts.add(t);
        }
      }
      if (wantsByline && !tag.equals("meta") && !tag.equals("link") && !tag.equals("body")
          && ((hints & BYLINE_CLASS) != 0 || (hintsOf(e.id()) & BYLINE_CLASS) != 0)
          && (hints & NOT_BYLINE_CLASS) == 0) {
        String t = Texts.clean(e.text());
        // A byline that is a link to a placeholder account's page names no one.
        Element link = tag.equals("a") ? e : e.firstElementChild();
        if (!t.isEmpty() && t.length() < 120 && !(link != null && link.normalName().equals("a")
            && isPlaceholderAuthorPage(link.attr("href"))) && !inComments(e)) {
          if (!bylineTexts.isEmpty()) {
            laterBylineTexts.add(t);
            return;
          }
          bylineTexts.add(t);
          // The line that holds the byline often holds the date: "Thu 25.04.24 | 14:07 | By Jane Doe".
          Element line = e.parent();
          if (line != null && hasAtMostChildElements(line, 4)) {
            addIfPresent(bylineLines, line.text().length() < 160 ? line.text() : null);
          }
        }
      }
    }

    private static int classHints(String className) {
      return className.isEmpty() ? 0 : hintsOf(className);
    }

    /** Whether the element is or sits in a citation: a {@code <cite>} or a list of references. */
    private static boolean inCitation(Element e) {
      for (Element a = e; a != null; a = a.parent()) {
        if (a.nameIs("cite") || a.className().contains("reference")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the element sits in the readers' comments: a commenter's name there is styled as
     * a byline too ({@code <li class="comment"><div class="byline">}), and comment threads often
     * come before the article's own byline in the page's order.
     */
    private boolean inComments(Element e) {
      for (Element a = e.parent(); a != null; a = a.parent()) {
        if (a.attributesSize() > 0
            && Boilerplate.COMMENTS.equals(Boilerplate.reasonFor(a, furnitureReasons).orElse(null))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether the text holds more than {@code limit} printable ASCII characters: those all survive
   * {@link Texts#clean(String)}, so an element whose first text node has more is longer than
   * {@code limit} once clean, whatever else it holds. Counting them is cheaper than building the
   * element's text, which most paragraphs would otherwise pay for in the cued-byline check.
   */
  static boolean printableAsciiExceeds(String text, int limit) {
    if (text.length() <= limit) {
      return false;
    }
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < '\u007F' && ++count > limit) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the address is an author page of a placeholder account (".../author/admin/"): the
   * name shown for it is the site's login, not the writer's.
   */
  static boolean isPlaceholderAuthorPage(@Nullable String href) {
    if (href == null || !mayBeAuthorPage(href)) {
      return false;
    }
    Matcher page = AUTHOR_PAGE.matcher(href);
    return page.find() && PLACEHOLDER_AUTHOR.matcher(page.group(1).replace('-', ' ')).matches();
  }

  // Whether the link has a path segment that starts "aut"/"Aut" or is "journalist…" or
  // "reporter…" (what AUTHOR_PAGE needs): one pass over the slashes, as every link of the page
  // is asked.
  static boolean mayBeAuthorPage(String href) {
    for (int slash = href.indexOf('/'); slash >= 0; slash = href.indexOf('/', slash + 1)) {
      if (href.startsWith("aut", slash + 1) || href.startsWith("Aut", slash + 1)
          || href.startsWith("journalist", slash + 1) || href.startsWith("reporter", slash + 1)) {
        return true;
      }
    }
    return false;
  }

  // The labels of the editor's name in a credit line ("Editor : Jane Doe"), lower case.
  static final List<String> EDITOR_LABELS = List.of("editor", "editors", "edited by", "editing by", "redaktur",
      "penyunting", "redakteur", "redakteurin", "editor/a", "editado por");

  // The first letters of the AUTHOR_LABELS, DATE_LABELS and EDITOR_LABELS: a label whose
  // first letter is another ASCII letter is none of them, and is not cleaned and looked up
  // (most short spans).
  static final String AUTHOR_LABEL_LETTERS = BylineWords.firstLetters(BylineWords.AUTHOR_LABELS);
  static final String DATE_LABEL_LETTERS = BylineWords.firstLetters(DATE_LABELS);
  static final String EDITOR_LABEL_LETTERS = BylineWords.firstLetters(EDITOR_LABELS);

  // Where a bare date label may stand: the containers of a headline and its body.
  private static final Set<String> BARE_DATE_CONTAINERS = Set.of("div", "td", "header", "section", "article");

  /**
   * The first word of a text, lower-cased, up to a space, a colon (ASCII or full-width) or a
   * bracket: "Published: 12 March" gives "published", "发布时间：2020-03-12" "发布时间".
   */
  static String labelOpening(String text) {
    int end = 0;
    while (end < text.length() && " :：[(【".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(0, end).toLowerCase(Locale.ROOT);
  }

  static boolean mayBeLabel(String label, String firstLetters) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isLetter(c)) {
        // A non-ASCII letter may clean to an ASCII one: looked up.
        return c >= 0x80 || firstLetters.indexOf(Character.toLowerCase(c)) >= 0;
      }
    }
    return false;
  }

  // The label of the editor's name in a credit line, in the languages pages print it.
  private static final Pattern EDITOR_LABEL = Pattern.compile("(?iu)^(?:" + EDITOR_LABELS.stream()
      .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\s*:?$");

  // Two to four capitalised words and a bar: "Jane Doe |".
  private static final Pattern NAME_AND_BAR = Pattern.compile(
      "(?u)^(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})\\s*\\|$");

  // Element.childrenSize() builds (and caches) the list of child elements: for every element of
  // the page that was a tenth of the document layer's allocation. Counting stops at max + 1.
  private static boolean hasAtMostChildElements(Element e, int max) {
    int count = 0;
    for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (++count > max) {
        return false;
      }
    }
    return true;
  }

  private static boolean inItem(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.hasAttr("itemscope")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable JsonNode pickArticle(JsonLd jsonLd) {
    JsonNode best = null;
    int bestScore = -1;
    for (JsonNode node : jsonLd.objects()) {
      if (!JsonLd.hasType(node, JsonLd.ARTICLE_TYPES)) {
        continue;
      }
      int score = (node.has("headline") ? 2 : 0) + (node.has("datePublished") ? 2 : 0)
          + (node.has("author") ? 1 : 0) + (node.has("articleBody") ? 1 : 0);
      if (score > bestScore) {
        best = node;
        bestScore = score;
      }
    }
    if (best == null) {
      // WebPage objects sometimes carry the article's fields.
      for (JsonNode node : jsonLd.objects()) {
        if (JsonLd.hasType(node, Set.of("webpage", "itempage", "claimreview", "videoobject", "event"))
            && (node.has("headline") || node.has("datePublished"))) {
          return node;
        }
      }
    }
    return best;
  }

  // ---- headline

  private static @Nullable String headline(@Nullable JsonNode ld, MetaTags meta, Visible visible,
      List<String> siteNames, @Nullable String domain, @Nullable String twitterSite) {
    List<String> candidates = new ArrayList<>();
    String fromLd = ld == null ? null : JsonLd.text(ld, "headline").or(() -> JsonLd.text(ld, "name")).orElse(null);
    String og = meta.first("og:title").orElse(null);
    String other = meta.first("twitter:title", "parsely-title", "sailthru.title", "dc.title", "title").orElse(null);
    String h1 = visible.h1s.isEmpty() ? null : visible.h1s.get(0);
    // A JSON-LD whose name is the page's heading and whose headline is not: the headline is a
    // description there (encyclopaedia and reference pages: "constitutional monarchy in …").
    if (fromLd != null && h1 != null && !Texts.clean(fromLd).equals(h1)) {
      String name = JsonLd.text(ld, "name").orElse(null);
      if (name != null && Texts.clean(name).equals(h1)) {
        fromLd = name;
      }
    }
    // A JSON-LD that sets an alternativeHeadline beside its headline says which is the title.
    String alternative = ld == null ? null : JsonLd.text(ld, "alternativeHeadline").orElse(null);
    boolean curated = fromLd != null && alternative != null;
    // The sharing title (og:title) is the one the newsroom writes for readers arriving from
    // elsewhere; JSON-LD's headline is often the search-engine variant. Where they disagree the
    // sharing title is the article's title more often than not, so it comes first.
    // A sharing title that carries the site's name is the document title copied, not one
    // written for sharing: JSON-LD's headline, when the page shows it as its heading and it is
    // worded otherwise (not only quoted otherwise), comes first.
    if (!curated && og != null && fromLd != null && h1 != null && Texts.clean(fromLd).equals(h1)) {
      String ogTitle = stripSiteName(og, siteNames, domain);
      curated = ogTitle != null && !Texts.clean(og).equals(ogTitle)
          && !Headlines.foldQuotes(ogTitle).equals(Headlines.foldQuotes(h1));
    }
    String[] ordered = curated ? new String[] {fromLd, og, other, visible.headlineMicrodata, visible.title}
        : new String[] {og, fromLd, other, visible.headlineMicrodata, visible.title};
    // The first three are written as metadata; microdata and <title> follow the page's layout.
    List<String> structured = new ArrayList<>();
    for (int i = 0; i < ordered.length; i++) {
      String c = ordered[i];
      if (c != null) {
        String stripped = stripSiteName(c, siteNames, domain);
        if (stripped != null && !isSiteName(stripped, siteNames, domain)) {
          candidates.add(stripped);
          if (i < 3) {
            structured.add(stripped);
          }
        }
      }
    }
    if (candidates.isEmpty()) {
      return h1;
    }
    String first = candidates.get(0);
    String part = Headlines.partOfAnother(first, structured);
    if (part != null) {
      return part;
    }
    String visiblePart = Headlines.visibleHead(first, visible.h1Titles, visible.h1s);
    if (visiblePart != null) {
      return visiblePart;
    }
    String fuller = Headlines.fullerThanCut(first, candidates, visible.h1s);
    if (fuller != null) {
      return fuller;
    }
    if (structured.isEmpty() && visible.headlineMicrodata == null && first.equals(candidates.get(candidates.size() - 1))) {
      // Only the document title says what the page is called, and no site name is known to cut
      // from it: "Lorem ipsum dolor – My website" ends in the site's name all the same.
      return withoutShortSuffix(first);
    }
    return first;
  }

  // A title's last part after a separator, when short (at most three words) and after at least
  // three words of title: the site's name, even where the page names its site nowhere else.
  static String withoutShortSuffix(String title) {
    List<int[]> cuts = separators(title);
    if (cuts.isEmpty()) {
      return title;
    }
    int[] last = cuts.get(cuts.size() - 1);
    String head = title.substring(0, last[0]).strip();
    String tail = title.substring(last[1]).strip();
    boolean plainSeparator = title.substring(last[0], last[1]).strip().length() == 1
        && "|-\u2013\u2014\u00B7\u00BB".indexOf(title.substring(last[0], last[1]).strip().charAt(0)) >= 0;
    if (plainSeparator && !tail.isEmpty() && Texts.wordCount(tail) <= 3 && Texts.wordCount(head) >= 3) {
      return head;
    }
    return title;
  }


  private static final org.jsoup.select.Evaluator ITEMPROP_NAME = org.jsoup.select.QueryParser.parse("[itemprop=name]");
  // itemprop="name" or a list holding it ("url name").
  private static final org.jsoup.select.Evaluator ITEMPROP_HAS_NAME =
      org.jsoup.select.QueryParser.parse("[itemprop~=(?i)(^|\\s)name(\\s|$)]");

  /** Returns the title without a " | Site name" suffix or "Site name | " prefix. */
  static @Nullable String stripSiteName(String title, List<String> siteNames, @Nullable String domain) {
    String t = Texts.clean(title);
    List<int[]> cuts = separators(t);
    if (cuts.isEmpty()) {
      return Texts.cleanOrNull(t);
    }
    // Suffix: the part after the last separator names the site.
    int[] last = cuts.get(cuts.size() - 1);
    String tail = t.substring(last[1]);
    if (isSiteName(tail, siteNames, domain)) {
      String head = t.substring(0, last[0]);
      // Several trailing sections ("Headline | Section | Site"): drop a short section too.
      if (cuts.size() >= 2) {
        int[] prev = cuts.get(cuts.size() - 2);
        String middle = t.substring(prev[1], last[0]);
        if (Texts.wordCount(middle) <= 2 && t.charAt(prev[0] + 1) == t.charAt(last[0] + 1)) {
          head = t.substring(0, prev[0]);
        }
      }
      return Texts.cleanOrNull(GLUED_SECTION.matcher(head).replaceFirst(""));
    }
    // "Title | Site | by Jane Doe": the site's name before a trailing byline.
    if (cuts.size() >= 2 && BylineWords.TITLE_TAIL.matcher(tail).matches()) {
      int[] prev = cuts.get(cuts.size() - 2);
      if (isSiteName(t.substring(prev[1], last[0]), siteNames, domain)) {
        return Texts.cleanOrNull(t.substring(0, prev[0]));
      }
    }
    int[] first = cuts.get(0);
    String lead = t.substring(0, first[0]);
    if (isSiteName(lead, siteNames, domain)) {
      return Texts.cleanOrNull(t.substring(first[1]));
    }
    return Texts.cleanOrNull(t);
  }

  /**
   * Returns the [start, end) of each TITLE_SEPARATOR match, as a find() loop over the whole
   * title would. Every match holds one of the separator characters, after nothing but white
   * space: the regex (whose {@code \s*} lets it try every index) starts at the white space
   * before the first of them, and titles without one are not searched at all.
   */
  static List<int[]> separators(String title) {
    int first = -1;
    for (int i = 0; i < title.length() && first < 0; i++) {
      switch (title.charAt(i)) {
        case '|', '-', '\u2013', '\u2014', ':', '\u00B7', '\u2022', '\u00BB', '*', '\uFF5C', '\uFF1A', '\u3163' -> first = i;
        default -> { }
      }
    }
    if (first < 0) {
      return List.of();
    }
    while (first > 0 && isRegexSpace(title.charAt(first - 1))) {
      first--;
    }
    Matcher m = TITLE_SEPARATOR.matcher(title).region(first, title.length());
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    return cuts;
  }

  // Java regex's \s without UNICODE_CHARACTER_CLASS.
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static boolean isSiteName(String text, List<String> siteNames, @Nullable String domain) {
    String key = Texts.comparable(text);
    if (key.isEmpty()) {
      return false;
    }
    for (String name : siteNames) {
      String n = Texts.comparable(name);
      if (!n.isEmpty() && (n.equals(key) || (key.length() >= 4 && n.contains(key)) || (n.length() >= 4 && key.startsWith(n)))) {
        return true;
      }
    }
    if (domain != null) {
      String d = Texts.comparable(firstLabel(domain));
      return key.equals(Texts.comparable(domain)) || (d.length() >= 3 && (key.equals(d) || key.replace("the", "").equals(d)
          || (key.startsWith(d) && key.length() <= d.length() + 6)));
    }
    return false;
  }

  // ---- bylines

  private static List<Byline> bylines(@Nullable JsonNode ld, MetaTags meta, Visible visible,
      List<String> siteNames, @Nullable String domain) {
    List<List<String>> sources = new ArrayList<>();
    if (ld != null) {
      sources.add(personNames(ld.get("author")));
      if (!ld.has("author")) {
        sources.add(personNames(ld.get("creator")));
      }
    }
    // Each meta name on its own: an "author" meta naming the outlet does not hide a
    // "sailthru.author" naming the reporter.
    for (String name : new String[] {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
        "dcterms.creator", "byl", "cxenseparse:author", "twitter:creator:name"}) {
      List<String> metaNames = meta.all(name);
      if (!metaNames.isEmpty()) {
        sources.add(metaNames);
      }
    }
    sources.add(visible.authorMicrodata);
    sources.add(visible.lonePersonAuthors.size() == 1 ? visible.lonePersonAuthors : List.of());
    sources.add(visible.relAuthors);
    sources.add(visible.labelledAuthors);
    List<String> cued = new ArrayList<>();
    for (String text : visible.bylineTexts) {
      addIfPresent(cued, bylineOf(text));
    }
    sources.add(cued);
    sources.add(visible.authorPageLinks);
    sources.add(visible.cuedNearHeadline());
    sources.add(visible.boldNames);
    sources.add(visible.namesBeforeDate);
    // The first byline-class text named no one (a label, a date, initials): a later one may. Not
    // when it credits an agency, which is then the article's credit (the later ones are teasers').
    if (!visible.bylineTexts.isEmpty() && WireAgencies.find(bylineOf(visible.bylineTexts.get(0))).isEmpty()) {
      for (String text : visible.laterBylineTexts) {
        sources.add(List.of(bylineOf(text)));
      }
    }
    for (List<String> source : sources) {
      List<Byline> out = people(source, siteNames, domain);
      if (!visible.editors.isEmpty()) {
        out.removeIf(byline -> visible.editors.stream().anyMatch(editor -> editor.equalsIgnoreCase(byline.name())));
      }
      if (!out.isEmpty()) {
        // Structured data naming only the first of several authors: the page's Person items
        // (microdata) naming them all and more give the whole list.
        if (visible.personItems.size() > out.size()) {
          List<Byline> shown = people(visible.personItems, siteNames, domain);
          if (shown.size() > out.size() && shown.containsAll(out)) {
            return shown;
          }
        }
        return out;
      }
    }
    return List.of();
  }

  /** The people a source names, each once, in order. */
  private static List<Byline> people(List<String> source, List<String> siteNames, @Nullable String domain) {
    List<Byline> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : source) {
      for (String name : splitNames(raw)) {
        if (isPerson(name, siteNames, domain) && seen.add(name.toLowerCase(Locale.ROOT))) {
          out.add(Byline.of(name));
        }
      }
    }
    return out;
  }

  /** The structured author texts an agency may be credited in ({@link AuthorCredits}): JSON-LD of any type, metas. */
  private static List<String> structuredAuthors(@Nullable JsonNode ld, MetaTags meta) {
    List<String> texts = new ArrayList<>();
    if (ld != null) {
      AuthorCredits.jsonLdNames(ld.get("author"), texts);
    }
    texts.addAll(meta.all("author"));
    texts.addAll(meta.all("article:author"));
    return texts;
  }

  /** The visible author texts an agency may be credited in ({@link AuthorCredits}). */
  private static List<String> visibleAuthors(Visible visible) {
    List<String> texts = new ArrayList<>(visible.authorMicrodata);
    texts.addAll(visible.labelledAuthors);
    for (String text : visible.bylineTexts) {
      texts.add(bylineOf(text));
    }
    texts.addAll(visible.cuedNearHeadline());
    return texts;
  }

  /**
   * The names part of a byline element's text: after a cue word when one comes later in the
   * line ("capital von Jane Doe 05. November 2024" → "Jane Doe"), up to a date, a bar or a
   * bullet; the text as it is when it has neither.
   */
  static String bylineOf(String text) {
    String t = Texts.clean(text);
    Matcher cue = BylineWords.CUE_IN_LINE.matcher(t);
    if (!cue.find()) {
      // No cue word: the text as it is (digits in it say it is no name), unless it is a name
      // followed by its date, "Jane Doe Monday, February 29, 2016 @ 11:10 PM".
      return nameBeforeDate(t);
    }
    if (cue.start() > 0) {
      t = t.substring(cue.end());
    }
    Matcher end = BYLINE_END.matcher(t);
    if (end.find() && end.start() > 0) {
      t = t.substring(0, end.start()).strip();
      // "By Jane Doe March 12, 2020", "Jane Doe Monday, February 29": the weekday and the month
      // before the day belong to the date.
      // One of each at most: a surname can be a month's or a day's name ("Jane May").
      t = withoutLastWordIf(t, Dates::isMonthName);
      t = withoutLastWordIf(t, Dates::isWeekdayName);
    }
    return t.strip();
  }

  /**
   * The name of a "name, then its date" text without a cue word: the words before the first
   * weekday, or the first month name followed by a day, when those words hold no digit and the
   * rest reads as a date ("Jane Doe Monday, February 29, 2016 @ 11:10 PM" → "Jane Doe"; "Jane
   * May March 12, 2020" → "Jane May"). Any other text comes back as it is.
   */
  static String nameBeforeDate(String text) {
    String[] words = text.split(" ");
    for (int i = 1; i < words.length; i++) {
      boolean dayNext = i + 1 < words.length && !words[i + 1].isEmpty() && Character.isDigit(words[i + 1].charAt(0));
      if (Dates.isWeekdayName(words[i]) || (Dates.isMonthName(words[i]) && dayNext)) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)).strip();
        name = name.endsWith(",") ? name.substring(0, name.length() - 1).strip() : name;
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        boolean digitFree = name.chars().noneMatch(Character::isDigit);
        return digitFree && Dates.parseVisible(rest, ZoneOffset.UTC).isPresent() ? name : text;
      }
    }
    return text;
  }

  // Where a site name's parts meet: "Harbour Notes | By: Jane Doe".
  private static final Pattern SITE_NAME_PARTS = Pattern.compile("\\s+[|–—·-]\\s+");

  /**
   * A site name without a byline part ("Harbour Notes | By: Jane Doe" → "Harbour Notes"): a
   * personal site's name may credit its author, who is then no site name to reject as a byline.
   */
  static @Nullable String withoutBylinePart(@Nullable String siteName) {
    if (siteName == null) {
      return null;
    }
    Matcher separator = SITE_NAME_PARTS.matcher(siteName);
    while (separator.find()) {
      String rest = siteName.substring(separator.end());
      if (separator.start() > 0 && BylineWords.LEADING_CUE.matcher(rest).lookingAt()) {
        return siteName.substring(0, separator.start());
      }
    }
    return siteName;
  }

  /** The text without its last word (and a comma before it) when that word passes the test. */
  private static String withoutLastWordIf(String text, java.util.function.Predicate<String> test) {
    int space = text.lastIndexOf(' ');
    if (space <= 0 || !test.test(text.substring(space + 1))) {
      return text;
    }
    String rest = text.substring(0, space).strip();
    return rest.endsWith(",") ? rest.substring(0, rest.length() - 1).strip() : rest;
  }

  private static List<String> personNames(@Nullable JsonNode value) {
    List<String> out = new ArrayList<>();
    collectPersons(value, out, 0);
    return out;
  }

  private static void collectPersons(@Nullable JsonNode value, List<String> out, int depth) {
    if (value == null || depth > 4) {
      return;
    }
    if (value.isArray()) {
      for (JsonNode item : value.values()) {
        collectPersons(item, out, depth + 1);
      }
    } else if (value.isString()) {
      addIfPresent(out, value.stringValue());
    } else if (value.isObject()) {
      for (String type : JsonLd.types(value)) {
        if (ORGANISATION_TYPES.contains(type)) {
          return;
        }
      }
      // A Person whose page is a placeholder account's (".../author/admin/") is the site's login.
      if (isPlaceholderAuthorPage(JsonLd.text(value, "url").orElse(null))
          || isPlaceholderAuthorPage(JsonLd.text(value, "@id").orElse(null))) {
        return;
      }
      String name = JsonLd.text(value, "name").orElse(null);
      if (name == null) {
        // {"@type":"Person","givenName":"Jane","familyName":"Doe"} without a name.
        String given = JsonLd.text(value, "givenName").orElse(null);
        String family = JsonLd.text(value, "familyName").orElse(null);
        name = given == null ? family : family == null ? given : given + " " + family;
      }
      addIfPresent(out, name);
    }
  }

  static List<String> splitNames(String raw) {
    String text = BylineWords.LEADING_CUE.matcher(Texts.clean(raw)).replaceFirst("");
    List<String> out = new ArrayList<>();
    if (text.isEmpty() || URL_LIKE.matcher(text).find() && !text.contains(" ")) {
      return out;
    }
    // "Doe, Jane" is one name written surname first.
    Matcher inverted = INVERTED_NAME.matcher(text);
    if (inverted.matches()) {
      String first = inverted.group(1);
      String rest = inverted.group(2).strip();
      if (WireAgencies.agency(first).isPresent()) {
        // "Reuters, Washington" is no "Surname, Given" but an agency and the dateline's place
        // (left out, as after full names below); an agency before a full name lists both.
        out.add(first);
        if (rest.contains(" ")) {
          out.addAll(splitNames(rest));
        }
        return out;
      }
      text = rest + " " + first;
    }
    List<String> parts = new ArrayList<>();
    for (String part : NAME_SPLIT.split(text)) {
      // "Jane Doe, John Roe" lists people; "Doe, Jane" was turned round above.
      String[] commaParts = part.split("\\s*,\\s*");
      if (commaParts.length >= 2 && PLACEHOLDER_AUTHOR.matcher(commaParts[0].strip()).matches()) {
        // "red, Example.com": a desk's abbreviation before a name is a list, not "Surname, Given".
        parts.addAll(List.of(commaParts));
      } else if (commaParts.length >= 2 && commaParts[0].strip().contains(" ")) {
        int keep = commaParts.length;
        // "Jane Doe, Nairobi": one word after full names is the dateline's place (or a role).
        if (!commaParts[keep - 1].strip().contains(" ") && commaParts[keep - 2].strip().contains(" ")) {
          keep--;
        }
        parts.addAll(List.of(commaParts).subList(0, keep));
      } else {
        parts.add(part);
      }
    }
    for (String part : parts) {
      if (BRACKETED_ADDRESS.matcher(part).find()) {
        // "Daily Example (www.example.com)": an address in brackets names an organisation.
        continue;
      }
      String name = BylineWords.LEADING_CUE.matcher(part.strip()).replaceFirst("").strip();
      name = NAME_TAIL.matcher(name).replaceFirst("").strip();
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * Whether every word of a name is one letter at most, as in "J J" or "A. B.": the avatar
   * letter and user name of a commenter, or a desk's initials, which name no one a reader could
   * look up. (Initials beside a surname, "J. Doe", are a name; so is a CJK name written with a
   * space, "王 明", whose every character is a whole syllable.)
   */
  static boolean isInitialsOnly(String name) {
    int lettersInWord = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        lettersInWord = 0;
      } else if (Character.isLetter(c) && (++lettersInWord > 1 || Texts.isCjk(c))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPerson(String name, List<String> siteNames, @Nullable String domain) {
    int shortest = Texts.isCjk(name.codePointAt(0)) ? 2 : 3;
    if (name.length() < shortest || name.length() > 60 || URL_LIKE.matcher(name).find() || NOT_A_NAME.matcher(name).find()
        || SOCIAL.matcher(name).find()) {
      return false;
    }
    if (PLACEHOLDER_AUTHOR.matcher(name).matches() || BylineWords.CUE_ONLY.matcher(name).matches()
        || isSiteName(name, siteNames, domain) || isInitialsOnly(name)) {
      return false;
    }
    if (domain != null) {
      // "MDR THÜRINGEN", "BR24 Redaktion": the site's own name with a region or desk.
      String label = domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain;
      int space = name.indexOf(' ');
      String firstWord = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
      if (label.length() >= 2 && firstWord.equals(label)) {
        return false;
      }
    }
    // An agency is a syndication, never a person: "dpa", "Deutsche Presse-Agentur", "AP Staff".
    if (WireAgencies.agency(name).isPresent()
        || WireAgencies.find(name).filter(agency -> agency.length() >= name.length() - 2).isPresent()) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLetter(name.charAt(i))) {
        letters++;
      }
    }
    return letters * 2 >= name.length();
  }

  // ---- dates

  // A date in a URL's path: /2020/03/12/, /2020-03-12-slug, /20200312/.
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})(?:([/-])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2}))(?=[/._-]|$)");

  /** The day a URL's path names, at the start of that day in the zone, or {@code null}. */
  static Dates.@Nullable ReadDate urlDate(@Nullable String url, ZoneId zone) {
    if (url == null) {
      return null;
    }
    String path;
    try {
      path = URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(path);
    if (!m.find()) {
      return null;
    }
    try {
      int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
      int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
      java.time.LocalDate date = java.time.LocalDate.of(Integer.parseInt(m.group(1)), month, day);
      return new Dates.ReadDate(date.atStartOfDay(zone).toOffsetDateTime(), true);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static void addDate(List<Dates.ReadDate> out, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    Dates.parse(value, ZoneOffset.UTC).ifPresent(out::add);
  }

  /**
   * The zone a zoneless date on this page is most likely written in: the offset of another
   * date on the page, else the zone of a single-zone country the domain belongs to, else UTC.
   */
  private static boolean hasZone(List<Dates.ReadDate> a, List<Dates.ReadDate> b) {
    return a.stream().anyMatch(d -> !d.zoneAssumed()) || b.stream().anyMatch(d -> !d.zoneAssumed());
  }

  static ZoneId evidentZone(List<Dates.ReadDate> a, List<Dates.ReadDate> b, @Nullable String domain) {
    for (List<Dates.ReadDate> list : List.of(a, b)) {
      for (Dates.ReadDate d : list) {
        if (!d.zoneAssumed()) {
          return d.dateTime().getOffset();
        }
      }
    }
    if (domain != null) {
      String tld = domain.substring(domain.lastIndexOf('.') + 1);
      String zone = COUNTRY_ZONES.get(tld);
      if (zone != null) {
        return ZoneId.of(zone);
      }
    }
    return ZoneOffset.UTC;
  }

  // Country-code domains of countries with one time zone.
  private static final java.util.Map<String, String> COUNTRY_ZONES = java.util.Map.ofEntries(
      java.util.Map.entry("de", "Europe/Berlin"), java.util.Map.entry("at", "Europe/Vienna"),
      java.util.Map.entry("ch", "Europe/Zurich"), java.util.Map.entry("li", "Europe/Vaduz"),
      java.util.Map.entry("fr", "Europe/Paris"), java.util.Map.entry("it", "Europe/Rome"),
      java.util.Map.entry("es", "Europe/Madrid"), java.util.Map.entry("nl", "Europe/Amsterdam"),
      java.util.Map.entry("be", "Europe/Brussels"), java.util.Map.entry("lu", "Europe/Luxembourg"),
      java.util.Map.entry("dk", "Europe/Copenhagen"), java.util.Map.entry("no", "Europe/Oslo"),
      java.util.Map.entry("se", "Europe/Stockholm"), java.util.Map.entry("fi", "Europe/Helsinki"),
      java.util.Map.entry("pl", "Europe/Warsaw"), java.util.Map.entry("cz", "Europe/Prague"),
      java.util.Map.entry("sk", "Europe/Bratislava"), java.util.Map.entry("hu", "Europe/Budapest"),
      java.util.Map.entry("gr", "Europe/Athens"), java.util.Map.entry("tr", "Europe/Istanbul"),
      java.util.Map.entry("uk", "Europe/London"), java.util.Map.entry("ie", "Europe/Dublin"),
      java.util.Map.entry("is", "Atlantic/Reykjavik"), java.util.Map.entry("lt", "Europe/Vilnius"),
      java.util.Map.entry("lv", "Europe/Riga"), java.util.Map.entry("ee", "Europe/Tallinn"),
      java.util.Map.entry("ua", "Europe/Kyiv"), java.util.Map.entry("il", "Asia/Jerusalem"),
      java.util.Map.entry("lb", "Asia/Beirut"), java.util.Map.entry("jp", "Asia/Tokyo"),
      java.util.Map.entry("kr", "Asia/Seoul"), java.util.Map.entry("cn", "Asia/Shanghai"),
      java.util.Map.entry("tw", "Asia/Taipei"), java.util.Map.entry("hk", "Asia/Hong_Kong"),
      java.util.Map.entry("in", "Asia/Kolkata"), java.util.Map.entry("vn", "Asia/Ho_Chi_Minh"),
      java.util.Map.entry("my", "Asia/Kuala_Lumpur"), java.util.Map.entry("sg", "Asia/Singapore"),
      java.util.Map.entry("za", "Africa/Johannesburg"), java.util.Map.entry("ls", "Africa/Maseru"),
      java.util.Map.entry("na", "Africa/Windhoek"), java.util.Map.entry("tz", "Africa/Dar_es_Salaam"),
      java.util.Map.entry("ke", "Africa/Nairobi"), java.util.Map.entry("ng", "Africa/Lagos"),
      java.util.Map.entry("py", "America/Asuncion"), java.util.Map.entry("nz", "Pacific/Auckland"));

  private static Dates.@Nullable ReadDate reconcile(List<Dates.ReadDate> candidates, ZoneId evident) {
    if (candidates.isEmpty()) {
      return null;
    }
    Dates.ReadDate first = candidates.get(0);
    if (!first.zoneAssumed()) {
      if (first.dateTime().getOffset().equals(ZoneOffset.UTC)) {
        // The same instant given elsewhere at the page's local offset keeps that offset.
        for (Dates.ReadDate other : candidates) {
          if (!other.zoneAssumed() && !other.dateTime().getOffset().equals(ZoneOffset.UTC)
              && other.dateTime().toInstant().equals(first.dateTime().toInstant())) {
            return other;
          }
        }
      }
      return first;
    }
    // A zoneless first choice takes its offset from a zoned candidate showing the same local time.
    for (Dates.ReadDate other : candidates) {
      if (!other.zoneAssumed()
          && other.dateTime().toLocalDateTime().equals(first.dateTime().toLocalDateTime())) {
        return other;
      }
    }
    OffsetDateTime local = first.dateTime().toLocalDateTime().atZone(evident).toOffsetDateTime();
    return new Dates.ReadDate(local, true);
  }

  // ---- language, tags, image, syndication

  static @Nullable String language(@Nullable String declared) {
    if (declared == null) {
      return null;
    }
    String t = declared.strip();
    int comma = t.indexOf(',');
    if (comma > 0) {
      t = t.substring(0, comma).strip();
    }
    if (!LANGUAGE.matcher(t).matches()) {
      return null;
    }
    String tag = t.replace('_', '-');
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
    } catch (java.util.IllformedLocaleException e) {
      String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
      return primary.length() <= 3 ? primary.toLowerCase(Locale.ROOT) : null;
    }
  }

  private static List<String> tags(@Nullable JsonNode ld, MetaTags meta) {
    List<List<String>> sources = new ArrayList<>();
    sources.add(meta.all("article:tag"));
    if (ld != null && ld.get("keywords") != null) {
      JsonNode k = ld.get("keywords");
      List<String> ks = new ArrayList<>();
      if (k.isArray()) {
        for (JsonNode item : k.values()) {
          if (item.isString()) {
            ks.add(item.stringValue());
          }
        }
      } else if (k.isString()) {
        for (String s : k.stringValue().split(",")) {
          ks.add(s);
        }
      }
      sources.add(ks);
    }
    for (String name : new String[] {"news_keywords", "parsely-tags", "sailthru.tags", "keywords"}) {
      List<String> split = new ArrayList<>();
      meta.first(name).ifPresent(v -> {
        for (String s : v.split(",")) {
          split.add(s);
        }
      });
      sources.add(split);
    }
    for (List<String> source : sources) {
      List<String> out = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (String raw : source) {
        String tag = Texts.clean(raw);
        if (!tag.isEmpty() && tag.length() <= 80 && seen.add(tag.toLowerCase(Locale.ROOT))) {
          out.add(tag);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  private static @Nullable Media leadImage(@Nullable JsonNode ld, MetaTags meta, @Nullable String base) {
    String url = meta.first("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src")
        .orElse(null);
    String caption = meta.first("og:image:alt", "twitter:image:alt").orElse(null);
    String credit = null;
    if (ld != null && ld.get("image") != null) {
      JsonNode image = ld.get("image");
      if (image.isArray() && !image.isEmpty()) {
        image = image.get(0);
      }
      final JsonNode img = image;
      if (img.isObject()) {
        if (url == null) {
          url = JsonLd.text(img, "url").or(() -> JsonLd.text(img, "contentUrl")).orElse(null);
        }
        if (caption == null) {
          caption = JsonLd.text(img, "caption").or(() -> JsonLd.text(img, "description")).orElse(null);
        }
        credit = JsonLd.text(img, "creditText").or(() -> JsonLd.text(img, "copyrightHolder"))
            .or(() -> JsonLd.text(img, "author")).orElse(null);
      } else if (img.isString() && url == null) {
        url = img.stringValue();
      }
    }
    url = absolute(url, base);
    if (url == null && caption == null) {
      return null;
    }
    return new Media(url, caption, credit);
  }

  private static @Nullable Syndication structuredSyndication(JsonNode ld, List<String> siteNames) {
    for (String field : new String[] {"sourceOrganization", "isBasedOn", "provider"}) {
      JsonNode value = ld.get(field);
      if (value == null) {
        continue;
      }
      String name = JsonLd.text(ld, field).orElse(null);
      String agency = name == null ? null : WireAgencies.find(name).orElse(null);
      String original = value.isObject() ? JsonLd.text(value, "url").orElse(null)
          : value.isString() && value.stringValue().startsWith("http") ? value.stringValue() : null;
      if (agency == null && original != null) {
        agency = WireAgencies.find(original).orElse(null);
      }
      if (agency != null && siteNames.stream().noneMatch(s -> WireAgencies.find(s).isPresent())) {
        return new Syndication(agency, null, original);
      }
    }
    return null;
  }

  // ---- small helpers

  @SafeVarargs
  private static <T> @Nullable T firstNonNull(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static void addIfPresent(List<String> list, @Nullable String value) {
    String clean = Texts.cleanOrNull(value);
    if (clean != null && !list.contains(clean)) {
      list.add(clean);
    }
  }

  static @Nullable String absolute(@Nullable String url, @Nullable String base) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = base != null && !base.isBlank() ? URI.create(base.strip()).resolve(url.strip()) : URI.create(url.strip());
      if (!uri.isAbsolute() || uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        return null;
      }
      return uri.toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns the registrable domain of a URL ({@code www.bbc.co.uk} → {@code bbc.co.uk}), or {@code null}. */
  static @Nullable String registrableDomain(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    String[] labels = host.split("\\.");
    if (labels.length <= 2) {
      return host;
    }
    String second = labels[labels.length - 2];
    boolean publicSecond = labels[labels.length - 1].length() == 2
        && Set.of("co", "com", "org", "net", "ac", "gov", "ne", "or", "go", "edu", "gob", "nic").contains(second);
    int keep = publicSecond ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
  }

  /**
   * Returns a domain's first label, the site's own name in it ({@code apnews.com} →
   * {@code apnews}, {@code www.afp.com} → {@code afp}); the whole domain when it has no dot.
   */
  static String firstLabel(String domain) {
    String d = domain.startsWith("www.") ? domain.substring(4) : domain;
    int dot = d.indexOf('.');
    return dot < 0 ? d : d.substring(0, dot);
  }

  static Optional<ZoneId> zoneOf(@Nullable OffsetDateTime dateTime) {
    return dateTime == null ? Optional.empty() : Optional.of(dateTime.getOffset());
  }
}
