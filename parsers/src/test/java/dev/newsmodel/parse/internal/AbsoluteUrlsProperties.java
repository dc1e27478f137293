package dev.newsmodel.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@link AbsoluteUrls} stands in for jsoup's {@code absUrl}: on any base and any reference it
 * must give jsoup's string, including after switching bases (it remembers the last one), so
 * that a jsoup upgrade that changes resolution fails here rather than drifting silently.
 */
class AbsoluteUrlsProperties {
  private final AbsoluteUrls shared = new AbsoluteUrls();

  @Property(tries = 3000)
  void givesWhatJsoupGives(@ForAll("bases") String base, @ForAll("references") String reference) {
    Document doc = Jsoup.parse("<p><img></p>", base);
    Element img = doc.selectFirst("img");
    img.attr("src", reference);
    assertThat(shared.absUrl(img, "src")).isEqualTo(img.absUrl("src"));
    assertThat(new AbsoluteUrls().absUrl(img, "SRC")).isEqualTo(img.absUrl("SRC"));
    assertThat(shared.absUrl(img, "data-src")).isEqualTo(img.absUrl("data-src")).isEmpty();
    // A reference from inside an attribute (a srcset candidate) resolves the same way, or not
    // at all where jsoup would fall back to its own handling of odd schemes.
    assertThat(shared.resolve(img, reference)).isIn(img.absUrl("src"), "");
  }

  @Property(tries = 3000)
  void givesWhatJsoupGivesForAbsoluteReferences(@ForAll("bases") String base, @ForAll("absolute") String reference) {
    givesWhatJsoupGives(base, reference);
  }

  @Property(tries = 500)
  void removesControlCharactersAsJsoupsRegexDoes(@ForAll String text) {
    assertThat(AbsoluteUrls.withoutControlChars(text)).isEqualTo(text.replaceAll("[\\x00-\\x1f]*", ""));
  }

  @Example
  void plainAbsoluteReferencesAreRecognised() {
    assertThat(AbsoluteUrls.isPlainAbsolute("https://cdn.example.net/img/a.jpg?w=640&q=80#x")).isTrue();
    assertThat(AbsoluteUrls.isPlainAbsolute("https://cdn.example.net:8443")).isTrue();
    assertThat(AbsoluteUrls.isPlainAbsolute("https://cdn.example.net/img/../a.jpg")).isFalse();
    assertThat(AbsoluteUrls.isPlainAbsolute("https://user@cdn.example.net/a.jpg")).isFalse();
    assertThat(AbsoluteUrls.isPlainAbsolute("/img/a.jpg")).isFalse();
  }

  @Example
  void aBaseElementIsFollowed() {
    Document doc = Jsoup.parse("<base href='https://cdn.example.org/img/'><img src='a.jpg'>", "https://example.com/news/");
    Element img = doc.selectFirst("img");
    assertThat(new AbsoluteUrls().absUrl(img, "src")).isEqualTo("https://cdn.example.org/img/a.jpg");
  }

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.of("https://example.com/news/2024/story.html", "http://example.com", "https://example.com/a/b/",
        "HTTPS://Example.COM:8443/x?y=1#z", "https://example.com/news/\t2024/", "", "not a url", "ftp://example.com/",
        "https://", "file:/tmp/page.html", "https://user@example.com/x", "https://[::1]/x");
  }

  /** Absolute http(s) references, the plain ones returned without parsing and their near misses. */
  @Provide
  Arbitrary<String> absolute() {
    Arbitrary<String> start = Arbitraries.of("https://", "http://", "HTTPS://", "https:/", "https:///", "ftp://");
    Arbitrary<String> host = Arbitraries.of("example.com", "cdn.Example.net", "a", "example.com.", "...", "-x-",
        "example.com:8080", "example.com:", "example.com:123456", "user@example.com", "[::1]", "b\u00fccher.de", "");
    Arbitrary<String> rest = Arbitraries.of("/", "/img", ".jpg", "?", "#", "=", "&", "%20", "%", "+", ",", ";", ":",
        "!", "$", "'", "(", ")", "*", "~", "_", "-", ".", "..", "@", " ", "\\", "\u00e9", "//", "/./", "/../", "\t", "|")
        .list().ofMaxSize(8).map(parts -> String.join("", parts));
    return net.jqwik.api.Combinators.combine(start, host, rest).as((a, b, c) -> a + b + c);
  }

  @Provide
  Arbitrary<String> references() {
    Arbitrary<String> piece = Arbitraries.of(List.of("/", ".", "..", "./", "../", "?", "#", "a", "img.jpg", "x y", "%20",
        "http:", "https:", "//", "cdn.example.net", ":8080", "data:", "image/png;base64,AAA", "mailto:", "tel:",
        "javascript:", "\n", "\t", "\u0001", "\u00e9", "~", "@", "\\", "HTTP://", "q=1&r=2", ";", "[", "]"));
    return piece.list().ofMaxSize(7).map(parts -> String.join("", parts));
  }
}
