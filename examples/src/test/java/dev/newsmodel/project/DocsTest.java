package dev.newsmodel.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the repository's documentation together: the guides the issue tracker and README promise
 * exist, every relative Markdown link resolves, and the docs index names every guide.
 */
class DocsTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("CONTRIBUTING.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("CONTRIBUTING.md above %s", Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  private static List<Path> markdown(Path root) throws IOException {
    List<Path> files = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("CONTRIBUTING.md"), root.resolve("CHANGELOG.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  @Test
  void theGuidesExistAndLicenseTooAtTheRoot() {
    Path root = root();
    for (String name : List.of("LICENSE", "NOTICE", "CONTRIBUTING.md", "docs/README.md", "docs/json.md", "docs/exceptions.md",
        "docs/outlet-parser.md", "docs/attribution-engine.md", "docs/architecture.md")) {
      assertThat(root.resolve(name)).as(name).isRegularFile();
    }
    assertThat(root.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
  }

  @Test
  void everyRelativeLinkResolves() throws IOException {
    Path root = root();
    List<String> broken = new ArrayList<>();
    for (Path file : markdown(root)) {
      Matcher m = LINK.matcher(Files.readString(file));
      while (m.find()) {
        String target = m.group(1);
        if (target.contains("://") || target.startsWith("mailto:")) {
          continue;
        }
        if (!Files.exists(file.getParent().resolve(target).normalize())) {
          broken.add(root.relativize(file) + " -> " + target);
        }
      }
    }
    assertThat(broken).as("relative links to files that do not exist").isEmpty();
  }

  @Test
  void theDocsIndexNamesEveryGuide() throws IOException {
    Path docs = root().resolve("docs");
    String index = Files.readString(docs.resolve("README.md"));
    try (Stream<Path> guides = Files.list(docs)) {
      assertThat(guides.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md")))
          .allSatisfy(n -> assertThat(index).as("docs/README.md links %s", n).contains("(" + n));
    }
  }
}
