package dev.newsmodel.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.corpus.SharedCorpus;
import dev.newsmodel.parse.NewsModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the annotated Japanese pages (read from the shared folder; skipped without it),
 * with the checks of {@code tools/score_ja.py}. Measured: 67 of 79; every attribution check holds,
 * the twelve missed are document-layer checks (bylines, dateline, headings, text kept out of the
 * body). The floor only rises.
 */
class JapaneseCorpusIT {
  static final int FLOOR = 67;

  @Test
  void japanesePagesStayAboveTheirFloor() throws Exception {
    Path expected = SharedCorpus.require("corpus/ja/expected.json");
    JapaneseEvaluation.Result result = new JapaneseEvaluation(NewsModel.create()).evaluate(expected);
    result.print(System.out, true);
    assertThat(result.total()).as("checks").isEqualTo(79);
    assertThat(result.passed()).as("checks passed").isGreaterThanOrEqualTo(FLOOR);
  }
}
