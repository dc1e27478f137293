package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs to the command, generated here, each run in a JVM with a 512 MB heap that must
 * answer within 30 s with typed error lines: a gzip bomb (about 10 MB that unpack to 10 GiB) as a
 * page and as a WARC response body, and WARC records whose headers claim 2^62 bytes.
 */
class HostileInputsCommandTest {
  private static final long TEN_GIB = 10L << 30;
  private static final long BOUND_SECONDS = 30;

  @TempDir Path dir;

  /**
   * Gzip members of 64 MiB of zeros each, repeated until they unpack to {@code unpacked} bytes (a
   * file of concatenated members is one valid gzip stream); built from one compressed member.
   */
  static void writeGzipBomb(OutputStream out, long unpacked) throws IOException {
    int member = 64 << 20;
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(one, 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < member / zeros.length; i++) {
        gz.write(zeros);
      }
    }
    byte[] bytes = one.toByteArray();
    for (long done = 0; done < unpacked; done += member) {
      out.write(bytes);
    }
  }

  @Test
  void aGzipBombPageIsRefusedAsTooLargeWithoutInflatingIt() throws Exception {
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = Files.newOutputStream(bomb)) {
      writeGzipBomb(out, TEN_GIB);
    }
    assertThat(Files.size(bomb)).as("compressed size").isBetween(1L << 20, 16L << 20);
    Path good = dir.resolve("good.html");
    Files.writeString(good, ParseCommandTest.page("After the bomb", "The run goes on after the bomb."));

    Result result = run("parse", bomb.toString(), good.toString(), "--format", "jsonl");

    assertThat(result.lines()).hasSize(2);
    assertThat(result.lines().get(0)).contains("\"type\":\"too-large\"");
    assertThat(result.lines().get(1)).contains("\"article\":");
  }

  @Test
  void warcRecordsClaiming2To62BytesAndAGzipBombBodyAreTypedErrors() throws Exception {
    long huge = 1L << 62;
    Path warc = dir.resolve("hostile.warc");
    try (OutputStream out = Files.newOutputStream(warc)) {
      // 1. An ordinary response.
      out.write(WarcCommandTest.htmlResponse("https://news.example.org/first", "First", "First archived paragraph."));
      // 2. An HTTP response that claims 2^62 body bytes inside a WARC record of honest length.
      byte[] body = ParseCommandTest.page("Claims much", "Only this paragraph is there.").getBytes(StandardCharsets.UTF_8);
      byte[] http = WarcCommandTest.concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + huge
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
      out.write(WarcCommandTest.record("response", "https://news.example.org/http-huge", "application/http;msgtype=response", http));
      // 3. A response whose body is a gzip bomb (Content-Encoding: gzip).
      ByteArrayOutputStream bomb = new ByteArrayOutputStream();
      writeGzipBomb(bomb, TEN_GIB);
      byte[] bombHttp = WarcCommandTest.concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
          + "Content-Length: " + bomb.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bomb.toByteArray());
      out.write(WarcCommandTest.record("response", "https://news.example.org/bomb", "application/http;msgtype=response", bombHttp));
      // 4. A WARC record header that claims 2^62 bytes, followed by an ordinary record.
      byte[] small = WarcCommandTest.concat("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
          ParseCommandTest.page("Claims more", "A short block.").getBytes(StandardCharsets.UTF_8));
      out.write(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/warc-huge\r\n"
          + "WARC-Date: 2024-03-05T08:54:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000062>\r\n"
          + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + huge + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(small);
      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write(WarcCommandTest.htmlResponse("https://news.example.org/last", "Last", "Last archived paragraph."));
      // 5. The same claim as the file's last record.
      out.write(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/end-huge\r\n"
          + "WARC-Date: 2024-03-05T08:54:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000063>\r\n"
          + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + huge + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(small);
    }

    Result result = run("warc", warc.toString());

    List<String> lines = result.lines();
    assertThat(lines).as(result.err()).anySatisfy(l -> assertThat(l).contains("/first\"").contains("\"article\":"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("/last\"").contains("\"article\":"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("/bomb\"").contains("\"error\":").contains("too-large"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("/warc-huge\"").contains("\"error\":"));
    // The HTTP claim is answered: an article from the bytes that are there, or a typed error.
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("/http-huge\""));
    for (String line : lines) {
      assertThat(line).containsAnyOf("\"article\":", "\"error\":{\"type\":\"corrupt-record\"", "\"error\":{\"type\":\"too-large\"");
    }
  }

  private record Result(List<String> lines, String err, long millis) {}

  /** Runs the command in a JVM with a 512 MB heap; it must end within the bound. */
  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".jsonl");
    Path err = Files.createTempFile(dir, "err", ".txt");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    // The JVM's own start and the library's loading come on top of the 30 s the inputs get.
    boolean done = process.waitFor(BOUND_SECONDS + 30, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly().waitFor();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String stderr = Files.readString(err);
    System.out.printf("%s %s: %d ms%n%s", getClass().getSimpleName(), args[0], millis, stderr);
    assertThat(done).as("answered within the bound; stderr: %s", stderr).isTrue();
    assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(1);
    assertThat(stderr).doesNotContain("OutOfMemoryError").doesNotContain("Exception in thread");
    // The summary's time: from the first input to the last line, JVM start and loading apart.
    java.util.regex.Matcher took = java.util.regex.Pattern.compile(" in (\\d+\\.\\d) s").matcher(stderr);
    assertThat(took.find()).as(stderr).isTrue();
    assertThat(Double.parseDouble(took.group(1))).as("seconds for all inputs").isLessThan(BOUND_SECONDS);
    return new Result(Files.readAllLines(out), stderr, millis);
  }
}
