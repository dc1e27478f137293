package dev.newsmodel.parse.outlet.asahi;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.RemovedText;
import dev.newsmodel.Syndication;
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
import dev.newsmodel.parse.ja.JapaneseBody;
import dev.newsmodel.parse.ja.JapaneseText;
import dev.newsmodel.parse.text.PlainTextParser;
import dev.newsmodel.parse.text.PlainTextReader;
import dev.newsmodel.parse.text.PromoDetector;
import dev.newsmodel.parse.text.TextScrape;
import dev.newsmodel.parse.wire.Datelines;
import dev.newsmodel.parse.wire.SignOffs;
import dev.newsmodel.parse.wire.WireAgencies;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Asahi Shimbun, asahi.com, in every form: the English edition (AJW, {@code /ajw/}), the
 * legacy Japanese template ({@code #MainInner}, {@code .ArticleText}), the current Japanese
 * template (hashed class names: read from JSON-LD, {@code <time datetime>} and the
 * {@code #_gtm_LastLine} anchor closing the body, else the generic {@link BodyExtractor}), and
 * plain-text scrapes of AJW pages. Dates are given in JST ({@code +09:00}).
 *
 * <p>Bylines come from the JSON-LD {@code creator} (the reporter) or AJW's
 * {@code p.EnArticleName}; the JSON-LD {@code author} names only the organisation and is not a
 * byline. Share bars, ads ({@code [PR]}), related-article lists, writer profiles and trailing
 * promo teasers are removed into the provenance.
 */
public final class AsahiParser implements ArticleParser {
  /** The parser's name. */
  public static final String NAME = "asahi";
  /** The English edition's name. */
  public static final Outlet OUTLET_EN = new Outlet("The Asahi Shimbun", "asahi.com");
  /** The Japanese edition's name. */
  public static final Outlet OUTLET_JA = new Outlet("朝日新聞", "asahi.com");

  private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  private static final ZoneOffset JST_OFFSET = ZoneOffset.ofHours(9);
  private static final PlainTextReader READER = new PlainTextReader(JST);
  // AJW prints "December 22, 2022 at 18:40 JST" under the headline; the scrape keeps it as a line.
  private static final Pattern AJW_TIMESTAMP = Pattern.compile(
      "^[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4} at \\d{1,2}:\\d{2} JST$");
  private static final Pattern TITLE_SUFFIX = Pattern.compile(
      "\\s*[|｜:：\\-–]\\s*(?:The Asahi Shimbun.*|朝日新聞デジタル.*|朝日新聞.*|asahi\\.com.*)$");
  private static final Set<String> NOT_TAGS = Set.of(
      "朝日新聞デジタル", "朝日新聞", "ニュース", "新聞", "the asahi shimbun", "asahi shimbun", "asahi", "news",
      "none", "ajw");
  private static final Pattern PROMO_BOX = Pattern.compile("(?i)promo|series|special|pickup|recommend|feature|teaser");
  private static final Set<String> PLACEHOLDER_ALTS = Set.of("写真・図版", "画像", "写真", "photo", "image");
  // Boilerplate inside the article, by what asahi.com calls it, and the reason it is removed.
  private static final String[][] BOILERPLATE = {
    {".SnsUtilityArea, .SnsBtn, .UtilityBtn, [x-component-name~=(?i)(share|button|icon|dialog)$]", "share-bar"},
    {".AdMod, [id^=div-gpt-ad], .InReadCenter, .PrTextMod, .OutbrainAdMod, .NativePrMod", "advertisement"},
    {".RelatedLinkMod, .RelatedLink, .Related, .RelatedArticle, .LinkMod, .EnRelated", "related"},
    {".Profile, .WriterProfile, .ProfileMod, .EnProfile, .AuthorProfile, .ReporterProfile", "writer-profile"},
  };

  /** Creates the parser (stateless; the registry makes one). */
  public AsahiParser() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "The Asahi Shimbun (asahi.com): English edition, Japanese templates, AJW text scrapes";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("asahi.com");
  }

  // Stateless selectors (no combinators), compiled once and matched element by element.
  private static final Evaluator LAST_UPDATED_EN = QueryParser.parse("p.EnLastUpdated");
  private static final Evaluator LAST_UPDATED_TIME = QueryParser.parse("time.LastUpdated");
  private static final Evaluator ASAHI_IMAGE = QueryParser.parse("img[src*=asahicom.jp]");

  /**
   * Recognises AJW text scrapes (the {@code Month D, YYYY at HH:MM JST} line near the top, or
   * an {@code (The Asahi Shimbun)} photo credit there; both make it certain) and asahi.com HTML (its site
   * names in {@code og:site_name}, JSON-LD {@code publisher} or the title; its templates).
   */
  @Override
  public double contentScore(Page page) {
    return contentScore(page, 0.0);
  }

  /**
   * As {@link #contentScore(Page)}; the asahi.com image, worth 0.3 alone, is looked for only
   * when that can reach the floor, and the walk for the template's marks stops at the first
   * sign that they are not all there.
   */
  @Override
  public double contentScore(Page page, double floor) {
    if (!page.isHtml()) {
      double score = 0;
      List<String> lines = page.signals().firstLines();
      for (int i = 0; i < Math.min(6, lines.size()); i++) {
        if (AJW_TIMESTAMP.matcher(lines.get(i)).matches()) {
          score = 0.6;
          break;
        }
      }
      // The outlet's own photo credit in the head of the scrape ("… (The Asahi Shimbun)").
      boolean credit = lines.stream().anyMatch(l -> l.endsWith("(The Asahi Shimbun)") || l.contains("（朝日新聞"));
      if (credit) {
        score = score == 0 ? 0.5 : 0.9;
      }
      return score;
    }
    if (page.signals().names("Asahi Shimbun") || page.signals().names("朝日新聞")) {
      return 0.9;
    }
    Document doc = page.document();
    // One walk for the layout's marks instead of up to four selectFirst walks: most pages are
    // not the outlet's and each of those walks visited every element.
    boolean wantImage = 0.3 >= floor;
    boolean articleText = false;
    boolean lastUpdated = false;
    boolean image = false;
    // "#MainInner .ArticleText" can only match after #MainInner itself in document order: until
    // then (on most pages, for good) the class test is skipped.
    boolean afterMainInner = false;
    for (Element e : page.elements()) {
      if (e.attributesSize() == 0) {
        continue; // every mark is a class or an attribute
      }
      if (!afterMainInner && e.id().equals("MainInner")) {
        afterMainInner = true;
      }
      if (afterMainInner && !articleText && e.hasClass("ArticleText") && hasAncestorWithId(e, "MainInner")) {
        articleText = true;
      }
      // The tag first: each of the three marks is one tag's (the evaluators' own order would
      // ask every element three times).
      switch (e.normalName()) {
        case "p", "time" -> {
          if (!lastUpdated && (LAST_UPDATED_EN.matches(doc, e) || LAST_UPDATED_TIME.matches(doc, e))) {
            lastUpdated = true;
          }
        }
        case "img" -> {
          if (wantImage && !image && ASAHI_IMAGE.matches(doc, e)) {
            image = true;
          }
        }
        default -> { }
      }
      if (articleText && lastUpdated) {
        break;
      }
    }
    if (articleText && lastUpdated) {
      return 0.7;
    }
    return image ? 0.3 : 0;
  }

  // What "#MainInner .ArticleText" means: an ancestor (not the element itself) with that id.
  private static boolean hasAncestorWithId(Element e, String id) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (id.equals(p.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the page.
   *
   * @throws ParseException when the page is empty or binary
   */
  @Override
  public Article parse(Page page) throws ParseException {
    page.checkReadable();
    List<String> warnings = new ArrayList<>(page.warnings());
    if (!page.isHtml()) {
      TextScrape scrape = READER.read(page.content());
      warnings.addAll(scrape.warnings());
      Outlet outlet = "ja".equals(scrape.language()) ? OUTLET_JA : OUTLET_EN;
      return PlainTextParser.toArticle(scrape, page.url(), outlet, NAME, warnings);
    }
    return new HtmlReading(page, warnings).read();
  }

  /** One reading of one HTML page: holds what is found along the way. */
  private static final class HtmlReading {
    private final Page page;
    private final Document doc;
    private final MetaTags meta;
    private final @Nullable JsonNode ld;
    private final List<String> warnings;
    private final List<RemovedText> removed = new ArrayList<>();

    HtmlReading(Page page, List<String> warnings) {
      this.page = page;
      this.doc = page.document();
      this.meta = page.metaTags();
      this.ld = page.jsonLd().article().orElse(null);
      this.warnings = warnings;
    }

    Article read() {
      boolean english = isEnglish();
      Element title = doc.selectFirst("#MainInner .ArticleTitle, main h1, .ArticleTitle");
      String headline = headline();
      List<Byline> bylines = bylines();
      OffsetDateTime published = firstDate(
          JsonLd.text(ld, "datePublished").orElse(null),
          meta.first("article:published_time", "pubdate").orElse(null),
          attr(doc.selectFirst("#MainInner time[datetime], main time[datetime]"), "datetime"));
      if (published == null) {
        published = writtenDate(doc.selectFirst("p.EnLastUpdated, time.LastUpdated, .ArticleTitle time"));
      }
      OffsetDateTime modified = firstDate(
          JsonLd.text(ld, "dateModified").orElse(null), meta.first("article:modified_time").orElse(null));
      if (modified != null && modified.equals(published)) {
        modified = null;
      }

      Element container = bodyContainer();
      List<Media> media = new ArrayList<>();
      List<Block> body = new ArrayList<>();
      // AJW prints a wire story's agency where a byline goes: "REUTERS" in p.EnArticleName.
      Syndication syndication = creditInBylineSlot();
      Dateline dateline = null;
      List<BlockKind> kinds = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      if (container != null) {
        // The article's own area: boilerplate and images sit beside the text container there.
        Element region = container.closest("#MainInner");
        if (region == null) {
          region = container.closest(".ArticleBody");
        }
        if (region == null) {
          region = container;
        }
        removeBoilerplate(region);
        if (title != null && !region.equals(title) && !title.parents().contains(region)) {
          removeBoilerplate(title);
        }
        removeAfterBody(container, region);
        media.addAll(images(region));
        for (Element element : blockElements(container)) {
          kinds.add(kindOf(element));
          // Japanese text without ruby readings and source line breaks (JapaneseText).
          texts.add(english ? Texts.clean(element.text()) : JapaneseText.text(element));
        }
      } else {
        // No template anchor (a template we do not know yet): the generic body finder decides.
        Extraction extraction = BodyExtractor.extract(doc);
        for (Extraction.TextBlock block : extraction.blocks()) {
          kinds.add(block.kind());
          texts.add(Texts.clean(block.text()));
        }
        media.addAll(extraction.media());
        removed.addAll(extraction.removed());
      }
      List<String> kept = new ArrayList<>();
      List<BlockKind> keptKinds = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        if (text.isEmpty()) {
          continue;
        }
        if (kept.isEmpty() && syndication == null) {
          Optional<Syndication> credit = WireAgencies.creditLine(text);
          if (credit.isPresent()) {
            syndication = credit.get();
            continue;
          }
        }
        List<Byline> signOff = SignOffs.read(text);
        if (!signOff.isEmpty()) {
          signOff.forEach(b -> addByline(bylines, b));
          removed.add(new RemovedText("sign-off", text));
          continue;
        }
        Optional<CaptionCredits.Split> caption = CaptionCredits.bracketedCredit(text);
        if (caption.isPresent() && !endsSentence(text) && kinds.get(i) != BlockKind.SUBHEADING) {
          media.add(caption.get().toMedia(null));
          continue;
        }
        kept.add(text);
        keptKinds.add(kinds.get(i));
      }
      int promos = english ? PromoDetector.trailingPromoCount(kept) : 0;
      for (int i = kept.size() - promos; i < kept.size(); i++) {
        removed.add(new RemovedText("promo", kept.get(i)));
      }
      if (english) {
        for (int i = 0; i < kept.size() - promos; i++) {
          body.add(new Block("p" + (body.size() + 1), keptKinds.get(i), kept.get(i)));
        }
      } else {
        // The Japanese edition's conventions: credits in 【…】, membership notices, headings.
        List<JapaneseBody.Line> lines = new ArrayList<>();
        for (int i = 0; i < kept.size() - promos; i++) {
          lines.add(new JapaneseBody.Line(keptKinds.get(i), kept.get(i)));
        }
        JapaneseBody.Reading japanese = JapaneseBody.read(lines);
        for (JapaneseBody.Line line : japanese.blocks()) {
          body.add(new Block("p" + (body.size() + 1), line.kind(), line.text()));
        }
        removed.addAll(japanese.removed());
        japanese.bylines().forEach(b -> addByline(bylines, b));
        dateline = japanese.dateline();
        if (syndication == null) {
          syndication = japanese.syndication();
        }
        if (published == null) {
          published = japanese.published();
        }
        if (modified == null && japanese.modified() != null && !japanese.modified().equals(published)) {
          modified = japanese.modified();
        }
      }
      if (!body.isEmpty()) {
        Optional<Datelines.Split> wire = Datelines.split(body.get(0).text());
        if (wire.isPresent()) {
          dateline = wire.get().dateline();
          if (syndication == null) {
            syndication = new Syndication(wire.get().agency(), wire.get().credit(), null);
          }
        }
      }
      if (headline == null) {
        warnings.add("No headline: the page has no title element, JSON-LD headline or title meta.");
      }
      if (published == null) {
        warnings.add("No publication date: the page has no JSON-LD, meta or printed date.");
      }
      if (body.isEmpty()) {
        warnings.add(container == null
            ? "No body: the page has no article text container and the generic body finder found no article text."
            : "No body: the article text container holds no paragraphs.");
      }
      String language = language(english, body);
      return Article.builder()
          .url(canonicalUrl())
          .outlet(english ? OUTLET_EN : OUTLET_JA)
          .syndication(syndication)
          .headline(headline)
          .bylines(bylines)
          .published(published)
          .modified(modified)
          .language(language)
          .dateline(dateline)
          .section(section(english))
          .tags(tags())
          .body(body)
          .media(media)
          .provenance(new Provenance(NAME, warnings, removed))
          .build();
    }

    private boolean isEnglish() {
      String declared = JsonLd.text(ld, "inLanguage").orElse(doc.select("html").attr("lang"));
      if (!declared.isBlank()) {
        return declared.toLowerCase(Locale.ROOT).startsWith("en");
      }
      String url = page.url();
      if (url != null && url.contains("/ajw/")) {
        return true;
      }
      if (doc.selectFirst("p.EnLastUpdated, p.EnArticleName") != null) {
        return true;
      }
      return meta.first("og:locale").map(l -> l.toLowerCase(Locale.ROOT).startsWith("en")).orElse(false);
    }

    private String language(boolean english, List<Block> body) {
      if (!body.isEmpty()) {
        StringBuilder text = new StringBuilder();
        body.forEach(b -> text.append(b.text()).append('\n'));
        String guessed = Texts.guessLanguage(text.toString()).orElse(null);
        if ("ja".equals(guessed) || "en".equals(guessed)) {
          return guessed;
        }
      }
      return english ? "en" : "ja";
    }

    private @Nullable String headline() {
      for (String selector : new String[] {"#MainInner .ArticleTitle .Title h1", "#MainInner .ArticleTitle h1",
          ".ArticleTitle h1", "main h1"}) {
        Element h1 = doc.selectFirst(selector);
        if (h1 != null && !Texts.clean(h1.text()).isEmpty()) {
          return Texts.clean(h1.text());
        }
      }
      Optional<String> fromData = JsonLd.text(ld, "headline").or(() -> meta.first("TITLE"));
      if (fromData.isPresent()) {
        return fromData.get();
      }
      String title = meta.first("og:title").orElse(doc.title());
      String stripped = Texts.clean(TITLE_SUFFIX.matcher(Texts.clean(title)).replaceFirst(""));
      return stripped.isEmpty() ? null : stripped;
    }

    private List<Byline> bylines() {
      List<Byline> out = new ArrayList<>();
      for (String name : JsonLd.names(ld, "creator")) {
        addByline(out, new Byline(name, null));
      }
      if (out.isEmpty()) {
        Element credit = doc.selectFirst("p.EnArticleName, .EnArticleName");
        if (credit != null && WireAgencies.creditLine(Texts.clean(credit.text())).isEmpty()) {
          String text = Texts.clean(credit.text());
          List<Byline> parsed = PlainTextReader.byline(text.regionMatches(true, 0, "by ", 0, 3) ? text : "By " + text);
          parsed.forEach(b -> addByline(out, b));
        }
      }
      if (out.isEmpty() && ld != null) {
        // The author is a byline only when it is a person; asahi.com names its organisation there.
        JsonNode author = ld.get("author");
        List<JsonNode> authors = new ArrayList<>();
        if (author != null && author.isArray()) {
          author.values().forEach(authors::add);
        } else if (author != null) {
          authors.add(author);
        }
        for (JsonNode a : authors) {
          if (a.isObject() && JsonLd.hasType(a, Set.of("person"))) {
            JsonLd.text(a, "name").ifPresent(n -> addByline(out, new Byline(n, null)));
          }
        }
      }
      return out;
    }

    private @Nullable Syndication creditInBylineSlot() {
      Element credit = doc.selectFirst("p.EnArticleName, .EnArticleName");
      return credit == null ? null : WireAgencies.creditLine(Texts.clean(credit.text())).orElse(null);
    }

    private static void addByline(List<Byline> out, Byline byline) {
      String name = byline.name();
      if (name.contains("://") || NOT_TAGS.contains(name.toLowerCase(Locale.ROOT))
          || out.stream().anyMatch(b -> b.name().equals(name))) {
        return;
      }
      out.add(byline);
    }

    private @Nullable OffsetDateTime firstDate(@Nullable String... candidates) {
      for (String candidate : candidates) {
        Optional<Dates.ReadDate> date = Dates.parse(candidate, JST);
        if (date.isPresent()) {
          // asahi.com's pages are in JST; a UTC stamp (the templates' <time>) is shown in JST.
          return date.get().dateTime().withOffsetSameInstant(JST_OFFSET);
        }
      }
      return null;
    }

    private @Nullable OffsetDateTime writtenDate(@Nullable Element element) {
      if (element == null) {
        return null;
      }
      String text = Texts.clean(element.text()).replaceFirst("(?i)^(?:updated|posted)\\s*:?\\s*", "");
      Optional<Dates.ReadDate> date = Dates.parseWritten(text, JST);
      if (date.isEmpty()) {
        date = Dates.parse(element.attr("datetime"), JST);
      }
      if (date.isEmpty() && !text.isEmpty()) {
        warnings.add("Unreadable date '" + text + "'.");
      }
      return date.map(d -> d.dateTime().withOffsetSameInstant(JST_OFFSET)).orElse(null);
    }

    private static @Nullable String attr(@Nullable Element element, String name) {
      return element == null ? null : element.attr(name);
    }

    private @Nullable String section(boolean english) {
      if (!english) {
        Optional<String> category = meta.first("cXenseParse:ash-category");
        if (category.isPresent()) {
          return Texts.cleanOrNull(category.get().split(",")[0]);
        }
      }
      Optional<String> ldSection = JsonLd.text(ld, "articleSection");
      if (ldSection.isPresent()) {
        return ldSection.get();
      }
      return meta.first("article:section").orElse(null);
    }

    private List<String> tags() {
      List<String> out = new ArrayList<>();
      for (String keywords : meta.all("keywords")) {
        for (String keyword : keywords.split("[,、]")) {
          String tag = Texts.clean(keyword);
          if (!tag.isEmpty() && !NOT_TAGS.contains(tag.toLowerCase(Locale.ROOT)) && !out.contains(tag)) {
            out.add(tag);
          }
        }
      }
      for (String tag : meta.all("article:tag")) {
        String clean = Texts.clean(tag);
        if (!clean.isEmpty() && !out.contains(clean)) {
          out.add(clean);
        }
      }
      return out;
    }

    private @Nullable String canonicalUrl() {
      String url = page.url();
      if (url != null) {
        return url;
      }
      Element canonical = doc.selectFirst("link[rel=canonical]");
      String href = canonical == null ? "" : canonical.attr("abs:href");
      if (href.startsWith("http")) {
        return href;
      }
      return meta.first("cXenseParse:url").filter(u -> u.startsWith("http")).orElse(null);
    }

    /** The element whose paragraphs are the story, by template; null when none has any. */
    private @Nullable Element bodyContainer() {
      Element text = doc.selectFirst("#MainInner .ArticleText, .ArticleText");
      if (text != null) {
        return text;
      }
      Element lastLine = doc.selectFirst("#_gtm_LastLine, #_dtm_LastLine");
      if (lastLine != null && lastLine.parent() != null) {
        return lastLine.parent();
      }
      // Otherwise the current template's hashed classes give no anchor: the caller falls back
      // to the generic body finder.
      return null;
    }

    private void removeBoilerplate(Element scope) {
      for (String[] rule : BOILERPLATE) {
        for (Element element : scope.select(rule[0])) {
          if (element.ownerDocument() == null) {
            continue; // inside something already removed
          }
          String text = Texts.clean(element.text());
          if (!text.isEmpty()) {
            removed.add(new RemovedText(rule[1], text));
          }
          element.remove();
        }
      }
    }

    /**
     * Removes what follows the text container in the article's area (AJW puts its promo teasers
     * there), one removed text per item: {@code promo} for teasers, {@code after-body} otherwise.
     */
    private void removeAfterBody(Element container, Element region) {
      List<Element> after = new ArrayList<>();
      for (Element level = container; level != null && !level.equals(region); level = level.parent()) {
        for (Element sibling = level.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
          after.add(sibling);
        }
      }
      for (Element element : after) {
        boolean promoBox = PROMO_BOX.matcher(element.className() + " " + element.id()).find();
        List<String> items = new ArrayList<>();
        for (Element item : element.select("p, li, h2, h3, h4, dt, dd")) {
          if (item.select("p, li, h2, h3, h4, dt, dd").size() == 1) {
            String text = Texts.clean(item.text());
            if (!text.isEmpty()) {
              items.add(text);
            }
          }
        }
        if (items.isEmpty() && !Texts.clean(element.text()).isEmpty()) {
          items.add(Texts.clean(element.text()));
        }
        for (String text : items) {
          removed.add(new RemovedText(promoBox || PromoDetector.hasPromoForm(text) ? "promo" : "after-body", text));
        }
        element.remove();
      }
    }

    private List<Media> images(Element container) {
      List<Media> out = new ArrayList<>();
      Elements figures = container.select(".ImagesMod .Image, div.Image, figure");
      List<Element> seen = new ArrayList<>();
      for (Element figure : figures) {
        if (seen.stream().anyMatch(s -> figure.parents().contains(s))) {
          continue;
        }
        seen.add(figure);
        Element img = figure.selectFirst("img");
        String url = img == null ? null : imageUrl(img);
        Element captionElement = figure.selectFirst(".Caption, figcaption, .caption");
        String captionText = captionElement == null ? null : Texts.clean(captionElement.text());
        if ((captionText == null || captionText.isEmpty()) && img != null) {
          String alt = Texts.clean(img.attr("alt"));
          captionText = PLACEHOLDER_ALTS.contains(alt.toLowerCase(Locale.ROOT)) ? null : alt;
        }
        CaptionCredits.Split caption = CaptionCredits.split(captionText);
        if (url == null && caption.isEmpty()) {
          continue;
        }
        out.add(caption.toMedia(url));
        if (captionElement != null) {
          captionElement.remove();
        }
      }
      figures.remove();
      return out;
    }

    private static @Nullable String imageUrl(Element img) {
      String src = img.attr("abs:src");
      if (src.isEmpty()) {
        src = img.attr("src").strip();
      }
      if (src.isEmpty()) {
        src = img.hasAttr("srcset") ? img.attr("srcset").strip().split("[\\s,]+")[0] : img.attr("data-src").strip();
      }
      if (src.startsWith("//")) {
        src = "https:" + src;
      }
      if (!src.startsWith("http")) {
        src = "";
      }
      return src.isEmpty() ? null : src;
    }

    private static List<Element> blockElements(Element container) {
      List<Element> out = new ArrayList<>();
      for (Element element : container.select("p, h2, h3, h4, li, blockquote")) {
        boolean nested = false;
        for (Element parent : element.parents()) {
          if (parent == container) {
            break;
          }
          if (parent.is("p, li, blockquote, figure, nav, aside")) {
            nested = true;
            break;
          }
        }
        if (!nested) {
          out.add(element);
        }
      }
      return out;
    }

    private static BlockKind kindOf(Element element) {
      if (element.is("h2, h3, h4")) {
        return BlockKind.SUBHEADING;
      }
      if (element.is("li")) {
        return BlockKind.LIST_ITEM;
      }
      if (element.is("blockquote")) {
        return BlockKind.BLOCKQUOTE;
      }
      return BlockKind.PARAGRAPH;
    }

    private static boolean endsSentence(String text) {
      char last = text.charAt(text.length() - 1);
      return last == '.' || last == '!' || last == '?' || last == '。' || last == '"' || last == '”';
    }
  }
}
