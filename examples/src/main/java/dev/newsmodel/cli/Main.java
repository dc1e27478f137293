package dev.newsmodel.cli;

import dev.newsmodel.Article;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsmodel} command. Without arguments it parses the sample page bundled in the
 * jar (an Asahi Shimbun English-edition page carrying a wire story) and prints its JSON.
 */
@Command(
    name = "newsmodel",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Turns news pages into structured articles: headline, bylines, dates, body, media, "
            + "wire credit, and who is quoted and claims what.",
        "",
        "Without a command, parses the bundled sample page and prints its JSON."},
    subcommands = {ParseCommand.class, ParsersCommand.class, WarcCommand.class, EvalCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
  /** The bundled sample page, a resource next to this class. */
  static final String SAMPLE = "sample-ajw.html";
  /** The URL the sample page is parsed with. */
  static final String SAMPLE_URL = "https://www.asahi.com/ajw/articles/15190417";

  private final Context context;

  /**
   * Creates the command over the given context.
   *
   * @param context the streams and library the command uses
   */
  public Main(Context context) {
    this.context = context;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Context context = Context.system(out, err);
    // SIGTERM (and SIGINT): a batch run takes no new input, writes the lines in progress and its
    // summary, then the JVM exits (status 143 for SIGTERM). The hook waits for that, not forever.
    Thread hook = new Thread(() -> context.stop().requestAndAwait(STOP_GRACE_SECONDS), "newsmodel-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    int code;
    try {
      code = commandLine(context).execute(args);
      out.flush();
    } finally {
      context.stop().finished();
    }
    if (context.stop().requested()) {
      return; // the JVM is shutting down already; System.exit would wait for the hook forever
    }
    System.exit(code);
  }

  /**
   * The exit code of a run whose output file cannot be opened, written, synced or resumed: apart
   * from a usage error's 2, since a script may retry it once the disk has room.
   */
  static final int OUTPUT_FAILED = 4;

  /** How long a signalled run may take to finish the lines in progress. */
  static final long STOP_GRACE_SECONDS = 60;

  /**
   * Returns the command line over the context, ready to {@link CommandLine#execute execute}:
   * exit code 0 on success, 1 when an input failed, 2 on a usage error, 3 when the run could not
   * go on (an unreadable URL map), {@value #OUTPUT_FAILED} when the output cannot be written
   * (full disk, no permission).
   *
   * @param context the streams and library the command uses
   * @return the command line
   */
  public static CommandLine commandLine(Context context) {
    CommandLine commandLine = new CommandLine(new Main(context));
    commandLine.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
    // A usage error is one line and a pointer to the help, not the whole help.
    commandLine.setParameterExceptionHandler((e, args) -> {
      CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
      context.out().flush();
      context.err().println(spec.qualifiedName() + ": " + e.getMessage());
      context.err().println("Try '" + spec.qualifiedName() + " --help' for more information.");
      return 2;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
      context.out().flush();
      context.err().println("newsmodel: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 3;
    });
    return commandLine;
  }

  @Override
  public Integer call() throws Exception {
    byte[] bytes;
    try (InputStream in = Objects.requireNonNull(Main.class.getResourceAsStream(SAMPLE), SAMPLE)) {
      bytes = in.readAllBytes();
    }
    Article article = context.newsModel().get().parse(
        dev.newsmodel.parse.Page.of(bytes, SAMPLE_URL, Map.of("Content-Type", "text/html; charset=utf-8")));
    context.out().print(Json.prettyArticle(article));
    context.out().flush();
    return 0;
  }

  Context context() {
    return context;
  }

  static Context context(@Nullable Main main) {
    return Objects.requireNonNull(main, "subcommand run without its parent").context();
  }

  /** Reads the version that the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"newsmodel " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
