package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ParseCommandTest {
  @TempDir Path dir;

  static String page(String headline, String... paragraphs) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>" + headline
        + "</title></head><body><h1>" + headline + "</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</body></html>").toString();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.toByteArray();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
    return path;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Good pages mixed with a corrupt gzip, an empty file and a binary file. */
  private Path mixedDirectory() throws IOException {
    write("a-good.html", page("Alpha headline", "Alpha first paragraph.", "Alpha second paragraph."));
    byte[] corrupt = gzip(page("Never read", "Cut off").getBytes(StandardCharsets.UTF_8));
    write("b-corrupt.html.gz", java.util.Arrays.copyOf(corrupt, corrupt.length / 2));
    write("c-good.html.gz", gzip(page("Gamma headline", "Gamma only paragraph.").getBytes(StandardCharsets.UTF_8)));
    write("d-empty.html", new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[0] = (byte) 0x89;
    binary[1] = 'P';
    binary[2] = 'N';
    binary[3] = 'G';
    binary[10] = 0;
    write("e-binary.htm", binary);
    write("f-scrape.txt", "Delta first line of a text scrape.\nDelta second line.\n");
    write("notes.md", "# not a page: ignored when walking a directory");
    write("sub/g-good.html", page("Epsilon headline", "Epsilon paragraph."));
    return dir;
  }

  @Test
  void directoryWithBadFilesGivesErrorLinesForExactlyThoseAndArticlesForTheRest() throws IOException {
    Run run = Run.of("parse", mixedDirectory().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> lines = run.lines();
    assertThat(lines).extracting(l -> Path.of(l.get("input").asString()).getFileName().toString())
        .containsExactly("a-good.html", "b-corrupt.html.gz", "c-good.html.gz", "d-empty.html",
            "e-binary.htm", "f-scrape.txt", "g-good.html");
    assertThat(lines.get(0).get("article").get("headline").asString()).isEqualTo("Alpha headline");
    assertThat(lines.get(0).get("article").get("body")).hasSize(2);
    assertThat(lines.get(1).get("error").get("type").asString()).isEqualTo("unreadable");
    assertThat(lines.get(1).get("error").get("message").asString()).contains("gzip");
    assertThat(lines.get(2).get("article").get("headline").asString()).isEqualTo("Gamma headline");
    assertThat(lines.get(3).get("error").get("type").asString()).isEqualTo("empty");
    assertThat(lines.get(4).get("error").get("type").asString()).isEqualTo("binary");
    assertThat(lines.get(5).get("article").get("body").get(1).get("text").asString()).isEqualTo("Delta second line.");
    assertThat(lines.get(6).get("article").get("headline").asString()).isEqualTo("Epsilon headline");
    for (JsonNode line : lines) {
      assertThat(line.has("article")).as(line.toString()).isNotEqualTo(line.has("error"));
    }
    assertThat(run.err()).contains("7 inputs, 4 parsed, 3 failed");
  }

  @Test
  void threadsKeepInputOrderAndGiveTheSameLines() throws IOException {
    for (int i = 0; i < 40; i++) {
      write(String.format("many/p%03d.html", i), page("Headline " + i, "Paragraph of page " + i + "."));
    }
    write("many/p015.html", new byte[0]);
    Run one = Run.of("parse", dir.resolve("many").toString());
    Run four = Run.of("parse", "--threads", "4", dir.resolve("many").toString());

    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.exitCode()).isEqualTo(1);
    List<JsonNode> lines = four.lines();
    assertThat(lines).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(lines.get(i).get("input").asString()).endsWith(String.format("p%03d.html", i));
    }
    assertThat(lines.get(16).get("article").get("headline").asString()).isEqualTo("Headline 16");
  }

  @Test
  void oneInputPrintsTheArticleItselfAndExitsZero() throws IOException {
    Path file = write("one.html", page("Solo headline", "Solo paragraph."));
    Run run = Run.of("parse", file.toString(), "--url", "https://fixture.example/news/1");

    assertThat(run.exitCode()).isZero();
    JsonNode article = run.json();
    assertThat(article.get("headline").asString()).isEqualTo("Solo headline");
    assertThat(article.get("url").asString()).isEqualTo("https://fixture.example/news/1");
    assertThat(article.get("provenance").get("parser").asString()).isEqualTo("fixture");
    assertThat(run.out()).contains("\n  \"");
  }

  @Test
  void oneBadInputExitsOneWithTheReasonOnStderr() throws IOException {
    Path file = write("empty.html", new byte[0]);
    Run run = Run.of("parse", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("empty.html").contains("empty");
  }

  @Test
  void aParserBugBecomesAnInternalErrorLineAndTheRunGoesOn() throws IOException {
    write("x/1.html", page("Fine", "Fine paragraph."));
    write("x/2.html", page("Boom", "EXPLODE here"));
    write("x/3.html", page("Also fine", "Another paragraph."));
    Run run = Run.of("parse", dir.resolve("x").toString());

    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).get("error").get("type").asString()).isEqualTo("internal");
    assertThat(lines.get(2).has("article")).isTrue();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void readsStandardInput() {
    Run run = Run.with(Run.fixture(), page("From stdin", "Piped paragraph."), "parse", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.json().get("headline").asString()).isEqualTo("From stdin");
  }

  @Test
  void urlMapGivesEachFileItsUrlByNameOrId() throws IOException {
    write("m/0001.html.gz", gzip(page("One", "First.").getBytes(StandardCharsets.UTF_8)));
    write("m/0002.html", page("Two", "Second."));
    Path map = write("urls.tsv", "# id\turl\n0001\thttps://fixture.example/a/1\n0002.html\thttps://fixture.example/a/2\n");
    Run run = Run.of("parse", dir.resolve("m").toString(), "--url-map", map.toString(), "--format", "jsonl");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines()).extracting(l -> l.get("article").get("url").asString())
        .containsExactly("https://fixture.example/a/1", "https://fixture.example/a/2");
  }

  @Test
  void jsonlFormatWrapsEvenOneInput() throws IOException {
    Path file = write("one.html", page("Wrapped", "Paragraph."));
    Run run = Run.of("parse", "--format", "jsonl", file.toString());

    assertThat(run.lines()).hasSize(1);
    assertThat(run.lines().get(0).get("input").asString()).isEqualTo(file.toString());
    assertThat(run.lines().get(0).get("article").get("headline").asString()).isEqualTo("Wrapped");
  }

  @Test
  void exportFormatsAndText() throws IOException {
    Path file = write("one.html", page("Exported headline", "Exported paragraph."));

    JsonNode ninjs = Run.of("parse", "--format", "ninjs", file.toString()).json();
    assertThat(ninjs.get("type").asString()).isEqualTo("text");
    assertThat(ninjs.get("headlines").get(0).get("value").asString()).isEqualTo("Exported headline");
    assertThat(ninjs.get("uri").asString()).startsWith("urn:newsmodel:sha256:");

    JsonNode jsonld = Run.of("parse", "--format", "JSONLD", file.toString()).json();
    assertThat(jsonld.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(jsonld.get("articleBody").asString()).isEqualTo("Exported paragraph.");

    Run text = Run.of("parse", "--format", "text", file.toString());
    assertThat(text.out()).startsWith("Exported headline\n").contains("\nExported paragraph.\n");
  }

  @Test
  void textFormatForSeveralInputsHeadsEachArticleAndReportsFailuresOnStderr() throws IOException {
    Path a = write("t/a.html", page("First story", "First body."));
    write("t/b.html", new byte[0]);
    Run run = Run.of("parse", "--format", "text", dir.resolve("t").toString());

    assertThat(run.out()).startsWith("==> " + a + " <==\nFirst story\n").contains("\nFirst body.\n");
    assertThat(run.err()).contains("b.html: empty");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aMalformedUrlMapStopsTheRunWithItsLineNumber() throws IOException {
    Path a = write("a.html", page("A", "a."));
    Path map = write("bad.tsv", "a.html https://fixture.example/no-tab\n");
    Run run = Run.of("parse", a.toString(), dir.resolve("a.html").toString(), "--url-map", map.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("line 1").contains("KEY<TAB>URL");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path a = write("a.html", page("A", "a."));
    Path b = write("b.html", page("B", "b."));

    assertThat(Run.of("parse", a.toString(), "--parser", "nosuch").exitCode()).isEqualTo(2);
    Run twoWithUrl = Run.of("parse", a.toString(), b.toString(), "--url", "https://fixture.example/x");
    assertThat(twoWithUrl.exitCode()).isEqualTo(2);
    assertThat(twoWithUrl.err()).contains("--url-map");
    assertThat(Run.of("parse", "--format", "xml", a.toString()).exitCode()).isEqualTo(2);
    assertThat(Run.of("parse").exitCode()).isEqualTo(2);
  }

  @Test
  void aDirectoryWithoutPagesIsAFailureNotASilentSuccess() throws IOException {
    write("nopages/readme.md", "# notes");
    Run run = Run.of("parse", dir.resolve("nopages").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no page files");
  }

  @Test
  void missingFileIsAnErrorLineNotACrash() throws IOException {
    Path a = write("a.html", page("A", "a."));
    Run run = Run.of("parse", a.toString(), dir.resolve("missing.html").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines().get(1).get("error").get("type").asString()).isEqualTo("unreadable");
  }
}
