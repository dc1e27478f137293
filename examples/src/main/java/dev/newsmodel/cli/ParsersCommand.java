package dev.newsmodel.cli;

import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.ParserRegistry;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsmodel parsers}: the registered parsers, what they match and what they read. */
@Command(name = "parsers", mixinStandardHelpOptions = true,
    description = "Lists the registered parsers: name, the hosts they are chosen for, and what they read.")
final class ParsersCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Main main;

  @Override
  public Integer call() {
    Context context = Main.context(main);
    List<ArticleParser> parsers = context.newsModel().get().registry().parsers();
    PrintStream out = context.out();
    if (parsers.isEmpty()) {
      context.err().println("newsmodel: no parsers on the class path");
      return 1;
    }
    int nameWidth = Math.max(4, parsers.stream().mapToInt(p -> p.name().length()).max().orElse(4));
    List<String> matches = parsers.stream().map(ParsersCommand::matches).toList();
    int matchWidth = Math.max(7, matches.stream().mapToInt(String::length).max().orElse(7));
    out.println(pad("NAME", nameWidth) + "  " + pad("MATCHES", matchWidth) + "  READS");
    for (int i = 0; i < parsers.size(); i++) {
      ArticleParser parser = parsers.get(i);
      out.println(pad(parser.name(), nameWidth) + "  " + pad(matches.get(i), matchWidth) + "  " + parser.description());
    }
    out.flush();
    return 0;
  }

  /** Says how a parser gets chosen: its hosts, or the fallback or content role. */
  static String matches(ArticleParser parser) {
    if (!parser.hosts().isEmpty()) {
      return String.join(", ", parser.hosts().stream().sorted().toList());
    }
    if (parser.name().equals(ParserRegistry.GENERIC)) {
      return "any HTML page (fallback)";
    }
    if (parser.name().equals(ParserRegistry.TEXT)) {
      return "any plain text (fallback)";
    }
    return "by content";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
