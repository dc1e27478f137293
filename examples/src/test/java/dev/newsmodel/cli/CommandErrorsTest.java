package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.ParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's error types come from the library's {@code ParseException.Reason}, a bad
 * {@code --url} is a usage error, usage errors are one line and a hint, and the summary counts
 * what a directory held that is not a page.
 */
class CommandErrorsTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
    return path;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCutGzipIsUnreadableCorruptGzipData() throws IOException {
    byte[] whole = ParseCommandTest.gzip(ParseCommandTest.page("Ferry", "The ferry runs again.").getBytes(StandardCharsets.UTF_8));
    Path cut = write("cut.html.gz", Arrays.copyOf(whole, whole.length - 12));

    Run run = Run.of("parse", cut.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(": unreadable: ").containsIgnoringCase("corrupt gzip data");
  }

  @Test
  void aPageOverTheLibrarysSizeLimitIsTooLargeNotNotAPage() throws IOException {
    Path big = write("big.html", ParseCommandTest.page("Harbour", "x".repeat(500)));
    var small = Run.fixture().withLimits(ParseLimits.builder().maxInputChars(200).build());

    Run run = Run.with(small, "", "parse", big.toString(), "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines().get(0).get("error").get("type").asString()).isEqualTo("too-large");
    assertThat(run.lines().get(0).get("error").get("message").asString()).contains("maxInputChars");
  }

  @Test
  void aBadUrlIsAUsageErrorOfOneLineAndAHint() throws IOException {
    Path a = write("a.html", ParseCommandTest.page("A", "a."));

    for (String bad : new String[] {"not a url", "/story/1", "javascript:alert(1)"}) {
      Run run = Run.of("parse", a.toString(), "--url", bad);

      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().lines().toList()).as(bad).hasSize(2);
      assertThat(run.err()).startsWith("newsmodel parse: --url \"" + bad + "\" is not an absolute http(s) URL")
          .contains("Try 'newsmodel parse --help'").doesNotContain("Usage:");
    }
  }

  @Test
  void everyUsageErrorIsOneLineAndAHintNotTheWholeHelp() throws IOException {
    Path a = write("a.html", ParseCommandTest.page("A", "a."));

    for (String[] args : new String[][] {
        {"parse", a.toString(), "--threads", "0"}, {"parse", a.toString(), "--format", "xml"}, {"parse"},
        {"parse", a.toString(), "--no-such-option"}, {"parse", a.toString(), "--parser", "nosuch"}}) {
      Run run = Run.of(args);

      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines().toList()).as(String.join(" ", args)).hasSize(2)
          .last().isEqualTo("Try 'newsmodel parse --help' for more information.");
      assertThat(run.err()).doesNotContain("Usage:");
    }
  }

  @Test
  void aBadUrlInTheUrlMapStopsTheRunNamingTheLine() throws IOException {
    Path a = write("pages/a.html", ParseCommandTest.page("A", "a."));
    Path map = write("urls.tsv", "a\thttps://fixture.example/a\nb\t/relative/b\n");

    Run run = Run.of("parse", a.getParent().toString(), "--url-map", map.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("line 2").contains("\"/relative/b\"").contains("not an absolute http(s) URL");
  }

  @Test
  void filesADirectoryHoldsThatAreNotPagesAreCountedAndNamedWithVerbose() throws IOException {
    write("mixed/a.html", ParseCommandTest.page("A", "a."));
    write("mixed/notes.pdf", "%PDF-1.4");
    write("mixed/sub/readme.md", "# notes");
    String mixed = dir.resolve("mixed").toString();

    Run quiet = Run.of("parse", mixed);
    Run verbose = Run.of("parse", mixed, "--verbose");

    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).contains("newsmodel parse: 1 input, 1 parsed, 0 failed in ")
        .contains(", 2 other files skipped (not .html, .htm, .txt; --verbose names them)")
        .doesNotContain("notes.pdf");
    assertThat(verbose.err()).contains(", 2 other files skipped (not .html, .htm, .txt)")
        .contains("newsmodel parse: skipped " + dir.resolve("mixed/notes.pdf"))
        .contains("newsmodel parse: skipped " + dir.resolve("mixed/sub/readme.md"));
  }

  @Test
  void theSummarySaysInputsInThePluralOnlyForMany() throws IOException {
    write("two/a.html", ParseCommandTest.page("A", "a."));
    write("two/b.html", ParseCommandTest.page("B", "b."));

    assertThat(Run.of("parse", dir.resolve("two").toString()).err()).contains(": 2 inputs, 2 parsed").doesNotContain("skipped");
    Files.delete(dir.resolve("two/b.html"));
    assertThat(Run.of("parse", dir.resolve("two").toString()).err()).contains(": 1 input, 1 parsed");
  }
}
