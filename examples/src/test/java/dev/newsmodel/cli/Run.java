package dev.newsmodel.cli;

import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.ParserRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One in-process run of the command: exit code, stdout and stderr. */
record Run(int exitCode, String out, String err) {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Runs the command over the fixture parser only. */
  static Run of(String... args) {
    return with(fixture(), "", args);
  }

  /** Returns the library over the fixture parser only, without attribution. */
  static NewsModel fixture() {
    return NewsModel.create(ParserRegistry.of(List.of(new FixtureParser()))).withAttribution(false);
  }

  /** Runs the command over the given library, with the given standard input. */
  static Run with(NewsModel newsModel, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Context context = Context.of(newsModel, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e);
    int code = Main.commandLine(context).execute(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  JsonNode json() {
    return MAPPER.readTree(out);
  }

  List<JsonNode> lines() {
    return out.lines().map(MAPPER::readTree).toList();
  }
}
