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
    assertThat(Boilerplate.reasonFor(first("<nav></nav>"))).contains("navigation");
    assertThat(Boilerplate.reasonFor(first("<aside></aside>"))).contains("sidebar");
    assertThat(Boilerplate.reasonFor(first("<div role='complementary'></div>"))).contains("sidebar");
    assertThat(Boilerplate.reasonFor(first("<div class='social-share'></div>"))).contains("share-bar");
    assertThat(Boilerplate.reasonFor(first("<div class='shareBar'></div>"))).contains("share-bar");
    assertThat(Boilerplate.reasonFor(first("<div id='taboola-below'></div>"))).contains("advertisement");
    assertThat(Boilerplate.reasonFor(first("<div class='newsletterBox'></div>"))).contains("newsletter");
    assertThat(Boilerplate.reasonFor(first("<div id='cookieConsent'></div>"))).contains("cookie-notice");
    assertThat(Boilerplate.reasonFor(first("<div class='read-more'></div>"))).contains("related");
    assertThat(Boilerplate.reasonFor(first("<section id='comments'></section>"))).contains("comments");
    assertThat(Boilerplate.reasonFor(first("<div style='display: none'></div>"))).contains("hidden");
    assertThat(Boilerplate.reasonFor(first("<div class='author-bio'></div>"))).contains("author-box");
  }

  @Test
  void contentElementsAndContentWordsAreNotFurniture() {
    assertThat(Boilerplate.reasonFor(first("<article class='sidebar'></article>"))).isEmpty();
    assertThat(Boilerplate.reasonFor(first("<div itemprop='articleBody' class='ad'></div>"))).isEmpty();
    assertThat(Boilerplate.reasonFor(first("<div class='article-header'></div>"))).isEmpty();
    assertThat(Boilerplate.reasonFor(first("<div class='padded headline'></div>"))).isEmpty();
    assertThat(Boilerplate.reasonFor(first("<p>text</p>"))).isEmpty();
    // A strong word is not cancelled by a content word.
    assertThat(Boilerplate.reasonFor(first("<div class='article-share'></div>"))).contains("share-bar");
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
    assertThat(Boilerplate.reasonFor(first("<div class='print:hidden desktop:px-6'></div>"))).isEmpty();
    assertThat(Boilerplate.reasonFor(first("<div class='bo-article-text js-dynamic-advertorial'></div>"))).isEmpty();
    // A hidden class is furniture even on a body-named element (a paywall teaser box).
    assertThat(Boilerplate.reasonFor(first("<div class='intro-body__premium hidden'></div>"))).contains("hidden");
  }

  @Test
  void embeddedVideoObjectsAreEmbeds() {
    assertThat(Boilerplate.reasonFor(first("<div itemscope itemtype='https://schema.org/VideoObject'></div>")))
        .contains("embed");
  }
}
