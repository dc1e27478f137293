package dev.newsmodel.examples;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParserRegistry;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A parser for one outlet of your own ({@code harbor-gazette.example}), and how to register it.
 *
 * <p>To have {@link NewsModel#create()} find it on the class path, list the class in
 * {@code META-INF/services/dev.newsmodel.parse.ArticleParser} of your jar (and, in a named
 * module, {@code provides dev.newsmodel.parse.ArticleParser with ...}). Or build a registry
 * by hand, as {@link #newsModel()} does. A parser must be stateless and thread-safe.
 */
public final class CustomOutletParser implements ArticleParser {

  @Override
  public String name() {
    return "harbor-gazette";
  }

  @Override
  public String description() {
    return "The Harbor Gazette (example outlet): h1.headline, .byline, time[datetime], .story p";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("harbor-gazette.example");
  }

  /**
   * Reads a Harbor Gazette page. Any page gives an article: what is missing (a headline, a date,
   * body paragraphs) is a warning in its provenance, and the page's URL is taken as it is, since
   * a {@link Page} only ever holds an absolute http(s) URL or none. A plain-text page gives its
   * paragraphs as the body.
   *
   * @param page the page
   * @return the article's document layer
   */
  @Override
  public Article parse(Page page) {
    List<String> warnings = new ArrayList<>();
    List<RemovedText> removed = new ArrayList<>();
    Article.Builder article = Article.builder()
        .url(page.url())                                    // absolute http(s), or null
        .outlet(new Outlet("The Harbor Gazette", "harbor-gazette.example"))
        .language("en");
    if (!page.isHtml()) {
      int n = 0;
      for (String paragraph : page.content().split("\\n\\s*\\n")) {
        if (!paragraph.isBlank()) {
          article.addBlock(Block.paragraph("p" + ++n, paragraph.strip()));
        }
      }
      warnings.add("a plain-text page: its paragraphs are the body; no headline, byline or date");
      return article.provenance(new Provenance(name(), warnings, removed)).build();
    }
    Document doc = page.document();
    Element headline = doc.selectFirst("h1.headline");
    if (headline == null || headline.text().isBlank()) {
      warnings.add("no headline (h1.headline) on the page");
    } else {
      article.headline(headline.text());
    }
    for (Element byline : doc.select(".byline")) {
      String name = byline.text().replaceFirst("(?i)^by\\b", "").strip();
      if (!name.isEmpty()) {                               // a blank byline is no byline
        article.addByline(Byline.of(name));
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      try {
        article.published(OffsetDateTime.parse(time.attr("datetime")));
      } catch (DateTimeParseException e) {
        warnings.add("unreadable date: " + time.attr("datetime"));
      }
    }
    int n = 0;
    for (Element p : doc.select(".story p")) {
      if (p.text().isBlank()) {
        continue;
      }
      if (p.hasClass("promo")) {
        removed.add(new RemovedText("promo", p.text())); // kept aside, never silently dropped
      } else {
        article.addBlock(Block.paragraph("p" + ++n, p.text()));
      }
    }
    if (n == 0) {
      warnings.add("no body paragraphs (.story p) on the page");
    }
    return article.provenance(new Provenance(name(), warnings, removed)).build();
  }

  /**
   * Returns a front door that knows this parser and every parser on the class path.
   *
   * @return the front door
   */
  public static NewsModel newsModel() {
    List<ArticleParser> parsers = new ArrayList<>(ParserRegistry.load().parsers());
    parsers.add(new CustomOutletParser());
    return NewsModel.create(ParserRegistry.of(parsers));
  }

  /**
   * Parses a Harbor Gazette page with the registry built by {@link #newsModel()}.
   *
   * @param args ignored
   * @throws ParseException when the page gives no article
   */
  public static void main(String[] args) throws ParseException {
    String html = """
        <html><body><h1 class="headline">Tugboat crews vote to strike</h1>
        <p class="byline">By Rio Tanaka</p><time datetime="2025-05-02T09:15:00-07:00">May 2</time>
        <div class="story"><p>Tugboat crews voted on Thursday to strike next week.</p>
        <p class="promo">Sign up for our morning newsletter.</p></div></body></html>""";
    Article article = newsModel().parse(Page.of(html, "https://www.harbor-gazette.example/news/42"));
    System.out.println(article.headline() + " / " + article.provenance().parser());
  }
}
