package dev.newsmodel.parse;

import dev.newsmodel.Article;
import java.util.Set;

/**
 * Reads one kind of page into the document layer of an {@link Article} (no attribution: the
 * registry's caller adds sources, quotes and claims afterwards).
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: declare them in
 * {@code META-INF/services/dev.newsmodel.parse.ArticleParser} and, in a named module, with
 * {@code provides dev.newsmodel.parse.ArticleParser with ...}. They must have a public
 * no-argument constructor, be stateless and thread-safe: one instance serves every thread.
 */
public interface ArticleParser {

  /**
   * Returns the parser's unique, lower-case name, e.g. {@code asahi}; users select it by this name.
   *
   * @return the parser's name
   */
  String name();

  /**
   * Returns a one-line description of what the parser reads, for listings.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the hosts the parser is made for, e.g. {@code asahi.com}; a page whose URL host is
   * one of them or a subdomain of one is given to this parser. Empty for parsers picked by
   * content only.
   *
   * @return the hosts, lower case without {@code www.}; empty for a content-only parser
   */
  Set<String> hosts();

  /**
   * Returns how sure the parser is, from the page's content alone (no URL), that the page
   * comes from its outlet: 0 when not at all, 1 when certain. The registry uses it when the URL
   * does not decide. It must be cheap: it runs for every parser on such pages.
   *
   * @param page the page to judge
   * @return the score, from 0 to 1
   */
  default double contentScore(Page page) {
    return 0.0;
  }

  /**
   * Returns {@link #contentScore(Page)} when that is at least {@code floor}, and otherwise any
   * score below {@code floor}: a parser may stop as soon as cheap evidence shows it cannot
   * reach the floor (the registry asks this way, with the score to beat). The default asks
   * {@link #contentScore(Page)}.
   *
   * @param floor the score below which the exact value does not matter to the caller
   * @param page the page to judge
   * @return the score, from 0 to 1
   */
  default double contentScore(Page page, double floor) {
    return contentScore(page);
  }

  /**
   * Reads the page. Whatever is missing is reported as a warning in the article's provenance
   * and whatever is left out is listed there as removed text.
   *
   * @param page the page to read
   * @return the article's document layer (no sources, quotes or claims)
   * @throws ParseException only when the input is not a page this parser can read at all
   */
  Article parse(Page page) throws ParseException;
}
