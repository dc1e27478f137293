package com.example.feedquotes;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import dev.newsmodel.attribution.Attribution;
import dev.newsmodel.attribution.Attributor;
import java.util.ArrayList;
import java.util.List;

/** Who said what in the paragraphs of a feed item, with newsmodel-attribution alone. */
public final class FeedQuotes {
  private static final Attributor ATTRIBUTOR = Attributor.load();

  private FeedQuotes() {}

  /** Returns the low-level attribution relations of the paragraphs, read as English. */
  public static List<Attribution> relations(List<String> paragraphs) {
    return ATTRIBUTOR.find(paragraphs, "en");
  }

  /** Returns one line per quote, {@code Speaker: text}, of paragraphs in the given language. */
  public static List<String> quotes(List<String> paragraphs, String language) {
    Article.Builder item = Article.builder().language(language);
    for (int i = 0; i < paragraphs.size(); i++) {
      item.addBlock(Block.paragraph("p" + (i + 1), paragraphs.get(i)));
    }
    Article article = ATTRIBUTOR.attribute(item.build());
    List<String> lines = new ArrayList<>();
    for (Quote q : article.quotes()) {
      String speaker = q.speaker() == null ? "?" : article.source(q.speaker()).map(Source::name).orElse("?");
      lines.add(speaker + ": " + q.text());
    }
    return lines;
  }
}
