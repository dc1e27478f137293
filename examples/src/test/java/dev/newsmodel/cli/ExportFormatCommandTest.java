package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code --format}: the command's own formats and the exporters found on the class path. */
class ExportFormatCommandTest {
  @TempDir Path dir;

  private Path write(String name, String headline, String paragraph) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, ParseCommandTest.page(headline, paragraph));
    return file;
  }

  @Test
  void theFormatsAreTheCommandsOwnAndTheRegisteredExporters() {
    assertThat(OutputFormat.names()).containsExactly("json", "jsonl", "text", "headline-only", "jsonld", "ninjs");
    assertThat(OutputFormat.named("NINJS").key()).isEqualTo("ninjs");
    assertThat(OutputFormat.named("json").key()).isEqualTo("article");
    assertThat(OutputFormat.named("jsonl").key()).isEqualTo("article");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheRegisteredNames() throws IOException {
    Path page = write("a.html", "A", "a.");

    Run run = Run.of("parse", "--format", "nitf", page.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("'nitf' is not a format; use one of json, jsonl, text, headline-only, jsonld, ninjs");
    assertThat(Run.of("warc", "--format", "nitf", dir.resolve("x.warc").toString()).err())
        .contains("'nitf' is not a format; use one of json, jsonl, text, headline-only, jsonld, ninjs");
  }

  @Test
  void theHelpListsTheRegisteredFormats() {
    assertThat(Run.of("parse", "--help").out()).contains("json, jsonl, text, headline-only, jsonld, ninjs");
  }

  @Test
  void severalInputsInAnExportFormatPutEachDocumentUnderTheFormatsName() throws IOException {
    write("in/a.html", "Alpha headline", "Alpha paragraph.");
    write("in/b.html", "Beta headline", "Beta paragraph.");
    Files.writeString(dir.resolve("in/c.html"), "");

    Run ninjs = Run.of("parse", dir.resolve("in").toString(), "--format", "ninjs");
    List<JsonNode> lines = ninjs.lines();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).has("article")).isFalse();
    assertThat(lines.get(0).get("ninjs").get("type").asString()).isEqualTo("text");
    assertThat(lines).extracting(l -> l.has("ninjs") ? l.get("ninjs").get("headlines").get(0).get("value").asString() : "-")
        .containsExactly("Alpha headline", "Beta headline", "-");
    assertThat(lines.get(2).get("error").get("type").asString()).isEqualTo("empty");

    JsonNode jsonld = Run.of("parse", dir.resolve("in").toString(), "--format", "jsonld").lines().get(1);
    assertThat(jsonld.get("jsonld").get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(jsonld.get("jsonld").get("headline").asString()).isEqualTo("Beta headline");
  }

  @Test
  void oneInputInAnExportFormatIsTheDocumentAlone() throws IOException {
    Path page = write("one.html", "Lone headline", "Lone paragraph.");

    JsonNode ninjs = Run.of("parse", page.toString(), "--format", "ninjs").json();
    assertThat(ninjs.get("headlines").get(0).get("value").asString()).isEqualTo("Lone headline");
    assertThat(Run.of("parse", page.toString(), "--format", "headline-only").out()).isEqualTo("HEADLINE: Lone headline\n");
  }

  @Test
  void aNonJsonExportersDocumentIsOneStringInItsRecord() throws IOException {
    write("in/a.html", "Alpha headline", "Alpha paragraph.");
    write("in/b.html", "Beta headline", "Beta paragraph.");

    List<JsonNode> lines = Run.of("parse", dir.resolve("in").toString(), "--format", "headline-only").lines();

    assertThat(lines).extracting(l -> l.get("headline-only").asString())
        .containsExactly("HEADLINE: Alpha headline\n", "HEADLINE: Beta headline\n");
  }

  @Test
  void aRunInAnExportFormatCanBeResumed() throws IOException {
    write("in/a.html", "Alpha headline", "Alpha paragraph.");
    write("in/b.html", "Beta headline", "Beta paragraph.");
    Path out = dir.resolve("out.jsonl");
    Run first = Run.of("parse", dir.resolve("in").toString(), "--format", "ninjs", "--output", out.toString());
    String whole = Files.readString(out);
    Files.writeString(out, whole.substring(0, whole.indexOf('\n') + 1));

    Run resumed = Run.of("parse", dir.resolve("in").toString(), "--format", "ninjs", "--output", out.toString(), "--resume");

    assertThat(first.exitCode()).isZero();
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("1 answered before");
    assertThat(Files.readString(out)).isEqualTo(whole);
  }
}
