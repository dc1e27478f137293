package dev.newsmodel.attribution;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared corpora through the {@code newsmodel.shared} system property. */
final class SharedCorpus {
  private SharedCorpus() {}

  /** Returns the path under the shared folder, skipping the test when it is absent. */
  static Path require(String relative) {
    String shared = System.getProperty("newsmodel.shared");
    assumeTrue(shared != null && !shared.isBlank(),
        "system property newsmodel.shared is not set: corpus test skipped");
    Path path = Path.of(shared).resolve(relative);
    assumeTrue(Files.exists(path), "shared corpus file " + path + " is absent: corpus test skipped");
    return path;
  }
}
