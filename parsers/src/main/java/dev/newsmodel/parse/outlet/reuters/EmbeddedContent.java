package dev.newsmodel.parse.outlet.reuters;

import dev.newsmodel.BlockKind;
import dev.newsmodel.parse.html.JsonLd;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.outlet.reuters.BodyWalker.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article as Reuters embeds it in the page for its own scripts: Arc's
 * {@code Fusion.globalContent} (2023 onward), Next.js' {@code __NEXT_DATA__} body items (2020–22)
 * and the JSON-LD {@code articleBody}. Read only when the markup gives no body: the JSON is large.
 */
final class EmbeddedContent {
  /** A body read from embedded data, and where it came from. */
  record Body(String source, List<Piece> pieces, @Nullable String signOff, @Nullable String section) {}

  private static final String FUSION = "Fusion.globalContent=";
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*(?:\\n\\s*)*");
  private static final int MAX_DEPTH = 12;

  private EmbeddedContent() {}

  /** Returns the first body found in Fusion data, Next.js data or JSON-LD, in that order. */
  static Optional<Body> read(Document doc, JsonLd ld) {
    for (Element script : doc.getElementsByTag("script")) {
      if (script.hasAttr("src")) {
        continue;
      }
      String data = script.data();
      int at = data.indexOf(FUSION);
      if (at >= 0) {
        Optional<Body> body = fusion(firstValue(data.substring(at + FUSION.length())));
        if (body.isPresent()) {
          return body;
        }
      } else if (script.id().equals("__NEXT_DATA__")) {
        Optional<Body> body = nextData(firstValue(data));
        if (body.isPresent()) {
          return body;
        }
      }
    }
    Optional<JsonNode> article = ld.article();
    if (article.isPresent()) {
      JsonNode text = article.get().get("articleBody");
      if (text != null && text.isString() && !text.stringValue().isBlank()) {
        List<Piece> pieces = new ArrayList<>();
        for (String line : LINE_BREAKS.split(text.stringValue().strip())) {
          String clean = Texts.clean(line);
          if (!clean.isEmpty()) {
            pieces.add(new Piece(BlockKind.PARAGRAPH, clean));
          }
        }
        return Optional.of(new Body("JSON-LD articleBody", pieces, null, null));
      }
    }
    return Optional.empty();
  }

  private static @Nullable JsonNode firstValue(String json) {
    try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(json)) {
      return values.hasNext() ? values.next() : null;
    } catch (JacksonException | IllegalArgumentException | java.util.NoSuchElementException e) {
      return null;
    }
  }

  private static Optional<Body> fusion(@Nullable JsonNode root) {
    if (root == null) {
      return Optional.empty();
    }
    JsonNode story = root.has("result") ? root.get("result") : root;
    JsonNode elements = story.get("content_elements");
    if (elements == null || !elements.isArray()) {
      return Optional.empty();
    }
    List<Piece> pieces = new ArrayList<>();
    for (JsonNode element : elements.values()) {
      String type = element.path("type").asString("");
      switch (type) {
        case "paragraph", "text" -> addHtml(pieces, BlockKind.PARAGRAPH, element.get("content"));
        case "header", "heading" -> addHtml(pieces, BlockKind.SUBHEADING, element.get("content"));
        case "list" -> {
          for (JsonNode item : element.path("items").values()) {
            addHtml(pieces, BlockKind.LIST_ITEM, item.has("content") ? item.get("content") : item);
          }
        }
        default -> { }
      }
    }
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    // Arc keeps the dateline apart from the lead; put it back so it is split like the markup's.
    JsonNode dateline = story.get("dateline");
    String datelineText = dateline == null ? null
        : Texts.cleanOrNull(dateline.isArray() && !dateline.isEmpty() ? dateline.get(0).asString("") : dateline.asString(""));
    if (datelineText != null && pieces.get(0).kind() == BlockKind.PARAGRAPH
        && !pieces.get(0).text().startsWith(datelineText)) {
      String lead = datelineText + (datelineText.endsWith("-") ? " " : " - ") + pieces.get(0).text();
      pieces.set(0, new Piece(BlockKind.PARAGRAPH, lead));
    }
    JsonNode signOff = story.get("sign_off");
    String section = Texts.cleanOrNull(story.path("taxonomy").path("section").path("name").asString(""));
    return Optional.of(new Body("Fusion.globalContent", pieces,
        signOff == null ? null : Texts.cleanOrNull(signOff.asString("")), section));
  }

  private static Optional<Body> nextData(@Nullable JsonNode root) {
    JsonNode items = root == null ? null : find(root, "body_items", 0);
    if (items == null) {
      return Optional.empty();
    }
    List<Piece> pieces = new ArrayList<>();
    for (JsonNode item : items.values()) {
      String type = item.path("type").asString("");
      JsonNode content = item.has("content") ? item.get("content") : item.get("text");
      switch (type) {
        case "paragraph", "text" -> addHtml(pieces, BlockKind.PARAGRAPH, content);
        case "heading", "header", "subheading" -> addHtml(pieces, BlockKind.SUBHEADING, content);
        default -> { }
      }
    }
    return pieces.isEmpty() ? Optional.empty() : Optional.of(new Body("__NEXT_DATA__ body_items", pieces, null, null));
  }

  private static @Nullable JsonNode find(JsonNode node, String field, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (node.isObject()) {
      JsonNode direct = node.get(field);
      if (direct != null && direct.isArray() && !direct.isEmpty()) {
        return direct;
      }
      for (JsonNode child : node.values()) {
        JsonNode found = find(child, field, depth + 1);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node.values()) {
        JsonNode found = find(child, field, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void addHtml(List<Piece> pieces, BlockKind kind, @Nullable JsonNode content) {
    if (content == null || !content.isString()) {
      return;
    }
    String html = content.stringValue();
    String text = html.indexOf('<') >= 0 || html.indexOf('&') >= 0
        ? Texts.clean(Jsoup.parseBodyFragment(html).body().text()) : Texts.clean(html);
    if (!text.isEmpty()) {
      pieces.add(new Piece(kind, text));
    }
  }
}
