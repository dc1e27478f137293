package dev.newsmodel.parse.memory;

import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import java.util.Map;

/**
 * Run in its own small JVM by {@link MemoryTest}: parses one generated page of the given size
 * (document layer, then attribution) and prints what came out. An OutOfMemoryError ends the
 * JVM with a non-zero exit code.
 */
public final class LargePageRun {
  private LargePageRun() {}

  public static void main(String[] args) throws Exception {
    int megabytes = Integer.parseInt(args[0]);
    int paragraphs = Integer.parseInt(args[1]);
    byte[] bytes = SyntheticPages.large(megabytes << 20, paragraphs);
    Page page = Page.of(bytes, "https://news.example.com/2025/06/02/large-page", Map.of());
    bytes = null; // the caller's copy is gone; only the page holds the content now
    Article document = NewsModel.create().withAttribution(false).parse(page);
    page = null;
    Article article = Attributor.load().attribute(document);
    long bodyChars = article.body().stream().mapToLong(b -> b.text().length()).sum();
    System.out.println("blocks=" + article.body().size() + " bodyChars=" + bodyChars
        + " quotes=" + article.quotes().size());
  }
}
