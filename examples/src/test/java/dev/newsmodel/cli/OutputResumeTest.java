package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParserRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output}, {@code --resume}, {@code --failures} and the faults around them, in process. */
class OutputResumeTest {
  @TempDir Path dir;

  /** Twenty pages, every fifth one empty (a failure). */
  private Path pages() throws IOException {
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages);
    for (int i = 0; i < 20; i++) {
      String name = String.format("p%02d.html", i);
      String text = i % 5 == 4 ? "" : ParseCommandTest.page("Story " + i, "Paragraph " + i + " of the run.");
      Files.writeString(pages.resolve(name), text);
    }
    return pages;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  @Test
  void outputFileHoldsTheLinesStandardOutputWouldHold() throws IOException {
    Path pages = pages();
    Run toStdout = Run.of("parse", pages.toString());
    Path out = dir.resolve("out.jsonl");
    Run toFile = Run.of("parse", pages.toString(), "--output", out.toString());

    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(toStdout.out());
    assertThat(toFile.exitCode()).isEqualTo(1).isEqualTo(toStdout.exitCode());
    assertThat(toFile.err()).contains("20 inputs, 16 parsed, 4 failed");
  }

  @Test
  void oneInputWithOutputIsOneJsonLine() throws IOException {
    Path page = dir.resolve("one.html");
    Files.writeString(page, ParseCommandTest.page("Single", "One paragraph."));
    Path out = dir.resolve("out.jsonl");
    Run run = Run.of("parse", page.toString(), "--output", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(lines(out)).singleElement().asString().startsWith("{\"input\":\"" + page + "\",\"article\":");
  }

  @Test
  void resumeDropsAPartialLastLineSkipsAnsweredInputsAndEndsEqualToAnUninterruptedRun() throws IOException {
    Path pages = pages();
    String full = Run.of("parse", pages.toString()).out();
    List<String> all = full.lines().toList();
    Path out = dir.resolve("out.jsonl");
    // A crash after seven lines, in the middle of the eighth.
    Files.writeString(out, String.join("\n", all.subList(0, 7)) + "\n" + all.get(7).substring(0, 25));

    Run resumed = Run.of("parse", pages.toString(), "--output", out.toString(), "--resume");

    assertThat(Files.readString(out)).isEqualTo(full);
    assertThat(resumed.err()).contains("13 inputs, 10 parsed, 3 failed").contains("7 answered before (1 failed)");
    assertThat(resumed.exitCode()).isEqualTo(1);
    // Resuming a finished run changes nothing.
    Run again = Run.of("parse", pages.toString(), "--output", out.toString(), "--resume");
    assertThat(Files.readString(out)).isEqualTo(full);
    assertThat(again.err()).contains("0 inputs").contains("20 answered before (4 failed)");
    assertThat(again.exitCode()).isEqualTo(1);
  }

  @Test
  void failuresGoApartAndAreSkippedOnResumeToo() throws IOException {
    Path pages = pages();
    List<String> all = Run.of("parse", pages.toString()).out().lines().toList();
    Path out = dir.resolve("out.jsonl");
    Path failed = dir.resolve("failed.jsonl");
    Run first = Run.of("parse", pages.toString(), "--output", out.toString(), "--failures", failed.toString());
    assertThat(lines(out)).hasSize(16).allMatch(l -> l.contains("\"article\":"));
    assertThat(lines(failed)).hasSize(4).allMatch(l -> l.contains("\"error\":{\"type\":\"empty\""));
    assertThat(first.exitCode()).isEqualTo(1);

    // Cut both files back as a crash at input 12 would have left them, and resume.
    List<String> okLines = new ArrayList<>();
    List<String> failedLines = new ArrayList<>();
    for (String line : all.subList(0, 12)) {
      (line.contains("\"error\":") ? failedLines : okLines).add(line);
    }
    Files.writeString(out, String.join("\n", okLines) + "\n{\"input\":\"cut");
    Files.writeString(failed, String.join("\n", failedLines) + "\n");
    Run resumed = Run.of("parse", pages.toString(), "--output", out.toString(), "--failures", failed.toString(), "--resume");

    List<String> expectedOk = all.stream().filter(l -> l.contains("\"article\":")).toList();
    List<String> expectedFailed = all.stream().filter(l -> l.contains("\"error\":")).toList();
    assertThat(lines(out)).containsExactlyElementsOf(expectedOk);
    assertThat(lines(failed)).containsExactlyElementsOf(expectedFailed);
    assertThat(resumed.err()).contains("8 inputs").contains("12 answered before (2 failed)");
  }

  @Test
  void warcResumesByFileAndRecordOffset() throws IOException {
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      records.add(WarcCommandTest.htmlResponse("https://fixture.example/" + i, "Archived " + i, "Archived paragraph " + i + "."));
    }
    Path warc = dir.resolve("crawl.warc");
    Files.write(warc, WarcCommandTest.concat(records.toArray(new byte[0][])));
    String full = Run.of("warc", warc.toString()).out();
    List<String> all = full.lines().toList();
    assertThat(all).hasSize(12);
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, String.join("\n", all.subList(0, 5)) + "\n" + all.get(5).substring(0, 40));

    Run resumed = Run.of("warc", warc.toString(), "--output", out.toString(), "--resume");

    assertThat(resumed.exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(full);
    assertThat(resumed.err()).contains("7 inputs, 7 parsed").contains("5 answered before");
  }

  @Test
  void aFullDiskStopsTheRunWithExitFourAndTheFileNamed() throws IOException {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "/dev/full exists on Linux");
    Run run = Run.of("parse", pages().toString(), "--output", full.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("cannot write /dev/full").contains("No space left on device");
  }

  @Test
  void anOutputDeviceIsWrittenButNotSynced() throws IOException {
    // A regular file is synced when the run ends; /dev/null refuses fsync (EINVAL), and a run
    // into it must still succeed.
    Path sink = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(sink), "/dev/null exists on Linux");
    Run run = Run.of("parse", pages().toString(), "--output", sink.toString());

    // 1: the fixture's four unreadable inputs; not 4, the output's failure.
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("16 parsed").doesNotContain("cannot");
  }

  @Test
  void anOutputThatCannotBeWrittenStopsTheRunBeforeAnyInput() throws IOException {
    Path pages = pages();
    Run intoMissingDirectory = Run.of("parse", pages.toString(), "--output", dir.resolve("no/such/dir/out.jsonl").toString());
    assertThat(intoMissingDirectory.exitCode()).isEqualTo(4);
    assertThat(intoMissingDirectory.err()).contains("cannot write " + dir.resolve("no/such/dir/out.jsonl"));

    Run ontoDirectory = Run.of("warc", dir.resolve("any.warc").toString(), "--output", pages.toString());
    assertThat(ontoDirectory.exitCode()).isEqualTo(4);
    assertThat(ontoDirectory.err()).contains("cannot write " + pages);
  }

  @Test
  void resumeRefusesAFileThatIsNotARunsOutput() throws IOException {
    Path out = dir.resolve("notes.txt");
    Files.writeString(out, "dear diary\nsecond line\n");
    Run run = Run.of("parse", pages().toString(), "--output", out.toString(), "--resume");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains(out.toString()).contains("not a newsmodel record");
    assertThat(Files.readString(out)).isEqualTo("dear diary\nsecond line\n");
  }

  @Test
  void usageErrors() throws IOException {
    Path pages = pages();
    assertThat(Run.of("parse", pages.toString(), "--resume").exitCode()).isEqualTo(2);
    Path out = dir.resolve("out.jsonl");
    assertThat(Run.of("parse", pages.toString(), "--output", out.toString(), "--format", "text").exitCode()).isEqualTo(2);
    assertThat(Run.of("parse", pages.toString(), "--output", out.toString(), "--failures", out.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void inputsThatDisappearMidRunAreUnreadableLines() throws IOException {
    Path pages = dir.resolve("vanishing");
    Files.createDirectories(pages.resolve("z-sub"));
    Files.writeString(pages.resolve("a.html"), ParseCommandTest.page("First", "DELETE the rest."));
    Files.writeString(pages.resolve("b.html"), ParseCommandTest.page("Second", "Gone before it is read."));
    Files.writeString(pages.resolve("z-sub/c.html"), ParseCommandTest.page("Third", "Still there."));
    // Parsing a.html removes b.html, listed already.
    dev.newsmodel.parse.ArticleParser deleting = fixtureDoing(page -> {
      if (page.content().contains("DELETE")) {
        try {
          Files.delete(pages.resolve("b.html"));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    NewsModel model = NewsModel.create(ParserRegistry.of(List.of(deleting))).withAttribution(false);
    Path out = dir.resolve("out.jsonl");
    Run run = Run.with(model, "", "parse", pages.toString(), "--output", out.toString());

    List<String> lines = lines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"article\":");
    assertThat(lines.get(1)).contains(pages.resolve("b.html").toString()).contains("\"type\":\"unreadable\"");
    assertThat(lines.get(2)).contains(pages.resolve("z-sub/c.html").toString()).contains("\"article\":");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aStopRequestEndsTheRunWithItsSummaryAndWholeLines() throws IOException {
    Path pages = pages();
    Path out = dir.resolve("out.jsonl");
    StopSignal stop = new StopSignal();
    // Asked for while the third page is parsed: that page is finished and written, no other starts.
    int[] parsed = new int[1];
    dev.newsmodel.parse.ArticleParser stopping = fixtureDoing(page -> {
      if (++parsed[0] == 3) {
        stop.request();
      }
    });
    NewsModel model = NewsModel.create(ParserRegistry.of(List.of(stopping))).withAttribution(false);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Context context = Context.of(model, new ByteArrayInputStream(new byte[0]), System.out, e).withStop(stop);
    int code = Main.commandLine(context).execute("parse", pages.toString(), "--output", out.toString());

    assertThat(lines(out)).hasSize(3);
    assertThat(Files.readString(out)).endsWith("\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 inputs, 3 parsed")
        .contains("stopped early: run again with --resume to finish");
    assertThat(code).isZero();
    String rest = Run.of("parse", pages.toString(), "--output", out.toString(), "--resume").err();
    assertThat(rest).contains("17 inputs").contains("3 answered before");
    assertThat(Files.readString(out)).isEqualTo(Run.of("parse", pages.toString()).out());
  }

  /** The fixture parser, doing something first on every page it parses. */
  private static dev.newsmodel.parse.ArticleParser fixtureDoing(java.util.function.Consumer<Page> first) {
    FixtureParser fixture = new FixtureParser();
    return new dev.newsmodel.parse.ArticleParser() {
      @Override
      public String name() {
        return fixture.name();
      }

      @Override
      public String description() {
        return fixture.description();
      }

      @Override
      public java.util.Set<String> hosts() {
        return fixture.hosts();
      }

      @Override
      public double contentScore(Page page) {
        return fixture.contentScore(page);
      }

      @Override
      public Article parse(Page page) throws ParseException {
        first.accept(page);
        return fixture.parse(page);
      }
    };
  }
}
