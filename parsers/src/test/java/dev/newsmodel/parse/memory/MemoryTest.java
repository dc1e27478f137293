package dev.newsmodel.parse.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Memory bounds, each checked in a JVM of its own with a small heap (they are not timings: the
 * time limits only stop a run that hangs). A single 20 MB page parses within 256 MB of heap, and
 * a long run of pages through one front door stays within 64 MB, its heap after collection not
 * growing from the early checkpoint to the end.
 */
class MemoryTest {
  private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");

  @Test
  void aTwentyMegabytePageParsesWithin256MegabytesOfHeap() throws Exception {
    Map<String, String> out = run("-Xmx256m", LargePageRun.class, "20", "400");
    // The article is found inside the 20 MB of scripts, styles and comments: all its paragraphs.
    assertThat(Integer.parseInt(out.get("blocks"))).isGreaterThanOrEqualTo(400);
    assertThat(Integer.parseInt(out.get("quotes"))).isPositive();
  }

  @Test
  void manyPagesRunInConstantHeap() throws Exception {
    Map<String, String> out = run("-Xmx64m", ManyPagesRun.class, "2000");
    assertThat(out.get("pages")).isEqualTo("2000");
    assertThat(Long.parseLong(out.get("blocks"))).isGreaterThan(2000L * 5);
    long early = Long.parseLong(out.get("heapEarly"));
    long late = Long.parseLong(out.get("heapLate"));
    // Nothing is kept per page: 1800 more pages may not add more than 4 MB of live heap.
    assertThat(late - early).as("heap growth from page 200 to page 2000, bytes").isLessThan(4L << 20);
  }

  private static Map<String, String> run(String heap, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("newsmodel-memory", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      boolean done = process.waitFor(5, TimeUnit.MINUTES);
      if (!done) {
        process.destroyForcibly().waitFor();
      }
      String text = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(done).as("run finished; output:%n%s", text).isTrue();
      assertThat(process.exitValue()).as("exit code of %s %s; output:%n%s", heap, main.getSimpleName(), text)
          .isZero();
      return fields(text);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Map<String, String> fields(String text) {
    String last = text.strip().lines().reduce((a, b) -> b).orElse("");
    Map<String, String> fields = new java.util.HashMap<>();
    Matcher m = FIELD.matcher(last);
    while (m.find()) {
      fields.put(m.group(1), m.group(2));
    }
    return fields;
  }
}
