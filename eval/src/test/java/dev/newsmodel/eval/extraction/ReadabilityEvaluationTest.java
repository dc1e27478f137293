package dev.newsmodel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadabilityEvaluationTest {
  private static final String PARAGRAPH = "The harbour board met on Tuesday evening to weigh the plan for a second pier, "
      + "which fishermen have asked for since the old one was closed after the winter storms.";

  @Test
  void bylinesMatchWhenOneContainsTheOtherIgnoringCaseAndALeadingBy() {
    assertThat(ReadabilityEvaluation.bylineMatches("By MARTA OKONKWO", "Marta Okonkwo")).isTrue();
    assertThat(ReadabilityEvaluation.bylineMatches("Marta Okonkwo and Lev Brandt", "Lev Brandt")).isTrue();
    assertThat(ReadabilityEvaluation.bylineMatches("Marta Okonkwo", "Lev Brandt")).isFalse();
    assertThat(ReadabilityEvaluation.bylineMatches("Marta Okonkwo", null)).isFalse();
  }

  @Test
  void scoresBodyTitleBylineAndDateOfAPageFolder(@TempDir Path dir) throws IOException {
    Path page = Files.createDirectories(dir.resolve("harbour"));
    Files.writeString(page.resolve("source.html"), "<html><head><title>Harbour board weighs a second pier</title>"
        + "<meta name=\"author\" content=\"Marta Okonkwo\">"
        + "<meta property=\"article:published_time\" content=\"2021-03-04T18:00:00+01:00\"></head><body>"
        + "<article><h1>Harbour board weighs a second pier</h1><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH.replace("Tuesday", "Friday")
        + "</p></article></body></html>");
    Files.writeString(page.resolve("expected.html"), "<div><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH.replace("Tuesday", "Friday")
        + "</p></div>");
    Files.writeString(page.resolve("expected-metadata.json"), "{\"title\": \"Harbour board weighs a second pier\", "
        + "\"byline\": \"By Marta Okonkwo\", \"publishedTime\": \"2021-03-04T17:00:00Z\", \"excerpt\": null}");
    Path other = Files.createDirectories(dir.resolve("no-metadata"));
    Files.writeString(other.resolve("source.html"), "<html><body><p>" + PARAGRAPH + "</p></body></html>");
    Files.writeString(other.resolve("expected.html"), "<p>Something else entirely was expected on this page.</p>");

    ReadabilityEvaluation.Result result = ReadabilityEvaluation.run(dir);

    assertThat(result.pages()).extracting(ReadabilityEvaluation.PageResult::name).containsExactly("harbour", "no-metadata");
    ReadabilityEvaluation.PageResult harbour = result.pages().get(0);
    assertThat(harbour.body().f1()).isEqualTo(1.0);
    assertThat(harbour.titleEqual()).isTrue();
    assertThat(harbour.bylineFound()).isTrue();
    assertThat(harbour.dateEqual()).isTrue();
    ReadabilityEvaluation.PageResult bare = result.pages().get(1);
    assertThat(bare.titleEqual()).isNull();
    assertThat(bare.bylineFound()).isNull();
    assertThat(bare.body().recall()).isZero();
    ReadabilityEvaluation.Figures figures = result.figures();
    assertThat(figures.titlePages()).isEqualTo(1);
    assertThat(figures.body().recall()).isEqualTo(0.5);
    assertThat(result.report()).contains("body", "title", "byline", "date");
  }

  @Test
  void aDirectoryWithoutPageFoldersIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> ReadabilityEvaluation.run(dir)).isInstanceOf(IOException.class).hasMessageContaining("no page folders");
  }
}
