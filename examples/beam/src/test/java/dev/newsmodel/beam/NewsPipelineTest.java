package dev.newsmodel.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsPipelineTest {
  @TempDir Path dir;

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] record(String type, String uri, String contentType, byte[] block) {
    String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\n"
        + "WARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2025-05-02T09:15:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] response(String uri, String mediaType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + mediaType + "\r\nContent-Length: " + bytes.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bytes);
    return record("response", uri, "application/http;msgtype=response", http);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.toByteArray();
  }

  private static String page(String headline, String paragraph) {
    return "<html><body><h1>" + headline + "</h1><p>" + paragraph + "</p></body></html>";
  }

  private static long counter(PipelineResult result, String name) {
    MetricQueryResults metrics = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.named(NewsPipeline.NAMESPACE, name)).build());
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      total += counter.getAttempted();
    }
    return total;
  }

  private List<String> lines(String prefix) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void warcInArticleJsonLinesOutWithCountersOnTheDirectRunner() throws IOException {
    byte[] truncated = response("https://beam-fixture.example/c", "text/html", page("Gamma", "Cut off by the crawler."));
    byte[] warc = concat(
        record("warcinfo", "urn:x", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)),
        response("https://beam-fixture.example/a", "text/html; charset=utf-8", page("Alpha", "Alpha paragraph.")),
        response("https://beam-fixture.example/logo.png", "image/png", "PNG"),
        response("https://beam-fixture.example/b", "text/html", page("Beta", "Beta paragraph.")),
        response("https://beam-fixture.example/d", "text/html", "<html><body><h1>No paragraphs</h1></body></html>"),
        Arrays.copyOf(truncated, truncated.length - 40));
    Files.write(dir.resolve("crawl.warc"), warc);
    // A second file, compressed record by record as crawlers write them.
    Files.write(dir.resolve("crawl-2.warc.gz"), concat(
        gzip(response("https://beam-fixture.example/e", "text/html", page("Epsilon", "Epsilon paragraph."))),
        gzip(response("https://beam-fixture.example/f", "text/html", page("Zeta", "Zeta paragraph.")))));

    NewsPipelineOptions options = PipelineOptionsFactory.fromArgs(
        "--warc=" + dir.resolve("*.warc*"), "--output=" + dir.resolve("articles"), "--shards=1", "--targetParallelism=1")
        .as(NewsPipelineOptions.class);
    PipelineResult result = NewsPipeline.build(options).run();
    result.waitUntilFinish();

    List<String> articles = lines("articles-0");
    assertThat(articles).hasSize(4);
    assertThat(String.join("\n", articles)).contains("\"headline\":\"Alpha\"", "\"headline\":\"Beta\"",
        "\"headline\":\"Epsilon\"", "\"headline\":\"Zeta\"",
        "\"url\":\"https://beam-fixture.example/a\"");
    List<String> failures = lines("articles-failures");
    assertThat(failures).hasSize(2);
    assertThat(String.join("\n", failures)).contains("not-a-page", "corrupt-record");
    assertThat(counter(result, "parsed")).isEqualTo(4);
    assertThat(counter(result, "failed")).isEqualTo(1);
    assertThat(counter(result, "corruptRecords")).isEqualTo(1);
    assertThat(counter(result, "skippedRecords")).isEqualTo(2);
  }

  @Test
  void jsonLinesOfPagesIn() throws IOException {
    Files.writeString(dir.resolve("pages.jsonl"),
        "{\"url\":\"https://beam-fixture.example/x\",\"html\":\"<html><body><h1>Ex</h1><p>One.</p></body></html>\"}\n"
            + "not json\n"
            + "{\"url\":\"https://beam-fixture.example/y\",\"html\":\"   \"}\n"
            + "{\"url\":\"beam-fixture/z\",\"html\":\"<html><body><p>Two.</p></body></html>\"}\n");
    NewsPipelineOptions options = PipelineOptionsFactory.fromArgs(
        "--pages=" + dir.resolve("pages.jsonl"), "--output=" + dir.resolve("out"), "--shards=1", "--targetParallelism=1")
        .as(NewsPipelineOptions.class);
    PipelineResult result = NewsPipeline.build(options).run();
    result.waitUntilFinish();

    assertThat(lines("out-0")).singleElement().asString().contains("\"headline\":\"Ex\"");
    // Each failure says why with the library's own code, as the newsmodel command does.
    assertThat(lines("out-failures")).hasSize(3)
        .anySatisfy(line -> assertThat(line).contains("bad-line"))
        .anySatisfy(line -> assertThat(line).contains("\"url\":\"https://beam-fixture.example/y\"", "\"type\":\"empty\""))
        .anySatisfy(line -> assertThat(line).contains("\"url\":\"beam-fixture/z\"", "\"type\":\"invalid-url\""));
    assertThat(counter(result, "parsed")).isEqualTo(1);
    assertThat(counter(result, "failed")).isEqualTo(3);
  }
}
