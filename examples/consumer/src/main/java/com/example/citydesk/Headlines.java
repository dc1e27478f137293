package com.example.citydesk;

import dev.newsmodel.Article;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;

/** The consumer's own code: reads a page with the library's front door. */
public final class Headlines {
  private static final NewsModel NEWS_MODEL = NewsModel.create();

  private Headlines() {}

  /** Returns the article of the page; City Desk pages go to this module's own parser. */
  public static Article read(String html, String url) throws ParseException {
    return NEWS_MODEL.parse(Page.of(html, url));
  }
}
