package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class WarcCommandTest {
  @TempDir Path dir;

  /** A WARC record: version line, headers, block, and the two CRLFs that end it. */
  static byte[] record(String type, String uri, String contentType, byte[] block) {
    String header = "WARC/1.1\r\n"
        + "WARC-Type: " + type + "\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "WARC-Date: 2024-03-05T08:54:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] response(String uri, int status, String mediaType, byte[] body) {
    byte[] http = concat(("HTTP/1.1 " + status + " X\r\nContent-Type: " + mediaType + "\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    return record("response", uri, "application/http;msgtype=response", http);
  }

  static byte[] htmlResponse(String uri, String headline, String paragraph) {
    return response(uri, 200, "text/html; charset=utf-8",
        ParseCommandTest.page(headline, paragraph).getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] truncate(byte[] bytes, int keep) {
    return Arrays.copyOf(bytes, keep);
  }

  private List<byte[]> records() {
    byte[] info = record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] request = record("request", "https://fixture.example/a", "application/http;msgtype=request",
        "GET /a HTTP/1.1\r\nHost: fixture.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] a = htmlResponse("https://fixture.example/a", "Archived alpha", "Alpha archived paragraph.");
    byte[] png = response("https://fixture.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    byte[] notFound = response("https://fixture.example/gone", 404, "text/html", "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8));
    byte[] b = htmlResponse("https://fixture.example/b", "Archived beta", "Beta archived paragraph.");
    byte[] c = htmlResponse("https://fixture.example/c", "Archived gamma", "Gamma archived paragraph that the crawl cut off.");
    return List.of(info, request, a, png, notFound, b, c);
  }

  @Test
  void readsHtmlResponsesSkipsOtherRecordsAndReportsCorruptAndTruncatedOnes() throws IOException {
    List<byte[]> r = records();
    byte[] corrupt = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nnonsense\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] truncatedC = truncate(r.get(6), r.get(6).length - 60);
    byte[] warc = concat(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), corrupt, r.get(5), truncatedC);
    Path file = dir.resolve("crawl.warc");
    Files.write(file, warc);
    long offsetA = r.get(0).length + r.get(1).length;
    long offsetCorrupt = offsetA + r.get(2).length + r.get(3).length + r.get(4).length;
    long offsetB = offsetCorrupt + corrupt.length;
    long offsetC = offsetB + r.get(5).length;

    Run run = Run.of("warc", file.toString());

    List<JsonNode> lines = run.lines();
    assertThat(lines).as(run.out() + run.err()).hasSize(4);
    assertThat(lines).extracting(l -> l.get("offset").asLong()).containsExactly(offsetA, offsetCorrupt, offsetB, offsetC);
    assertThat(lines).extracting(l -> l.get("input").asString()).containsOnly(file.toString());
    assertThat(lines.get(0).get("url").asString()).isEqualTo("https://fixture.example/a");
    assertThat(lines.get(0).get("article").get("headline").asString()).isEqualTo("Archived alpha");
    assertThat(lines.get(0).get("article").get("url").asString()).isEqualTo("https://fixture.example/a");
    assertThat(lines.get(1).get("error").get("type").asString()).isEqualTo("corrupt-record");
    assertThat(lines.get(2).get("article").get("headline").asString()).isEqualTo("Archived beta");
    assertThat(lines.get(3).get("url").asString()).isEqualTo("https://fixture.example/c");
    assertThat(lines.get(3).get("error").get("type").asString()).isEqualTo("corrupt-record");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("4 inputs, 2 parsed, 2 failed").contains("4 other records skipped");
  }

  @Test
  void readsGzippedWarcsRecordByRecordAndATruncatedLastMember() throws IOException {
    List<byte[]> r = records();
    byte[] gzC = ParseCommandTest.gzip(r.get(6));
    byte[] warc = concat(ParseCommandTest.gzip(r.get(0)), ParseCommandTest.gzip(r.get(2)),
        ParseCommandTest.gzip(r.get(3)), ParseCommandTest.gzip(r.get(5)), truncate(gzC, gzC.length / 2));
    Path file = dir.resolve("crawl.warc.gz");
    Files.write(file, warc);

    Run run = Run.of("warc", "--threads", "2", file.toString());

    List<JsonNode> lines = run.lines();
    assertThat(lines).as(run.out() + run.err()).hasSize(3);
    assertThat(lines.get(0).get("article").get("headline").asString()).isEqualTo("Archived alpha");
    assertThat(lines.get(1).get("article").get("headline").asString()).isEqualTo("Archived beta");
    assertThat(lines.get(2).has("error")).isTrue();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aCompleteWarcExitsZero() throws IOException {
    List<byte[]> r = records();
    Path file = dir.resolve("ok.warc");
    Files.write(file, concat(r.get(0), r.get(2), r.get(5)));

    Run run = Run.of("warc", "--format", "ninjs", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lines()).allSatisfy(l -> assertThat(l.has("article")).isFalse());
    assertThat(run.lines()).extracting(l -> l.get("ninjs").get("uri").asString())
        .containsExactly("https://fixture.example/a", "https://fixture.example/b");
  }

  @Test
  void aMissingWarcIsAnErrorLine() {
    Run run = Run.of("warc", dir.resolve("none.warc.gz").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines().get(0).get("error").get("type").asString()).isEqualTo("unreadable");
  }
}
