package com.example.citydesk;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads pages of the City Desk, an (invented) outlet: h1, .author, time[datetime], .text p. */
public final class CityDeskParser implements ArticleParser {
  /** Creates the parser; the ServiceLoader calls this. */
  public CityDeskParser() {}

  @Override
  public String name() {
    return "citydesk";
  }

  @Override
  public String description() {
    return "The City Desk (citydesk.example)";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("citydesk.example");
  }

  @Override
  public Article parse(Page page) throws ParseException {
    Document doc = page.document();
    List<String> warnings = new ArrayList<>();
    Article.Builder article = Article.builder().url(page.url())
        .outlet(new Outlet("The City Desk", "citydesk.example")).language("en");
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      article.headline(h1.text());
    } else {
      warnings.add("no headline");
    }
    for (Element author : doc.select(".author")) {
      article.addByline(Byline.of(author.text()));
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      article.published(OffsetDateTime.parse(time.attr("datetime")));
    }
    int n = 0;
    for (Element p : doc.select(".text p")) {
      article.addBlock(Block.paragraph("p" + ++n, p.text()));
    }
    return article.provenance(new Provenance(name(), warnings, List.of())).build();
  }
}
