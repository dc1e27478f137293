package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.NewsModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The eval subcommands delegate to the library's evaluations; corpora written here, tiny. */
class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void extractionWritesPredictionsAndAReport() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("html"));
    String story = "The river ferry will run every twenty minutes from Monday, the transit office said on Friday. "
        + "Commuters had asked for more frequent boats since the bridge closed for repairs in the spring.";
    Files.writeString(pages.resolve("page1.html"), "<html><head><title>Ferry</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Ferry runs more often</h1><p>"
        + story + "</p></article><footer>Contact us</footer></body></html>");
    Path truth = dir.resolve("ground-truth.json");
    Files.writeString(truth, "{\"page1\": {\"articleBody\": \"" + story + "\", \"url\": \"https://river.example/ferry\"}}");
    Path predictions = dir.resolve("pred");

    Run run = Run.with(NewsModel.create(), "", "eval", "extraction", pages.toString(),
        "--ground-truth", truth.toString(), "--predictions", predictions.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isNotBlank();
    JsonNode predicted = Run.MAPPER.readTree(Files.readString(predictions.resolve("page1.json"), StandardCharsets.UTF_8));
    assertThat(predicted.get("articleBody").asString()).contains("every twenty minutes");
  }

  @Test
  void attributionScoresGoldRecordsAndWritesPredictions() throws IOException {
    String text = "\"The bridge reopens on Monday,\" said Ana Ruiz, the city engineer.";
    int contentStart = 1;
    int contentEnd = text.indexOf(",\"");
    int cueStart = text.indexOf("said");
    int sourceStart = text.indexOf("Ana Ruiz");
    String record = "{\"doc_id\": \"d1\", \"text\": " + Run.MAPPER.writeValueAsString(text) + ", \"attributions\": [{"
        + "\"source\": [{\"start\": " + sourceStart + ", \"end\": " + (sourceStart + 8) + ", \"text\": \"Ana Ruiz\"}],"
        + "\"cue\": [{\"start\": " + cueStart + ", \"end\": " + (cueStart + 4) + ", \"text\": \"said\"}],"
        + "\"content\": [{\"start\": " + contentStart + ", \"end\": " + contentEnd + ", \"text\": "
        + Run.MAPPER.writeValueAsString(text.substring(contentStart, contentEnd)) + "}]}]}\n";
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, record);
    Path predictions = dir.resolve("pred.jsonl");

    Run run = Run.of("eval", "attribution", gold.toString(), "--predictions", predictions.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("tau=0.3");
    assertThat(Files.readString(predictions)).contains("\"doc_id\"").contains("d1");
  }

  @Test
  void evalNeedsACorpusArgument() {
    assertThat(Run.of("eval", "extraction").exitCode()).isEqualTo(2);
  }
}
