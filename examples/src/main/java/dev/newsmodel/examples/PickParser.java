package dev.newsmodel.examples;

import dev.newsmodel.Article;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.List;

/** Lists the parsers and parses a page with one chosen by name instead of by URL. */
public final class PickParser {
  private PickParser() {}

  /**
   * Returns "name: description" for every registered parser, sorted by name.
   *
   * @return one line per parser
   */
  public static List<String> parsers() {
    return NewsModel.create().registry().parsers().stream()
        .map(p -> p.name() + ": " + p.description()).toList();
  }

  /**
   * Parses the page with the named parser, e.g. {@code text} for a scrape with no URL.
   *
   * @param parserName the parser's name, e.g. {@code text}
   * @param content the page's content
   * @return the article
   * @throws dev.newsmodel.parse.UnknownParserException when no parser has that name
   * @throws ParseException when the content gives no article (empty, binary, ...)
   */
  public static Article parseWith(String parserName, String content) throws ParseException {
    return NewsModel.create().parse(Page.of(content, null), parserName);
  }

  /**
   * Prints the parsers and which one the registry would choose for an AJW URL.
   *
   * @param args not used
   * @throws ParseException when no parser fits the page (not with the library's own parsers)
   */
  public static void main(String[] args) throws ParseException {
    parsers().forEach(System.out::println);
    Page page = Page.of("<html><body><p>x</p></body></html>", "https://www.asahi.com/ajw/articles/1");
    ArticleParser chosen = NewsModel.create().registry().select(page);
    System.out.println("chosen for asahi.com: " + chosen.name());
  }
}
