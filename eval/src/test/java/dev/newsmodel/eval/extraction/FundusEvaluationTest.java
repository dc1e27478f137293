package dev.newsmodel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void creditsCountTheSyndicationAsTheAuthorNamingTheSameAgency() {
    // An expected author and the syndication match when the vocabulary resolves both to one agency.
    assertThat(FundusEvaluation.creditsEqual(List.of("AP"), List.of(), "Associated Press")).isTrue();
    assertThat(FundusEvaluation.creditsEqual(List.of("Jane Doe", "DPA"), List.of("Jane Doe"), "dpa")).isTrue();
    // The agency still has to be expected, and every expected author found.
    assertThat(FundusEvaluation.creditsEqual(List.of("Jane Doe"), List.of("Jane Doe"), "dpa")).isFalse();
    assertThat(FundusEvaluation.creditsEqual(List.of("Jane Doe", "AFP"), List.of("Jane Doe"), "dpa")).isFalse();
    assertThat(FundusEvaluation.creditsEqual(List.of("Jane Doe", "dpa"), List.of("Jane Doe"), null)).isFalse();
    // Without an agency on either side, credits are the authors.
    assertThat(FundusEvaluation.creditsEqual(List.of("Jane Doe"), List.of("Jane Doe"), null)).isTrue();
  }
}
