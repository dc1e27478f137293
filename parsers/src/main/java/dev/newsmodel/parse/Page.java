package dev.newsmodel.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.newsmodel.parse.html.JsonLd;
import dev.newsmodel.parse.html.MetaTags;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.internal.PageDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * One page to parse: its decoded content (HTML or plain text), its URL and HTTP headers.
 *
 * <p>A page is made for one parse: {@link #document()} hands out the same parsed DOM on each
 * call, and the parser that reads the page may change it. Make a new {@code Page} per parse,
 * and do not share one between threads.
 */
public final class Page {
  // The content, built on first need: an HTML page decoded from well-formed UTF-8 is parsed
  // straight from its bytes (undecoded), and most parses never ask for the whole text.
  private @Nullable String content;
  private PageDecoder.@Nullable Decoded undecoded;
  private final boolean html;
  private final @Nullable String url;
  private final ImmutableSortedMap<String, String> headers;
  private final Charset charset;
  private final ImmutableList<String> warnings;
  private final boolean binary;
  // Why the bytes are no page at all (corrupt gzip, too large), or null: checkReadable reports it.
  private final ParseException.@Nullable Reason problem;
  private final @Nullable String problemMessage;
  private @Nullable Document document;
  private @Nullable PageSignals signals;
  private @Nullable JsonLd jsonLd;
  private @Nullable MetaTags metaTags;
  private @Nullable List<Element> elements;
  /**
   * The most bytes a page is read from, once decompressed: 64 MiB. No real page is bigger; past
   * it the page is refused as {@link ParseException.Reason#TOO_LARGE} (a guard against
   * decompression bombs and runaway responses).
   */
  public static final int MAX_BYTES = 64 * 1024 * 1024;
  // How many leading characters tell HTML from plain text (looksLikeHtml).
  private static final int HTML_SNIFF = 8192;
  private static final Pattern TAG = Pattern.compile(
      "(?i)<(?:!doctype\\s+html|html|head|body|div|p|br|span|article|section|meta|title|script|a\\s+href|h[1-6]|table|ul|li|img)\\b[^>]{0,2000}>");

  private Page(
      @Nullable String content,
      boolean html,
      @Nullable String url,
      Map<String, String> headers,
      Charset charset,
      List<String> warnings,
      @Nullable Document document,
      boolean binary) {
    this(content, html, url, headers, charset, warnings, document, binary, null, null);
  }

  private Page(
      @Nullable String content,
      boolean html,
      @Nullable String url,
      Map<String, String> headers,
      Charset charset,
      List<String> warnings,
      @Nullable Document document,
      boolean binary,
      ParseException.@Nullable Reason problem,
      @Nullable String problemMessage) {
    this.content = content;
    this.html = html;
    this.url = url;
    this.problem = problem;
    this.problemMessage = problemMessage;
    java.util.TreeMap<String, String> lower = new java.util.TreeMap<>();
    headers.forEach((k, v) -> lower.put(
        Objects.requireNonNull(k, "headers: a header name").toLowerCase(Locale.ROOT),
        Objects.requireNonNull(v, () -> "headers: the value of " + k)));
    this.headers = ImmutableSortedMap.copyOfSorted(lower);
    this.charset = charset;
    this.warnings = ImmutableList.copyOf(warnings);
    this.document = document;
    this.binary = binary;
  }

  private Page(PageDecoder.Decoded undecoded, @Nullable String url, Map<String, String> headers, List<String> warnings) {
    this(null, true, url, headers, undecoded.charset(), warnings, null, false);
    this.undecoded = undecoded;
  }

  // A page that is no page at all: checkReadable() throws the problem.
  private static Page unreadable(ParseException.Reason problem, String message, @Nullable String url,
      Map<String, String> headers) {
    return new Page("", false, url, headers, StandardCharsets.UTF_8, List.of(), null, false, problem, message);
  }

  /**
   * Checks a page URL against the library's one rule and returns it as pages keep it. A URL is
   * either absent ({@code null}, or blank) or an absolute {@code http} or {@code https} URL with
   * a host, such as {@code https://www.asahi.com/ajw/articles/15550001}: surrounding white space
   * is stripped, nothing else is changed. Anything else (a relative path such as {@code
   * /story/1}, {@code javascript:} or {@code file:} URLs, text that is no URI) is refused. Every
   * {@code Page} factory applies this rule, so {@link #url()} is always such a URL or {@code null}.
   *
   * @param url the URL to check, or {@code null}
   * @return the URL stripped of surrounding white space, or {@code null} when {@code url} is
   *     {@code null} or blank
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL; the message
   *     quotes the value
   */
  public static @Nullable String checkUrl(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String stripped = url.strip();
    URI uri;
    try {
      uri = new URI(stripped);
    } catch (java.net.URISyntaxException e) {
      throw badUrl(stripped, "it is not a URI (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      throw badUrl(stripped, "it is relative");
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      throw badUrl(stripped, "its scheme is '" + scheme + "', not http or https");
    }
    if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
      throw badUrl(stripped, "it has no host");
    }
    return stripped;
  }

  private static boolean isHttpUrl(String url) {
    try {
      return checkUrl(url) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static IllegalArgumentException badUrl(String url, String why) {
    String shown = url.length() > 200 ? url.substring(0, 197) + "..." : url;
    return new IllegalArgumentException("url: \"" + shown + "\" is not an absolute http(s) URL: " + why);
  }

  /**
   * Returns a page of already-decoded content; whether it is HTML or plain text is told from
   * the content (plain text has no markup).
   *
   * @param content the page's content
   * @param url the page's URL, or {@code null} when unknown (see {@link #checkUrl(String)})
   * @return the page
   * @throws NullPointerException when {@code content} is {@code null}
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static Page of(String content, @Nullable String url) {
    Objects.requireNonNull(content, "content");
    String checked = checkUrl(url);
    String text = !content.isEmpty() && content.charAt(0) == '\uFEFF' ? content.substring(1) : content;
    return new Page(text, looksLikeHtml(text), checked, Map.of(), StandardCharsets.UTF_16, List.of(), null, false);
  }

  /**
   * Returns a page of plain text (never read as HTML), e.g. a scrape with its markup stripped.
   *
   * @param text the page's text
   * @param url the page's URL, or {@code null} when unknown (see {@link #checkUrl(String)})
   * @return the page
   * @throws NullPointerException when {@code text} is {@code null}
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static Page ofText(String text, @Nullable String url) {
    Objects.requireNonNull(text, "text");
    return new Page(text, false, checkUrl(url), Map.of(), StandardCharsets.UTF_16, List.of(), null, false);
  }

  /**
   * Returns a page for a document the caller has already parsed; the page works on a copy.
   *
   * @param document the parsed page
   * @param url the page's URL, or {@code null} to take the document's location when that is an
   *     absolute http(s) URL (a document parsed from a file has the file's path as its location,
   *     which is no page URL and is not taken)
   * @return the page
   * @throws NullPointerException when {@code document} is {@code null}
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static Page of(Document document, @Nullable String url) {
    Objects.requireNonNull(document, "document");
    String location = url != null ? checkUrl(url) : isHttpUrl(document.location()) ? checkUrl(document.location()) : null;
    Document copy = document.clone();
    return new Page(copy.outerHtml(), true, location, Map.of(), copy.charset(), List.of(), copy, false);
  }

  /**
   * Returns a page decoded from bytes: by byte-order mark, then the {@code Content-Type}
   * header's charset, then the page's {@code <meta charset>} (or {@code http-equiv}
   * declaration), then detection among UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP and windows-1252.
   * Gzip-compressed bytes are decompressed first. Bytes invalid in the chosen charset become
   * U+FFFD and are counted in {@link #warnings()}. A {@code Content-Type} of {@code text/plain}
   * makes the page plain text whatever its content.
   *
   * <p>Total: any byte array gives a page, even one that is no page at all. Whether it is a page
   * worth parsing is decided when it is parsed: {@link #checkReadable()} (called by
   * {@link NewsModel}) throws {@link ParseException} with the bytes' problem: {@link
   * ParseException.Reason#EMPTY EMPTY}, {@link ParseException.Reason#BINARY BINARY}, {@link
   * ParseException.Reason#UNREADABLE UNREADABLE} (corrupt or cut gzip data) or {@link
   * ParseException.Reason#TOO_LARGE TOO_LARGE} (over {@link #MAX_BYTES}, once decompressed).
   *
   * @param bytes the page as fetched
   * @param url the page's URL, or {@code null} when unknown (see {@link #checkUrl(String)})
   * @param headers the HTTP response headers (names in any case), empty when unknown
   * @return the page
   * @throws NullPointerException when {@code bytes}, {@code headers} or a header's name or value
   *     is {@code null}
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static Page of(byte[] bytes, @Nullable String url, Map<String, String> headers) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(headers, "headers");
    String checked = checkUrl(url);
    String where = checked == null ? "" : " (" + checked + ")";
    if (bytes.length > MAX_BYTES) {
      return unreadable(ParseException.Reason.TOO_LARGE, "The input is " + bytes.length + " bytes long, over the limit of "
          + MAX_BYTES + " (Page.MAX_BYTES)" + where + ".", checked, headers);
    }
    List<String> warnings = new ArrayList<>();
    byte[] raw = bytes;
    if (isGzip(bytes)) {
      try {
        raw = gunzip(bytes);
      } catch (IOException e) {
        return unreadable(ParseException.Reason.UNREADABLE, "The input is corrupt gzip data: " + e.getMessage() + where + ".",
            checked, headers);
      }
      if (raw.length > MAX_BYTES) {
        return unreadable(ParseException.Reason.TOO_LARGE, "The input is over the limit of " + MAX_BYTES
            + " bytes (Page.MAX_BYTES) once decompressed" + where + ".", checked, headers);
      }
    }
    String contentType = null;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase("content-type")) {
        contentType = header.getValue();
      }
    }
    PageDecoder.Decoded decoded = PageDecoder.decode(raw, contentType);
    warnings.addAll(decoded.warnings());
    if (decoded.isLazy() && !decoded.binary()) {
      // Whether it is HTML is told from the head alone; an HTML page then stays undecoded
      // until someone asks for its text (the parser reads the DOM from the bytes).
      String head = decoded.head(HTML_SNIFF + 1);
      if (!head.isEmpty() && head.charAt(0) != '\uFEFF' && isHtml(head, contentType)) {
        return new Page(decoded, checked, headers, warnings);
      }
    }
    String content = decoded.text();
    if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
      content = content.substring(1);
    }
    boolean html = !decoded.binary() && isHtml(content, contentType);
    return new Page(content, html, checked, headers, decoded.charset(), warnings, null, decoded.binary());
  }

  /**
   * Returns a page decoded from bytes with no HTTP headers; see {@link #of(byte[], String, Map)}.
   *
   * @param bytes the page as fetched
   * @param url the page's URL, or {@code null} when unknown (see {@link #checkUrl(String)})
   * @return the page
   * @throws NullPointerException when {@code bytes} is {@code null}
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static Page of(byte[] bytes, @Nullable String url) {
    return of(bytes, url, Map.of());
  }

  /**
   * Returns a page read from the stream and decoded as {@link #of(byte[], String, Map)} does.
   * Reads to the end of the stream, but no further than {@link #MAX_BYTES} and one byte: a longer
   * stream gives a page refused as {@link ParseException.Reason#TOO_LARGE TOO_LARGE}, and the
   * rest of the stream is left unread. The stream is not closed.
   *
   * @param in the page as fetched
   * @param url the page's URL, or {@code null} when unknown (see {@link #checkUrl(String)})
   * @param headers the HTTP response headers (names in any case), empty when unknown
   * @return the page
   * @throws IOException when the stream cannot be read
   * @throws NullPointerException when {@code in} or {@code headers} is {@code null}
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static Page of(InputStream in, @Nullable String url, Map<String, String> headers) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(headers, "headers");
    String checked = checkUrl(url);
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return unreadable(ParseException.Reason.TOO_LARGE, "The input is longer than the limit of " + MAX_BYTES
          + " bytes (Page.MAX_BYTES)" + (checked == null ? "" : " (" + checked + ")") + ".", checked, headers);
    }
    return of(bytes, checked, headers);
  }

  private static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
  }

  // Decompresses up to MAX_BYTES and one byte, so that a bomb is told from a page at the limit.
  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readNBytes(MAX_BYTES + 1);
    }
  }

  /**
   * Returns the decoded content.
   *
   * @return the content
   */
  public String content() {
    String c = content;
    if (c == null) {
      c = java.util.Objects.requireNonNull(undecoded).text();
      content = c;
    }
    return c;
  }

  /**
   * Returns whether the content is empty or white space only, as {@code content().isBlank()}
   * says, without decoding the whole page when it need not.
   *
   * @return {@code true} when there is no visible character
   */
  public boolean isBlank() {
    PageDecoder.Decoded u = undecoded;
    return content == null && u != null ? u.isBlank() : content().isBlank();
  }

  // Whether the content has more than max characters, without decoding the page when its
  // byte count already says no.
  boolean isLongerThan(int max) {
    PageDecoder.Decoded u = undecoded;
    return content == null && u != null ? u.longerThan(max) : content().length() > max;
  }

  /**
   * Returns whether the content is HTML (as opposed to plain text).
   *
   * @return {@code true} for HTML, {@code false} for plain text
   */
  public boolean isHtml() {
    return html;
  }

  /**
   * Returns the URL: an absolute http(s) URL (the factories refuse anything else, see {@link
   * #checkUrl(String)}), or {@code null} when unknown.
   *
   * @return the URL, or {@code null}
   */
  public @Nullable String url() {
    return url;
  }

  /**
   * Returns the URL's host in lower case without a leading {@code www.}, or empty.
   *
   * @return the host, or empty when there is no URL or it has no host
   */
  public Optional<String> host() {
    if (url == null) {
      return Optional.empty();
    }
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the HTTP headers with lower-case names; empty when none were given.
   *
   * @return the headers, never {@code null}
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the charset the bytes were decoded with (UTF-16 for content given as a string).
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Returns what decoding had to guess or replace, one sentence each.
   *
   * @return the warnings, empty when decoding was clean
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Returns the parsed DOM, parsing on first call (plain text is wrapped as one {@code <pre>}).
   * The same instance is returned on later calls; parsers may change it.
   *
   * @return the document
   */
  public Document document() {
    Document doc = document;
    if (doc == null) {
      String base = url == null ? "" : url;
      PageDecoder.Decoded u = undecoded;
      if (html && content == null && u != null) {
        // What Jsoup.parse(content, base) does, reading the bytes instead of a built String.
        doc = Parser.htmlParser().parseInput(u.reader(), base);
      } else {
        doc = html ? Jsoup.parse(content(), base) : Jsoup.parse("<pre></pre>", base);
      }
      if (!html) {
        doc.selectFirst("pre").text(content());
      }
      document = doc;
    }
    return doc;
  }

  // The cheap part of checkReadable(): what the bytes said when the page was made.
  void checkBytes() throws ParseException {
    if (problem != null) {
      throw new ParseException(problem, Objects.requireNonNull(problemMessage));
    }
    if (binary) {
      throw new ParseException(ParseException.Reason.BINARY, "The input is binary data, not a page"
          + (url == null ? "" : " (" + url + ")") + ".");
    }
  }

  /**
   * Checks that the page can be parsed: its bytes were readable and within {@link #MAX_BYTES},
   * it is not binary, not empty or blank, and (for HTML) holds some text or metadata.
   * {@link NewsModel} calls it before any parser; a parser may call it too.
   *
   * @throws ParseException when the page cannot be parsed; its {@link ParseException#reason()} is
   *     {@link ParseException.Reason#UNREADABLE UNREADABLE}, {@link ParseException.Reason#TOO_LARGE
   *     TOO_LARGE}, {@link ParseException.Reason#BINARY BINARY}, {@link ParseException.Reason#EMPTY
   *     EMPTY} or {@link ParseException.Reason#NOT_A_PAGE NOT_A_PAGE}
   */
  public void checkReadable() throws ParseException {
    checkBytes();
    String where = url == null ? "" : " (" + url + ")";
    if (isBlank()) {
      throw new ParseException(ParseException.Reason.EMPTY, "The input is empty: there is no page to parse" + where + ".");
    }
    if (html && !hasText(document()) && document().select("script[type~=(?i)ld\\+json], meta").isEmpty()) {
      throw new ParseException(ParseException.Reason.NOT_A_PAGE,
          "The input is HTML without any text or metadata: there is nothing to parse" + where + ".");
    }
  }

  // Whether any text node holds text: stops at the first, where building and cleaning the
  // whole document's text (document().text()) cost as much as a tenth of a parse.
  private static boolean hasText(Document doc) {
    return doc.nodeStream(TextNode.class).anyMatch(t -> !Texts.clean(t.getWholeText()).isEmpty());
  }

  /**
   * Returns whether the bytes the page was made from looked binary (see {@link #checkReadable()}).
   *
   * @return {@code true} when the bytes looked binary
   */
  public boolean isBinary() {
    return binary;
  }

  /**
   * Returns what the page says about who published it, read once and kept: site names, the
   * title, the first lines of text. Outlet parsers use it in {@link ArticleParser#contentScore}.
   *
   * @return the page's signals
   */
  public PageSignals signals() {
    PageSignals s = signals;
    if (s == null) {
      s = PageSignals.of(this);
      signals = s;
    }
    return s;
  }

  /**
   * Returns every element of {@link #document()} in document order, the document itself first
   * (what {@code document().getAllElements()} gives), listed on first call and kept: parser
   * selection and the parser share one walk instead of each walking the DOM. The list does
   * not follow changes made to the DOM after the first call.
   *
   * @return the elements, in document order
   */
  public List<Element> elements() {
    List<Element> e = elements;
    if (e == null) {
      e = java.util.Collections.unmodifiableList(allElements(document()));
      elements = e;
    }
    return e;
  }

  /**
   * The root and every element below it in document order (pre-order), what
   * {@code getAllElements()} gives. Walks the child lists by index and steps over text nodes
   * without visiting them: getAllElements() streams through an evaluator and a collector, and
   * a NodeTraversor visits every node twice (head and tail) and finds each next sibling through
   * the node's sibling index; both cost more than the walk itself.
   */
  static List<Element> allElements(Element root) {
    List<Element> all = new ArrayList<>();
    all.add(root);
    Element[] parents = new Element[64];
    int[] next = new int[64];
    int depth = 0;
    parents[0] = root;
    while (depth >= 0) {
      Element parent = parents[depth];
      int i = next[depth];
      if (i >= parent.childNodeSize()) {
        depth--;
        continue;
      }
      next[depth] = i + 1;
      if (parent.childNode(i) instanceof Element child) {
        all.add(child);
        if (child.childNodeSize() > 0) {
          depth++;
          if (depth == parents.length) {
            parents = java.util.Arrays.copyOf(parents, depth * 2);
            next = java.util.Arrays.copyOf(next, depth * 2);
          }
          parents[depth] = child;
          next[depth] = 0;
        }
      }
    }
    return all;
  }

  /**
   * Returns the page's JSON-LD blocks, read from {@link #document()} on first call and kept:
   * parser selection and the parser share one reading. Empty (no objects) for plain text or a
   * page without JSON-LD.
   *
   * @return the JSON-LD blocks
   */
  public JsonLd jsonLd() {
    JsonLd j = jsonLd;
    if (j == null) {
      j = JsonLd.of(elements());
      jsonLd = j;
    }
    return j;
  }

  /**
   * Returns the page's {@code <meta>} tags, read from {@link #document()} on first call and
   * kept; empty for plain text or a page without meta tags.
   *
   * @return the meta tags
   */
  public MetaTags metaTags() {
    MetaTags m = metaTags;
    if (m == null) {
      m = MetaTags.of(elements());
      metaTags = m;
    }
    return m;
  }

  private static boolean isHtml(String content, @Nullable String contentType) {
    if (contentType != null) {
      String type = contentType.toLowerCase(Locale.ROOT);
      if (type.startsWith("text/plain")) {
        return false;
      }
    }
    return looksLikeHtml(content);
  }

  /**
   * Returns whether the content is markup: a doctype or {@code <html>}, or at least two tags of
   * the elements pages are made of, near the start. Text that merely mentions one tag is text.
   */
  // Whether text[at, limit) starts with the lower-case ASCII word, ignoring case.
  private static boolean startsIgnoreCase(String text, int at, int limit, String word) {
    return at + word.length() <= limit && text.regionMatches(true, at, word, 0, word.length());
  }

  // Whether text[0, limit) contains the lower-case ASCII word beginning with '<', ignoring case.
  private static boolean containsIgnoreCase(String text, int limit, String word) {
    for (int i = text.indexOf('<'); i >= 0 && i + word.length() <= limit; i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  static boolean looksLikeHtml(String content) {
    int limit = Math.min(content.length(), HTML_SNIFF);
    // Case-blind matching in place: lower-casing the head (then the tests) copied 8 KB per page.
    int start = 0;
    while (start < limit && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    if (startsIgnoreCase(content, start, limit, "<!doctype html") || containsIgnoreCase(content, limit, "<html")) {
      return true;
    }
    // Bounds of a region are opaque and anchoring: the same matches as on the head as a String.
    Matcher tags = TAG.matcher(content).region(0, limit);
    int count = 0;
    while (tags.find()) {
      if (++count >= 2) {
        return true;
      }
    }
    return false;
  }
}
