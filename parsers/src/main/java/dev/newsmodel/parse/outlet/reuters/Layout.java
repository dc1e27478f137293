package dev.newsmodel.parse.outlet.reuters;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The reuters.com page generations the parser reads, told apart by their body markup. */
enum Layout {
  /** 2026: CSS-module classes {@code article-body-module__*}, {@code data-testid=SignOff}. */
  MODULES_2026("2026 article-body-module"),
  /** 2023 onward, Arc/Fusion: {@code data-testid="paragraph-N"} in {@code div} or {@code p}. */
  ARC_2023("2023+ Arc/Fusion"),
  /** 2020–22: {@code ArticleBodyWrapper}, {@code ArticleHeader-headline-*}, {@code Paragraph-paragraph-*}. */
  NEXT_2020("2020-22 ArticleBodyWrapper"),
  /** 2019: {@code StandardArticleBody_body}, {@code ArticleHeader_headline}, {@code BylineBar_byline}. */
  STANDARD_2019("2019 StandardArticleBody"),
  /** 2014–16: {@code #articleText} or {@code #article-text}, {@code h1.article-headline}. */
  CLASSIC_2014("2014-16 articleText"),
  /** None of the above: the body comes from embedded data or the generic body finder. */
  UNKNOWN("unknown");

  // One traversal finds the first body marker in document order; an outer 2026 module
  // container precedes the paragraph-N elements it holds, so it wins over ARC_2023.
  private static final String MARKERS = "[class*=article-body-module__], [data-testid^=paragraph-], "
      + "[class*=ArticleBodyWrapper], [class*=ArticleBody-para], .StandardArticleBody_body, "
      + "#articleText, #article-text";

  final String label;

  Layout(String label) {
    this.label = label;
  }

  /** A layout and the element that revealed it (null for {@link #UNKNOWN}). */
  record Detected(Layout layout, @Nullable Element marker) {}

  static Detected detect(Document doc) {
    Element marker = doc.selectFirst(MARKERS);
    if (marker == null) {
      return new Detected(UNKNOWN, null);
    }
    String cls = marker.className();
    Layout layout;
    if (cls.contains("article-body-module__")) {
      layout = MODULES_2026;
    } else if (marker.attr("data-testid").startsWith("paragraph-")) {
      layout = ARC_2023;
    } else if (cls.contains("ArticleBodyWrapper") || cls.contains("ArticleBody-para")) {
      layout = NEXT_2020;
    } else if (cls.contains("StandardArticleBody_body")) {
      layout = STANDARD_2019;
    } else {
      layout = CLASSIC_2014;
    }
    return new Detected(layout, marker);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
