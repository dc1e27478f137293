package dev.newsmodel.attribution.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the English engine's lexicons: UTF-8 text files under
 * {@code dev/newsmodel/attribution/lexicon/en/}, one entry a line. A line is either blank, a
 * comment (its first non-blank character is {@code #}), or an entry: its key (a word or
 * phrase) and, in files that have them, its attributes, separated by {@code |}. Spaces around
 * fields are ignored. A key stated twice in one file is an error: each word's attributes are
 * stated once.
 *
 * <p>Each lexicon is read once, by the static initialiser of the class that holds it, into an
 * immutable set or map; nothing is read while the rules run.
 */
public final class LexiconFile {
  private LexiconFile() {}

  /** Where the lexicon files are, as a class path resource directory. */
  static final String DIRECTORY = "/dev/newsmodel/attribution/lexicon/en/";

  /**
   * One entry: its key, its attributes (the fields after the key), and the file and line it is
   * on.
   */
  public record Entry(String key, List<String> attributes, String file, int line) {
    /**
     * Attribute {@code index} read as a constant of {@code type}.
     *
     * @param <E> the enum type
     * @param index the attribute's index, from 0
     * @param type the enum's class
     * @return the constant
     * @throws LexiconFormatException naming the file and line when it is no such constant
     */
    public <E extends Enum<E>> E attribute(int index, Class<E> type) {
      String value = attributes.get(index);
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(file, line, "'" + value + "' is no " + type.getSimpleName() + "; one of "
            + java.util.Arrays.toString(type.getEnumConstants()));
      }
    }
  }

  /**
   * The entries of lexicon file {@code name} (e.g. {@code "pronouns.txt"}), each a key alone.
   *
   * @param name the file's name in the lexicon directory
   * @return the keys
   * @throws LexiconFormatException when the file is missing, an entry has attributes or a key is
   *     stated twice
   */
  public static Set<String> words(String name) {
    List<Entry> entries = entries(name, 0);
    List<String> keys = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      keys.add(e.key());
    }
    return Set.copyOf(keys);
  }

  /**
   * The entries of lexicon file {@code name}, in file order, each with exactly
   * {@code attributes} attributes after its key.
   *
   * @param name the file's name in the lexicon directory
   * @param attributes how many attributes each entry has
   * @return the entries
   * @throws LexiconFormatException when the file is missing, an entry has another number of
   *     fields or a key is stated twice
   */
  public static List<Entry> entries(String name, int attributes) {
    InputStream in = LexiconFile.class.getResourceAsStream(DIRECTORY + name);
    if (in == null) {
      throw new LexiconFormatException(DIRECTORY + name, 0, "no such lexicon file on the class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(DIRECTORY + name, reader, attributes);
    } catch (IOException e) {
      throw new UncheckedIOException("reading lexicon " + DIRECTORY + name, e);
    }
  }

  /**
   * Parses lexicon text read from {@code reader}, named {@code file} in error messages: the
   * entries in order, each with exactly {@code attributes} attributes.
   *
   * @throws LexiconFormatException on an entry with another number of fields, an empty field or
   *     a key stated twice
   */
  static List<Entry> parse(String file, Reader reader, int attributes) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      String[] fields = stripped.split("\\|", -1);
      if (fields.length != attributes + 1) {
        throw new LexiconFormatException(file, number, "expected " + (attributes + 1) + " field(s) separated by '|', found "
            + fields.length + ": " + stripped);
      }
      List<String> values = new ArrayList<>(fields.length);
      for (String field : fields) {
        String value = field.strip();
        if (value.isEmpty()) {
          throw new LexiconFormatException(file, number, "empty field: " + stripped);
        }
        values.add(value);
      }
      String key = values.get(0);
      Integer earlier = seen.putIfAbsent(key, number);
      if (earlier != null) {
        throw new LexiconFormatException(file, number, "'" + key + "' is already stated on line " + earlier);
      }
      entries.add(new Entry(key, List.copyOf(values.subList(1, values.size())), file, number));
    }
    return entries;
  }
}
