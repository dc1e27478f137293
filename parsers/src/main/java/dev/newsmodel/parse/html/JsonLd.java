package dev.newsmodel.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page's JSON-LD: every {@code <script type="application/ld+json">} block, parsed
 * leniently (comments, trailing commas, control characters, CDATA wrappers and HTML comments
 * tolerated), with arrays and {@code @graph} wrappers flattened into one list of objects in
 * page order. Blocks that still cannot be read are counted in {@link #unreadableBlocks()}.
 */
public final class JsonLd {
  /** The schema.org types of a news or other article, in lower case without a prefix. */
  public static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
      "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
      "askpublicnewsarticle", "satiricalarticle", "medicalscholarlyarticle");

  private static final JsonMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(200).maxStringLength(5_000_000).maxDocumentLength(10_000_000L).build())
          .build())
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();
  private static final Pattern LD_JSON_TYPE = Pattern.compile("(?i)application/ld\\+json");
  private static final Pattern WRAPPER = Pattern.compile("^\\s*(?:<!--|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)|(?:-->|//\\s*]]>|]]>)\\s*;?\\s*$");

  private final List<JsonNode> objects;
  private final int unreadableBlocks;

  private JsonLd(List<JsonNode> objects, int unreadableBlocks) {
    this.objects = List.copyOf(objects);
    this.unreadableBlocks = unreadableBlocks;
  }

  /**
   * Reads every JSON-LD block of the document.
   *
   * @param document the parsed page
   * @return the blocks
   */
  public static JsonLd of(Document document) {
    return of(document.getAllElements());
  }

  /**
   * Reads every JSON-LD block among the elements (a document's, in document order): what the
   * selector {@code script[type~=(?i)application/ld\+json]} picks, tested without a walk.
   *
   * @param elements the elements, in document order
   * @return the blocks
   */
  public static JsonLd of(List<Element> elements) {
    List<JsonNode> objects = new ArrayList<>();
    int unreadable = 0;
    for (Element script : elements) {
      if (!script.normalName().equals("script") || !script.hasAttr("type")
          || !LD_JSON_TYPE.matcher(script.attr("type")).find()) {
        continue;
      }
      String data = script.data();
      String json = (mayBeWrapped(data) ? WRAPPER.matcher(data).replaceAll("") : data).strip();
      if (json.isEmpty()) {
        continue;
      }
      JsonNode root = parse(json);
      if (root == null) {
        unreadable++;
      } else {
        flatten(root, objects, 0);
      }
    }
    return new JsonLd(objects, unreadable);
  }

  // Whether WRAPPER can match: only after leading white space starting with '<' or '/', or
  // where "-->" or "]]>" occurs. Running the regex at every position of a large block was a
  // quarter of reading the JSON-LD.
  private static boolean mayBeWrapped(String data) {
    int i = 0;
    int n = data.length();
    while (i < n && isRegexSpace(data.charAt(i))) {
      i++;
    }
    if (i < n && (data.charAt(i) == '<' || data.charAt(i) == '/')) {
      return true;
    }
    return data.contains("-->") || data.contains("]]>");
  }

  // What \s matches in a Java regex without UNICODE_CHARACTER_CLASS.
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static @Nullable JsonNode parse(String json) {
    try {
      return LENIENT.readTree(json);
    } catch (JacksonException | IllegalArgumentException e) {
      // Some pages concatenate objects or leave garbage after the JSON; read the first value.
      try {
        try (tools.jackson.databind.MappingIterator<JsonNode> values = LENIENT.readerFor(JsonNode.class).readValues(json)) {
          return values.next();
        }
      } catch (JacksonException | IllegalArgumentException | java.util.NoSuchElementException again) {
        return null;
      }
    }
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > 8) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node.values()) {
        flatten(item, out, depth + 1);
      }
    } else if (node.isObject()) {
      JsonNode graph = node.get("@graph");
      if (node.has("@type") || graph == null) {
        out.add(node);
      }
      if (graph != null) {
        flatten(graph, out, depth + 1);
      }
      // A WebPage often wraps the article as its main entity.
      JsonNode main = node.get("mainEntity");
      if (main != null && (main.isObject() || main.isArray())) {
        flatten(main, out, depth + 1);
      }
    }
  }

  /**
   * Returns every object in page order ({@code @graph} members and array items included).
   *
   * @return the objects
   */
  public List<JsonNode> objects() {
    return objects;
  }

  /**
   * Returns how many blocks could not be parsed even leniently.
   *
   * @return the number of unreadable blocks
   */
  public int unreadableBlocks() {
    return unreadableBlocks;
  }

  /**
   * Returns the first object with one of the types (lower case, no prefix), or empty.
   *
   * @param types the type names to look for
   * @return the object, or empty
   */
  public Optional<JsonNode> firstOfType(Set<String> types) {
    for (JsonNode object : objects) {
      if (hasType(object, types)) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first article-like object ({@link #ARTICLE_TYPES}), or empty.
   *
   * @return the object, or empty
   */
  public Optional<JsonNode> article() {
    return firstOfType(ARTICLE_TYPES);
  }

  /**
   * Returns whether the node's {@code @type} (a string or an array) is one of the types.
   *
   * @param node the object
   * @param types the type names to look for (lower case, no prefix)
   * @return {@code true} when the object has one of them
   */
  public static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type.values()) {
        if (t.isString() && types.contains(normaliseType(t.stringValue()))) {
          return true;
        }
      }
      return false;
    }
    return type.isString() && types.contains(normaliseType(type.stringValue()));
  }

  private static String normaliseType(String type) {
    String t = type.strip();
    int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    return t.substring(cut + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the cleaned text of a field: a string value, or the {@code name} (else {@code @id},
   * else {@code url}) of an object value, or the first such of an array; empty when absent.
   *
   * @param node the object, or {@code null}
   * @param field the field's name
   * @return the text, or empty
   */
  public static Optional<String> text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return Optional.empty();
    }
    return textOf(node.get(field));
  }

  private static Optional<String> textOf(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isString() || value.isNumber()) {
      return Optional.ofNullable(Texts.cleanOrNull(unescape(value.asString())));
    }
    if (value.isArray()) {
      for (JsonNode item : value.values()) {
        Optional<String> found = textOf(item);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (value.isObject()) {
      for (String key : new String[] {"name", "@value", "text"}) {
        JsonNode inner = value.get(key);
        if (inner != null && (inner.isString() || inner.isArray())) {
          Optional<String> found = textOf(inner);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the names in a field that holds people or organisations: strings, objects with a
   * {@code name}, or arrays of either, in order, cleaned, without duplicates; empty when absent.
   *
   * @param node the object, or {@code null}
   * @param field the field's name, e.g. {@code author}
   * @return the names
   */
  public static List<String> names(@Nullable JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      collectNames(node.get(field), out, 0);
    }
    return out;
  }

  private static void collectNames(@Nullable JsonNode value, List<String> out, int depth) {
    if (value == null || depth > 4) {
      return;
    }
    if (value.isArray()) {
      for (JsonNode item : value.values()) {
        collectNames(item, out, depth + 1);
      }
    } else if (value.isString()) {
      String name = Texts.clean(unescape(value.stringValue()));
      if (!name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    } else if (value.isObject()) {
      JsonNode name = value.get("name");
      if (name != null) {
        collectNames(name, out, depth + 1);
      }
    }
  }

  /**
   * Returns the text with HTML character references decoded: script content is not decoded by
   * the HTML parser, and many sites write {@code &amp;quot;} or {@code &#8217;} into JSON-LD.
   *
   * @param text the text
   * @return the decoded text
   */
  public static String unescape(String text) {
    return text.indexOf('&') < 0 ? text : org.jsoup.parser.Parser.unescapeEntities(text, false);
  }

  /**
   * Returns the {@code @type} names of an object (lower case, no prefix); empty when untyped.
   *
   * @param node the object
   * @return the type names
   */
  public static List<String> types(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> out = new ArrayList<>();
    if (type != null && type.isArray()) {
      for (JsonNode t : type.values()) {
        if (t.isString()) {
          out.add(normaliseType(t.stringValue()));
        }
      }
    } else if (type != null && type.isString()) {
      out.add(normaliseType(type.stringValue()));
    }
    return out;
  }
}
