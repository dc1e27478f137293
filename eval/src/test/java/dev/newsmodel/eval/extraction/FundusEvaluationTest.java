package dev.newsmodel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class FundusEvaluationTest {
  @Test
  void versionsOrderByTheirNumbers() {
    assertThat(FundusEvaluation.compareVersions("V1", "V1_1")).isNegative();
    assertThat(FundusEvaluation.compareVersions("V1_1", "V2")).isNegative();
    assertThat(FundusEvaluation.compareVersions("V10", "V2")).isPositive();
  }

  @Test
  void theExpectedBodyIsSummaryHeadlinesAndParagraphs() {
    var body = JsonMapper.builder().build().readTree(
        "{\"summary\":[\"S\"],\"sections\":[{\"headline\":[],\"paragraphs\":[\"P1\"]},{\"headline\":[\"H\"],\"paragraphs\":[\"P2\"]}]}");
    assertThat(FundusEvaluation.bodyText(body)).isEqualTo("S\n\nP1\n\nH\n\nP2\n\n");
  }

  @Test
  void exceptionsNeedPageFieldAndReason(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("ok.tsv"), "# reviewed\nxx/P_2024.html.gz\tauthors\tthe outlet is listed as author\n");
    assertThat(FundusEvaluation.readExceptions(good)).containsKey("xx/P_2024.html.gz");

    Path bad = Files.writeString(dir.resolve("bad.tsv"), "xx/P_2024.html.gz\tauthors\n");
    assertThatThrownBy(() -> FundusEvaluation.readExceptions(bad)).isInstanceOf(IOException.class);
  }
}
