package dev.newsmodel.cli;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Provenance;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A minimal parser for the command's tests, so they check the command (inputs, errors,
 * order, formats) whatever outlet parsers are on the class path: {@code h1} is the headline,
 * each {@code p} (or each line of plain text) a paragraph. A page with no text at all is not a
 * page ({@link ParseException}); a page whose body says {@code EXPLODE} throws a runtime
 * exception, standing for a parser bug.
 */
final class FixtureParser implements ArticleParser {
  @Override
  public String name() {
    return "fixture";
  }

  @Override
  public String description() {
    return "test pages: h1 and p elements";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("fixture.example");
  }

  /** Claims every page, so the registry picks it without a URL. */
  @Override
  public double contentScore(Page page) {
    return 1.0;
  }

  @Override
  public Article parse(Page page) throws ParseException {
    List<String> paragraphs = new ArrayList<>();
    String headline = null;
    if (page.isHtml()) {
      Element h1 = page.document().selectFirst("h1");
      headline = h1 == null ? null : h1.text();
      for (Element p : page.document().select("p")) {
        if (!p.text().isBlank()) {
          paragraphs.add(p.text());
        }
      }
    } else {
      page.content().lines().filter(l -> !l.isBlank()).forEach(paragraphs::add);
    }
    if (paragraphs.isEmpty()) {
      throw new ParseException("no paragraphs on the page");
    }
    if (paragraphs.get(0).contains("EXPLODE")) {
      throw new IllegalStateException("parser bug triggered");
    }
    Article.Builder article = Article.builder().url(page.url()).headline(headline).language("en")
        .provenance(Provenance.of(name()));
    for (int i = 0; i < paragraphs.size(); i++) {
      article.addBlock(Block.paragraph("p" + (i + 1), paragraphs.get(i)));
    }
    return article.build();
  }
}
