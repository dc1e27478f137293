package dev.newsmodel.export;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ArticleExporter}s the library knows, by name. Immutable and thread-safe: load one
 * and share it.
 */
public final class ExporterRegistry {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final ImmutableList<ArticleExporter> exporters;
  private final ImmutableList<String> loadProblems;

  private ExporterRegistry(List<ArticleExporter> exporters, List<String> loadProblems) {
    this.exporters = ImmutableList.sortedCopyOf(Comparator.comparing(ArticleExporter::name), exporters);
    this.loadProblems = ImmutableList.copyOf(loadProblems);
  }

  /**
   * Returns a registry of every exporter {@link ServiceLoader} finds on the class path or module
   * path (the library's {@code ninjs} and {@code jsonld} among them). A provider that fails to
   * load, has an invalid name, or repeats a name already found is left out and reported by
   * {@link #loadProblems()}; the others still load.
   *
   * @return the registry
   */
  public static ExporterRegistry load() {
    return load(ExporterRegistry.class.getClassLoader());
  }

  /**
   * Returns a registry of every exporter {@link ServiceLoader} finds through {@code loader}, as
   * {@link #load()} does.
   *
   * @param loader the class loader to search, or {@code null} for the system class loader
   * @return the registry
   */
  public static ExporterRegistry load(@Nullable ClassLoader loader) {
    List<ArticleExporter> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<ArticleExporter> it = ServiceLoader.load(ArticleExporter.class, loader).iterator();
    while (true) {
      ArticleExporter exporter;
      try {
        if (!it.hasNext()) {
          break;
        }
        exporter = it.next();
      } catch (ServiceConfigurationError e) {
        // One broken jar must not take the other exporters down with it.
        problems.add("An exporter could not be loaded: " + e.getMessage());
        continue;
      }
      String problem = problem(exporter, found);
      if (problem == null) {
        found.add(exporter);
      } else {
        problems.add(problem + "; it was ignored.");
      }
    }
    return new ExporterRegistry(found, problems);
  }

  /**
   * Returns a registry of exactly these exporters.
   *
   * @param exporters the exporters
   * @return the registry
   * @throws IllegalArgumentException when a name is invalid (see {@link ArticleExporter#name()})
   *     or two exporters share a name
   * @throws NullPointerException when {@code exporters} is or holds {@code null}
   */
  public static ExporterRegistry of(List<? extends ArticleExporter> exporters) {
    List<ArticleExporter> checked = new ArrayList<>();
    for (ArticleExporter exporter : Objects.requireNonNull(exporters, "exporters")) {
      String problem = problem(Objects.requireNonNull(exporter, "exporters[" + checked.size() + "]"), checked);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      checked.add(exporter);
    }
    return new ExporterRegistry(checked, List.of());
  }

  /** What is wrong with adding the exporter to those found, or null when nothing is. */
  private static @Nullable String problem(ArticleExporter exporter, List<ArticleExporter> found) {
    String name = exporter.name();
    if (name == null || !NAME.matcher(name).matches()) {
      return "The exporter " + exporter.getClass().getName() + " has an invalid name '" + name
          + "' (lower-case letters, digits and hyphens)";
    }
    for (ArticleExporter other : found) {
      if (other.name().equals(name)) {
        return "A second exporter named '" + name + "' (" + exporter.getClass().getName() + ")";
      }
    }
    return null;
  }

  /**
   * Returns the exporters, sorted by name.
   *
   * @return the exporters; empty when there are none
   */
  public List<ArticleExporter> exporters() {
    return exporters;
  }

  /**
   * Returns the exporters' names, sorted.
   *
   * @return the names, e.g. {@code [jsonld, ninjs]}
   */
  public List<String> names() {
    return exporters.stream().map(ArticleExporter::name).toList();
  }

  /**
   * Returns the exporter with the given name (case-insensitive).
   *
   * @param name the format's name, e.g. {@code ninjs}
   * @return the exporter, or empty when none has the name
   * @throws NullPointerException when {@code name} is {@code null}
   */
  public Optional<ArticleExporter> exporter(String name) {
    String wanted = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
    return exporters.stream().filter(e -> e.name().equals(wanted)).findFirst();
  }

  /**
   * Returns what went wrong while loading exporters (broken, misnamed or duplicate providers).
   *
   * @return one sentence per problem; empty when nothing did
   */
  public List<String> loadProblems() {
    return loadProblems;
  }
}
