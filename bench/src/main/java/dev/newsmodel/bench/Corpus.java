package dev.newsmodel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages of one corpus under {@code shared/corpus}, decompressed into memory in file-name
 * order, each with the URL it was fetched from (from the corpus's own metadata).
 *
 * <p>{@code aeb}: {@code corpus/aeb/html/<id>.html.gz}, URLs from {@code ground-truth.json}.
 * {@code fundus}: {@code corpus/fundus/<country>/<Publisher>_<date>.html.gz}, URLs from each
 * country's {@code meta.info}. {@code fundus-jp}: the Japanese pages of fundus alone
 * ({@code corpus/fundus/jp}), where the full pipeline runs the Japanese engine (Kuromoji).
 */
public final class Corpus {
  /** One page as fetched: its bytes and URL (empty string when the corpus gives none). */
  public record Entry(String name, byte[] bytes, String url) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String name;
  private final List<Entry> entries;

  private Corpus(String name, List<Entry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns the shared folder: system property {@code newsmodel.shared}, else the first of
   * {@code ../shared} and {@code ../../shared} (from the working directory) that has a corpus.
   */
  public static Path sharedDir() {
    String property = System.getProperty("newsmodel.shared");
    if (property != null && !property.isBlank()) {
      return Paths.get(property);
    }
    for (String candidate : new String[] {"../shared", "../../shared", "shared"}) {
      Path path = Paths.get(candidate).toAbsolutePath().normalize();
      if (Files.isDirectory(path.resolve("corpus"))) {
        return path;
      }
    }
    throw new IllegalStateException(
        "shared corpus not found: set -Dnewsmodel.shared=/path/to/shared (the folder holding corpus/)");
  }

  /** Loads the corpus {@code aeb}, {@code fundus} or {@code fundus-jp} from {@link #sharedDir()}. */
  public static Corpus load(String name) {
    Path corpus = sharedDir().resolve("corpus").resolve(name.equals("fundus-jp") ? "fundus" : name);
    try {
      List<Entry> entries = switch (name) {
        case "aeb" -> loadAeb(corpus);
        case "fundus" -> loadFundus(corpus, null);
        case "fundus-jp" -> loadFundus(corpus, "jp");
        default -> throw new IllegalArgumentException("unknown corpus " + name + " (aeb, fundus or fundus-jp)");
      };
      if (entries.isEmpty()) {
        throw new IllegalStateException("no pages in " + corpus);
      }
      return new Corpus(name, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + corpus, e);
    }
  }

  private static List<Entry> loadAeb(Path corpus) throws IOException {
    JsonNode truth = JSON.readTree(corpus.resolve("ground-truth.json").toFile());
    List<Entry> entries = new ArrayList<>();
    for (Path file : gzFiles(corpus.resolve("html"))) {
      String id = file.getFileName().toString().replace(".html.gz", "");
      JsonNode url = truth.path(id).path("url");
      entries.add(new Entry(id, gunzip(file), url.isString() ? url.asString() : ""));
    }
    return entries;
  }

  // Every country's pages, or one country's (its folder name) when country is not null.
  private static List<Entry> loadFundus(Path corpus, String only) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<Path> countries;
    try (Stream<Path> list = Files.list(corpus)) {
      countries = list.filter(Files::isDirectory)
          .filter(p -> only == null || p.getFileName().toString().equals(only)).sorted().toList();
    }
    for (Path country : countries) {
      Path metaFile = country.resolve("meta.info");
      JsonNode meta = Files.exists(metaFile) ? JSON.readTree(metaFile.toFile()) : JSON.createObjectNode();
      for (Path file : gzFiles(country)) {
        String fileName = file.getFileName().toString();
        JsonNode url = meta.path(fileName).path("url");
        entries.add(new Entry(country.getFileName() + "/" + fileName, gunzip(file),
            url.isString() ? url.asString() : ""));
      }
    }
    return entries;
  }

  private static List<Path> gzFiles(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      return in.readAllBytes();
    }
  }

  /** Returns the corpus name. */
  public String name() {
    return name;
  }

  /** Returns the pages in file-name order; never empty. */
  public List<Entry> entries() {
    return entries;
  }

  /** Returns the number of pages. */
  public int size() {
    return entries.size();
  }

  /** Returns the total HTML bytes of all pages. */
  public long totalBytes() {
    long total = 0;
    for (Entry e : entries) {
      total += e.bytes().length;
    }
    return total;
  }

  /** Returns the mean HTML bytes per page. */
  public double meanBytes() {
    return (double) totalBytes() / entries.size();
  }
}
