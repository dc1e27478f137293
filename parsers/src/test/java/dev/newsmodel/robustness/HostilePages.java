package dev.newsmodel.robustness;

import java.nio.charset.StandardCharsets;

/** Builds the hostile pages of the adversarial tests; all text is our own. */
final class HostilePages {
  private HostilePages() {}

  static final String SENTENCE = "The harbour board said on Tuesday that the new ferry pier would open in spring. ";

  /** {@code depth} nested {@code <div>}s around one paragraph. */
  static String nestedDivs(int depth) {
    StringBuilder sb = new StringBuilder(depth * 11 + 200);
    sb.append("<!DOCTYPE html><html><head><title>Deep page</title></head><body>");
    sb.append("<div>".repeat(depth));
    sb.append("<p>").append(SENTENCE).append("The deepest paragraph sits here.</p>");
    sb.append("</div>".repeat(depth));
    return sb.append("</body></html>").toString();
  }

  /** One paragraph of about {@code chars} characters inside an article. */
  static String longParagraph(int chars) {
    StringBuilder sb = new StringBuilder(chars + 300);
    sb.append("<!DOCTYPE html><html><head><title>Long paragraph</title></head><body><article>")
        .append("<h1>A very long paragraph</h1><p>");
    while (sb.length() < chars) {
      sb.append(SENTENCE);
    }
    return sb.append("</p></article></body></html>").toString();
  }

  /** An article whose paragraphs hold {@code marks} quote marks in all, paired and unpaired. */
  static String quoteMarks(int marks) {
    StringBuilder sb = new StringBuilder(marks * 12);
    sb.append("<!DOCTYPE html><html><head><title>Quotes</title></head><body><article><h1>Quotes</h1><p>");
    String[] pieces = {"\"", "\u201C", "\u201D", "'", "\u00AB", "\u00BB", "\u300C", "\u300D"};
    for (int i = 0; i < marks; i++) {
      sb.append(pieces[i % pieces.length]);
      if (i % 7 == 0) {
        sb.append("she said ");
      } else if (i % 3 == 0) {
        sb.append("x ");
      }
      if (i % 2000 == 1999) {
        sb.append("</p><p>");
      }
    }
    return sb.append("</p></article></body></html>").toString();
  }

  /** {@code count} sibling paragraphs. */
  static String manyParagraphs(int count) {
    StringBuilder sb = new StringBuilder(count * 12 + 200);
    sb.append("<!DOCTYPE html><html><head><title>Many paragraphs</title></head><body><article><h1>Many</h1>");
    for (int i = 0; i < count; i++) {
      sb.append("<p>w").append(i % 10).append("</p>");
    }
    return sb.append("</article></body></html>").toString();
  }

  /** A page of about {@code bytes} bytes made like a real one: head, navigation, article, links. */
  static byte[] bigPage(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 4096);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Big page | Example News</title>")
        .append("<meta property=\"og:title\" content=\"Big page\">")
        .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Big page\",")
        .append("\"datePublished\":\"2024-03-05T10:00:00+09:00\"}</script></head><body>")
        .append("<nav><ul><li><a href=\"/a\">World</a></li><li><a href=\"/b\">Business</a></li></ul></nav>")
        .append("<article><h1>Big page</h1>");
    int i = 0;
    while (sb.length() < bytes) {
      sb.append("<div class=\"block-").append(i % 50).append("\"><p>").append(SENTENCE)
          .append("<a href=\"/story/").append(i).append("\">Related ").append(i).append("</a> \u201CIt will be busy,\u201D ")
          .append("the manager said.</p><figure><img src=\"/img/").append(i).append(".jpg\" alt=\"Pier\">")
          .append("<figcaption>The pier in winter.</figcaption></figure></div>\n");
      i++;
    }
    sb.append("</article><footer>Copyright Example News</footer></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final String HEAD = "<!DOCTYPE html><html><head><title>Hostile page</title>";
  private static final String ARTICLE = "<article><h1>Hostile page</h1><p>" + SENTENCE + "</p></article>";

  /** A JSON-LD block nested {@code depth} deep (objects in arrays), with one ordinary paragraph. */
  static String nestedJsonLd(int depth) {
    StringBuilder sb = new StringBuilder(depth * 14 + 400);
    sb.append(HEAD).append("<script type=\"application/ld+json\">");
    for (int i = 0; i < depth; i++) {
      sb.append(i % 2 == 0 ? "{\"@type\":\"NewsArticle\",\"a\":" : "[");
    }
    sb.append("1");
    for (int i = depth - 1; i >= 0; i--) {
      sb.append(i % 2 == 0 ? "}" : "]");
    }
    return sb.append("</script></head><body>").append(ARTICLE).append("</body></html>").toString();
  }

  /** One attribute value of {@code chars} characters (on a meta tag the parsers read, and on a div). */
  static String longAttribute(int chars) {
    String value = "x".repeat(chars / 2) + " " + "harbour ".repeat(chars / 16);
    return HEAD + "<meta property=\"og:title\" content=\"" + value.substring(0, 1024) + "\">"
        + "<meta name=\"description\" content=\"" + value + "\"></head><body><div data-story=\"" + value + "\">"
        + ARTICLE + "</div></body></html>";
  }

  /** A paragraph of {@code count} character entities, named and numeric. */
  static String characterEntities(int count) {
    String[] entities = {"&amp;", "&eacute;", "&#x41;", "&#8220;", "&nbsp;", "&lt;", "&#xD800;", "&bogus;"};
    StringBuilder sb = new StringBuilder(count * 7 + 400);
    sb.append(HEAD).append("</head><body><article><h1>Entities</h1><p>");
    for (int i = 0; i < count; i++) {
      sb.append(entities[i % entities.length]);
      if (i % 5000 == 4999) {
        sb.append("</p><p>");
      }
    }
    return sb.append("</p></article></body></html>").toString();
  }

  /** {@code count} {@code <script>} elements around one paragraph. */
  static String scriptTags(int count) {
    StringBuilder sb = new StringBuilder(count * 20 + 400);
    sb.append(HEAD).append("</head><body>");
    for (int i = 0; i < count; i++) {
      sb.append(i % 2 == 0 ? "<script>x()</script>" : "<script type=\"application/ld+json\">{}</script>");
      if (i == count / 2) {
        sb.append(ARTICLE);
      }
    }
    return sb.append("</body></html>").toString();
  }

  /** Plain text of about {@code chars} characters strewn with lone surrogates and NUL characters. */
  static String surrogatesAndNuls(int chars) {
    StringBuilder sb = new StringBuilder(chars + 100);
    sb.append("REUTERS\n\nHostile text\n\n");
    int i = 0;
    while (sb.length() < chars) {
      sb.append(SENTENCE, 0, 40).append(switch (i++ % 5) {
        case 0 -> "\uD800";
        case 1 -> "\u0000";
        case 2 -> "\uDC00\uD800x";
        case 3 -> "\u0000\u0000\n";
        default -> " \uDBFF\n\n";
      });
    }
    return sb.toString();
  }
}
