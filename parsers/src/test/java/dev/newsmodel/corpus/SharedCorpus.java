package dev.newsmodel.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} (system property {@code newsmodel.shared}); tests using it are skipped where it is absent. */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** Returns the path under the shared directory, skipping the calling test when it is not there. */
  public static Path require(String relative) {
    String root = System.getProperty("newsmodel.shared");
    assumeTrue(root != null && !root.isBlank(),
        "Skipped: system property newsmodel.shared is not set (the shared corpus is not available).");
    Path path = Path.of(root).resolve(relative);
    assumeTrue(Files.exists(path), "Skipped: " + path + " is absent (no ../shared corpus on this machine).");
    return path;
  }
}
