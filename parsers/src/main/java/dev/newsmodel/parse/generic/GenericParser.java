package dev.newsmodel.parse.generic;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
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
import dev.newsmodel.parse.ParserRegistry;
import dev.newsmodel.parse.html.Dates;
import dev.newsmodel.parse.html.JsonLd;
import dev.newsmodel.parse.html.MetaTags;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.ja.JapaneseBody;
import dev.newsmodel.parse.wire.Datelines;
import dev.newsmodel.parse.wire.WireAgencies;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads any HTML news page: metadata from every source the page offers ({@link MetadataReader}),
 * the body from the page's text ({@link BodyExtractor}), the wire agency from credits and
 * structured data ({@link WireAgencies}). The registry's fallback for HTML no outlet parser
 * claims. Stateless and thread-safe.
 */
public final class GenericParser implements ArticleParser {

  /** Creates the parser (the service loader's constructor). */
  public GenericParser() {}

  @Override
  public String name() {
    return ParserRegistry.GENERIC;
  }

  @Override
  public String description() {
    return "any HTML article page: structured metadata, main-text extraction, wire credits";
  }

  @Override
  public Set<String> hosts() {
    return Set.of();
  }

  @Override
  public Article parse(Page page) throws ParseException {
    if (page.isBlank()) {
      throw new ParseException("the page is empty");
    }
    Document doc = page.document();
    JsonLd jsonLd = page.jsonLd();
    MetaTags meta = page.metaTags();
    Metadata metadata = MetadataReader.read(doc, page.url(), jsonLd, meta, page.elements());
    if (doc.baseUri().isEmpty() && metadata.canonicalUrl() != null) {
      // A page given without its URL (a saved file) still says where it lives: its images'
      // relative and protocol-relative addresses resolve against that, not left unusable.
      doc.setBaseUri(metadata.canonicalUrl());
    }
    Extraction extraction = BodyExtractor.extract(doc);
    return assemble(page, metadata, extraction, name());
  }

  private static boolean repeatsMetadata(String text, Metadata metadata) {
    String key = Texts.comparable(text);
    if (key.length() < 4) {
      return false;
    }
    // Only the headline: a first paragraph that repeats the description is still the article's.
    String headline = metadata.headline() == null ? "" : Texts.comparable(metadata.headline());
    return headline.contains(key);
  }


  /** Adds bylines whose names (white space aside) are not there yet. */
  private static void addBylines(List<Byline> bylines, List<Byline> more) {
    for (Byline b : more) {
      String key = b.name().replaceAll("\\s+", "");
      if (bylines.stream().noneMatch(x -> x.name().replaceAll("\\s+", "").equals(key))) {
        bylines.add(b);
      }
    }
  }

  private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("\\s*(?:…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.])\\s*$");

  /**
   * Builds the article from metadata and an extraction: detects the wire credit and the
   * dateline, checks the language against the text, numbers the blocks.
   */
  static Article assemble(Page page, Metadata metadata, Extraction extraction, String parser) {
    List<String> warnings = new ArrayList<>(page.warnings());
    warnings.addAll(metadata.warnings());
    List<RemovedText> removed = new ArrayList<>(extraction.removed());
    List<Extraction.TextBlock> blocks = new ArrayList<>(extraction.blocks());

    // Headline and kicker repeated at the top of the body belong to the metadata.
    while (!blocks.isEmpty() && blocks.get(0).text().length() < 200 && repeatsMetadata(blocks.get(0).text(), metadata)) {
      removed.add(new RemovedText("headline", blocks.remove(0).text()));
    }
    String language = metadata.language();
    // The script is told from the first characters (Texts.SCRIPT_SAMPLE): only those are joined.
    String detected = Texts.scriptLanguage(extraction.text(Texts.SCRIPT_SAMPLE)).orElse(null);
    if (language == null && detected != null) {
      language = detected;
      warnings.add("The page declares no language; " + detected + " was told from its script.");
    } else if (language != null && detected != null && !language.startsWith(detected)) {
      warnings.add("The page declares language " + language + " but its text is " + detected + "; kept " + detected + ".");
      language = detected;
    } else if (language == null) {
      warnings.add("No language found.");
    }

    // A Japanese body: credits in 【…】, wire credits, membership notices, a date line, headings.
    List<Byline> bylines = new ArrayList<>(metadata.bylines());
    JapaneseBody.Reading japanese = null;
    if (language != null && language.startsWith("ja")) {
      List<JapaneseBody.Line> lines = new ArrayList<>();
      for (Extraction.TextBlock b : blocks) {
        lines.add(new JapaneseBody.Line(b.kind(), b.text()));
      }
      japanese = JapaneseBody.read(lines);
      blocks.clear();
      for (JapaneseBody.Line line : japanese.blocks()) {
        blocks.add(new Extraction.TextBlock(line.kind(), line.text()));
      }
      removed.addAll(japanese.removed());
      addBylines(bylines, japanese.bylines());
      if (metadata.published() == null && japanese.published() != null) {
        // The date line gave what the metadata lacked.
        warnings.remove("No publication date found.");
      }
    }
    List<String> texts = new ArrayList<>();
    for (Extraction.TextBlock b : blocks) {
      texts.add(b.text());
    }
    Syndication syndication = metadata.syndication();
    Dateline dateline = japanese == null ? null : japanese.dateline();
    if (japanese != null && japanese.syndication() != null) {
      syndication = new Syndication(japanese.syndication().agency(), japanese.syndication().creditLine(),
          syndication == null ? null : syndication.originalUrl());
    }
    WireAgencies.Credit credit = japanese != null && japanese.syndication() != null ? null : WireAgencies.detect(texts).orElse(null);
    if (credit != null) {
      syndication = new Syndication(credit.agency(), credit.printed(),
          syndication == null ? null : syndication.originalUrl());
      if (credit.wholeBlock()) {
        removed.add(new RemovedText("credit-line", blocks.get(credit.blockIndex()).text()));
        blocks.remove(credit.blockIndex());
      } else if (credit.blockIndex() == 0 || credit.place() != null) {
        dateline = new Dateline(credit.place(), credit.printed());
      }
    }
    if (syndication == null) {
      for (var byline : metadata.bylines()) {
        String agency = WireAgencies.find(byline.name()).orElse(null);
        if (agency != null) {
          syndication = new Syndication(agency, byline.name(), null);
          break;
        }
      }
    }

    if (syndication != null && isTheAgencyItself(metadata.outlet(), syndication.agency())) {
      // An agency's own site (its "(AP) —" dateline, its own credit) publishes its own story: no
      // republication, so no syndication. The dateline taken from the credit stays.
      syndication = null;
    }

    OffsetDateTime published = metadata.published() != null || japanese == null
        ? metadata.published() : japanese.published();
    if (published == null && !blocks.isEmpty()) {
      // A page that dates the story only in its opening dateline ("Feb. 23, 2015 -- …").
      ZoneId zone = metadata.modified() != null ? metadata.modified().getOffset() : ZoneOffset.UTC;
      Dates.ReadDate opening = Datelines.openingDate(blocks.get(0).text(), zone).orElse(null);
      if (opening != null) {
        published = opening.dateTime();
        warnings.remove("No publication date found.");
        warnings.add("The publication date was read from the dateline opening the text: only the day is known,"
            + " read at " + published.getOffset() + ".");
      }
    }
    if (blocks.isEmpty()) {
      warnings.add("No article body found.");
    }
    List<Block> body = new ArrayList<>();
    for (Extraction.TextBlock b : blocks) {
      body.add(new Block("p" + (body.size() + 1), b.kind(), b.text()));
    }
    List<Media> media = new ArrayList<>();
    Media lead = metadata.leadImage();
    if (lead != null) {
      media.add(lead);
    }
    for (Media m : extraction.media()) {
      if (lead != null && m.url() == null && lead.caption() != null && m.caption() != null
          && m.caption().startsWith(lead.caption())) {
        continue; // the lead picture, its address left to a script and its caption to the metadata
      }
      if (lead != null && lead.url() != null && lead.url().equals(m.url())) {
        if (lead.caption() == null && m.caption() != null) {
          media.set(0, new Media(lead.url(), m.caption(), m.credit() != null ? m.credit() : lead.credit()));
        }
        continue;
      }
      // The lead picture again in the body at another size, with no other caption: one picture,
      // at the larger size where the addresses say which it is, with the body's caption if the
      // metadata has none. (A video's poster frame captioned as the video stays apart.)
      Media first = media.isEmpty() ? null : media.get(0);
      if (lead != null && first != null && BodyExtractor.sameFileResized(first.url(), m.url())
          && (first.caption() == null || m.caption() == null || first.caption().equals(m.caption()))) {
        String address = BodyExtractor.largerSize(first.url(), m.url());
        media.set(0, first.caption() == null && m.caption() != null
            ? new Media(address, m.caption(), m.credit() != null ? m.credit() : first.credit())
            : new Media(address, first.caption(), first.credit()));
        continue;
      }
      media.add(m);
    }
    String url = metadata.canonicalUrl() != null ? metadata.canonicalUrl() : page.url();
    String subheadline = metadata.subheadline();
    // A description that is only the opening of the first paragraph (often cut with "…") is an
    // excerpt, not a standfirst.
    if (subheadline != null && !blocks.isEmpty()) {
      // (ELLIPSIS needs "…" or "...": a cheap test first, its leading \s* makes the regex try every index)
      boolean mayBeCut = subheadline.indexOf('\u2026') >= 0 || subheadline.contains("...");
      String excerpt = Texts.comparable(mayBeCut ? ELLIPSIS.matcher(subheadline).replaceFirst("") : subheadline);
      if (!excerpt.isEmpty() && Texts.comparable(blocks.get(0).text()).startsWith(excerpt)) {
        subheadline = null;
      }
    }
    return Article.builder()
        .url(MetadataReader.absolute(url, null))
        .outlet(metadata.outlet())
        .syndication(syndication)
        .headline(metadata.headline())
        .subheadline(subheadline)
        .bylines(bylines)
        .published(published)
        .modified(metadata.modified() != null || japanese == null ? metadata.modified() : japanese.modified())
        .language(language)
        .dateline(dateline)
        .section(metadata.section())
        .tags(metadata.tags())
        .body(body)
        .media(media)
        .provenance(new Provenance(parser, warnings, removed))
        .build();
  }

  // "AP News" at apnews.com, "Reuters" at reuters.com, "AFP" at afp.com: the outlet's name
  // (with or without a trailing "News") or its domain's first label is the agency's name.
  private static boolean isTheAgencyItself(@Nullable Outlet outlet, String agency) {
    if (outlet == null) {
      return false;
    }
    String name = outlet.name();
    if (agency.equals(WireAgencies.agency(name).orElse(null))
        || agency.equals(WireAgencies.agency(name.replaceFirst("(?i)\\s+news$", "")).orElse(null))) {
      return true;
    }
    String domain = outlet.domain();
    if (domain == null) {
      return false;
    }
    return agency.equals(WireAgencies.agency(MetadataReader.firstLabel(domain)).orElse(null));
  }
}
