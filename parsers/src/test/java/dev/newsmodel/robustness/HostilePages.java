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
}
