package dev.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile pages generated in the test, each parsed in a JVM with a 512 MB heap by the registry's
 * choice and the generic and plain-text parsers (full pipeline): each parse ends within 30 s in an article held to the
 * limits or a {@code ParseException}, never another exception, an {@code Error} or an
 * {@code OutOfMemoryError}. All cases share one JVM, so the bound on the heap holds for the
 * whole sequence.
 */
class HostileInputTest {
  private static final Pattern LINE = Pattern.compile("case=(\\S+) parser=(\\S+) ms=(\\d+) result=(\\S+)");
  private static final long BOUND_MS = 30_000;

  @Test
  void eachHostilePageIsAnsweredWithin30SecondsIn512MegabytesOfHeap() throws Exception {
    List<String> cases = List.of("jsonld-nested-100000", "attribute-10mb", "entities-1000000",
        "script-tags-1000000", "text-surrogates-nul", "text-bytes-surrogates-nul");
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Xss1m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        HostileInputRun.class.getName()));
    command.addAll(cases);
    Path log = Files.createTempFile("newsmodel-hostile", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean done = process.waitFor(10, TimeUnit.MINUTES);
      if (!done) {
        process.destroyForcibly().waitFor();
      }
      String text = Files.readString(log, StandardCharsets.UTF_8);
      System.out.print(text);
      assertThat(done).as("run finished; output:%n%s", text).isTrue();
      assertThat(process.exitValue()).as("exit code; output:%n%s", text).isZero();
      List<String> seen = new ArrayList<>();
      Matcher m = LINE.matcher(text);
      while (m.find()) {
        seen.add(m.group(1));
        assertThat(Long.parseLong(m.group(3))).as("%s with %s, ms", m.group(1), m.group(2)).isLessThan(BOUND_MS);
        assertThat(m.group(4)).as("%s with %s", m.group(1), m.group(2)).matches("article:\\d+_blocks|ParseException:.*");
      }
      assertThat(seen).containsAll(cases);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
