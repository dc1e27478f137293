package dev.newsmodel.parse.generic;

import dev.newsmodel.BlockKind;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.html.Boilerplate;
import dev.newsmodel.parse.html.CaptionCredits;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.internal.AbsoluteUrls;
import dev.newsmodel.parse.ja.JapaneseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
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
      "link", "meta", "map", "dialog", "noembed", "noframes", "xmp",
      // ruby readings and their brackets: 漢字 reads 漢字, not 漢字かんじ (JapaneseText)
      "rt", "rp");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "aside", "nav", "header", "footer", "h1", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
      "th", "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "form", "fieldset", "address",
      "hr", "center", "details", "summary", "body", "html", "hgroup", "menu", "legend", "picture");
  // The rule endsSentence reads by hand (kept for its equivalence test).
  static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…\"”’»)\\]]\\s*$");
  private static final Pattern LEADING_FURNITURE = Pattern.compile(
      "(?iu)^(?:" + String.join("|", BylineWords.PREPOSITIONS) + "|written by|posted by|published|updated|last updated|"
          + "veröffentlicht|aktualisiert|photo|image|video|listen|min read)\\b.{0,120}$"
          + "|^\\d{1,2}[./ ]\\w+[./ ]\\d{2,4}.{0,40}$|^\\w+ \\d{1,2}, \\d{4}.{0,40}$|^\\d+ min(?:ute)?s? read$");

  // The weight (about characters of prose) an element made as the article is must hold to join
  // it from elsewhere in the article's wrapper.
  private static final double LIKE_MIN_WEIGHT = 400;

  // Where an <img> keeps its address, in the order Image.url reads them.
  private static final String[] LAZY_SOURCES = {"data-src", "data-original", "data-lazy-src"};
  // Lazy loaders' attributes that may hold JSON with the address inside.
  private static final String[] JSON_SOURCES = {"data-srcs", "data-src", "data-original"};
  private static final String[] PLAIN_SOURCES = {"src"};
  private static final String[] SOURCE_SETS = {"data-srcset", "srcset"};
  // A folder naming a size: "398", "w_600", "1200x800", "640w", "h-400".
  private static final Pattern SIZE_FOLDER = Pattern.compile("(?i)(?:[a-z]{1,6}[_-]?)?\\d{2,5}(?:x\\d{2,5})?[a-z]?");
  // A file name that is a picture's own, not a script serving pictures by a query ("image.php?id=2").
  private static final Pattern PICTURE_FILE = Pattern.compile("(?i).+\\.(?!(?:php|aspx?|jsp|cgi|pl|py|do)$)[a-z0-9]{2,5}");

  // selectFirst("img") parsed once: jsoup parses a query string again on every call.
  private static final Evaluator IMG = QueryParser.parse("img");

  private BodyExtractor() {}

  /**
   * Extracts the article body of a page.
   *
   * @param doc the parsed page
   * @return the body blocks, the removed text and the body's media. A page with no text that
   *     reads like article prose (a note of a few words, headings over pictures) keeps its text
   *     that is no furniture, link list or headline, from its {@code article} or {@code main}
   *     element when it has one; empty blocks when there is none (everything is then in
   *     removed text)
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
    final @Nullable Frame flagged;
    final @Nullable Frame owner;
    final boolean heading;
    final int length;
    @Nullable String furniture;
    double weight;

    Raw(String text, BlockKind kind, String tag, double linkDensity, @Nullable Frame flagged, @Nullable Frame owner,
        boolean heading) {
      this.owner = owner;
      this.text = text;
      this.kind = kind;
      this.tag = tag;
      this.linkDensity = linkDensity;
      this.flagged = flagged;
      this.heading = heading;
      this.length = weightedLength(text);
    }
  }

  /** An element of the page, with the range of blocks and images inside it. */
  static final class Frame {
    final Element element;
    final boolean block;
    final @Nullable String reason;
    final @Nullable Frame flaggedParent;
    final @Nullable Frame parent;
    final int firstBlock;
    final int firstImage;
    int endBlock;
    int endImage;
    boolean overruled;
    // Unflagged, the content column of a layout ("sidebar-grid__content article__content") inside
    // wrappers flagged by the layout's name.
    boolean contentInsideFlag;
    double score;

    Frame(Element element, boolean block, @Nullable String reason, @Nullable Frame parent, int firstBlock,
        int firstImage) {
      this.parent = parent;
      this.element = element;
      this.block = block;
      this.reason = reason;
      this.flaggedParent = parent == null ? null : parent.flagged();
      this.firstBlock = firstBlock;
      this.firstImage = firstImage;
    }

    /** The innermost flagged frame at or above this one (this one when it is flagged). */
    @Nullable Frame flagged() {
      return reason != null ? this : flaggedParent;
    }
  }

  /** An image met during the walk, with the block index it precedes. */
  private static final class Image {
    // The <img> itself: its URL is resolved only if the image lands in the chosen body
    // (absUrl on every image of the page was a tenth of the walk's allocation).
    final Element element;
    final @Nullable Frame flagged;
    @Nullable String caption;
    @Nullable String credit;

    Image(Element element, @Nullable Frame flagged) {
      this.element = element;
      this.flagged = flagged;
    }

    /**
     * The image's URL, or "" when none: a lazy loader's address ({@code data-src} and the like,
     * which hold the real image while {@code src} holds a placeholder), else {@code src}, else
     * the first candidate of a {@code srcset}; when the image has none of them, the image in
     * the {@code <noscript>} beside it (a script-loaded picture's fallback, which the walk
     * leaves out). Resolved against the page's base; left as written when there is no base to
     * resolve it against, rather than lost.
     */
    String url(AbsoluteUrls urls) {
      String url = url(element, urls);
      if (url.isEmpty()) {
        Element fallback = noscriptImage(element);
        url = fallback == null ? "" : url(fallback, urls);
        fromNoscript = !url.isEmpty();
      }
      return url;
    }

    /** Whether {@link #url} last came from the {@code <noscript>} fallback. */
    boolean fromNoscript;

    private static String url(Element img, AbsoluteUrls urls) {
      String url = reference(img, LAZY_SOURCES, urls);
      if (url.isEmpty()) {
        url = reference(img, PLAIN_SOURCES, urls);
      }
      if (url.isEmpty()) {
        url = reference(img, SOURCE_SETS, urls);
      }
      return url.isEmpty() ? addressInJson(img, urls) : url;
    }

    /**
     * The first address written in a lazy loader's JSON ({@code data-srcs='{"https://…/x":{…}}'},
     * {@code data-src='{"default":{"src":"//…/x.jpg"}}'}): the last resort, after every
     * attribute that holds an address as it is.
     */
    private static String addressInJson(Element img, AbsoluteUrls urls) {
      for (String attr : JSON_SOURCES) {
        String value = img.attr(attr);
        if (value.indexOf('{') < 0) {
          continue;
        }
        value = value.replace("\\/", "/"); // JSON may escape its slashes
        int start = value.indexOf("\"http");
        int relative = value.indexOf("\"//");
        start = start < 0 ? relative : relative < 0 ? start : Math.min(start, relative);
        if (start < 0) {
          continue;
        }
        int end = value.indexOf('"', start + 1);
        if (end < 0) {
          continue;
        }
        String address = value.substring(start + 1, end);
        if (address.indexOf(' ') >= 0) {
          continue;
        }
        String absolute = urls.resolve(img, address);
        return absolute.isEmpty() ? address : absolute;
      }
      return "";
    }

    /** The image inside a {@code <noscript>} right before or after {@code img}, or null. */
    private static @Nullable Element noscriptImage(Element img) {
      for (Element sibling : new Element[] {img.nextElementSibling(), img.previousElementSibling()}) {
        if (sibling != null && sibling.nameIs("noscript")) {
          Element inner = sibling.selectFirst(IMG);
          if (inner != null) {
            return inner;
          }
        }
      }
      return null;
    }

    private static String reference(Element element, String[] attributes, AbsoluteUrls urls) {
      for (String attr : attributes) {
        // A srcset lists candidates; src and data-src hold one address, spaces and all.
        String value = attr.endsWith("srcset") ? firstReference(element.attr(attr)) : element.attr(attr).strip();
        // A data: placeholder is no address (and java.net.URL rejects the scheme with two
        // exceptions on the way); lazy loaders also keep JSON blobs of sizes in these attributes.
        if (value.isEmpty() || value.startsWith("data:") || !mayBeUrl(value)) {
          continue;
        }
        value = withAmpersandsRepaired(value);
        String absolute = urls.resolve(element, value);
        return absolute.isEmpty() ? value : absolute;
      }
      return "";
    }

    /** The first candidate of a {@code srcset}: "a.jpg 320w, b.jpg 640w" or "a.jpg, b.jpg 2x". */
    static String firstReference(String value) {
      String v = value.strip();
      int end = 0;
      while (end < v.length() && !Character.isWhitespace(v.charAt(end))) {
        end++;
      }
      String first = v.substring(0, end);
      // A candidate without a descriptor ends at its comma; commas inside an address are kept.
      return first.endsWith(",") ? first.substring(0, first.length() - 1) : first;
    }

    /**
     * Repairs a query's ampersand written as {@code &#038;} and decoded only half
     * ({@code ?w=808&is-pending-load=1#038;ssl=1}, as WordPress lazy loaders leave it in
     * {@code data-lazy-src}): read as written, everything after {@code #} would be a fragment
     * and the image's parameters lost. Only after a {@code ?}: elsewhere {@code #038;} may be
     * a real fragment.
     */
    static String withAmpersandsRepaired(String value) {
      int query = value.indexOf('?');
      if (query < 0 || value.indexOf("#038;", query) < 0) {
        return value;
      }
      return value.substring(0, query) + value.substring(query).replace("#038;", "&");
    }

    /** Whether a value can be an address: not a JSON object or array, no quotes or brackets. */
    static boolean mayBeUrl(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '{' || c == '}' || c == '[' || c == ']' || c == '"' || c == '<' || c == '>') {
          return false;
        }
      }
      return true;
    }
  }

  /** Returns the reason of the innermost flag that holds, or {@code null}. */
  static @Nullable String furniture(@Nullable Frame flagged) {
    for (Frame f = flagged; f != null; f = f.flaggedParent) {
      if (!f.overruled) {
        return f.reason;
      }
    }
    return null;
  }

  private static final class Walker implements NodeFilter {
    final List<Raw> blocks = new ArrayList<>();
    final List<Frame> open = new ArrayList<>();
    final List<Frame> closed = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    // Where flush cleans the gathered text, kept for the page's next block.
    private char[] buffer = new char[256];
    // Class/id words already judged on this page (pages repeat them on many elements).
    final java.util.Map<String, String> reasons = new java.util.HashMap<>();
    // Class/id words already judged as a layout's content column (Boilerplate.namesContentInLayout).
    final java.util.Map<String, Boolean> layoutContent = new java.util.HashMap<>();
    int linkChars;
    int linkDepth;
    // The length of text after its last <br> or white-space-only text: white space before it is
    // never closed up.
    int lastBreak;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        String t = textNode.getWholeText();
        if (!t.isEmpty()) {
          if (linkDepth > 0) {
            linkChars += strippedLength(t);
          }
          // Line breaks of the source between two Japanese characters are no space (JapaneseText).
          if (JapaneseText.append(text, t, lastBreak)) {
            lastBreak = text.length();
          }
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = element.normalName();
      if (SKIP.contains(tag)) {
        if (tag.equals("noscript")) {
          noscriptOnlyImage(element);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        text.append('\n');
        lastBreak = text.length();
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
      if (tag.equals("a") && isLink(element)) {
        linkDepth++;
      }
      if (!block && element.attributesSize() == 0) {
        // A bare inline element (<b>, <em>, <span>) neither names furniture nor holds blocks.
        return FilterResult.CONTINUE;
      }
      Frame parent = open.isEmpty() ? null : open.get(open.size() - 1);
      String own = Boilerplate.reasonFor(element, reasons).orElse(null);
      Frame frame = new Frame(element, block, own, parent, blocks.size(), images.size());
      if (own == null && block && frame.flaggedParent != null && Boilerplate.isWeak(frame.flaggedParent.reason)
          && layoutContent.computeIfAbsent(element.className() + " " + element.id(),
              k -> Boilerplate.namesContentInLayout(element))) {
        frame.contentInsideFlag = true;
      }
      open.add(frame);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      if (element.normalName().equals("a") && isLink(element)) {
        linkDepth--;
      }
      if (open.isEmpty() || open.get(open.size() - 1).element != element) {
        return FilterResult.CONTINUE;
      }
      Frame frame = open.get(open.size() - 1);
      if (frame.block) {
        flush();
      }
      open.remove(open.size() - 1);
      frame.endBlock = blocks.size();
      frame.endImage = images.size();
      closed.add(frame);
      return FilterResult.CONTINUE;
    }

    /**
     * Whether an {@code <a>} counts as a link. One with a {@code javascript:} address around
     * blocks (paragraphs, divisions) is a click handler wrapping text, not a link; a
     * {@code javascript:} control of a few words (a play switch, a pager's arrows) still is.
     */
    private static boolean isLink(Element a) {
      if (!a.attr("href").regionMatches(true, 0, "javascript:", 0, 11)) {
        return true;
      }
      for (Element child : a.children()) {
        if (BLOCK_TAGS.contains(child.normalName())) {
          return false;
        }
      }
      return true;
    }

    /**
     * A picture given only for readers without scripts: a {@code <noscript>} image with no
     * image beside it (one beside it takes it as its fallback: Image.url). A tracking pixel
     * (1 × 1 or smaller) is none, nor is the banner an ad tag's script leaves for readers
     * without scripts.
     */
    void noscriptOnlyImage(Element noscript) {
      Element before = noscript.previousElementSibling();
      Element after = noscript.nextElementSibling();
      if ((before != null && (before.nameIs("img") || before.nameIs("script")))
          || (after != null && after.nameIs("img"))) {
        return; // after a <script>: an ad or counter tag's fallback banner
      }
      Element img = noscript.selectFirst(IMG);
      if (img != null && !isPixel(img.attr("width")) && !isPixel(img.attr("height"))) {
        image(img);
      }
    }

    private static boolean isPixel(String size) {
      return size.equals("0") || size.equals("1") || size.equals("1px") || size.equals("0px");
    }

    void image(Element img) {
      // Kept as met; Image.url drops those without a usable URL when the media are chosen.
      Frame top = open.isEmpty() ? null : open.get(open.size() - 1);
      images.add(new Image(img, top == null ? null : top.flagged()));
    }

    void flush() {
      lastBreak = 0;
      if (text.length() == 0) {
        return;
      }
      if (isBlank(text)) {
        // White space between blocks, most flushes: Texts.clean would make it "" after copying it twice.
        text.setLength(0);
        linkChars = 0;
        return;
      }
      int length = text.length();
      if (buffer.length < length) {
        buffer = new char[Math.max(length, 2 * buffer.length)];
      }
      text.getChars(0, length, buffer, 0);
      text.setLength(0);
      int links = linkChars;
      linkChars = 0;
      String clean = Texts.clean(buffer, length);
      if (clean.isEmpty()) {
        return;
      }
      Frame owner = null;
      boolean quote = false;
      boolean listItem = false;
      for (int i = open.size() - 1; i >= 0; i--) {
        Frame f = open.get(i);
        String tag = f.element.normalName();
        if (owner == null && f.block) {
          owner = f;
        }
        if (tag.equals("blockquote")) {
          quote = true;
        } else if (tag.equals("li")) {
          listItem = true;
        }
      }
      String tag = owner == null ? "body" : owner.element.normalName();
      boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
      BlockKind kind = heading ? BlockKind.SUBHEADING : quote ? BlockKind.BLOCKQUOTE
          : listItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
      Frame top = open.isEmpty() ? null : open.get(open.size() - 1);
      double density = Math.min(1.0, links / (double) Math.max(1, clean.length()));
      blocks.add(new Raw(clean, kind, tag, density, top == null ? null : top.flagged(), owner, heading));
    }

    // t.strip().length() without the copy (strip's white space: Character.isWhitespace).
    private static int strippedLength(String t) {
      int from = 0;
      int to = t.length();
      while (from < to && Character.isWhitespace(t.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
        to--;
      }
      return to - from;
    }

    // Only C0 controls and spaces: what Texts.clean reduces to "".
    private static boolean isBlank(StringBuilder text) {
      for (int i = 0, n = text.length(); i < n; i++) {
        if (text.charAt(i) > ' ') {
          return false;
        }
      }
      return true;
    }

    Extraction select() {
      int n = blocks.size();
      // 1. Raw weights without furniture flags, to see which flagged elements hold the article.
      double[] rawPrefix = new double[n + 1];
      double totalPositive = 0;
      for (int i = 0; i < n; i++) {
        double w = contentWeight(blocks.get(i));
        blocks.get(i).weight = w;
        rawPrefix[i + 1] = rawPrefix[i] + Math.max(0, w);
        totalPositive += Math.max(0, w);
      }
      linkPrefix = new double[n + 1];
      lengthPrefix = new double[n + 1];
      for (int i = 0; i < n; i++) {
        Raw raw = blocks.get(i);
        linkPrefix[i + 1] = linkPrefix[i] + raw.linkDensity * raw.length;
        lengthPrefix[i + 1] = lengthPrefix[i] + raw.length;
      }
      // 2. A flag on an element holding most of the page's text is a wrapper's name, not furniture.
      //    So is a layout word (sidebar-grid) on the wrappers of that layout's content column
      //    when the column holds a fair share of the page's prose: a body cut into several such
      //    layouts has none holding most of it.
      for (Frame f : closed) {
        if (f.reason != null && (!f.reason.equals(Boilerplate.COMMENTS) || Boilerplate.namesContent(f.element))
            && rawPrefix[f.endBlock] - rawPrefix[f.firstBlock] >= 0.5 * totalPositive && totalPositive > 0) {
          f.overruled = true;
        }
        // A section named by its heading's anchor (id="sharing-with-…") holding a quarter of
        // the page's prose with next to no links is no share bar, menu or teaser list.
        if (f.reason != null && (Boilerplate.isWeak(f.reason) || f.reason.equals(Boilerplate.SHARE_BAR)) && totalPositive > 0
            && rawPrefix[f.endBlock] - rawPrefix[f.firstBlock] >= 0.25 * totalPositive && linkDensity(f) < 0.1) {
          f.overruled = true;
        }
        if (f.contentInsideFlag && totalPositive > 0
            && rawPrefix[f.endBlock] - rawPrefix[f.firstBlock] >= 0.1 * totalPositive && linkDensity(f) < 0.25) {
          for (Frame up = f.flaggedParent; up != null && up.reason != null && Boilerplate.isWeak(up.reason); up = up.flaggedParent) {
            up.overruled = true;
          }
        }
      }
      double[] prefix = new double[n + 1];
      for (int i = 0; i < n; i++) {
        Raw raw = blocks.get(i);
        raw.furniture = furniture(raw.flagged);
        if (raw.furniture == null && raw.tag.equals("figcaption")) {
          raw.furniture = Boilerplate.CAPTION;
        }
        if (raw.furniture != null) {
          raw.weight = -raw.length;
        }
        prefix[i + 1] = prefix[i] + raw.weight;
      }
      // 3. Readability's candidates: each content block scores its container fully and the
      //    container's parent by half; the best candidate, less its link text, is the article.
      for (Raw raw : blocks) {
        if (raw.furniture != null || raw.weight <= 0 || raw.owner == null) {
          continue;
        }
        Frame container = raw.owner.parent;
        double share = 1;
        for (int level = 0; level < 4 && container != null; level++) {
          container.score += raw.weight * share;
          share = 1.0 / (level + 2);
          container = container.parent;
        }
      }
      Frame best = null;
      double bestScore = 0;
      List<Frame> top = new ArrayList<>();
      for (Frame f : closed) {
        if (f.score <= 0 || furniture(f.flagged()) != null) {
          continue;
        }
        f.score *= 1 - linkDensity(f);
        if (f.score > bestScore) {
          best = f;
          bestScore = f.score;
        }
        top.add(f);
      }
      if (best != null) {
        best = widen(best, top, bestScore);
      }
      List<Extraction.TextBlock> kept = new ArrayList<>();
      List<RemovedText> removed = new ArrayList<>();
      if (best == null) {
        return shortPage();
      }
      // 4. Siblings that weigh a fair share of the article join it (a body split by an ad or a
      //    paywall marker); lighter ones (teaser lists, author boxes) stay out, unless the page
      //    made them as it made the article: a paragraph beside it (the lead above a "read
      //    more" box, paragraphs around a long quote), a repeat of its wrappers (the steps of a
      //    how-to, each in its own box) or an element of its own tag and class up to numbering
      //    (story-body-1 above an ad, story-body-2 below it).
      boolean[] inside = new boolean[n];
      double bestWeight = prefix[best.endBlock] - prefix[best.firstBlock];
      int start = best.firstBlock;
      int end = best.endBlock;
      for (int i = best.firstBlock; i < best.endBlock; i++) {
        inside[i] = true;
      }
      if (best.parent != null) {
        // Siblings, and siblings of the parent or grandparent made as it is (same tag and
        // class): a story cut into items that each wrap a chunk with its picture
        // (item > story > chunk) has its other chunks in the item's repeats. Unlike wrappers
        // there hold teaser lists and captions.
        Frame parent = best.parent;
        Frame grand = parent.parent;
        Frame scope = grand != null ? grand : parent;
        String bestTag = best.element.normalName();
        String bestClass = best.element.className();
        String bestKind = bestClass.isEmpty() ? null : withoutDigits(bestClass);
        for (Frame f : closed) {
          if ((f.firstBlock >= best.firstBlock && f.endBlock <= best.endBlock)
              || (f.firstBlock <= best.firstBlock && f.endBlock >= best.endBlock)) {
            continue; // best itself, inside it or around it
          }
          boolean sibling = f.parent == parent;
          boolean repeat = repeats(f, parent) || (grand != null && repeats(f, grand));
          boolean like = bestKind != null && f.firstBlock >= scope.firstBlock && f.endBlock <= scope.endBlock
              && f.element.normalName().equals(bestTag) && withoutDigits(f.element.className()).equals(bestKind);
          if (!(sibling || repeat || like) || furniture(f.flagged()) != null) {
            continue;
          }
          double w = prefix[f.endBlock] - prefix[f.firstBlock];
          boolean joins = w > 0.2 * bestWeight
              || (sibling && f.element.normalName().equals("p") && linkDensity(f) < 0.25 && holdsText(f))
              || (repeat && holdsText(f))
              // a paragraph's worth at least: a trailing promo in the body's class stays out
              || (like && w >= Math.min(LIKE_MIN_WEIGHT, 0.2 * bestWeight) && holdsText(f));
          if (joins && linkDensity(f) < 0.3) {
            for (int i = f.firstBlock; i < f.endBlock; i++) {
              inside[i] = true;
            }
            start = Math.min(start, f.firstBlock);
            end = Math.max(end, f.endBlock);
          }
        }
      }
      String[] verdict = new String[n];
      boolean textBefore = false;
      for (int i = 0; i < n; i++) {
        Raw raw = blocks.get(i);
        if (!inside[i]) {
          verdict[i] = raw.furniture != null ? raw.furniture : raw.tag.equals("h1") ? "headline" : "outside-body";
        } else if (raw.furniture != null) {
          verdict[i] = raw.furniture;
        } else if (raw.tag.equals("h1") && !textBefore) {
          verdict[i] = "headline";
        } else if (raw.linkDensity > 0.5 && raw.length < 400) {
          verdict[i] = "links";
        } else if (Boilerplate.isStockPhrase(raw.text)) {
          verdict[i] = Boilerplate.PROMO;
        }
        textBefore |= inside[i] && verdict[i] == null && isGood(raw);
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
      for (int i = 0; i < n; i++) {
        Raw raw = blocks.get(i);
        if (verdict[i] == null) {
          kept.add(new Extraction.TextBlock(raw.kind, raw.text));
        } else {
          removed.add(new RemovedText(verdict[i], raw.text));
        }
      }
      return new Extraction(kept, removed, media(best));
    }

    /**
     * A page where no block reads like article prose (a note of a few words, a page of
     * headings and pictures): its text is what is not furniture, not a link list, not the
     * headline and not a stock phrase, inside the page's {@code article} or {@code main}
     * element when it has one.
     */
    private Extraction shortPage() {
      Frame region = null;
      for (Frame f : closed) {
        String tag = f.element.normalName();
        if ((tag.equals("article") || tag.equals("main")) && f.endBlock > f.firstBlock && furniture(f.flagged()) == null
            && (region == null || f.firstBlock < region.firstBlock)) {
          region = f;
        }
      }
      int from = region == null ? 0 : region.firstBlock;
      int to = region == null ? blocks.size() : region.endBlock;
      List<Extraction.TextBlock> kept = new ArrayList<>();
      List<RemovedText> removed = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        Raw raw = blocks.get(i);
        String why = raw.furniture != null ? raw.furniture
            : i < from || i >= to ? "outside-body"
            : raw.tag.equals("h1") ? "headline"
            : raw.linkDensity > 0.5 ? "links"
            : Boilerplate.isStockPhrase(raw.text) ? Boilerplate.PROMO : null;
        if (why == null) {
          kept.add(new Extraction.TextBlock(raw.kind, raw.text));
        } else {
          removed.add(new RemovedText(why, raw.text));
        }
      }
      return new Extraction(kept, removed, region == null ? List.of() : media(region));
    }

    /**
     * Readability's second look: when several near-best candidates share an ancestor (a body
     * cut into chunks), that ancestor is the article; an only child stands for its parent.
     */
    private Frame widen(Frame best, List<Frame> candidates, double bestScore) {
      candidates.sort((a, b) -> Double.compare(b.score, a.score));
      List<Frame> alternatives = new ArrayList<>();
      for (int i = 0; i < Math.min(5, candidates.size()); i++) {
        Frame f = candidates.get(i);
        if (f != best && f.score >= 0.75 * bestScore) {
          alternatives.add(f);
        }
      }
      Frame result = best;
      if (alternatives.size() >= 3) {
        for (Frame up = best.parent; up != null; up = up.parent) {
          int inside = 0;
          for (Frame alt : alternatives) {
            if (alt.firstBlock >= up.firstBlock && alt.endBlock <= up.endBlock && alt != up) {
              inside++;
            }
          }
          if (inside >= 3) {
            if (furniture(up.flagged()) == null) {
              result = up;
            }
            break;
          }
        }
      }
      while (result.parent != null && result.parent.firstBlock == result.firstBlock
          && result.parent.endBlock == result.endBlock && furniture(result.parent.flagged()) == null) {
        result = result.parent;
      }
      return result;
    }

    /** A class attribute up to numbering: {@code story-body story-body-2} reads {@code story-body story-body-}. */
    private static String withoutDigits(String s) {
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          out.append(c);
        }
      }
      return out.toString();
    }

    /**
     * Whether a frame holds article text: a block that weighs for the article, and more such
     * weight than its other blocks (captions aside) weigh against it.
     */
    private boolean holdsText(Frame f) {
      boolean good = false;
      double w = 0;
      for (int i = f.firstBlock; i < f.endBlock; i++) {
        Raw raw = blocks.get(i);
        good |= isGood(raw);
        if (!Boilerplate.CAPTION.equals(raw.furniture)) {
          w += raw.weight;
        }
      }
      return good && w > 0;
    }

    /** Whether {@code f} is a sibling of {@code of} made as it is: the same tag and class. */
    private static boolean repeats(Frame f, Frame of) {
      return of.parent != null && f.parent == of.parent && f != of && f.element.normalName().equals(of.element.normalName())
          && f.element.className().equals(of.element.className());
    }

    private double linkDensity(Frame f) {
      return f.endBlock == f.firstBlock ? 0
          : (linkPrefix[f.endBlock] - linkPrefix[f.firstBlock]) / Math.max(1.0, lengthPrefix[f.endBlock] - lengthPrefix[f.firstBlock]);
    }

    private double[] linkPrefix = new double[1];
    private double[] lengthPrefix = new double[1];

    private List<Media> media(Frame best) {
      // Captions and credits inside a figure belong to its images.
      for (Frame f : closed) {
        if (!f.element.normalName().equals("figure") || f.firstImage == f.endImage) {
          continue;
        }
        // Only images of the chosen body become media: a figure elsewhere captions none of
        // them, and splitting its caption (a backtracking regex) was wasted.
        if (f.endImage <= best.firstImage || f.firstImage >= best.endImage) {
          continue;
        }
        StringBuilder caption = new StringBuilder();
        for (int i = f.firstBlock; i < f.endBlock; i++) {
          Raw raw = blocks.get(i);
          if (Boilerplate.CAPTION.equals(raw.furniture)) {
            caption.append(caption.length() > 0 ? " " : "").append(raw.text);
          }
        }
        if (caption.length() > 0) {
          CaptionCredits.Split split = CaptionCredits.split(caption.toString());
          for (int i = f.firstImage; i < f.endImage; i++) {
            Image image = images.get(i);
            if (image.caption == null) {
              image.caption = split.caption();
              image.credit = split.credit();
            }
          }
        }
      }
      List<Media> media = new ArrayList<>();
      // A set: a list's contains() made a page of many images quadratic.
      java.util.Set<String> seen = new java.util.HashSet<>();
      // The captions of the images kept with an address (null for none): see below.
      java.util.Set<@Nullable String> captioned = new java.util.HashSet<>();
      AbsoluteUrls urls = new AbsoluteUrls();
      for (int i = best.firstImage; i < best.endImage; i++) {
        Image image = images.get(i);
        String why = furniture(image.flagged);
        if (why != null && !why.equals(Boilerplate.CAPTION)) {
          continue;
        }
        String url = image.url(urls);
        if (url.isEmpty()) {
          // An image whose address a script fills in still has its caption and credit: kept
          // without a URL (as a text scrape's picture is) unless an image with an address
          // carries the same caption (a <noscript> copy, a second size of the picture).
          if (image.caption != null) {
            media.add(new Media(null, image.caption, image.credit));
          }
          continue;
        }
        if (seen.contains(url)) {
          continue;
        }
        seen.add(url);
        Media kept = new Media(url, image.caption, image.credit);
        int last = media.size() - 1;
        if (image.fromNoscript && last >= 0 && media.get(last).url() != null
            && samePicture(media.get(last), kept)) {
          // A blurred preview shown until the script loads the picture, whose full size is
          // the <noscript> fallback: one picture, at its real size.
          Media preview = media.get(last);
          media.set(last, new Media(url, image.caption != null ? image.caption : preview.caption(),
              image.caption != null ? image.credit : preview.credit()));
        } else {
          media.add(kept);
        }
        captioned.add(image.caption);
      }
      // In document order; an unaddressed picture goes where another carries its caption.
      media.removeIf(m -> m.url() == null && !captioned.add(m.caption()));
      return media;
    }
  }

  /**
   * Whether two images are one picture at two sizes: the same file name (the address's last
   * path segment, at least five characters) and no caption that differs.
   */
  static boolean samePicture(Media a, Media b) {
    String name = fileName(a.url());
    return name.length() >= 5 && name.equals(fileName(b.url()))
        && (a.caption() == null || b.caption() == null || a.caption().equals(b.caption()));
  }

  /**
   * Whether two addresses are one picture served at two sizes: the same host and file name,
   * and paths that differ at most in one folder naming a size ({@code …/max/398/x.jpg} and
   * {@code …/max/796/x.jpg}, {@code w_600} and {@code w_1200}), whatever their queries
   * ({@code x.img} and {@code x.img?h=820&w=1456}). A folder of another name ({@code
   * /vi/abc/hqdefault.jpg} and {@code /vi/xyz/hqdefault.jpg}), of a year or month ({@code
   * /2019/05/photo.jpg} and {@code /2019/06/photo.jpg}), and a script's answer to another query
   * ({@code image.php?id=2}) are other pictures.
   */
  static boolean sameFileResized(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return false;
    }
    String pathA = withoutQuery(withoutScheme(a));
    String pathB = withoutQuery(withoutScheme(b));
    String name = fileName(pathA);
    if (name.length() < 5 || !name.equals(fileName(pathB)) || !PICTURE_FILE.matcher(name).matches()) {
      return false;
    }
    String[] partsA = pathA.split("/", -1);
    String[] partsB = pathB.split("/", -1);
    if (partsA.length != partsB.length) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < partsA.length; i++) {
      if (!partsA[i].equals(partsB[i])) {
        if (++differences > 1 || i == 0 || !namesSize(partsA[i]) || !namesSize(partsB[i])) {
          return false; // the host (i == 0) or a folder that is no size
        }
      }
    }
    return true;
  }

  /**
   * Of two addresses of one picture ({@link #sameFileResized}), the one whose size folder names
   * the larger size ({@code …/796/x.jpg} over {@code …/398/x.jpg}); {@code a} when they differ
   * only in their queries, whose sizes are not compared.
   */
  static String largerSize(String a, String b) {
    String[] partsA = withoutQuery(withoutScheme(a)).split("/", -1);
    String[] partsB = withoutQuery(withoutScheme(b)).split("/", -1);
    for (int i = 0; i < partsA.length && i < partsB.length; i++) {
      if (!partsA[i].equals(partsB[i])) {
        return largestNumber(partsB[i]) > largestNumber(partsA[i]) ? b : a;
      }
    }
    return a;
  }

  private static int largestNumber(String folder) {
    int largest = 0;
    int current = 0;
    for (int i = 0; i < folder.length(); i++) {
      char c = folder.charAt(i);
      current = c >= '0' && c <= '9' ? Math.min(current * 10 + (c - '0'), 1_000_000) : 0;
      largest = Math.max(largest, current);
    }
    return largest;
  }

  private static boolean namesSize(String folder) {
    if (!SIZE_FOLDER.matcher(folder).matches()) {
      return false;
    }
    if (folder.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // A month ("05") or a year ("2019") is an upload's folder, not a size.
      int number = Integer.parseInt(folder);
      return folder.length() >= 3 && (number < 1990 || number > 2039);
    }
    return true;
  }

  private static String withoutScheme(String url) {
    int scheme = url.indexOf("//");
    return scheme >= 0 && scheme <= 6 ? url.substring(scheme + 2) : url;
  }

  private static String withoutQuery(String url) {
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) == '?' || url.charAt(i) == '#') {
        return url.substring(0, i);
      }
    }
    return url;
  }

  private static String fileName(@Nullable String url) {
    if (url == null) {
      return "";
    }
    int end = url.length();
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) == '?' || url.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    return url.substring(url.lastIndexOf('/', end - 1) + 1, end);
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

  /**
   * What {@code SENTENCE_END.matcher(text).find()} says, read backwards from the end instead of
   * trying the regex at every position of every block: a closing character followed by
   * nothing but white space, at the end or before a final line terminator.
   */
  static boolean endsSentence(String text) {
    int n = text.length();
    if (n == 0) {
      return false;
    }
    if (closesSentenceBefore(text, n)) {
      return true;
    }
    char last = text.charAt(n - 1);
    // '$' also matches before a final line terminator that \s does not cover.
    return (last == '\u0085' || last == '\u2028' || last == '\u2029') && closesSentenceBefore(text, n - 1);
  }

  private static boolean closesSentenceBefore(String text, int end) {
    int i = end;
    while (i > 0 && isRegexSpace(text.charAt(i - 1))) {
      i--;
    }
    return i > 0 && SENTENCE_CLOSERS.indexOf(text.charAt(i - 1)) >= 0;
  }

  // The class of SENTENCE_END, and what \s matches there.
  private static final String SENTENCE_CLOSERS = ".!?。！？…\"”’»)]";

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static double contentWeight(Raw raw) {
    int length = raw.length;
    if (raw.heading) {
      return 0;
    }
    double density = raw.linkDensity;
    if (density >= 0.5) {
      return -length * density;
    }
    boolean sentence = endsSentence(raw.text);
    if (length >= 80) {
      return length * (1 - 1.5 * density);
    }
    if (length >= 30 && sentence) {
      return 0.5 * length * (1 - 1.5 * density);
    }
    return -0.25 * length;
  }
}
