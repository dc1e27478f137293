package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static Element first(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void tagsRolesAndClassWordsName() {
    assertThat(Boilerplate.reasonFor(first("<nav></nav>"))).isEqualTo("navigation");
    assertThat(Boilerplate.reasonFor(first("<aside></aside>"))).isEqualTo("sidebar");
    assertThat(Boilerplate.reasonFor(first("<div role='complementary'></div>"))).isEqualTo("sidebar");
    assertThat(Boilerplate.reasonFor(first("<div class='social-share'></div>"))).isEqualTo("share-bar");
    assertThat(Boilerplate.reasonFor(first("<div class='shareBar'></div>"))).isEqualTo("share-bar");
    assertThat(Boilerplate.reasonFor(first("<div id='taboola-below'></div>"))).isEqualTo("advertisement");
    assertThat(Boilerplate.reasonFor(first("<div class='newsletterBox'></div>"))).isEqualTo("newsletter");
    assertThat(Boilerplate.reasonFor(first("<div id='cookieConsent'></div>"))).isEqualTo("cookie-notice");
    assertThat(Boilerplate.reasonFor(first("<div class='read-more'></div>"))).isEqualTo("related");
    assertThat(Boilerplate.reasonFor(first("<section id='comments'></section>"))).isEqualTo("comments");
    assertThat(Boilerplate.reasonFor(first("<div style='display: none'></div>"))).isEqualTo("hidden");
    assertThat(Boilerplate.reasonFor(first("<div class='author-bio'></div>"))).isEqualTo("author-box");
  }

  @Test
  void contentElementsAndContentWordsAreNotFurniture() {
    assertThat(Boilerplate.reasonFor(first("<article class='sidebar'></article>"))).isNull();
    assertThat(Boilerplate.reasonFor(first("<div itemprop='articleBody' class='ad'></div>"))).isNull();
    assertThat(Boilerplate.reasonFor(first("<div class='article-header'></div>"))).isNull();
    assertThat(Boilerplate.reasonFor(first("<div class='padded headline'></div>"))).isNull();
    assertThat(Boilerplate.reasonFor(first("<p>text</p>"))).isNull();
    // A strong word is not cancelled by a content word.
    assertThat(Boilerplate.reasonFor(first("<div class='article-share'></div>"))).isEqualTo("share-bar");
  }

  @Test
  void stockPhrasesAreShortAndWhole() {
    assertThat(Boilerplate.isStockPhrase("Advertisement")).isTrue();
    assertThat(Boilerplate.isStockPhrase("Story continues below advertisement")).isTrue();
    assertThat(Boilerplate.isStockPhrase("Read more: Council approves budget")).isTrue();
    assertThat(Boilerplate.isStockPhrase("Sign up for our daily newsletter")).isTrue();
    assertThat(Boilerplate.isStockPhrase("The advertisement industry grew by four per cent last year.")).isFalse();
  }

  @Test
  void variantUtilityClassesAndPrefixMatchesBesideContentWordsAreNotFurniture() {
    // "print:hidden" hides only when printing; "advertorial" beside "article-text" is content.
    assertThat(Boilerplate.reasonFor(first("<div class='print:hidden desktop:px-6'></div>"))).isNull();
    assertThat(Boilerplate.reasonFor(first("<div class='bo-article-text js-dynamic-advertorial'></div>"))).isNull();
    // A hidden class is furniture even on a body-named element (a paywall teaser box).
    assertThat(Boilerplate.reasonFor(first("<div class='intro-body__premium hidden'></div>"))).isEqualTo("hidden");
  }

  @Test
  void embeddedVideoObjectsAreEmbeds() {
    assertThat(Boilerplate.reasonFor(first("<div itemscope itemtype='https://schema.org/VideoObject'></div>")))
        .isEqualTo("embed");
  }
}
