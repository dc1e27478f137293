package dev.newsmodel.parse.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * jsoup's {@link Element#absUrl(String)}, giving the same strings, with the page's base URL
 * parsed once instead of on every call: jsoup strips the base of control characters with a
 * regex and parses it into a {@link URL} each time, which was most of the cost of resolving a
 * page's image addresses. Anything out of the ordinary (no usable base, a reference
 * {@code java.net.URL} rejects) is left to {@code absUrl} itself.
 *
 * <p>One instance per page and thread: it remembers the last base it parsed.
 */
public final class AbsoluteUrls {
  // What jsoup's StringUtil.resolve(URL, String) removes from the start of the file part.
  private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");

  private @Nullable String baseUri;
  private @Nullable URL base;

  /**
   * Returns the attribute's value resolved against the element's base URI, as {@code
   * element.absUrl(key)} does: {@code ""} when the attribute is absent or cannot be made
   * absolute.
   *
   * @param element the element
   * @param key the attribute's name, e.g. {@code src}
   * @return the absolute URL, or {@code ""}
   */
  public String absUrl(Element element, String key) {
    if (element.attributesSize() == 0 || !element.attributes().hasKeyIgnoreCase(key)) {
      return "";
    }
    String reference = element.attributes().getIgnoreCase(key);
    if (isPlainAbsolute(reference)) {
      return reference;
    }
    URL b = baseFor(element.baseUri());
    if (b == null) {
      return element.absUrl(key);
    }
    try {
      return resolve(b, reference).toExternalForm();
    } catch (MalformedURLException e) {
      return element.absUrl(key); // jsoup's own fallbacks (schemes java.net.URL does not know)
    }
  }

  /**
   * Returns a reference found inside an attribute (one candidate of a {@code srcset}, say)
   * resolved against the element's base URI as {@link #absUrl(Element, String)} resolves a whole
   * attribute.
   *
   * @param element the element whose base URI applies
   * @param reference the URL as written, relative or absolute
   * @return the absolute URL, or {@code ""} when there is no usable base or the reference cannot
   *     be made absolute
   */
  public String resolve(Element element, String reference) {
    if (isPlainAbsolute(reference)) {
      return reference;
    }
    URL b = baseFor(element.baseUri());
    if (b == null) {
      return "";
    }
    try {
      return resolve(b, reference).toExternalForm();
    } catch (MalformedURLException e) {
      return "";
    }
  }

  private @Nullable URL baseFor(String uri) {
    if (!uri.equals(baseUri)) {
      baseUri = uri;
      try {
        base = new URL(withoutControlChars(uri));
      } catch (MalformedURLException e) {
        base = null;
      }
    }
    return base;
  }

  // jsoup 1.24's StringUtil.resolve(URL, String), step for step, minus its regexes where a
  // character test says they cannot match.
  private static URL resolve(URL base, String reference) throws MalformedURLException {
    String rel = withoutControlChars(reference);
    if (rel.startsWith("?")) {
      rel = base.getPath() + rel; // java.net.URL drops the base's file before a bare query
    }
    URL url = new URL(base, rel);
    String file = url.getFile();
    if (file.startsWith("/.")) {
      file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
    }
    if (url.getRef() != null) {
      file = file + "#" + url.getRef();
    }
    URL resolved = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
    if ((resolved.getProtocol().equalsIgnoreCase("http") || resolved.getProtocol().equalsIgnoreCase("https"))
        && resolved.getHost().isEmpty()) {
      throw new MalformedURLException("Invalid URL: host is missing");
    }
    return resolved;
  }

  /**
   * Whether the reference is an absolute http(s) URL that resolution gives back unchanged, as
   * most image addresses are: lower-case scheme, a host of letters, digits, dots and hyphens,
   * an optional port, then only characters java.net.URL keeps as they are, and no "/." (dot
   * segments are rewritten) and no "@" (user info is dropped).
   */
  static boolean isPlainAbsolute(String reference) {
    int i = reference.startsWith("https://") ? 8 : reference.startsWith("http://") ? 7 : -1;
    if (i < 0) {
      return false;
    }
    int n = reference.length();
    int hostStart = i;
    while (i < n && isHostChar(reference.charAt(i))) {
      i++;
    }
    if (i == hostStart) {
      return false;
    }
    if (i < n && reference.charAt(i) == ':') {
      int portStart = ++i;
      while (i < n && reference.charAt(i) >= '0' && reference.charAt(i) <= '9') {
        i++;
      }
      if (i == portStart || i - portStart > 5) {
        return false;
      }
    }
    if (i < n && reference.charAt(i) != '/' && reference.charAt(i) != '?' && reference.charAt(i) != '#') {
      return false;
    }
    for (; i < n; i++) {
      char c = reference.charAt(i);
      if (!isPathChar(c) || (c == '.' && reference.charAt(i - 1) == '/')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  private static boolean isPathChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~/?#=&%+,;:!$'()*".indexOf(c) >= 0;
  }

  /** Removes the characters U+0000 to U+001F (jsoup's {@code [\x00-\x1f]*} replaced by ""). */
  static String withoutControlChars(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) >= 0x20) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder kept = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
