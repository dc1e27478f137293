package dev.newsmodel.parse;

import dev.newsmodel.Article;
import dev.newsmodel.Provenance;
import java.util.Set;

/**
 * A test parser that is only a name: no hosts, and an empty article naming it in its provenance.
 * Tests subclass it to make a parser fail, crash or score in a given way.
 */
class NamedParser implements ArticleParser {
  private final String name;

  NamedParser(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return name;
  }

  @Override
  public Set<String> hosts() {
    return Set.of();
  }

  @Override
  public Article parse(Page page) throws ParseException {
    return Article.builder().provenance(Provenance.of(name)).build();
  }
}
