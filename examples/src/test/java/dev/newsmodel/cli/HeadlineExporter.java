package dev.newsmodel.cli;

import dev.newsmodel.Article;
import dev.newsmodel.export.ArticleExporter;
import java.io.IOException;
import java.io.Writer;

/**
 * A plain-text exporter registered only on the test class path (META-INF/services), to show that
 * the command's formats come from what {@link java.util.ServiceLoader} finds.
 */
public final class HeadlineExporter implements ArticleExporter {
  /** Creates the exporter; the ServiceLoader calls this. */
  public HeadlineExporter() {}

  @Override
  public String name() {
    return "headline-only";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public void write(Article article, Writer out) throws IOException {
    out.write("HEADLINE: " + article.headline() + "\n");
  }
}
