package dev.newsmodel.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.corpus.SharedCorpus;
import dev.newsmodel.parse.NewsModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the annotated Japanese pages (read from the shared folder; skipped without it),
 * with the checks of {@code tools/score_ja.py} (a heading check counts a {@code SUBHEADING} block:
 * see {@link JapaneseEvaluation}). Measured: 79 of 79 (the script itself: 77, its two heading
 * checks asking for a kind the model does not have). The floor only rises.
 */
class JapaneseCorpusIT {
  static final int FLOOR = 79;

  @Test
  void japanesePagesStayAboveTheirFloor() throws Exception {
    Path expected = SharedCorpus.require("corpus/ja/expected.json");
    JapaneseEvaluation.Result result = new JapaneseEvaluation(NewsModel.create()).evaluate(expected);
    result.print(System.out, true);
    assertThat(result.total()).as("checks").isEqualTo(79);
    assertThat(result.passed()).as("checks passed").isGreaterThanOrEqualTo(FLOOR);
  }
}
