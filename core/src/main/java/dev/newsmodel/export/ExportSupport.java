package dev.newsmodel.export;

import com.google.common.hash.Hashing;
import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the library's exporters share: the mapper, identifiers, dates, body HTML. */
final class ExportSupport {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Words that make a government source an institution rather than a place acting as source. */
  private static final Pattern INSTITUTION = Pattern.compile(
      "(?i)\\b(government|ministry|ministries|authorit(y|ies)|police|agency|office|council|department|"
          + "court|parliament|embassy|bureau|cabinet|administration|commission|spokes\\w*|officials?|"
          + "military|army|navy|senate|congress|house|state department|white house)\\b");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private ExportSupport() {}

  /**
   * Returns the article's identifier: its URL, or {@code urn:newsmodel:sha256:<hex>} of its
   * headline, publication time and body text when it has none (the same article always gets
   * the same URN).
   */
  static String uri(Article article) {
    if (article.url() != null) {
      return article.url();
    }
    String canonical = nullToEmpty(article.headline()) + "\n"
        + (article.published() == null ? "" : iso(article.published())) + "\n" + article.bodyText();
    return "urn:newsmodel:sha256:" + Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8);
  }

  /** Returns the date-time in ISO-8601 with its own offset and seconds, e.g. {@code 2024-03-05T17:54:00+09:00}. */
  static String iso(OffsetDateTime time) {
    return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Returns the tree as indented JSON with a final line break. */
  static String indented(JsonNode node) {
    return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n";
  }

  static String nullToEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }

  static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** Whether a government source's name is a bare place ("China", "Tokyo") standing for its state. */
  static boolean isPlaceName(String name) {
    return !INSTITUTION.matcher(name).find() && WORD.matcher(name).results().count() <= 3
        && Character.isUpperCase(name.codePointAt(0));
  }

  static int wordCount(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  /** Returns the body as simple HTML: {@code p}, {@code h2}, {@code blockquote}, {@code ul/li}. */
  static String bodyHtml(List<Block> body) {
    StringBuilder html = new StringBuilder();
    boolean inList = false;
    for (Block block : body) {
      if (block.kind() != BlockKind.LIST_ITEM && inList) {
        html.append("</ul>\n");
        inList = false;
      }
      String text = escape(block.text());
      switch (block.kind()) {
        case SUBHEADING -> html.append("<h2>").append(text).append("</h2>\n");
        case BLOCKQUOTE -> html.append("<blockquote><p>").append(text).append("</p></blockquote>\n");
        case LIST_ITEM -> {
          if (!inList) {
            html.append("<ul>\n");
            inList = true;
          }
          html.append("<li>").append(text).append("</li>\n");
        }
        default -> html.append("<p>").append(text).append("</p>\n");
      }
    }
    if (inList) {
      html.append("</ul>\n");
    }
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Guesses an image's media type from its URL's extension, or {@code null}. */
  static @Nullable String imageType(String url) {
    String path = url.toLowerCase(Locale.ROOT);
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (path.endsWith(".png")) {
      return "image/png";
    }
    if (path.endsWith(".gif")) {
      return "image/gif";
    }
    if (path.endsWith(".webp")) {
      return "image/webp";
    }
    if (path.endsWith(".avif")) {
      return "image/avif";
    }
    return null;
  }
}
