package dev.newsmodel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Page URLs for local files, from a TSV of {@code KEY<TAB>URL} lines (blank lines and lines
 * starting with {@code #} are ignored). A key matches an input given as that path, with that
 * file name, or with that file name less its extensions ({@code 0042} for {@code 0042.html.gz}).
 */
final class UrlMap {
  private final Map<String, String> urls;

  private UrlMap(Map<String, String> urls) {
    this.urls = Map.copyOf(urls);
  }

  static UrlMap empty() {
    return new UrlMap(Map.of());
  }

  /**
   * Reads the map.
   *
   * @throws IllegalArgumentException naming the line that has no tab, or whose URL is no absolute
   *     http(s) URL ({@code Page.checkUrl})
   */
  static UrlMap read(Path tsv) throws IOException {
    Map<String, String> urls = new HashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": expected KEY<TAB>URL");
      }
      String url;
      try {
        url = dev.newsmodel.parse.Page.checkUrl(line.substring(tab + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
      urls.put(line.substring(0, tab).strip(), java.util.Objects.requireNonNull(url));
    }
    return new UrlMap(urls);
  }

  int size() {
    return urls.size();
  }

  /** Returns the URL for the input, or {@code null} when the map has none. */
  @Nullable String lookup(String input, @Nullable Path path) {
    String url = urls.get(input);
    if (url == null && path != null && path.getFileName() != null) {
      String name = path.getFileName().toString();
      url = urls.get(name);
      int dot = name.indexOf('.');
      if (url == null && dot > 0) {
        url = urls.get(name.substring(0, dot));
      }
    }
    return url;
  }
}
