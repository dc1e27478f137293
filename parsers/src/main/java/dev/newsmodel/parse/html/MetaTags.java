package dev.newsmodel.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags, read once, keyed by lower-cased {@code property},
 * {@code name}, {@code itemprop} or {@code http-equiv} (each of several space-separated names
 * of one tag, RDFa style; Dublin Core's {@code dc:term} also as {@code dc.term}). Values come
 * from {@code content}, or
 * from {@code value} where old templates (asahi.com's among them) use that instead.
 * Immutable after construction; cheap to query.
 */
public final class MetaTags {
  private final Map<String, List<String>> values;

  private MetaTags(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Reads every meta tag of the document in one pass.
   *
   * @param document the parsed page
   * @return the meta tags
   */
  public static MetaTags of(Document document) {
    return of(document.getAllElements());
  }

  /**
   * Reads the meta tags among the elements (a document's, in document order) in one pass.
   *
   * @param elements the elements, in document order
   * @return the meta tags
   */
  public static MetaTags of(List<Element> elements) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Element meta : elements) {
      if (!meta.normalName().equals("meta")) {
        continue;
      }
      String value = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
      value = Texts.clean(value);
      if (value.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String names = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (names.isEmpty()) {
          continue;
        }
        // RDFa lets one tag carry several properties: property="dc:creator twitter:creator".
        // (Most tags name one property: split, whose \s+ is compiled as a regex each call, only
        // when there is white space to split at.)
        for (String name : hasWhiteSpace(names) ? WHITE_SPACE.split(names) : new String[] {names}) {
          values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
          // Dublin Core written RDFa-style ("dc:creator") is the same term as "dc.creator".
          if (name.startsWith("dc:") || name.startsWith("dcterms:")) {
            values.computeIfAbsent(name.replace(':', '.'), k -> new ArrayList<>()).add(value);
          }
        }
      }
    }
    return new MetaTags(values);
  }

  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

  private static boolean hasWhiteSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the first value of the first of the given names that has one, or empty.
   *
   * @param names the names ({@code name}, {@code property} or {@code itemprop}) to try, in order
   * @return the value, or empty
   */
  public Optional<String> first(String... names) {
    for (String name : names) {
      List<String> found = values.get(name.toLowerCase(Locale.ROOT));
      if (found != null && !found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every value of the name in page order, empty when there is none.
   *
   * @param name the name
   * @return the values
   */
  public List<String> all(String name) {
    List<String> found = values.get(name.toLowerCase(Locale.ROOT));
    return found == null ? List.of() : List.copyOf(found);
  }

  /**
   * Returns whether any tag has the name.
   *
   * @param name the name
   * @return {@code true} when a tag has it
   */
  public boolean has(String name) {
    return values.containsKey(name.toLowerCase(Locale.ROOT));
  }
}
