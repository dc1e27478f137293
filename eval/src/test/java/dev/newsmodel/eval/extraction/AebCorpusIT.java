package dev.newsmodel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.corpus.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Corpus gate: body extraction on the article-extraction benchmark (../shared/corpus/aeb) must
 * not fall below the floors reached; skipped where ../shared is absent. Floors only rise.
 */
class AebCorpusIT {
  static final double F1_FLOOR = 0.970;
  static final double PRECISION_FLOOR = 0.968;

  @Test
  void bodyExtractionStaysAboveTheFloors() throws IOException {
    Path aeb = SharedCorpus.require("corpus/aeb/html").getParent();

    ExtractionEvaluation.Result result = ExtractionEvaluation.run(aeb.resolve("html"), aeb.resolve("ground-truth.json"), null);
    System.out.print("aeb corpus gate\n" + result.report());

    assertThat(result.failures()).isEmpty();
    assertThat(result.figures().f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    assertThat(result.figures().precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
  }
}
