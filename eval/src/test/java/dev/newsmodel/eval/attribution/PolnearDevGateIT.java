package dev.newsmodel.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.corpus.SharedCorpus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on PolNeAR dev (read from the shared folder; skipped without it). The floors are
 * the measured figures (τ=0.3: content F1 0.8098, direct-quote recall 0.9503, end-to-end 0.7228;
 * τ=0.8: end-to-end 0.7031) cut to three places, so that a regression fails the build. Content F1,
 * direct recall and the τ=0.8 end-to-end figure meet the earlier targets (0.75, 0.92, 0.62);
 * issue 17's targets (content 0.82, end-to-end 0.74) are not met yet. Floors only rise.
 */
class PolnearDevGateIT {

  @Test
  @SuppressWarnings("unchecked")
  void attributionOnPolnearDevStaysAboveItsFloors() throws Exception {
    Path dev = SharedCorpus.require("corpus/polnear/dev.jsonl");
    Map<String, Object> report = new AttributionEvaluation(Attributor.load()).evaluate(dev, null);
    AttributionEvaluation.print(report, System.out);
    Map<String, Object> lenient = (Map<String, Object>) report.get("tau=0.3");
    Map<String, Object> strict = (Map<String, Object>) report.get("tau=0.8");
    assertThat((double) lenient.get("content_F1")).as("content F1 at tau=0.3").isGreaterThanOrEqualTo(FLOOR_CONTENT_F1);
    assertThat((double) lenient.get("e2e_content+source_F1")).as("end-to-end F1 at tau=0.3").isGreaterThanOrEqualTo(FLOOR_E2E_F1);
    assertThat((double) lenient.get("recall_direct")).as("direct-quote recall at tau=0.3").isGreaterThanOrEqualTo(FLOOR_DIRECT_RECALL);
    assertThat((double) strict.get("e2e_content+source_F1")).as("end-to-end F1 at tau=0.8").isGreaterThanOrEqualTo(FLOOR_STRICT_E2E_F1);
  }

  static final double FLOOR_CONTENT_F1 = 0.809;
  static final double FLOOR_E2E_F1 = 0.722;
  static final double FLOOR_DIRECT_RECALL = 0.950;
  static final double FLOOR_STRICT_E2E_F1 = 0.703;
}
