package dev.newsmodel.parse.generic;

import dev.newsmodel.Syndication;
import dev.newsmodel.parse.html.JsonLd;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.wire.WireAgencies;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A wire agency credited where the page names its authors: a JSON-LD {@code author} that is an
 * agency (an {@code Organization} or a plain name), an author meta tag ({@code dpa}), a byline
 * that names an agency beside or instead of people ({@code Von Jane Doe, dpa}, {@code (AP)}).
 * The model keeps people as bylines and the agency as {@link Syndication}; the agency's names
 * are those of the one vocabulary, {@link dev.newsmodel.agency.NewsAgencies#standard()}, through
 * {@link WireAgencies#agency(String)}. Reads only texts already collected: no pass over the DOM.
 */
final class AuthorCredits {
  // Where an author credit's parts meet: "Jane Doe, dpa", "Jane Doe/AFP", "Jane Doe und dpa",
  // "Jane Doe (AP)", "Jane Doe - SDA".
  private static final Pattern PARTS = Pattern.compile(
      "\\s*(?:[,;/|&+()\\[\\]]|\\s[-–—]\\s|\\s(?:and|und|et|y|e|og|och|en|i|mit|with|avec|con|ve)\\s)\\s*");
  // A credit longer than this is prose, not an author credit.
  private static final int LONGEST = 120;

  private AuthorCredits() {}

  /**
   * Returns the first agency the author texts credit, as a syndication whose agency is the
   * vocabulary's canonical name and whose credit line is the name as printed; {@code null} when
   * none credits an agency, or when the agency is the outlet itself (an agency's own site).
   *
   * <p>Structured texts (JSON-LD and meta authors) say who wrote the story, so an agency among
   * them counts. A visible byline-classed element may be a photo credit ({@code EFE/ Jane Roe}
   * under a picture), so one counts only where the page credits no people or where it also
   * names one of {@code people}.
   *
   * @param structured JSON-LD and meta author texts, most trusted first; each a whole credit or a
   *     list of names
   * @param visible the visible byline texts, most trusted first
   * @param people the names of the people the page credits
   * @param siteNames the outlet's names
   * @param domain the outlet's registrable domain, or {@code null}
   * @return the syndication, or {@code null}
   */
  static @Nullable Syndication find(List<String> structured, List<String> visible, List<String> people,
      List<String> siteNames, @Nullable String domain) {
    Syndication found = first(structured);
    if (found == null) {
      List<String> credible = new ArrayList<>();
      for (String text : visible) {
        if (people.isEmpty() || people.stream().anyMatch(text::contains)) {
          credible.add(text);
        }
      }
      found = first(credible);
    }
    if (found == null || isOutlet(found.agency(), siteNames, domain)) {
      return null; // an agency publishing its own story is the outlet, not a syndication
    }
    return found;
  }

  private static @Nullable Syndication first(List<String> texts) {
    for (String raw : texts) {
      Syndication found = credit(raw);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Whether the outlet is the agency: a site name naming it, or the domain's first label ("afp.com"). */
  private static boolean isOutlet(String agency, List<String> siteNames, @Nullable String domain) {
    for (String site : siteNames) {
      if (WireAgencies.find(site).filter(agency::equals).isPresent()
          || WireAgencies.agency(site).filter(agency::equals).isPresent()) {
        return true;
      }
    }
    if (domain != null) {
      return WireAgencies.agency(MetadataReader.firstLabel(domain)).filter(agency::equals).isPresent();
    }
    return false;
  }

  /** The agency one author text credits, whole or as one of its parts, or null. */
  static @Nullable Syndication credit(String raw) {
    String text = Texts.clean(raw);
    if (text.isEmpty() || text.length() > LONGEST) {
      return null;
    }
    text = BylineWords.LEADING_CUE.matcher(text).replaceFirst("").strip();
    Syndication whole = named(text);
    if (whole != null) {
      return whole;
    }
    for (String part : PARTS.split(text)) {
      Syndication found = named(BylineWords.LEADING_CUE.matcher(part.strip()).replaceFirst(""));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable Syndication named(String printed) {
    String credit = printed.strip();
    if (credit.endsWith(".")) {
      credit = credit.substring(0, credit.length() - 1).strip();
    }
    if (credit.length() < 2) {
      return null;
    }
    String name = credit;
    return WireAgencies.agency(credit).map(agency -> new Syndication(agency, name, null)).orElse(null);
  }

  /**
   * Adds the names of a JSON-LD {@code author} value, of any type (organisations included), to
   * {@code out}.
   *
   * @param value the value: a string, an object with a {@code name}, or an array of them
   * @param out where the names go
   */
  static void jsonLdNames(@Nullable JsonNode value, List<String> out) {
    jsonLdNames(value, out, 0);
  }

  private static void jsonLdNames(@Nullable JsonNode value, List<String> out, int depth) {
    if (value == null || depth > 4) {
      return;
    }
    if (value.isArray()) {
      for (JsonNode item : value.values()) {
        jsonLdNames(item, out, depth + 1);
      }
    } else if (value.isString()) {
      out.add(value.stringValue());
    } else if (value.isObject()) {
      JsonLd.text(value, "name").ifPresent(out::add);
    }
  }
}
