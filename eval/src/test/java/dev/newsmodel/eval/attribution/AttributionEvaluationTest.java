package dev.newsmodel.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.eval.attribution.AttributionEvaluation.Att;
import dev.newsmodel.eval.attribution.AttributionEvaluation.Sp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The port of the reference scorer, on attributions whose figures are worked out by hand. */
class AttributionEvaluationTest {

  private static Sp sp(int s, int e, String text) {
    return new Sp(s, e, text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tau(Map<String, Object> report, String key) {
    return (Map<String, Object>) report.get(key);
  }

  @Test
  void coverageMatchingSourceAndCueAccuracyAndDirectRecall() {
    // gold 1: content 0..10 (indirect), source 40..45, cue 46..50
    // gold 2: content 20..30 with a quotation mark (direct), no source
    // gold 3: content 60..70, never predicted
    Att g1 = new Att(List.of(sp(40, 45, "Alice")), List.of(sp(46, 50, "said")), List.of(sp(0, 10, "abcdefghij")));
    Att g2 = new Att(List.of(), List.of(sp(31, 35, "cue2")), List.of(sp(20, 30, "\u201cquoted\u201d")));
    Att g3 = new Att(List.of(sp(80, 83, "Bob")), List.of(sp(84, 88, "said")), List.of(sp(60, 70, "0123456789")));
    // pred 1 covers half of gold 1 (0.5: matched at tau 0.3, not at 0.8), right source, wrong cue
    Att p1 = new Att(List.of(sp(42, 44, "ic")), List.of(sp(90, 91, "x")), List.of(sp(0, 5, "abcde")));
    // pred 2 covers gold 2 exactly but names a source the gold does not have
    Att p2 = new Att(List.of(sp(50, 52, "zz")), List.of(sp(31, 35, "cue2")), List.of(sp(20, 30, "\u201cquoted\u201d")));
    // pred 3 matches nothing
    Att p3 = new Att(List.of(), List.of(), List.of(sp(100, 110, "nothing...")));
    Map<String, Object> report = AttributionEvaluation.report(List.of(List.of(g1, g2, g3)), List.of(List.of(p1, p2, p3)));

    Map<String, Object> lenient = tau(report, "tau=0.3");
    assertThat(lenient.get("matched")).isEqualTo(2);
    assertThat(lenient.get("content_P")).isEqualTo(0.6667); // 2 of 3 predictions
    assertThat(lenient.get("content_R")).isEqualTo(0.6667); // 2 of 3 gold
    assertThat(lenient.get("source_acc_on_matched")).isEqualTo(0.5); // p1 right, p2 wrong
    assertThat(lenient.get("cue_acc_on_matched")).isEqualTo(0.5); // p2 right, p1 wrong
    assertThat(lenient.get("e2e_content+source_F1")).isEqualTo(0.3333); // 1 of 3 both ways
    assertThat(lenient.get("recall_direct")).isEqualTo(1.0);
    assertThat(lenient.get("recall_indirect")).isEqualTo(0.5);

    Map<String, Object> strict = tau(report, "tau=0.8");
    assertThat(strict.get("matched")).isEqualTo(1);
    assertThat(strict.get("recall_indirect")).isEqualTo(0.0);

    @SuppressWarnings("unchecked")
    Map<String, Object> exactContent = (Map<String, Object>) report.get("exact_content");
    assertThat(exactContent.get("P")).isEqualTo(0.3333); // only 20..30 is identical
  }

  @Test
  void greedyMatchingTakesTheBestCoverageFirst() {
    // one prediction covers both gold items; it may match only one, the better covered
    Att g1 = new Att(List.of(), List.of(), List.of(sp(0, 10, "0123456789")));
    Att g2 = new Att(List.of(), List.of(), List.of(sp(10, 14, "abcd")));
    Att p = new Att(List.of(), List.of(), List.of(sp(5, 14, "567890abcd")));
    Map<String, Object> report = AttributionEvaluation.report(List.of(List.of(g1, g2)), List.of(List.of(p)));
    Map<String, Object> lenient = tau(report, "tau=0.3");
    assertThat(lenient.get("matched")).isEqualTo(1);
    assertThat(lenient.get("content_R")).isEqualTo(0.5);
    assertThat(lenient.get("content_P")).isEqualTo(1.0);
  }

  @Test
  void evaluateRunsTheAttributorAndWritesPredictionsWithCodePointOffsets(@TempDir Path dir) throws Exception {
    // an astral character before the attribution shifts UTF-16 indexes but not code points
    String text = "Intro \uD83D\uDE00 line.\n\n\u201cWe will win,\u201d Ana Reyes said.";
    int quoteStart = text.codePointCount(0, text.indexOf('\u201c'));
    String gold = "{\"doc_id\":\"d1\",\"text\":" + JsonMapper.builder().build().writeValueAsString(text)
        + ",\"attributions\":[{\"source\":[],\"cue\":[],\"content\":[{\"start\":" + quoteStart + ",\"end\":"
        + (quoteStart + 14) + ",\"text\":\"\u201cWe will win,\u201d\"}],\"no_source\":true}]}\n";
    Path goldFile = dir.resolve("gold.jsonl");
    Files.writeString(goldFile, gold, StandardCharsets.UTF_8);
    Path out = dir.resolve("pred.jsonl");
    Map<String, Object> report = new AttributionEvaluation(Attributor.load()).evaluate(goldFile, out);
    assertThat(tau(report, "tau=0.8").get("matched")).isEqualTo(1);
    JsonNode pred = JsonMapper.builder().build().readTree(Files.readAllLines(out).get(0));
    JsonNode content = pred.get("attributions").get(0).get("content").get(0);
    assertThat(content.get("start").asInt()).isEqualTo(quoteStart);
    assertThat(content.get("text").asString()).isEqualTo("\u201cWe will win,\u201d");
    assertThat(pred.get("attributions").get(0).get("source").get(0).get("text").asString()).isEqualTo("Ana Reyes");
  }
}
