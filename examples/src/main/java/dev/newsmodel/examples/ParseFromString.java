package dev.newsmodel.examples;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;

/** Parses a page held in a string: the registry picks the parser from the URL and content. */
public final class ParseFromString {
  private ParseFromString() {}

  /**
   * Returns the article of an HTML (or plain-text) page.
   *
   * @param html the page
   * @param url the page's absolute http(s) URL, or {@code null}
   * @return the article
   * @throws ParseException when the page gives no article
   */
  public static Article parse(String html, String url) throws ParseException {
    NewsModel newsModel = NewsModel.create(); // thread-safe: create once, share
    return newsModel.parse(Page.of(html, url));
  }

  /**
   * Prints the headline, the date and the paragraphs of a small page.
   *
   * @param args ignored
   * @throws ParseException when the page gives no article
   */
  public static void main(String[] args) throws ParseException {
    String html = """
        <html><head><title>Library opens late on Fridays</title></head><body><article>
        <h1>Library opens late on Fridays</h1>
        <p>The city library will stay open until 10 p.m. on Fridays from next month, the council said.</p>
        <p>"Students asked for it," said librarian Mina Ode.</p>
        </article></body></html>""";
    Article article = parse(html, "https://news.example.com/library");
    System.out.println(article.headline());
    for (Block block : article.body()) {
      System.out.println("  " + block.text());
    }
  }
}
