package dev.newsmodel.parse.outlet.reuters;

import dev.newsmodel.BlockKind;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.html.CaptionCredits;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.wire.SignOffs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a Reuters article's body region: each element is classified once (boilerplate,
 * sign-off, media, summary widget, paragraph, heading, list, quotation) and either consumed or
 * descended into. Collects body pieces, media and removed text; holds per-parse state, so a
 * new walker is made for every page.
 */
final class BodyWalker {
  /** A body block before ids are given. */
  record Piece(BlockKind kind, String text) {}

  static final String LINK_SUFFIX = ", opens new tab";
  private static final Pattern LINK_SUFFIX_TEXT = Pattern.compile("(?i)\\s*,\\s*opens new tab");
  private static final Pattern GALLERY_COUNTER = Pattern.compile("^\\s*(?:\\[\\d+/\\d+]|Item \\d+ of \\d+)\\s*");
  private static final Pattern LICENSING = Pattern.compile("(?i)^\\s*purchase licen[cs]ing rights\\s*$");
  private static final Pattern AD_LABEL = Pattern.compile("(?i)^\\s*advertisement(?:\\s*[·•|-]\\s*scroll to continue)?\\s*$");
  private static final Pattern STANDARDS = Pattern.compile("(?i)^\\s*our standards\\s*:");
  // The 2020-22 header's reading time: "4 Min Read", "1 Minute Read".
  private static final Pattern READ_TIME = Pattern.compile("(?i)^\\s*\\d{1,3}\\s*min(?:ute)?s?\\.?\\s+read\\s*$");
  private static final Set<String> SKIPPED_TAGS = Set.of(
      "script", "style", "svg", "button", "template", "iframe", "form", "input", "select", "textarea",
      "link", "meta", "noscript", "video", "audio", "canvas", "object", "embed");

  private final Layout layout;
  private final String baseUrl;
  final List<Piece> pieces = new ArrayList<>();
  final List<Piece> summary = new ArrayList<>();
  final List<Media> media = new ArrayList<>();
  final List<RemovedText> removed = new ArrayList<>();
  final List<String> signOffs = new ArrayList<>();
  private final Set<String> mediaUrls = new HashSet<>();
  private boolean seenParagraph;
  boolean sawSummaryWidget;

  BodyWalker(Layout layout, String baseUrl) {
    this.layout = layout;
    this.baseUrl = baseUrl;
  }

  /** Walks the children of the region (the region element itself is not classified). */
  void walk(Element region) {
    for (Element child : region.children()) {
      visit(child);
    }
  }

  private void visit(Element e) {
    String tag = e.normalName();
    if (SKIPPED_TAGS.contains(tag)) {
      return;
    }
    if (tag.equals("header") || tag.equals("h1")) {
      return; // the headline and byline are read as metadata
    }
    String testId = e.attr("data-testid");
    String cls = e.className().toLowerCase(Locale.ROOT);
    if (testId.equals("DefaultArticleHeader") || cls.contains("article-header") || cls.contains("articleheader-")) {
      return; // the header block without a <header> tag (2020 onward): metadata, read apart
    }
    if (cls.contains("byline-byline") || cls.contains("read-time") || cls.contains("readtime")) {
      // The 2020-22 byline ("By Jane Doe") and reading time sit inside the body wrapper: the
      // byline is read as metadata from the byline element, neither is text of the story.
      String text = text(e);
      remove(READ_TIME.matcher(text).matches() || !cls.contains("byline") ? "read-time" : "byline", text);
      return;
    }
    if (testId.equals("ContextWidget") || cls.contains("context-widget") || cls.contains("article-body__summary")) {
      readSummaryWidget(e);
      return;
    }
    String reason = boilerplate(e, tag, testId, cls);
    if (reason != null) {
      remove(reason, text(e));
      return;
    }
    if (isSignOff(testId, cls)) {
      String text = text(e);
      if (!text.isEmpty()) {
        signOffs.add(text);
        remove("sign-off", text);
      }
      return;
    }
    if (isMedia(e, tag, testId, cls)) {
      readMedia(e);
      return;
    }
    if (isParagraph(e, tag, testId, cls)) {
      String text = text(e);
      if (text.isEmpty()) {
        return;
      }
      if (STANDARDS.matcher(text).find()) {
        remove("standards", text);
      } else if (AD_LABEL.matcher(text).matches()) {
        remove("advertisement", text);
      } else if (READ_TIME.matcher(text).matches()) {
        remove("read-time", text);
      } else {
        pieces.add(new Piece(BlockKind.PARAGRAPH, text));
        seenParagraph = true;
      }
      return;
    }
    switch (tag) {
      case "h2", "h3", "h4", "h5", "h6" -> {
        String text = text(e);
        if (!text.isEmpty()) {
          if (layout == Layout.ARC_2023 && !seenParagraph) {
            remove("heading", text);
          } else {
            pieces.add(new Piece(BlockKind.SUBHEADING, text));
          }
        }
        return;
      }
      case "ul", "ol" -> {
        for (Element li : e.children()) {
          String text = text(li);
          if (!text.isEmpty()) {
            pieces.add(new Piece(BlockKind.LIST_ITEM, text));
          }
        }
        return;
      }
      case "blockquote" -> {
        String text = text(e);
        if (!text.isEmpty()) {
          pieces.add(new Piece(BlockKind.BLOCKQUOTE, text));
        }
        return;
      }
      case "p" -> {
        // A paragraph the layout does not count as body text (Arc pages mark theirs).
        String text = text(e);
        if (STANDARDS.matcher(text).find()) {
          remove("standards", text);
        } else if (AD_LABEL.matcher(text).matches()) {
          remove("advertisement", text);
        } else if (SignOffs.looksLikeSignOff(text)) {
          signOffs.add(text);
          remove("sign-off", text);
        } else if (!text.isEmpty()) {
          remove("other", text);
        }
        return;
      }
      default -> {
        // Leaf labels such as "Advertisement · Scroll to continue" outside a marked slot.
        if (e.childrenSize() == 0) {
          String own = Texts.clean(e.ownText());
          if (AD_LABEL.matcher(own).matches() && !own.isEmpty()) {
            remove("advertisement", own);
            return;
          }
          if (STANDARDS.matcher(own).find()) {
            remove("standards", own);
            return;
          }
        }
      }
    }
    walk(e);
  }

  private boolean isParagraph(Element e, String tag, String testId, String cls) {
    if (testId.startsWith("paragraph-")) {
      return true;
    }
    return switch (layout) {
      case ARC_2023 -> false;
      case MODULES_2026 -> tag.equals("p") || cls.contains("article-body-module__paragraph");
      default -> tag.equals("p") || cls.contains("paragraph-paragraph");
    };
  }

  private static boolean isSignOff(String testId, String cls) {
    return testId.equals("SignOff") || cls.contains("sign-off") || cls.contains("signoff")
        || cls.contains("attribution_") || cls.contains("attribution-attribution");
  }

  private static boolean isMedia(Element e, String tag, String testId, String cls) {
    if (tag.equals("figure") || tag.equals("picture")) {
      return true;
    }
    if (testId.equals("primary-image") || testId.equals("Image") || testId.startsWith("gallery-")
        || testId.equals("PrimaryGalleryWrapper") || testId.equals("primary-gallery")) {
      return true;
    }
    if (cls.contains("image_container") || cls.contains("primaryasset") || cls.contains("primary-image")
        || cls.contains("image-container") || cls.contains("article-image") || cls.contains("slideshow")
        || cls.contains("gallery")) {
      return true;
    }
    String id = e.id();
    return id.equals("articleImage") || id.equals("relatedPhoto");
  }

  /**
   * Returns why an element is boilerplate, or null. Reuters marks most of it with
   * {@code data-testid} or class names; ad labels and the standards line are told by text.
   */
  static @Nullable String boilerplate(Element e, String tag, String testId, String cls) {
    switch (tag) {
      case "footer":
        return "footer";
      case "nav":
        return "navigation";
      case "aside":
        return "related";
      default:
        break;
    }
    if (!testId.isEmpty()) {
      String t = testId.toLowerCase(Locale.ROOT);
      if (t.contains("adslot") || t.contains("leaderboard") || t.contains("dianomi") || t.startsWith("ad-")
          || t.equals("advertisement")) {
        return "advertisement";
      }
      if (t.contains("toolbar")) {
        return "toolbar";
      }
      if (t.startsWith("read next") || t.contains("read-next") || t.contains("related")
          || t.contains("mediastorycard") || t.contains("recommend")) {
        return "related";
      }
      if (t.equals("sitefooter")) {
        return "footer";
      }
      if (t.equals("siteheader")) {
        return "navigation";
      }
      if (t.startsWith("social_media") || t.startsWith("social-embed")) {
        return "embed";
      }
      if (t.contains("newsletter")) {
        return "promo";
      }
      if (t.contains("licencecontent") || t.contains("licensecontent")) {
        return "licensing";
      }
      if (t.contains("trustbadge")) {
        return "standards";
      }
    }
    if (!cls.isEmpty()) {
      if (cls.contains("ad-slot") || cls.contains("dpslot") || cls.contains("dianomi") || cls.contains("advert")) {
        return "advertisement";
      }
      if (cls.contains("toolbar")) {
        return "toolbar";
      }
      if (cls.contains("trustbadge") || cls.contains("trust-badge")) {
        return "standards";
      }
      if (cls.contains("read-next") || cls.contains("related") || cls.contains("more-stories")
          || cls.contains("morestories") || cls.contains("recommended")) {
        return "related";
      }
      if (cls.contains("social-embed") || cls.contains("twitter-tweet") || cls.contains("instagram-media")) {
        return "embed";
      }
      if (cls.contains("newsletter")) {
        return "promo";
      }
      if (cls.contains("footer")) {
        return "footer";
      }
      if (cls.contains("share-container") || cls.contains("share-bar") || cls.contains("sharebar")) {
        return "share-bar";
      }
    }
    String id = e.id();
    if (id.startsWith("midArticle") && e.childrenSize() == 0 && e.ownText().isBlank()) {
      return "advertisement";
    }
    if (id.equals("relatedInfo") || id.equals("related-content") || id.equals("moreSectionNews")) {
      return "related";
    }
    return null;
  }

  /** Reads Reuters' summary box: its bullets become list items, its label removed text. */
  void readSummaryWidget(Element widget) {
    sawSummaryWidget = true;
    List<Element> items = widget.getElementsByTag("li");
    for (Element li : items) {
      String text = text(li);
      if (!text.isEmpty()) {
        summary.add(new Piece(BlockKind.LIST_ITEM, text));
      }
    }
    // The widget's label ("Summary", "Companies") is page furniture, not text of the story.
    for (Element child : widget.children()) {
      if (child.getElementsByTag("li").isEmpty()) {
        String label = text(child);
        if (!label.isEmpty()) {
          remove("label", label);
        }
      }
    }
  }

  /** Reads one media container: its images, its caption with the credit split off. */
  void readMedia(Element container) {
    List<String[]> images = new ArrayList<>(); // url, alt
    for (Element img : container.getElementsByTag("img")) {
      addImage(img, images);
    }
    for (Element noscript : container.getElementsByTag("noscript")) {
      if (noscript.getElementsByTag("img").isEmpty()) {
        String html = noscript.data().isEmpty() ? noscript.text() : noscript.data();
        if (html.contains("<img")) {
          for (Element img : Jsoup.parseBodyFragment(html, baseUrl).getElementsByTag("img")) {
            addImage(img, images);
          }
        }
      }
    }
    Element captionEl = container.selectFirst("figcaption, [class*=caption], [class*=Caption], [data-testid=Body]");
    String captionText = captionEl == null ? "" : text(captionEl);
    if (captionText.isEmpty() && !images.isEmpty()) {
      // 2019 pages repeat the full caption in the image's aria-label.
      Element img = container.selectFirst("img[aria-label]");
      captionText = img == null ? "" : Texts.clean(img.attr("aria-label"));
    }
    Matcher counter = GALLERY_COUNTER.matcher(captionText);
    if (counter.find()) {
      remove("gallery-counter", captionText.substring(0, counter.end()));
      captionText = captionText.substring(counter.end());
    }
    CaptionCredits.Split split = CaptionCredits.split(captionText);
    if (split.notice() != null) {
      remove("photo-notice", split.notice());
    }
    boolean captionUsed = false;
    for (String[] image : images) {
      if (!mediaUrls.add(image[0])) {
        continue;
      }
      if (!captionUsed && (split.caption() != null || split.credit() != null)) {
        media.add(new Media(image[0], split.caption(), split.credit()));
        captionUsed = true;
      } else {
        media.add(new Media(image[0], Texts.cleanOrNull(image[1]), null));
      }
    }
    if (!captionUsed && (split.caption() != null || split.credit() != null) && images.isEmpty()) {
      media.add(new Media(null, split.caption(), split.credit()));
    }
  }

  private void addImage(Element img, List<String[]> images) {
    String url = img.absUrl("src");
    if (url.isEmpty() || url.startsWith("data:")) {
      url = img.absUrl("data-src");
    }
    if (url.isEmpty()) {
      String src = img.attr("src");
      url = src.startsWith("data:") ? "" : src;
    }
    if (url.startsWith("//")) {
      url = "https:" + url; // protocol-relative on a page read without its URL
    }
    if (!url.isEmpty() && !url.startsWith("data:")) {
      images.add(new String[] {url, img.attr("alt")});
    }
  }

  /**
   * Returns the element's clean text without the link suffixes, licensing links and controls
   * Reuters puts inside text, each of which goes to removed text.
   */
  String text(Element e) {
    StringBuilder out = new StringBuilder();
    appendText(e, out);
    String text = Texts.clean(out.toString());
    if (text.contains("opens new tab")) {
      Matcher m = LINK_SUFFIX_TEXT.matcher(text);
      if (m.find()) {
        remove("link-suffix", LINK_SUFFIX);
        text = Texts.clean(m.replaceAll(""));
      }
    }
    return text;
  }

  private void appendText(Element e, StringBuilder out) {
    for (Node node : e.childNodes()) {
      if (node instanceof TextNode textNode) {
        out.append(textNode.getWholeText());
      } else if (node instanceof Element child) {
        String tag = child.normalName();
        if (tag.equals("br")) {
          out.append(' ');
          continue;
        }
        if (SKIPPED_TAGS.contains(tag)) {
          continue;
        }
        if (tag.equals("span") || tag.equals("a")) {
          String own = Texts.clean(child.text());
          if (own.equalsIgnoreCase(LINK_SUFFIX)) {
            remove("link-suffix", LINK_SUFFIX);
            continue;
          }
          if (tag.equals("a") && own.length() < 60) {
            String bare = LINK_SUFFIX_TEXT.matcher(own).replaceAll("");
            if (LICENSING.matcher(bare).matches()) {
              remove("licensing", bare);
              continue;
            }
          }
        }
        boolean block = tag.equals("p") || tag.equals("div") || tag.equals("li");
        if (block) {
          out.append(' ');
        }
        appendText(child, out);
        if (block) {
          out.append(' ');
        }
      }
    }
  }

  void remove(String reason, String text) {
    String clean = Texts.clean(text);
    if (!clean.isEmpty()) {
      removed.add(new RemovedText(reason, clean));
    }
  }
}
