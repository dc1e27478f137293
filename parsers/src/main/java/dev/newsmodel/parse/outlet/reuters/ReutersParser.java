package dev.newsmodel.parse.outlet.reuters;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.generic.BodyExtractor;
import dev.newsmodel.parse.generic.Extraction;
import dev.newsmodel.parse.html.CaptionCredits;
import dev.newsmodel.parse.html.Dates;
import dev.newsmodel.parse.html.JsonLd;
import dev.newsmodel.parse.html.MetaTags;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.outlet.reuters.BodyWalker.Piece;
import dev.newsmodel.parse.wire.Datelines;
import dev.newsmodel.parse.wire.SignOffs;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads reuters.com article pages of every generation since 2014 into the document layer:
 * 2026 ({@code article-body-module__*}), 2023 onward (Arc/Fusion, {@code data-testid="paragraph-N"}),
 * 2020–22 ({@code ArticleBodyWrapper}), 2019 ({@code StandardArticleBody_body}) and 2014–16
 * ({@code #articleText}, {@code #article-text}). A page of another layout still gives its body,
 * from the page's embedded article data or by a generic search for running text, with a
 * provenance warning saying so.
 *
 * <p>The lead's dateline ({@code TOKYO, Dec 22 (Reuters) -}) becomes the article's dateline and
 * leaves the paragraph; the sign-off ({@code Reporting by …; Editing by …}) becomes bylines with
 * roles and leaves the body; photo credits ({@code REUTERS/Name}) are split from captions; link
 * suffixes, toolbars, ad slots, the standards line, licensing links and related-story cards go
 * to {@code provenance.removed}. Dates keep the offset the page gives (Reuters gives UTC).
 *
 * <p>Bylines list the credited authors first (role {@code null}), then the sign-off's people
 * with their roles. Summary bullets (the 2026 context widget, Arc summary boxes) open the body
 * as list items. What the page does not give is absent: a {@code null} headline, date,
 * dateline, section or language, empty bylines, tags, media or body, each missing headline,
 * publication date or body reported in {@code provenance.warnings}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReutersParser implements ArticleParser {
  /** The parser's name. */
  public static final String NAME = "reuters";
  /** The outlet every article of this parser is credited to. */
  public static final Outlet OUTLET = new Outlet("Reuters", "reuters.com");

  private static final Pattern TITLE_SUFFIX = Pattern.compile("(?i)\\s*[|\\-–]\\s*Reuters(?:\\.com)?\\s*$");
  private static final Pattern EDITOR_NOTE = Pattern.compile("^\\(.{0,300}\\)$");
  private static final Pattern AGENCY = Pattern.compile("(?i)(?:thomson )?reuters(?: staff| editorial)?");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*by\\s+");
  private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
  private static final Pattern PUBLISHER_REUTERS = Pattern.compile(
      "\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"(?:Thomson )?Reuters\"");
  // Internal channel codes ("everythingNews", "USWire_EL") are not topics a reader sees.
  private static final Pattern READABLE_TOPIC = Pattern.compile("\\p{Lu}[\\p{L}&'’.,]*(?: [\\p{L}&'’.,\\-]+)*");
  private static final Pattern CAMEL_CASE = Pattern.compile("\\p{Ll}\\p{Lu}");
  // Dates of the older templates: "Tue Nov 19 21:57:01 UTC 2019", "Thu Mar 5, 2015 4:10am EST".
  private static final DateTimeFormatter REVISION_DATE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("EEE MMM d HH:mm:ss z yyyy").toFormatter(Locale.ENGLISH);
  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("EEE MMM d, yyyy h:mma z").toFormatter(Locale.ENGLISH);
  private static final String BODY_CONTAINERS =
      "[data-testid=ArticleBody], [class*=article-body__container], [class*=article-body-module__]";
  private static final String CLASSIC_PHOTOS = "#articleImage, .related-photo-container, .article-image";
  private static final String HEADLINES = "h1[data-testid=Heading], [class*=ArticleHeader-headline], "
      + "[class*=ArticleHeader__heading], .ArticleHeader_headline, h1.article-headline, "
      + "[class*=article-header-module__title], h1[class*=headline]";
  private static final String BYLINE_LINKS = "a[rel=author], .BylineBar_byline a, [class*=Byline-byline] a, "
      + "[class*=article-header-module__byline] a, .byline a, #articleInfo .byline a";
  private static final String BYLINE_TEXT = ".BylineBar_byline, [class*=Byline-byline], "
      + "[class*=article-header-module__byline], .byline, [class*=author-name]";
  private static final String SECTION_LINKS = ".ArticleHeader_channel, [class*=ArticleHeader-channel], "
      + "[data-testid=SectionName], [data-testid=TagsWithTooltip] a, [class*=article-header__tags] a, "
      + "[class*=article-header-module__section] a, .article-section, #breadcrumb a";

  // Stateless selectors (no combinators), compiled once and matched element by element.
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical], meta[property=og:url]");
  private static final Evaluator SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

  /** Creates the parser (stateless; one instance serves every thread). */
  public ReutersParser() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "reuters.com article pages, 2014-16 to 2026 layouts, with datelines, sign-offs and photo credits";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("reuters.com");
  }

  /**
   * Returns how sure the parser is that the page is a Reuters page: the canonical URL on
   * reuters.com, {@code og:site_name} Reuters, a JSON-LD publisher named Reuters and a Reuters
   * body structure each add evidence; 0 for plain text.
   */
  @Override
  public double contentScore(Page page) {
    return contentScore(page, 0.0);
  }

  /**
   * As {@link #contentScore(Page)}; the body-structure marker (a walk testing every element
   * against seven attribute patterns) is looked for only when the score can reach the floor,
   * which on its own it cannot (0.3 against the registry's 0.5).
   */
  @Override
  public double contentScore(Page page, double floor) {
    if (!page.isHtml()) {
      return 0.0;
    }
    Document doc = page.document();
    // One walk finds the head marks (the first canonical link, og:site_name, the JSON-LD
    // scripts), testing only link, meta and script elements, where four selector walks each
    // visited every element of pages that are mostly not Reuters'.
    Element canonical = null;
    Element site = null;
    boolean publisher = false;
    for (Element e : page.elements()) {
      switch (e.normalName()) {
        case "link", "meta", "script" -> { }
        default -> {
          continue;
        }
      }
      if (canonical == null && CANONICAL.matches(doc, e)) {
        canonical = e;
      }
      if (site == null && SITE_NAME.matches(doc, e)) {
        site = e;
      }
      if (!publisher && JSON_LD.matches(doc, e) && PUBLISHER_REUTERS.matcher(e.data()).find()) {
        publisher = true;
      }
    }
    double miss = 1.0;
    if (canonical != null) {
      String href = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
      if (isReutersHost(hostOf(href))) {
        miss *= 0.1;
      }
    }
    if (site != null && site.attr("content").strip().equalsIgnoreCase("Reuters")) {
      miss *= 0.4;
    }
    if (publisher) {
      miss *= 0.4;
    }
    // The marker can only lower the miss to 0.7 of what it is: past the floor or not, it decides nothing.
    if (1.0 - 0.7 * miss < floor) {
      return 1.0 - miss;
    }
    if (doc.selectFirst(Layout.MARKER) != null) { // a marker always names a layout (Layout.detect)
      miss *= 0.7;
    }
    return 1.0 - miss;
  }

  @Override
  public Article parse(Page page) throws ParseException {
    if (page.isBlank()) {
      throw new ParseException("the page is empty");
    }
    List<String> warnings = new ArrayList<>(page.warnings());
    if (!page.isHtml()) {
      return parseText(page, warnings);
    }
    Document doc = page.document();
    MetaTags meta = page.metaTags();
    JsonLd ld = page.jsonLd();
    JsonNode ldArticle = ld.article().orElse(null);
    if (ld.unreadableBlocks() > 0) {
      warnings.add(ld.unreadableBlocks() + " JSON-LD block(s) could not be read");
    }

    Layout.Detected detected = Layout.detect(doc);
    Layout layout = detected.layout();
    BodyWalker walker = new BodyWalker(layout, doc.location());
    if (detected.marker() != null) {
      Element region = region(detected.marker(), layout);
      walker.walk(region);
      // The site footer sits outside the article; it is kept aside like the article's own.
      Element footer = doc.selectFirst("[data-testid=SiteFooter], footer");
      if (footer != null && !within(footer, region)) {
        walker.remove("footer", footer.text());
      }
      if (layout == Layout.CLASSIC_2014 && walker.media.isEmpty()) {
        // 2014-16 pages put the lead photo beside the text container, not in it.
        Element photo = doc.selectFirst(CLASSIC_PHOTOS);
        if (photo != null) {
          walker.readMedia(photo);
        }
      }
      if (!walker.sawSummaryWidget && (layout == Layout.ARC_2023 || layout == Layout.MODULES_2026)) {
        Element widget = doc.selectFirst("[data-testid=ContextWidget]");
        if (widget != null) {
          walker.readSummaryWidget(widget);
        }
      }
    }
    List<Piece> pieces = new ArrayList<>(walker.summary);
    pieces.addAll(walker.pieces);
    List<String> signOffs = new ArrayList<>(walker.signOffs);
    String embeddedSection = null;
    boolean hasParagraph = pieces.stream().anyMatch(p -> p.kind() == BlockKind.PARAGRAPH);
    if (!hasParagraph) {
      String why = layout == Layout.UNKNOWN
          ? "Reuters page layout not recognised"
          : "no body paragraphs in the " + layout.label + " markup";
      Optional<EmbeddedContent.Body> embedded = EmbeddedContent.read(doc, ld);
      if (embedded.isPresent()) {
        pieces.addAll(embedded.get().pieces());
        if (embedded.get().signOff() != null && signOffs.isEmpty()) {
          signOffs.add(embedded.get().signOff());
          walker.remove("sign-off", embedded.get().signOff());
        }
        embeddedSection = embedded.get().section();
        warnings.add(why + "; body read from " + embedded.get().source());
      } else {
        Extraction generic = BodyExtractor.extract(doc);
        for (Extraction.TextBlock block : generic.blocks()) {
          pieces.add(new Piece(block.kind(), block.text()));
        }
        walker.media.addAll(generic.media());
        for (RemovedText text : generic.removed()) {
          // The generic finder drops a short closing line as a fragment; a sign-off is credits.
          if (signOffs.isEmpty() && SignOffs.looksLikeSignOff(text.text())) {
            signOffs.add(text.text());
            walker.removed.add(new RemovedText("sign-off", text.text()));
          } else {
            walker.removed.add(text);
          }
        }
        warnings.add(why + "; body found by the generic body finder");
      }
    }

    List<RemovedText> removed = new ArrayList<>(walker.removed);
    Dateline dateline = finishBody(pieces, signOffs, removed);
    if (pieces.isEmpty()) {
      warnings.add("no body text found");
    }

    String headline = headline(doc, meta, ldArticle);
    if (headline == null) {
      warnings.add("no headline found");
    }
    Article.Builder article = Article.builder()
        .url(url(doc, meta, page, warnings))
        .outlet(OUTLET)
        .headline(headline)
        .dateline(dateline)
        .language(language(doc, meta, ldArticle, warnings))
        .media(media(walker.media, meta));
    List<Byline> bylines = authors(doc, meta, ldArticle);
    for (String signOff : signOffs) {
      for (Byline byline : SignOffs.bylines(signOff)) {
        if (!bylines.contains(byline)) {
          bylines.add(byline);
        }
      }
    }
    article.bylines(bylines);
    // Candidates in order of trust; the DOM ones are only searched when the metadata has none.
    OffsetDateTime published = date(warnings, "published", List.of(
        () -> ldText(ldArticle, "datePublished"),
        () -> meta.first("article:published_time", "og:article:published_time", "sailthru.date",
            "analyticsattributes.articledate", "revision_date", "dc.date.issued"),
        () -> timeElement(doc),
        () -> headerDateLine(doc),
        () -> legacyTimestamp(doc)));
    if (published == null) {
      warnings.add("no publication date found");
    }
    article.published(published);
    article.modified(date(warnings, "modified", List.of(
        () -> ldText(ldArticle, "dateModified"),
        () -> meta.first("article:modified_time", "og:article:modified_time", "og:updated_time"))));
    String section = section(doc, meta, ldArticle);
    if (section == null) {
      section = embeddedSection; // Arc's taxonomy, when the page had to be read from its data
    }
    article.section(section);
    article.tags(tags(section, meta));
    article.body(blocks(pieces));
    article.provenance(new Provenance(NAME, warnings, removed));
    return article.build();
  }

  /** The region to walk: the body container for older layouts, the whole article for Arc. */
  private static Element region(Element marker, Layout layout) {
    switch (layout) {
      case ARC_2023, MODULES_2026 -> {
        Element article = marker.closest("article");
        if (article != null) {
          return article;
        }
        Element container = marker.closest(BODY_CONTAINERS);
        Element outer = container;
        while (outer != null && outer.parent() != null && outer.parent().closest(BODY_CONTAINERS) != null) {
          outer = outer.parent().closest(BODY_CONTAINERS);
        }
        if (outer != null) {
          return outer;
        }
        Element parent = marker.parent();
        return parent == null ? marker : parent;
      }
      default -> {
        // The body container itself; a bare paragraph marker stands for its parent.
        Element parent = marker.parent();
        return marker.normalName().equals("p") && parent != null ? parent : marker;
      }
    }
  }

  private static boolean within(Element element, Element ancestor) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Splits the dateline off the lead and moves trailing sign-off paragraphs out of the body. */
  private static @Nullable Dateline finishBody(List<Piece> pieces, List<String> signOffs, List<RemovedText> removed) {
    // Sign-offs printed as ordinary closing paragraphs (2014-16 pages, embedded data).
    for (int i = pieces.size() - 1, checked = 0; i >= 0 && checked < 3; i--) {
      Piece piece = pieces.get(i);
      if (piece.kind() != BlockKind.PARAGRAPH) {
        continue;
      }
      checked++;
      if (SignOffs.looksLikeSignOff(piece.text())) {
        signOffs.add(piece.text());
        removed.add(new RemovedText("sign-off", piece.text()));
        pieces.remove(i);
      }
    }
    // Headings with no text after them close nothing.
    while (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == BlockKind.SUBHEADING) {
      removed.add(new RemovedText("heading", pieces.remove(pieces.size() - 1).text()));
    }
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      if (piece.kind() != BlockKind.PARAGRAPH) {
        continue;
      }
      // Only a Reuters dateline opens a Reuters story; another agency's credit is quoted copy.
      Optional<Datelines.Split> split = Datelines.split(piece.text()).filter(d -> d.agency().equals("Reuters"));
      if (split.isEmpty()) {
        if (EDITOR_NOTE.matcher(piece.text()).matches()) {
          continue; // "(Refiles to add ...)" notes come before the dateline's paragraph
        }
        return null;
      }
      String rest = Texts.clean(split.get().rest());
      if (rest.isEmpty()) {
        pieces.remove(i);
      } else {
        pieces.set(i, new Piece(BlockKind.PARAGRAPH, rest));
      }
      return split.get().dateline();
    }
    return null;
  }

  private static List<Block> blocks(List<Piece> pieces) {
    List<Block> blocks = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      blocks.add(new Block("p" + (blocks.size() + 1), piece.kind(), piece.text()));
    }
    return blocks;
  }

  /** Plain text (a scrape without markup): paragraphs are lines; no headline can be told. */
  private static Article parseText(Page page, List<String> warnings) {
    List<Piece> pieces = new ArrayList<>();
    for (String line : page.content().split("\\R")) {
      String clean = Texts.clean(line);
      if (!clean.isEmpty()) {
        pieces.add(new Piece(BlockKind.PARAGRAPH, clean));
      }
    }
    List<String> signOffs = new ArrayList<>();
    List<RemovedText> removed = new ArrayList<>();
    Dateline dateline = finishBody(pieces, signOffs, removed);
    List<Byline> bylines = new ArrayList<>();
    for (String signOff : signOffs) {
      bylines.addAll(SignOffs.bylines(signOff));
    }
    warnings.add("plain text page: no headline, dates or media can be read");
    return Article.builder()
        .url(validUrl(page.url()))
        .outlet(OUTLET)
        .dateline(dateline)
        .bylines(bylines)
        .body(blocks(pieces))
        .provenance(new Provenance(NAME, warnings, removed))
        .build();
  }

  // ---- metadata ----

  private static @Nullable String url(Document doc, MetaTags meta, Page page, List<String> warnings) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = canonical == null ? null : validUrl(canonical.absUrl("href"));
    if (url == null) {
      url = validUrl(meta.first("og:url").orElse(null));
    }
    if (url == null) {
      url = validUrl(page.url());
      if (page.url() != null && url == null) {
        warnings.add("the page URL is not an absolute URI: " + page.url());
      }
    }
    return url;
  }

  private static @Nullable String validUrl(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      return uri.isAbsolute() ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static @Nullable String headline(Document doc, MetaTags meta, @Nullable JsonNode ldArticle) {
    Element h1 = doc.selectFirst(HEADLINES);
    String headline = h1 == null ? null : Texts.cleanOrNull(h1.text());
    if (headline == null) {
      headline = JsonLd.text(ldArticle, "headline").orElse(null);
    }
    if (headline == null) {
      headline = meta.first("og:title", "twitter:title", "title").map(ReutersParser::stripSuffix).orElse(null);
    }
    if (headline == null) {
      headline = Texts.cleanOrNull(stripSuffix(doc.title()));
    }
    return headline;
  }

  private static String stripSuffix(String title) {
    return TITLE_SUFFIX.matcher(title).replaceFirst("").strip();
  }

  private static @Nullable String language(Document doc, MetaTags meta, @Nullable JsonNode ldArticle, List<String> warnings) {
    List<String> candidates = new ArrayList<>();
    Element html = doc.selectFirst("html[lang]");
    if (html != null) {
      candidates.add(html.attr("lang"));
    }
    meta.first("og:locale").ifPresent(candidates::add);
    JsonLd.text(ldArticle, "inLanguage").ifPresent(candidates::add);
    for (String candidate : candidates) {
      String tag = candidate.strip().replace('_', '-');
      if (tag.isEmpty()) {
        continue;
      }
      try {
        Locale locale = new Locale.Builder().setLanguageTag(tag).build();
        if (!locale.getLanguage().isEmpty()) {
          return locale.toLanguageTag();
        }
      } catch (IllformedLocaleException e) {
        warnings.add("language '" + candidate + "' is not a BCP 47 tag");
      }
    }
    return null;
  }

  /**
   * The credited authors: JSON-LD {@code author} (its {@code name} or Arc's {@code byline}), else
   * the {@code article:author} meta (comma-separated), else the byline's links, else its text.
   */
  private static List<Byline> authors(Document doc, MetaTags meta, @Nullable JsonNode ldArticle) {
    List<String> names = new ArrayList<>();
    for (String name : JsonLd.names(ldArticle, "author")) {
      addName(name, names);
    }
    if (names.isEmpty() && ldArticle != null) {
      JsonNode author = ldArticle.get("author");
      if (author != null) {
        for (JsonNode a : author.isArray() ? author.values() : List.of(author)) {
          JsonLd.text(a, "byline").ifPresent(b -> splitNames(b, names));
        }
      }
    }
    if (names.isEmpty()) {
      meta.first("article:author", "og:article:author", "author", "sailthru.author")
          .ifPresent(value -> splitNames(value, names));
    }
    if (names.isEmpty()) {
      for (Element link : doc.select(BYLINE_LINKS)) {
        addName(link.text(), names);
      }
    }
    if (names.isEmpty()) {
      Element byline = doc.selectFirst(BYLINE_TEXT);
      if (byline != null) {
        splitNames(Texts.clean(byline.text()), names);
      }
    }
    List<Byline> out = new ArrayList<>();
    for (String name : names) {
      out.add(Byline.of(name));
    }
    return out;
  }

  /** Adds a person's name; the agency itself ("Reuters", "Reuters Staff") credits no one. */
  private static void addName(String value, List<String> names) {
    String name = Texts.clean(value);
    if (!name.isEmpty() && name.length() <= 80 && !names.contains(name) && !AGENCY.matcher(name).matches()) {
      names.add(name);
    }
  }

  private static void splitNames(String value, List<String> names) {
    for (String part : NAME_LIST.split(BY_PREFIX.matcher(value).replaceFirst(""))) {
      addName(part, names);
    }
  }

  private static Optional<String> ldText(@Nullable JsonNode node, String field) {
    return JsonLd.text(node, field);
  }

  private static Optional<String> timeElement(Document doc) {
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? Optional.empty() : Optional.of(time.attr("datetime"));
  }

  /**
   * The 2020-22 header's printed date line ({@code <time class="ArticleHeader-date-line-…">} with
   * spans "March 3, 2021", "9:14 AM UTC", "Updated 2 hours ago"), as an ISO date: with its offset
   * when the line names a zone, else without one (so the caller warns that UTC was assumed).
   */
  private static Optional<String> headerDateLine(Document doc) {
    Element line = doc.selectFirst("[class*=ArticleHeader-date-line], [class*=ArticleHeader-dateline]");
    if (line == null) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (Element span : line.children()) {
      String text = Texts.clean(span.text());
      if (!text.isEmpty() && parts.size() < 2 && !text.toLowerCase(Locale.ROOT).startsWith("updated")) {
        parts.add(text);
      }
    }
    String text = parts.isEmpty() ? Texts.clean(line.ownText()) : String.join(" ", parts);
    return Dates.parseWritten(text, ZoneOffset.UTC)
        .map(d -> d.zoneAssumed() ? d.dateTime().toLocalDateTime().toString() : d.dateTime().toString());
  }

  private static Optional<String> legacyTimestamp(Document doc) {
    Element stamp = doc.selectFirst("#articleInfo .timestamp, .article-info .timestamp, span.timestamp");
    return stamp == null ? Optional.empty() : Optional.ofNullable(Texts.cleanOrNull(stamp.text()));
  }

  /** Reads the first candidate that is a date; says so when its zone had to be assumed. */
  private static @Nullable OffsetDateTime date(
      List<String> warnings, String what, List<Supplier<Optional<String>>> candidates) {
    for (Supplier<Optional<String>> supplier : candidates) {
      Optional<String> candidate = supplier.get();
      if (candidate.isEmpty()) {
        continue;
      }
      String text = candidate.get();
      Optional<Dates.ReadDate> read = Dates.parse(text, ZoneOffset.UTC);
      if (read.isPresent()) {
        if (read.get().zoneAssumed()) {
          warnings.add("the " + what + " date '" + text + "' has no zone; read as UTC");
        }
        return read.get().dateTime();
      }
      for (DateTimeFormatter format : new DateTimeFormatter[] {REVISION_DATE, TIMESTAMP}) {
        try {
          return ZonedDateTime.parse(text.strip(), format).toOffsetDateTime();
        } catch (DateTimeParseException e) {
          // try the next format
        }
      }
    }
    return null;
  }

  /**
   * The section: the {@code article:section} meta, else the page's section link, else JSON-LD
   * {@code articleSection}; the placeholder "Homepage" of 2019 pages is no section.
   */
  private static @Nullable String section(Document doc, MetaTags meta, @Nullable JsonNode ldArticle) {
    Optional<String> fromMeta = meta.first("article:section").filter(ReutersParser::isSection);
    if (fromMeta.isPresent()) {
      return fromMeta.get();
    }
    Element link = doc.selectFirst(SECTION_LINKS);
    if (link != null) {
      String text = Texts.clean(link.text());
      if (isSection(text) && text.length() < 60) {
        return text;
      }
    }
    return JsonLd.text(ldArticle, "articleSection").filter(ReutersParser::isSection)
        .or(() -> meta.first("og:article:section").filter(ReutersParser::isSection))
        .orElse(null);
  }

  private static boolean isSection(String value) {
    return !value.isBlank() && !value.equalsIgnoreCase("Homepage");
  }

  /** The section, then the readable channel names of {@code DCSext.ChannelList}; never the internal codes. */
  private static List<String> tags(@Nullable String section, MetaTags meta) {
    Set<String> tags = new LinkedHashSet<>();
    if (section != null) {
      tags.add(section);
    }
    for (String list : meta.all("DCSext.ChannelList")) {
      for (String channel : list.split(";")) {
        String topic = Texts.clean(channel);
        if (READABLE_TOPIC.matcher(topic).matches() && !CAMEL_CASE.matcher(topic).find()
            && (topic.indexOf(' ') > 0 || (topic.indexOf('-') < 0 && topic.indexOf('_') < 0))) {
          tags.add(topic);
        }
      }
    }
    return new ArrayList<>(tags);
  }

  /** The body's media, else the page's share image with its alt text (Reuters puts the credit there). */
  private static List<Media> media(List<Media> found, MetaTags meta) {
    if (!found.isEmpty()) {
      return found;
    }
    Optional<String> image = meta.first("og:image", "twitter:image");
    if (image.isEmpty()) {
      return List.of();
    }
    String url = validUrl(image.get());
    Optional<String> alt = meta.first("og:image:alt", "twitter:image:alt");
    CaptionCredits.Split split = CaptionCredits.split(alt.orElse(""));
    if (url == null && split.caption() == null && split.credit() == null) {
      return List.of();
    }
    return List.of(new Media(url, split.caption(), split.credit()));
  }

  private static boolean isReutersHost(@Nullable String host) {
    return host != null && (host.equals("reuters.com") || host.endsWith(".reuters.com"));
  }

  private static @Nullable String hostOf(String url) {
    try {
      String host = new URI(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
