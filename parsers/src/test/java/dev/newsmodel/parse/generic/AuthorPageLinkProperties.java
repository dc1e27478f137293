package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MetadataReader#mayBeAuthorPage} replaced four {@code contains} scans of every link;
 * it must say yes exactly when one of them would.
 */
class AuthorPageLinkProperties {
  @Property(tries = 3000)
  void agreesWithTheFourScans(@ForAll("links") String href) {
    boolean scans = href.contains("/aut") || href.contains("/Aut") || href.contains("/journalist")
        || href.contains("/reporter");
    assertThat(MetadataReader.mayBeAuthorPage(href)).isEqualTo(scans);
  }

  @Example
  void authorPagesPass() {
    assertThat(MetadataReader.mayBeAuthorPage("https://example.com/authors/jane-roe/")).isTrue();
    assertThat(MetadataReader.mayBeAuthorPage("/Autor/jane-roe")).isTrue();
    assertThat(MetadataReader.mayBeAuthorPage("/news/2024/reporters-notebook")).isTrue();
    assertThat(MetadataReader.mayBeAuthorPage("https://example.com/news/authority-vote")).isTrue();
    assertThat(MetadataReader.mayBeAuthorPage("https://example.com/news/article-aut")).isFalse();
    assertThat(MetadataReader.mayBeAuthorPage("")).isFalse();
  }

  /** Links made of slashes and pieces of author-page words, so that near misses are common. */
  @Provide
  Arbitrary<String> links() {
    return Arbitraries.of("/", "aut", "Aut", "AUT", "au", "hor", "journalist", "journal", "reporter", "report",
            "er", "s", "-", "x", "?", "#", "https:", "//")
        .list().ofMaxSize(8).map(parts -> String.join("", parts));
  }
}
