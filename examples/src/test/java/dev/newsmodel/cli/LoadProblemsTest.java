package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.ParserRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser jar that fails to load leaves the command running with the other parsers, and says
 * so on standard error rather than only showing as pages parsed by the generic parser.
 */
class LoadProblemsTest {
  @TempDir Path dir;

  @Test
  void aBrokenParserProviderIsReportedAsAWarning() throws IOException {
    // A services file naming a class that is not there, as a jar built against another version would.
    Path services = dir.resolve("META-INF/services/dev.newsmodel.parse.ArticleParser");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.example.news.MissingParser\n", StandardCharsets.UTF_8);
    ParserRegistry registry;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      registry = ParserRegistry.load(loader);
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    NewsModel newsModel = Context.reportingLoadProblems(
        NewsModel.create(registry), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(newsModel.registry().names()).contains(ParserRegistry.GENERIC);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
        .startsWith("newsmodel: warning: A parser could not be loaded: ")
        .contains("com.example.news.MissingParser");
  }

  @Test
  void nothingIsWrittenWhenEverythingLoaded() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    Context.reportingLoadProblems(NewsModel.create(), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
