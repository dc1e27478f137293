package dev.newsmodel.beam;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Provenance;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A parser found through {@code META-INF/services} on the test class path, as a user's outlet
 * parser would be: it reads pages of {@code beam-fixture.example} (h1 and p).
 */
public final class BeamFixtureParser implements ArticleParser {
  @Override
  public String name() {
    return "beam-fixture";
  }

  @Override
  public String description() {
    return "pages of beam-fixture.example";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("beam-fixture.example");
  }

  @Override
  public Article parse(Page page) throws ParseException {
    Article.Builder article = Article.builder().url(page.url()).language("en").provenance(Provenance.of(name()));
    Element h1 = page.document().selectFirst("h1");
    article.headline(h1 == null ? null : h1.text());
    int n = 0;
    for (Element p : page.document().select("p")) {
      article.addBlock(Block.paragraph("p" + ++n, p.text()));
    }
    if (n == 0) {
      throw new ParseException("no paragraphs");
    }
    return article.build();
  }
}
