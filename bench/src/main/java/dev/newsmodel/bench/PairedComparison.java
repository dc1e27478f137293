package dev.newsmodel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares two builds of the library on one corpus in one JVM, for changes too small for two
 * JMH runs to tell apart: on a shared two-core VM, two runs of the same build differ by 10% and
 * more, while rounds of two builds run side by side give a ratio that varies by about 2%.
 *
 * <p>Each build is a shaded {@code benchmarks.jar} loaded in a class loader of its own (its own
 * copy of the library and of jsoup, each compiled by the JIT on its own profile). Rounds over
 * every page of the corpus alternate between the builds, in alternating order, and each round's
 * cost is the thread's CPU time per page; the first half of the rounds is warm-up. Printed: each
 * build's median CPU time per page and the median (and quartiles) of the per-round ratio
 * new / base. {@code bench/compare} builds the two jars and runs this.
 *
 * <pre>java -cp NEW.jar dev.newsmodel.bench.PairedComparison [--pipeline document|full]
 *     [--corpus aeb|fundus] [--rounds N] BASE.jar NEW.jar</pre>
 */
public final class PairedComparison {
  private PairedComparison() {}

  /** One build's front door, called by reflection through its own class loader. */
  private record Build(String label, Object newsModel, Method parse, Method pageOf) {
    static Build load(Path jar, boolean attribution) throws ReflectiveOperationException, MalformedURLException {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no such jar: " + jar);
      }
      // The platform loader as parent: the build's own library and jsoup, not this process's.
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> front = loader.loadClass("dev.newsmodel.parse.NewsModel");
      Class<?> page = loader.loadClass("dev.newsmodel.parse.Page");
      Object model = front.getMethod("create").invoke(null);
      model = front.getMethod("withAttribution", boolean.class).invoke(model, attribution);
      return new Build(jar.toString(), model, front.getMethod("parse", page),
          page.getMethod("of", byte[].class, String.class, Map.class));
    }

    /** Parses every page once; returns the pages that failed (a ParseException counts, not throws). */
    int parseAll(List<Corpus.Entry> pages) throws ReflectiveOperationException {
      int failed = 0;
      for (Corpus.Entry entry : pages) {
        try {
          parse.invoke(newsModel, pageOf.invoke(null, entry.bytes(), entry.url(), Map.of()));
        } catch (InvocationTargetException e) {
          if (!e.getCause().getClass().getSimpleName().equals("ParseException")) {
            throw e;
          }
          failed++;
        }
      }
      return failed;
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args options, then the base and the new build's {@code benchmarks.jar}
   * @throws Exception when a jar cannot be loaded or a build throws anything but a
   *     {@code ParseException}
   */
  public static void main(String[] args) throws Exception {
    String pipeline = "full";
    String corpus = "aeb";
    int rounds = 60;
    int i = 0;
    for (; i < args.length && args[i].startsWith("--"); i += 2) {
      if (i + 1 >= args.length) {
        usage("missing value after " + args[i]);
      }
      switch (args[i]) {
        case "--pipeline" -> pipeline = args[i + 1];
        case "--corpus" -> corpus = args[i + 1];
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> usage("unknown option " + args[i]);
      }
    }
    if (args.length - i != 2) {
      usage("give the base build's jar, then the new build's");
    }
    if (!pipeline.equals("document") && !pipeline.equals("full")) {
      usage("--pipeline is document or full");
    }
    if (rounds < 4) {
      usage("--rounds must be at least 4 (the first half is warm-up)");
    }
    List<Corpus.Entry> pages = Corpus.load(corpus).entries();
    Build[] builds = {
        Build.load(Paths.get(args[i]), pipeline.equals("full")),
        Build.load(Paths.get(args[i + 1]), pipeline.equals("full"))};

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[][] msPerPage = new double[2][rounds];
    int[] failed = new int[2];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int b = r % 2 == 0 ? k : 1 - k; // alternate which build goes first
        long start = cpu.getCurrentThreadCpuTime();
        failed[b] = builds[b].parseAll(pages);
        msPerPage[b][r] = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / pages.size();
      }
      if ((r + 1) % 10 == 0) {
        System.err.printf(Locale.ROOT, "round %d of %d%n", r + 1, rounds);
      }
    }
    int from = rounds / 2;
    double[] ratios = new double[rounds - from];
    for (int r = from; r < rounds; r++) {
      ratios[r - from] = msPerPage[1][r] / msPerPage[0][r];
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "%s pipeline, corpus %s (%d pages), %d rounds (the last %d measured)%n",
        pipeline, corpus, pages.size(), rounds, rounds - from);
    for (int b = 0; b < 2; b++) {
      System.out.printf(Locale.ROOT, "  %-4s %.3f ms CPU per page (%d pages failed)  %s%n", b == 0 ? "base" : "new",
          median(Arrays.copyOfRange(msPerPage[b], from, rounds)), failed[b], builds[b].label());
    }
    System.out.printf(Locale.ROOT, "  new / base: %.3f (quartiles %.3f to %.3f)%n",
        ratios[ratios.length / 2], ratios[ratios.length / 4], ratios[(3 * ratios.length) / 4]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void usage(String problem) {
    System.err.println("PairedComparison: " + problem);
    System.err.println("usage: PairedComparison [--pipeline document|full] [--corpus aeb|fundus] [--rounds N] "
        + "BASE.jar NEW.jar");
    System.exit(2);
  }
}
