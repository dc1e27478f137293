package dev.newsmodel.parse;

import dev.newsmodel.parse.html.JsonLd;
import dev.newsmodel.parse.html.MetaTags;
import dev.newsmodel.parse.html.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * What a page says about who published it, for choosing a parser without a URL: the site
 * names it declares ({@code og:site_name}, {@code application-name}, the JSON-LD
 * {@code publisher} and {@code WebSite} names), its {@code <title>}, and its first lines of
 * text. Read once per page ({@link Page#signals()}); immutable.
 */
public final class PageSignals {
  // Plain-text outlet signals (credit and date formats) sit in the first lines.
  private static final int FIRST_LINES = 12;

  private final List<String> siteNames;
  private final String title;
  private final List<String> firstLines;

  private PageSignals(List<String> siteNames, String title, List<String> firstLines) {
    this.siteNames = List.copyOf(siteNames);
    this.title = title;
    this.firstLines = List.copyOf(firstLines);
  }

  static PageSignals of(Page page) {
    List<String> names = new ArrayList<>();
    String title = "";
    List<String> lines = new ArrayList<>();
    if (page.isHtml()) {
      MetaTags meta = page.metaTags();
      for (String key : new String[] {"og:site_name", "application-name", "twitter:site", "publisher"}) {
        for (String value : meta.all(key)) {
          add(names, value);
        }
      }
      JsonLd jsonLd = page.jsonLd();
      for (JsonNode object : jsonLd.objects()) {
        for (String name : JsonLd.names(object, "publisher")) {
          add(names, name);
        }
        if (JsonLd.hasType(object, Set.of("website", "newsmediaorganization"))) {
          JsonLd.text(object, "name").ifPresent(n -> add(names, n));
        }
      }
      // The first <title> from the page's element list, which the meta tags and JSON-LD above
      // were read from: what doc.selectFirst("title") finds, without another walk of the DOM.
      for (Element e : page.elements()) {
        if (e.normalName().equals("title")) {
          title = Texts.clean(e.text());
          break;
        }
      }
    } else {
      for (String line : page.content().split("\\R")) {
        String clean = Texts.clean(line);
        if (!clean.isEmpty()) {
          lines.add(clean);
          if (lines.size() == FIRST_LINES) {
            break;
          }
        }
      }
    }
    return new PageSignals(names, title, lines);
  }

  private static void add(List<String> names, String value) {
    String clean = Texts.clean(value);
    if (!clean.isEmpty() && !names.contains(clean)) {
      names.add(clean);
    }
  }

  /**
   * Returns the site names the page declares, in page order; empty for plain text or when none.
   *
   * @return the site names
   */
  public List<String> siteNames() {
    return siteNames;
  }

  /**
   * Returns the page's {@code <title>}, cleaned; empty when it has none or is plain text.
   *
   * @return the title, never {@code null}
   */
  public String title() {
    return title;
  }

  /**
   * Returns the first non-blank lines of a plain-text page, cleaned; empty for HTML.
   *
   * @return the lines
   */
  public List<String> firstLines() {
    return firstLines;
  }

  /**
   * Returns whether one of the site names, or the title, contains the name (case-insensitive).
   *
   * @param name the outlet's name, e.g. {@code The Asahi Shimbun}
   * @return whether the page names it
   * @throws NullPointerException when {@code name} is {@code null}
   */
  public boolean names(String name) {
    String wanted = java.util.Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    for (String site : siteNames) {
      if (site.toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
    }
    return title.toLowerCase(Locale.ROOT).contains(wanted);
  }
}
