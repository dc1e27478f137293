package dev.newsmodel.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * One page to parse: its decoded content (HTML or plain text), its URL and HTTP headers.
 *
 * <p>A page is made for one parse: {@link #document()} hands out the same parsed DOM on each
 * call, and the parser that reads the page may change it. Make a new {@code Page} per parse,
 * and do not share one between threads.
 */
public final class Page {
  private final String content;
  private final boolean html;
  private final @Nullable String url;
  private final ImmutableSortedMap<String, String> headers;
  private final Charset charset;
  private final ImmutableList<String> warnings;
  private @Nullable Document document;

  private Page(
      String content,
      boolean html,
      @Nullable String url,
      Map<String, String> headers,
      Charset charset,
      List<String> warnings,
      @Nullable Document document) {
    this.content = content;
    this.html = html;
    this.url = url == null || url.isBlank() ? null : url.strip();
    java.util.TreeMap<String, String> lower = new java.util.TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    this.headers = ImmutableSortedMap.copyOfSorted(lower);
    this.charset = charset;
    this.warnings = ImmutableList.copyOf(warnings);
    this.document = document;
  }

  /**
   * Returns a page of already-decoded content; whether it is HTML or plain text is told from
   * the content (plain text has no markup).
   *
   * @param content the page's content
   * @param url the page's URL, or {@code null} when unknown
   */
  public static Page of(String content, @Nullable String url) {
    return new Page(content, looksLikeHtml(content), url, Map.of(), StandardCharsets.UTF_16, List.of(), null);
  }

  /** Returns a page of plain text (never read as HTML), e.g. a scrape with its markup stripped. */
  public static Page ofText(String text, @Nullable String url) {
    return new Page(text, false, url, Map.of(), StandardCharsets.UTF_16, List.of(), null);
  }

  /** Returns a page for a document the caller has already parsed; the page works on a copy. */
  public static Page of(Document document, @Nullable String url) {
    Document copy = document.clone();
    String location = url != null ? url : document.location().isEmpty() ? null : document.location();
    return new Page(copy.outerHtml(), true, location, Map.of(), copy.charset(), List.of(), copy);
  }

  /**
   * Returns a page decoded from bytes: by byte-order mark, then the {@code Content-Type}
   * header's charset, then the page's {@code <meta charset>}, then detection.
   *
   * @param bytes the page as fetched
   * @param url the page's URL, or {@code null}
   * @param headers the HTTP response headers (names in any case), empty when unknown
   */
  public static Page of(byte[] bytes, @Nullable String url, Map<String, String> headers) {
    // Replaced by the full decoder (PageDecoder); UTF-8 until then.
    String content = new String(bytes, StandardCharsets.UTF_8);
    if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
      content = content.substring(1);
    }
    return new Page(content, looksLikeHtml(content), url, headers, StandardCharsets.UTF_8, List.of(), null);
  }

  /** Returns the decoded content. */
  public String content() {
    return content;
  }

  /** Returns whether the content is HTML (as opposed to plain text). */
  public boolean isHtml() {
    return html;
  }

  /** Returns the URL, or {@code null} when unknown. */
  public @Nullable String url() {
    return url;
  }

  /** Returns the URL's host in lower case without a leading {@code www.}, or empty. */
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

  /** Returns the HTTP headers with lower-case names; empty when none were given. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the charset the bytes were decoded with (UTF-16 for content given as a string). */
  public Charset charset() {
    return charset;
  }

  /** Returns what decoding had to guess or replace, one sentence each. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Returns the parsed DOM, parsing on first call (plain text is wrapped as one {@code <pre>}).
   * The same instance is returned on later calls; parsers may change it.
   */
  public Document document() {
    Document doc = document;
    if (doc == null) {
      String base = url == null ? "" : url;
      doc = html ? Jsoup.parse(content, base) : Jsoup.parse("<pre></pre>", base);
      if (!html) {
        doc.selectFirst("pre").text(content);
      }
      document = doc;
    }
    return doc;
  }

  static boolean looksLikeHtml(String content) {
    int limit = Math.min(content.length(), 4096);
    String head = content.substring(0, limit).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<head") || head.contains("<p>") || head.contains("<div")
        || head.contains("<meta") || head.contains("<article");
  }
}
