package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The engine's word lists, UTF-8 resources one entry a line, loaded once per class loader. */
final class JapaneseLexicon {
  /** How a cue is used; see {@code cues.txt}. */
  enum Use { TO, SPEECH, OBJ, IMP, REFUSE }

  /** One reporting cue. */
  record Cue(String words, Stance stance, Use use) {}

  static final List<Cue> CUES;
  static final List<String> TITLES;
  static final List<String> HONORIFICS;
  static final List<String> ANONYMOUS;
  static final Map<String, SourceKind> ORGANIZATIONS;
  static final List<String> REPORT_VERBS;
  /** Organisation endings, longest first. */
  static final List<String> ORG_ENDINGS;

  static {
    List<Cue> cues = new ArrayList<>();
    for (String line : lines("cues.txt")) {
      String[] f = line.split("\t");
      cues.add(new Cue(f[0], Stance.valueOf(f[1]), Use.valueOf(f[2].toUpperCase(java.util.Locale.ROOT))));
    }
    cues.sort(Comparator.comparingInt((Cue c) -> c.words().length()).reversed());
    CUES = List.copyOf(cues);
    TITLES = longestFirst(lines("titles.txt"));
    HONORIFICS = longestFirst(lines("honorifics.txt"));
    ANONYMOUS = longestFirst(lines("anonymous.txt"));
    Map<String, SourceKind> orgs = new LinkedHashMap<>();
    for (String line : longestFirst(lines("organizations.txt"))) {
      String[] f = line.split("\t");
      orgs.putIfAbsent(f[0], SourceKind.valueOf(f[1]));
    }
    ORGANIZATIONS = Map.copyOf(orgs);
    ORG_ENDINGS = List.copyOf(longestFirst(new ArrayList<>(orgs.keySet())));
    REPORT_VERBS = longestFirst(lines("report-verbs.txt"));
  }

  private JapaneseLexicon() {}

  /** The longest cue of one of {@code uses} that starts at {@code at}, or null. */
  static @Nullable Cue cueAt(String text, int at, Use... uses) {
    for (Cue c : CUES) {
      if (text.startsWith(c.words(), at)) {
        for (Use u : uses) {
          if (c.use() == u) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /** The longest entry that {@code text} ends with, or null. */
  static @Nullable String endingOf(String text, List<String> entries) {
    for (String e : entries) {
      if (text.endsWith(e)) {
        return e;
      }
    }
    return null;
  }

  private static List<String> longestFirst(List<String> entries) {
    List<String> out = new ArrayList<>(entries);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = JapaneseLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
