package dev.newsmodel.parse.generic;

import dev.newsmodel.BlockKind;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.html.Boilerplate;
import dev.newsmodel.parse.html.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Finds an article's main text in any HTML page.
 *
 * <p>One walk over the DOM cuts the page into text blocks (paragraphs, headings, list items,
 * quotes, table cells, loose text) and notes for each its length, how much of it is link text
 * and whether markup marks it as furniture (navigation, share bars, ads, related links,
 * comments, newsletter boxes, cookie notices, captions…, see {@link Boilerplate}). Each block
 * gets a content weight in the manner of text-density methods: long, sentence-like,
 * link-poor text weighs for the article, link lists, furniture and short fragments against.
 * The article is the element whose blocks weigh most (a maximum-weight subtree, found in the
 * same walk), which keeps a body split into several containers whole while leaving out
 * sidebars. Inside it, blocks are kept or dropped one by one, context deciding for short
 * ones (a short paragraph between article paragraphs stays, trailing promos go).
 *
 * <p>Stateless and thread-safe. The document is not changed.
 */
public final class BodyExtractor {
  private static final Set<String> SKIP = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
      "video", "audio", "source", "track", "input", "select", "textarea", "button", "option", "head",
      "link", "meta", "map", "dialog");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "aside", "nav", "header", "footer", "h1", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
      "th", "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "form", "fieldset", "address",
      "hr", "center", "details", "summary", "body", "html", "hgroup", "menu", "legend", "picture");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…\"”’»)\\]]\\s*$");
  private static final Pattern LEADING_FURNITURE = Pattern.compile(
      "(?iu)^(?:by|von|par|por|di|door|av|af|written by|posted by|published|updated|last updated|"
          + "veröffentlicht|aktualisiert|photo|image|video|listen|min read)\\b.{0,120}$"
          + "|^\\d{1,2}[./ ]\\w+[./ ]\\d{2,4}.{0,40}$|^\\w+ \\d{1,2}, \\d{4}.{0,40}$|^\\d+ min(?:ute)?s? read$");

  private BodyExtractor() {}

  /**
   * Extracts the article body of a page.
   *
   * @return the body blocks, the removed text and the body's media; empty blocks when the page
   *     has no text that reads like an article (everything is then in removed text)
   */
  public static Extraction extract(Document doc) {
    Walker walker = new Walker();
    Element root = doc.body() != null ? doc.body() : doc;
    NodeTraversor.filter(walker, root);
    walker.flush();
    return walker.select();
  }

  /** A block of text as the walk found it. */
  static final class Raw {
    final String text;
    final BlockKind kind;
    final String tag;
    final double linkDensity;
    final @Nullable String furniture;
    final boolean heading;
    final int length;
    double weight;

    Raw(String text, BlockKind kind, String tag, double linkDensity, @Nullable String furniture, boolean heading) {
      this.text = text;
      this.kind = kind;
      this.tag = tag;
      this.linkDensity = linkDensity;
      this.furniture = furniture;
      this.heading = heading;
      this.length = weightedLength(text);
    }
  }

  /** An element open during the walk. */
  private static final class Frame {
    final Element element;
    final boolean block;
    final @Nullable String furniture;
    final int firstBlock;
    final int firstImage;
    double weight;
    boolean figure;
    @Nullable String caption;
    @Nullable String credit;

    Frame(Element element, boolean block, @Nullable String furniture, int firstBlock, int firstImage) {
      this.element = element;
      this.block = block;
      this.furniture = furniture;
      this.firstBlock = firstBlock;
      this.firstImage = firstImage;
    }
  }

  /** An image met during the walk, with the block index it precedes. */
  private static final class Image {
    final String url;
    final int position;
    final @Nullable String alt;
    @Nullable String caption;
    @Nullable String credit;
    boolean furniture;

    Image(String url, int position, @Nullable String alt) {
      this.url = url;
      this.position = position;
      this.alt = alt;
    }
  }

  private static final class Walker implements NodeFilter {
    final List<Raw> blocks = new ArrayList<>();
    final List<Frame> frames = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final List<Frame> figures = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;
    @Nullable Frame best;
    double bestWeight = Double.NEGATIVE_INFINITY;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        String t = textNode.getWholeText();
        if (!t.isEmpty()) {
          if (linkDepth > 0) {
            linkChars += t.strip().length();
          }
          text.append(t);
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = element.normalName();
      if (SKIP.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        text.append('\n');
        return FilterResult.CONTINUE;
      }
      if (tag.equals("img")) {
        image(element);
        return FilterResult.CONTINUE;
      }
      boolean block = BLOCK_TAGS.contains(tag);
      if (block) {
        flush();
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      Frame parent = frames.isEmpty() ? null : frames.get(frames.size() - 1);
      String own = Boilerplate.reasonFor(element);
      String furniture = parent != null && parent.furniture != null ? parent.furniture : own;
      Frame frame = new Frame(element, block, furniture, blocks.size(), images.size());
      if (tag.equals("figure") || (own != null && own.equals(Boilerplate.CAPTION) && !tag.equals("figcaption")
          && figures.isEmpty())) {
        frame.figure = tag.equals("figure");
      }
      if (frame.figure) {
        figures.add(frame);
      }
      frames.add(frame);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (tag.equals("br") || tag.equals("img")) {
        return FilterResult.CONTINUE;
      }
      Frame frame = frames.get(frames.size() - 1);
      if (frame.element != element) {
        return FilterResult.CONTINUE;
      }
      if (frame.block) {
        flush();
      }
      if (tag.equals("a")) {
        linkDepth--;
      }
      frames.remove(frames.size() - 1);
      closeFrame(frame);
      if (!frames.isEmpty()) {
        frames.get(frames.size() - 1).weight += frame.weight;
      }
      return FilterResult.CONTINUE;
    }

    void closeFrame(Frame frame) {
      if (frame.figure) {
        figures.remove(frame);
        // Captions and credits inside the figure belong to its images.
        StringBuilder caption = new StringBuilder();
        for (int i = frame.firstBlock; i < blocks.size(); i++) {
          Raw raw = blocks.get(i);
          if (Boilerplate.CAPTION.equals(raw.furniture) || raw.tag.equals("figcaption")) {
            if (caption.length() > 0) {
              caption.append(' ');
            }
            caption.append(raw.text);
          }
        }
        for (int i = frame.firstImage; i < images.size(); i++) {
          Image image = images.get(i);
          if (image.caption == null && caption.length() > 0) {
            Captions.Split split = Captions.split(caption.toString());
            image.caption = split.caption();
            image.credit = split.credit();
          }
        }
      }
      if (frame.weight > bestWeight && frame.furniture == null) {
        bestWeight = frame.weight;
        best = frame;
        bestEnd = blocks.size();
        bestImagesEnd = images.size();
      }
    }

    int bestEnd;
    int bestImagesEnd;

    void image(Element img) {
      String url = img.absUrl("src");
      if (url.isEmpty() || url.startsWith("data:")) {
        for (String attr : new String[] {"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset"}) {
          String value = img.attr(attr).strip();
          if (!value.isEmpty()) {
            int space = value.indexOf(' ');
            value = space > 0 ? value.substring(0, space) : value;
            url = img.absUrl(attr).isEmpty() ? value : img.absUrl(attr);
            if (attr.endsWith("srcset")) {
              url = value;
            }
            break;
          }
        }
      }
      if (url.isEmpty() || url.startsWith("data:")) {
        return;
      }
      Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
      Image image = new Image(url, blocks.size(), Texts.cleanOrNull(img.attr("alt")));
      image.furniture = top != null && top.furniture != null && !top.furniture.equals(Boilerplate.CAPTION);
      images.add(image);
    }

    void flush() {
      if (text.length() == 0) {
        return;
      }
      String raw = text.toString();
      text.setLength(0);
      int links = linkChars;
      linkChars = 0;
      String clean = Texts.clean(raw);
      if (clean.isEmpty()) {
        return;
      }
      Frame owner = null;
      boolean quote = false;
      boolean listItem = false;
      for (int i = frames.size() - 1; i >= 0; i--) {
        Frame f = frames.get(i);
        String tag = f.element.normalName();
        if (owner == null && f.block) {
          owner = f;
        }
        if (tag.equals("blockquote")) {
          quote = true;
        }
        if (tag.equals("li")) {
          listItem = true;
        }
      }
      String tag = owner == null ? "body" : owner.element.normalName();
      boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
      BlockKind kind = heading ? BlockKind.SUBHEADING : quote ? BlockKind.BLOCKQUOTE
          : listItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
      String furniture = frames.isEmpty() ? null : frames.get(frames.size() - 1).furniture;
      if (furniture == null && tag.equals("figcaption")) {
        furniture = Boilerplate.CAPTION;
      }
      double density = Math.min(1.0, links / (double) Math.max(1, clean.length()));
      Raw block = new Raw(clean, kind, tag, density, furniture, heading);
      block.weight = weigh(block);
      blocks.add(block);
      if (!frames.isEmpty()) {
        frames.get(frames.size() - 1).weight += block.weight;
      }
    }

    Extraction select() {
      List<Extraction.TextBlock> kept = new ArrayList<>();
      List<RemovedText> removed = new ArrayList<>();
      if (best == null || bestWeight <= 0) {
        for (Raw raw : blocks) {
          removed.add(new RemovedText(raw.furniture != null ? raw.furniture : "no-article", raw.text));
        }
        return new Extraction(kept, removed, List.of());
      }
      int start = best.firstBlock;
      int end = bestEnd;
      String[] verdict = new String[blocks.size()];
      for (int i = 0; i < blocks.size(); i++) {
        Raw raw = blocks.get(i);
        if (i < start || i >= end) {
          verdict[i] = raw.furniture != null ? raw.furniture : "outside-body";
        } else if (raw.furniture != null) {
          verdict[i] = raw.furniture;
        } else if (raw.tag.equals("h1")) {
          verdict[i] = "headline";
        } else if (raw.linkDensity > 0.5 && raw.length < 400) {
          verdict[i] = "links";
        } else if (Boilerplate.isStockPhrase(raw.text)) {
          verdict[i] = Boilerplate.PROMO;
        }
      }
      // Short fragments count only between article text: trim them at both ends.
      int first = start;
      while (first < end && (verdict[first] != null || !isGood(blocks.get(first)))) {
        if (verdict[first] == null && LEADING_FURNITURE.matcher(blocks.get(first).text).matches()) {
          verdict[first] = "byline-or-date";
        } else if (verdict[first] == null && !blocks.get(first).heading && blocks.get(first).length < 25) {
          verdict[first] = "leading-fragment";
        }
        first++;
      }
      int last = end - 1;
      while (last >= start && (verdict[last] != null || !isGood(blocks.get(last)))) {
        if (verdict[last] == null) {
          verdict[last] = "trailing-fragment";
        }
        last--;
      }
      for (int i = 0; i < blocks.size(); i++) {
        Raw raw = blocks.get(i);
        if (verdict[i] == null) {
          kept.add(new Extraction.TextBlock(raw.kind, raw.text));
        } else {
          removed.add(new RemovedText(verdict[i], raw.text));
        }
      }
      List<Media> media = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      for (int i = best.firstImage; i < bestImagesEnd; i++) {
        Image image = images.get(i);
        if (image.furniture || seen.contains(image.url)) {
          continue;
        }
        seen.add(image.url);
        media.add(new Media(image.url, image.caption != null ? image.caption : null, image.credit));
      }
      return new Extraction(kept, removed, media);
    }
  }

  static boolean isGood(Raw raw) {
    return raw.furniture == null && raw.weight > 0 && !raw.heading;
  }

  /** Length with CJK characters counted as two, so that word-poor scripts weigh like others. */
  static int weightedLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += c >= 0x3000 && c < 0xD800 ? 3 : 1;
    }
    return length;
  }

  static double weigh(Raw raw) {
    int length = raw.length;
    if (raw.furniture != null) {
      return -length;
    }
    if (raw.heading) {
      return 0;
    }
    double density = raw.linkDensity;
    if (density >= 0.5) {
      return -length * density;
    }
    boolean sentence = SENTENCE_END.matcher(raw.text).find();
    if (length >= 80) {
      return length * (1 - 1.5 * density);
    }
    if (length >= 30 && sentence) {
      return 0.5 * length * (1 - 1.5 * density);
    }
    return -0.25 * length;
  }
}
