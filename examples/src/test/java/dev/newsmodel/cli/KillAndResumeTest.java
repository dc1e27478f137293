package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.NewsModel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command in a JVM of its own over 2,000 generated pages and a WARC of 2,000 records,
 * killed with {@code SIGKILL} at three random points and resumed each time, then stopped once
 * with {@code SIGTERM} and resumed to the end: the output must equal an uninterrupted run's,
 * line for line, every input answered once. The seed of the random points is in every message.
 */
class KillAndResumeTest {
  private static final int INPUTS = 2000;
  private static final long SEED = System.nanoTime();
  private static NewsModel model;

  @TempDir Path dir;

  @BeforeAll
  static void library() {
    model = NewsModel.create();
  }

  /** A small invented page; every 97th is empty and every 89th is binary, so some inputs fail. */
  static byte[] page(int i) {
    if (i % 97 == 50) {
      return new byte[0];
    }
    if (i % 89 == 40) {
      byte[] binary = new byte[64];
      new Random(i).nextBytes(binary);
      binary[0] = 0;
      return binary;
    }
    return ParseCommandTest.page("Council " + i + " votes",
        "Town" + (i % 37) + " will widen harbour " + i + ", officials said on Tuesday.")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parseKilledThreeTimesAndStoppedOnceEndsEqualToAnUninterruptedRun() throws Exception {
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages);
    for (int i = 0; i < INPUTS; i++) {
      Files.write(pages.resolve(String.format("page-%05d.html", i)), page(i));
    }
    Run reference = Run.with(model, "", "parse", pages.toString(), "--format", "jsonl");
    List<String> expected = reference.out().lines().toList();
    assertThat(expected).hasSize(INPUTS);

    Path out = dir.resolve("out.jsonl");
    Path failures = dir.resolve("failed.jsonl");
    List<String> args = List.of("parse", pages.toString(), "--output", out.toString(),
        "--failures", failures.toString(), "--threads", "2");
    interruptAndResume(args, out, failures);

    assertThat(Files.readAllLines(out)).as("seed %d", SEED)
        .containsExactlyElementsOf(expected.stream().filter(l -> l.contains("\"article\":")).toList());
    assertThat(Files.readAllLines(failures)).as("seed %d", SEED)
        .containsExactlyElementsOf(expected.stream().filter(l -> l.contains("\"error\":")).toList())
        .hasSizeGreaterThan(20);
    assertOnce(out, failures);
  }

  @Test
  void warcKilledThreeTimesAndStoppedOnceEndsEqualToAnUninterruptedRun() throws Exception {
    Path warc = dir.resolve("crawl.warc");
    try (var stream = Files.newOutputStream(warc)) {
      for (int i = 0; i < INPUTS; i++) {
        byte[] body = page(i);
        stream.write(WarcCommandTest.response("https://news.example.org/" + i, 200, "text/html; charset=utf-8", body));
        if (i % 100 == 0) {
          stream.write(WarcCommandTest.record("metadata", "https://news.example.org/" + i,
              "application/warc-fields", ("via: test " + i + "\r\n").getBytes(StandardCharsets.US_ASCII)));
        }
      }
    }
    Run reference = Run.with(model, "", "warc", warc.toString());
    List<String> expected = reference.out().lines().toList();
    assertThat(expected).hasSize(INPUTS);

    Path out = dir.resolve("out.jsonl");
    interruptAndResume(List.of("warc", warc.toString(), "--output", out.toString()), out, null);

    assertThat(Files.readAllLines(out)).as("seed %d", SEED).containsExactlyElementsOf(expected);
    assertOnce(out, null);
  }

  /**
   * Runs the command and kills it three times at random points, stops it once with SIGTERM,
   * resuming each time, then resumes it to the end.
   */
  private void interruptAndResume(List<String> args, Path out, Path failures) throws Exception {
    Random random = new Random(SEED);
    List<String> resume = new ArrayList<>(args);
    resume.add("--resume");
    for (int round = 0; round < 4; round++) {
      long done = lines(out) + (failures == null ? 0 : lines(failures));
      long left = INPUTS - done;
      // Somewhere in the first 60 % of what is left, so every round interrupts a running command.
      long target = done + 1 + (long) (random.nextDouble() * left * 0.6);
      Child child = start(round == 0 ? args : resume);
      Process process = child.process();
      boolean reached = waitForLines(process, out, failures, target);
      assertThat(reached).as("round %d reached %d lines before ending (seed %d): %s", round, target, SEED,
          process.isAlive() ? "" : child.stderr()).isTrue();
      if (round < 3) {
        process.destroyForcibly(); // SIGKILL
        process.waitFor(1, TimeUnit.MINUTES);
      } else {
        process.destroy(); // SIGTERM: the line in progress is finished, the summary printed
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String err = child.stderr();
        assertThat(err).as("seed %d", SEED).contains("stopped early: run again with --resume");
        assertThat(process.exitValue()).isEqualTo(143);
        assertThat(Files.readString(out)).endsWith("\n");
      }
    }
    Child child = start(resume);
    Process last = child.process();
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String err = child.stderr();
    assertThat(last.exitValue()).as("exit code; stderr: %s", err).isIn(0, 1);
    assertThat(err).contains("answered before");
  }

  private Child start(List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    return new Child(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start(), err);
  }

  /** A command running in a JVM of its own, and the file its stderr goes to. */
  private record Child(Process process, Path err) {
    String stderr() throws IOException {
      return Files.readString(err);
    }
  }

  /** Waits until the files hold {@code target} whole lines; false when the process ended first. */
  private static boolean waitForLines(Process process, Path out, Path failures, long target) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (lines(out) + (failures == null ? 0 : lines(failures)) >= target) {
        return true;
      }
      if (!process.isAlive()) {
        return false;
      }
      Thread.sleep(5);
    }
    return false;
  }

  private static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long count = 0;
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = f.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static void assertOnce(Path out, Path failures) throws IOException {
    Set<String> keys = new HashSet<>();
    List<String> all = new ArrayList<>(Files.readAllLines(out));
    if (failures != null) {
      all.addAll(Files.readAllLines(failures));
    }
    for (String line : all) {
      assertThat(keys.add(BatchOutput.answer(out, line).key())).as("answered once: %s (seed %d)", line, SEED).isTrue();
    }
    assertThat(keys).hasSize(INPUTS);
  }

}
