package dev.newsmodel.parse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Corpus gate: body extraction on the article-extraction benchmark (../shared/corpus/aeb) must
 * not fall below the floors reached; skipped where ../shared is absent. Floors only rise.
 */
class AebCorpusIT {
  static final double F1_FLOOR = 0.965;
  static final double PRECISION_FLOOR = 0.960;

  @Test
  void bodyExtractionStaysAboveTheFloors() throws IOException {
    String shared = System.getProperty("newsmodel.shared");
    Path aeb = shared == null ? null : Path.of(shared, "corpus", "aeb");
    assumeTrue(aeb != null && Files.isDirectory(aeb.resolve("html")),
        "skipped: the aeb corpus is not at ../shared/corpus/aeb (system property newsmodel.shared)");

    ExtractionEvaluation.Result result = ExtractionEvaluation.run(aeb.resolve("html"), aeb.resolve("ground-truth.json"), null);
    System.out.print("aeb corpus gate\n" + result.report());

    assertThat(result.failures()).isEmpty();
    assertThat(result.figures().f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    assertThat(result.figures().precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
  }
}
