package dev.newsmodel.parse.testparsers;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.Set;

/**
 * An outlet parser that exists only in test code, registered through the test resources'
 * {@code META-INF/services}: it stands for a user's jar dropped on the class path.
 */
public final class HarborGazetteParser implements ArticleParser {
  /** Creates the parser. */
  public HarborGazetteParser() {}

  @Override
  public String name() {
    return "harbor-gazette";
  }

  @Override
  public String description() {
    return "The Harbor Gazette (test outlet)";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("harborgazette.example");
  }

  @Override
  public double contentScore(Page page) {
    return page.signals().names("Harbor Gazette") ? 0.8 : 0;
  }

  @Override
  public Article parse(Page page) throws ParseException {
    page.checkReadable();
    return Article.builder()
        .url(page.url())
        .outlet(new Outlet("The Harbor Gazette", "harborgazette.example"))
        .addBlock(Block.paragraph("p1", page.document().text().isBlank() ? "-" : page.document().text()))
        .provenance(Provenance.of(name()))
        .build();
  }
}
