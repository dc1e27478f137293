package dev.newsmodel.parse.memory;

import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import java.util.Map;

/**
 * Run in its own small JVM by {@link MemoryTest}: parses many distinct generated pages one after
 * the other through one shared front door (as a directory or WARC run does), keeps nothing but
 * counts, and prints the heap in use after a full collection at the first and last checkpoint.
 */
public final class ManyPagesRun {
  private ManyPagesRun() {}

  public static void main(String[] args) throws Exception {
    int pages = Integer.parseInt(args[0]);
    NewsModel document = NewsModel.create().withAttribution(false);
    Attributor attributor = Attributor.load();
    long blocks = 0;
    long quotes = 0;
    long early = -1;
    int checkpoint = Math.min(200, pages / 4);
    for (int i = 0; i < pages; i++) {
      byte[] bytes = SyntheticPages.article(i, 5 + i % 10);
      Article article = attributor.attribute(
          document.parse(Page.of(bytes, "https://news.example.com/story/" + i, Map.of())));
      blocks += article.body().size();
      quotes += article.quotes().size();
      if (i + 1 == checkpoint) {
        early = usedAfterGc();
      }
    }
    long late = usedAfterGc();
    System.out.println("pages=" + pages + " blocks=" + blocks + " quotes=" + quotes
        + " heapEarly=" + early + " heapLate=" + late);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
