package dev.newsmodel.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code CHANGELOG.md} to Keep a Changelog: versioned sections, the standard kinds of
 * change, one short line per change, and the version being built present as a section.
 */
class ChangelogTest {
  private static final Set<String> KINDS = Set.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");
  private static final Pattern VERSION = Pattern.compile("^## \\[(Unreleased|\\d+\\.\\d+\\.\\d+)](?: - (\\d{4}-\\d{2}-\\d{2}|Unreleased))?$");
  private static final int MAX_LINE = 100;

  private static Path root() {
    // Surefire runs in the module's directory (examples/); the changelog is one level up.
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("CHANGELOG.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("CHANGELOG.md above %s", Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  private static List<String> lines() throws IOException {
    return Files.readAllLines(root().resolve("CHANGELOG.md"));
  }

  @Test
  void everyLineIsShortAndEveryChangeStatedOnce() throws IOException {
    List<String> lines = lines();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertThat(line.codePointCount(0, line.length())).as("CHANGELOG.md line %d length", i + 1).isLessThanOrEqualTo(MAX_LINE);
      if (line.startsWith("- ")) {
        assertThat(seen.add(line)).as("CHANGELOG.md line %d states a change twice: %s", i + 1, line).isTrue();
      }
    }
  }

  @Test
  void sectionsAreVersionsAndStandardKinds() throws IOException {
    List<String> versions = new ArrayList<>();
    for (String line : lines()) {
      if (line.startsWith("## ")) {
        Matcher m = VERSION.matcher(line);
        assertThat(m.matches()).as("version heading %s", line).isTrue();
        versions.add(m.group(1));
      } else if (line.startsWith("### ")) {
        assertThat(KINDS).as("kind of change in %s", line).contains(line.substring(4));
      }
    }
    assertThat(versions).as("version sections").isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void theVersionBeingBuiltHasASection() throws IOException {
    String pom = Files.readString(root().resolve("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>newsmodel-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("the parent pom's version").isTrue();
    String version = m.group(1).replace("-SNAPSHOT", "");
    assertThat(lines()).as("a CHANGELOG.md section for %s", version).anyMatch(l -> l.startsWith("## [" + version + "]"));
  }
}
