package dev.newsmodel.parse.text;

import dev.newsmodel.Article;
import dev.newsmodel.Provenance;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.html.Texts;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The {@code text} parser: reads plain text no outlet parser claims (see {@link
 * PlainTextReader}), with timestamps without a zone read at UTC (Japan's or Korea's time for
 * Japanese or Korean text, with a warning either way). Given an HTML page by name,
 * it reads the text of the page's paragraphs and headings, one line each.
 */
public final class PlainTextParser implements ArticleParser {
  /** The parser's name. */
  public static final String NAME = "text";
  private static final PlainTextReader READER = new PlainTextReader(ZoneOffset.UTC);
  // A zoneless timestamp in Japanese or Korean text is that country's time far more often than UTC.
  private static final PlainTextReader JAPANESE_READER = new PlainTextReader(ZoneId.of("Asia/Tokyo"));
  private static final PlainTextReader KOREAN_READER = new PlainTextReader(ZoneId.of("Asia/Seoul"));

  /** Creates the parser (stateless; the registry makes one). */
  public PlainTextParser() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Plain-text scrapes: wire credit, timestamp, captions, body paragraphs, trailing promos removed";
  }

  @Override
  public Set<String> hosts() {
    return Set.of();
  }

  /**
   * Reads the page.
   *
   * @throws ParseException when the page is empty or binary
   */
  @Override
  public Article parse(Page page) throws ParseException {
    page.checkReadable();
    String text = textOf(page);
    String language = Texts.guessLanguage(text).orElse(null);
    PlainTextReader reader = "ja".equals(language) ? JAPANESE_READER : "ko".equals(language) ? KOREAN_READER : READER;
    TextScrape scrape = reader.read(text);
    List<String> warnings = new ArrayList<>(page.warnings());
    warnings.addAll(scrape.warnings());
    return toArticle(scrape, page.url(), null, NAME, warnings);
  }

  static String textOf(Page page) {
    if (!page.isHtml()) {
      return page.content();
    }
    StringBuilder text = new StringBuilder();
    for (Element block : page.document().select("h1, h2, h3, p, li, figcaption, pre")) {
      text.append(block.text()).append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the article a text scrape gives.
   *
   * @param scrape what the reader found
   * @param url the page's URL, or {@code null}
   * @param outlet the outlet, or {@code null} when unknown
   * @param parser the name of the parser, for the provenance
   * @param warnings every warning (decoding and reading)
   * @return the article's document layer
   */
  public static Article toArticle(TextScrape scrape, @org.jspecify.annotations.Nullable String url,
      dev.newsmodel.@org.jspecify.annotations.Nullable Outlet outlet, String parser, List<String> warnings) {
    return Article.builder()
        .url(url)
        .outlet(outlet)
        .syndication(scrape.syndication())
        .headline(scrape.headline())
        .bylines(scrape.bylines())
        .published(scrape.published())
        .modified(scrape.modified())
        .language(scrape.language())
        .dateline(scrape.dateline())
        .body(scrape.body())
        .media(scrape.media())
        .provenance(new Provenance(parser, warnings, scrape.removed()))
        .build();
  }
}
