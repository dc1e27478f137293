package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.BlockKind;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {
  private static final String P1 = "The harbour authority said on Tuesday that the new quay would open next spring, "
      + "two years later than planned, because of delays in delivering the steel piles.";
  private static final String P2 = "Fishermen who use the old pier said they had not been told about the delay, "
      + "and several of them complained that repairs to the existing moorings had stopped.";
  private static final String P3 = "A spokesperson for the council said the budget for the project, which was set "
      + "at four million pounds, had not changed and that the contractor bore the extra cost.";
  private static final String P4 = "Work on the access road is expected to finish in the autumn, according to a "
      + "timetable published on the council's website, after which lorries will use the new route.";

  private static final String P5 = "The ferry company said it would move its evening sailings to the new quay "
      + "as soon as it opened, and that tickets bought for the old pier would remain valid.";

  private static Extraction extract(String body) {
    return BodyExtractor.extract(Jsoup.parse("<html><body>" + body + "</body></html>", "https://news.example.org/a/1"));
  }

  private static List<String> reasons(Extraction extraction, String text) {
    return extraction.removed().stream().filter(r -> r.text().contains(text)).map(RemovedText::reason).toList();
  }

  @Test
  void textOfALengthJoinsBlocksOnlyUntilItIsLongerThanThat() {
    Extraction e = new Extraction(List.of(new Extraction.TextBlock(BlockKind.PARAGRAPH, P1),
        new Extraction.TextBlock(BlockKind.PARAGRAPH, P2), new Extraction.TextBlock(BlockKind.PARAGRAPH, P3)),
        List.of(), List.of());
    String whole = P1 + "\n\n" + P2 + "\n\n" + P3;
    assertThat(e.text()).isEqualTo(whole);
    assertThat(e.text(Integer.MAX_VALUE)).isEqualTo(whole);
    // Past the length within the first block: that block alone; within the second: two.
    assertThat(e.text(10)).isEqualTo(P1);
    assertThat(e.text(P1.length())).isEqualTo(P1 + "\n\n" + P2);
    assertThat(e.text(P1.length() + 5)).isEqualTo(P1 + "\n\n" + P2);
    assertThat(e.text(whole.length() - 1)).isEqualTo(whole);
    assertThat(new Extraction(List.of(), List.of(), List.of()).text(10)).isEmpty();
  }

  @Test
  void keepsArticleParagraphsAndDropsEachKindOfFurniture() {
    Extraction e = extract("""
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
          <li><a href="/sport">Sport</a></li></ul></nav>
        <div id="cookie-banner">We use cookies to improve your experience on our site.</div>
        <main><article>
          <h1>Quay opening delayed by two years</h1>
          <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
          <div class="article-body">
            <p>%s</p>
            <p>%s</p>
            <div class="ad-slot">Advertisement</div>
            <p>%s</p>
            <div class="newsletter-signup">Get the morning briefing in your inbox every day before breakfast.</div>
            <p>%s</p>
          </div>
          <section class="related-stories"><h2>Related</h2>
            <ul><li><a href="/b">Council approves harbour budget after long debate</a></li>
            <li><a href="/c">New ferry route to start in summer says operator</a></li></ul></section>
          <div id="comments"><p>Reader one: This is a long comment about how the harbour has been neglected for years by everyone involved.</p></div>
        </article></main>
        <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
        """.formatted(P1, P2, P3, P4));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3, P4);
    assertThat(reasons(e, "Home")).containsExactly("navigation");
    assertThat(reasons(e, "We use cookies")).containsExactly("cookie-notice");
    assertThat(reasons(e, "Facebook")).containsExactly("share-bar");
    assertThat(reasons(e, "Advertisement")).containsExactly("advertisement");
    assertThat(reasons(e, "morning briefing")).containsExactly("newsletter");
    assertThat(reasons(e, "Council approves")).containsExactly("related");
    assertThat(reasons(e, "Reader one")).containsExactly("comments");
    assertThat(reasons(e, "Copyright 2024")).containsExactly("footer");
    assertThat(reasons(e, "Quay opening delayed")).containsExactly("headline");
  }

  @Test
  void keepsStructureAsBlockKinds() {
    Extraction e = extract("""
        <div class="story">
          <p>%s</p>
          <h2>What happens next</h2>
          <p>%s</p>
          <blockquote><p>We will not accept another delay of this kind, whatever the contractor says.</p></blockquote>
          <ul><li>The quay opens in spring after the final inspection.</li><li>The road opens in autumn once resurfaced.</li></ul>
          <p>%s</p>
          <p>%s</p>
        </div>
        <div class="sidebar"><p>Most read: a completely different story that is long enough to look like text.</p></div>
        """.formatted(P1, P2, P3, P4));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::kind).containsExactly(
        BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE,
        BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(e.blocks().get(1).text()).isEqualTo("What happens next");
    assertThat(reasons(e, "Most read")).containsExactly("sidebar");
  }

  @Test
  void captionsBelongToMediaWithTheirCredit() {
    Extraction e = extract("""
        <article>
          <p>%s</p>
          <figure><img src="/img/quay.jpg" alt="The quay">
            <figcaption>The unfinished quay seen from the water. (Photo: Jane Doe)</figcaption></figure>
          <p>%s</p>
          <p>%s</p>
        </article>
        """.formatted(P1, P2, P3));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3);
    assertThat(e.media()).containsExactly(
        new Media("https://news.example.org/img/quay.jpg", "The unfinished quay seen from the water.", "Jane Doe"));
    assertThat(reasons(e, "unfinished quay")).containsExactly("caption");
  }

  @Test
  void aBlurredPreviewGivesWayToItsFullSizeNoscriptFallback() {
    Extraction e = extract("""
        <article>
          <p>%s</p>
          <figure><div class="blur"><img src="https://cdn.example.net/max/40/dock-at-dawn.png?q=20"></div>
            <img class="lazy" width="800"><noscript><img src="https://cdn.example.net/max/1600/dock-at-dawn.png"></noscript>
            <figcaption>The new dock at dawn.</figcaption></figure>
          <p>%s</p>
          <figure><img src="https://cdn.example.net/max/800/ferry.png"></figure>
          <figure><img class="lazy"><noscript><img src="https://cdn.example.net/max/800/ferry-deck.png"></noscript></figure>
          <p>%s</p>
        </article>
        """.formatted(P1, P2, P3));

    // The same file name at two sizes is one picture; another file beside it is another.
    assertThat(e.media()).containsExactly(
        new Media("https://cdn.example.net/max/1600/dock-at-dawn.png", "The new dock at dawn.", null),
        new Media("https://cdn.example.net/max/800/ferry.png", null, null),
        new Media("https://cdn.example.net/max/800/ferry-deck.png", null, null));
  }

  @Test
  void anAddressOnlyInALazyLoadersJsonIsReadFromIt() {
    Extraction e = extract("""
        <article>
          <p>%s</p>
          <figure><img src="data:image/svg+xml,%%3Csvg%%3E"
            data-srcs='{"https://img.example.net/7f3a9c":{"contentType":"image/png","w":606}}'>
            <figcaption>The lock gates in spring.</figcaption></figure>
          <p>%s</p>
          <figure><img data-src='{"default":{"w":"80","src":"\\/\\/cdn.example.net\\/tide.jpg"}}'></figure>
          <p>%s</p>
        </article>
        """.formatted(P1, P2, P3));

    assertThat(e.media()).extracting(Media::url).containsExactly(
        "https://img.example.net/7f3a9c", "https://cdn.example.net/tide.jpg");
  }

  @Test
  void aPictureGivenOnlyInNoscriptIsRead() {
    Extraction e = extract("""
        <article>
          <p>%s</p>
          <figure><noscript><img src="/img/lighthouse.jpg"></noscript>
            <figcaption>The lighthouse at Ashton Point.</figcaption></figure>
          <p>%s</p>
          <noscript><img src="https://pixel.example.net/tr?id=1" width="1" height="1"></noscript>
          <script>document.write("<img src='https://ads.example.net/banner?zone=9'>");</script><noscript>
            <a href="https://ads.example.net/click?zone=9"><img src="https://ads.example.net/banner?zone=9"></a></noscript>
          <p>%s</p>
        </article>
        """.formatted(P1, P2, P3));

    // A tracking pixel or an ad tag's banner for readers without scripts is no picture.
    assertThat(e.media()).containsExactly(
        new Media("https://news.example.org/img/lighthouse.jpg", "The lighthouse at Ashton Point.", null));
  }

  @Test
  void aCaptionedPictureWhoseAddressAScriptFillsInIsKeptWithoutAUrl() {
    Extraction e = extract("""
        <article>
          <p>%s</p>
          <figure><img class="lazy" data-src='{"w":640}'>
            <figcaption>Ferries waiting out the storm. (Photo: Jane Doe)</figcaption></figure>
          <p>%s</p>
          <figure><img class="lazy"><noscript><img src="/img/dock.jpg"></noscript>
            <figcaption>The new dock at dawn.</figcaption></figure>
          <figure><img class="lazy"></figure>
          <p>%s</p>
        </article>
        """.formatted(P1, P2, P3));

    // In page order; the script-filled copy of a picture kept with its address is not kept
    // twice, and a picture with neither address nor caption says nothing.
    assertThat(e.media()).containsExactly(
        new Media(null, "Ferries waiting out the storm.", "Jane Doe"),
        new Media("https://news.example.org/img/dock.jpg", "The new dock at dawn.", null));
  }

  @Test
  void lazyImagesGiveTheirRealAddressNotTheDataPlaceholder() {
    Extraction e = extract("""
        <article>
          <p>%s</p>
          <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/pier.jpg"></figure>
          <p>%s</p>
          <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-srcset="https://cdn.example.net/q.jpg 2x"></figure>
          <figure><img src="data:image/svg+xml,%%3Csvg%%3E"></figure>
          <figure><img src="https://cdn.example.net/road.jpg?w=640&amp;q=80"></figure>
          <p>%s</p>
        </article>
        """.formatted(P1, P2, P3));

    assertThat(e.media()).extracting(Media::url).containsExactly(
        "https://news.example.org/img/pier.jpg", "https://cdn.example.net/q.jpg",
        "https://cdn.example.net/road.jpg?w=640&q=80");
  }

  @Test
  void aLazyLoadersAddressWinsOverItsPlaceholderAndSourceSetsAreResolved() {
    Extraction e = extract("""
        <article>
          <p>%s</p>
          <figure><img src="/static/spinner.gif" data-src="/img/harbour.jpg"></figure>
          <p>%s</p>
          <figure><img src="" data-src='{"default":{"w":"80","src":"//cdn.example.net/x.jpg"}}'
            srcset="../img/ferry-320.jpg 320w, ../img/ferry-640.jpg 640w"></figure>
          <figure><img data-srcset="//cdn.example.net/dock.jpg, //cdn.example.net/dock-2x.jpg 2x"></figure>
          <p>%s</p>
        </article>
        """.formatted(P1, P2, P3));

    // The placeholder in src, the JSON blob of sizes and the empty src (which would resolve to
    // the page's own address) give no image; srcset candidates resolve like any address.
    assertThat(e.media()).extracting(Media::url).containsExactly(
        "https://news.example.org/img/harbour.jpg", "https://news.example.org/img/ferry-320.jpg",
        "https://cdn.example.net/dock.jpg");
  }

  @Test
  void aLazyAddressWithAHalfDecodedAmpersandKeepsItsQuery() {
    Extraction e = extract("<article><p>" + P1 + "</p><figure><img src=\"/img/tide.png?resize=800%2C600&amp;ssl=1\""
        + " data-lazy-src=\"/img/tide.png?resize=800%2C600&amp;is-pending-load=1#038;ssl=1\"></figure><p>"
        + P2 + "</p><figure><img src=\"/img/chart.png#038;top\"></figure><p>" + P3 + "</p></article>");

    // "#038;" after a query is an ampersand decoded half; with no query it is left alone.
    assertThat(e.media()).extracting(Media::url).containsExactly(
        "https://news.example.org/img/tide.png?resize=800%2C600&is-pending-load=1&ssl=1",
        "https://news.example.org/img/chart.png#038;top");
  }

  @Test
  void anAddressWithASpaceIsKeptWholeWhereOnlyASourceSetIsCutAtSpaces() {
    Extraction e = extract("<article><p>" + P1 + "</p><figure><img src=\"/img/harbour view.jpg\"></figure><p>"
        + P2 + "</p><p>" + P3 + "</p></article>");

    assertThat(e.media()).extracting(Media::url).singleElement().asString().endsWith("/img/harbour view.jpg");
  }

  @Test
  void withoutABaseAnImageAddressIsKeptAsWritten() {
    Extraction e = BodyExtractor.extract(Jsoup.parse("<html><body><article><p>" + P1
        + "</p><figure><img src=\"/img/harbour.jpg\"></figure><p>" + P2 + "</p><p>" + P3
        + "</p></article></body></html>"));

    assertThat(e.media()).extracting(Media::url).containsExactly("/img/harbour.jpg");
  }

  @Test
  void aWrapperNamedLikeFurnitureStillHoldsTheArticle() {
    // A site-wide wrapper whose class happens to read as an ad or a widget is not furniture when
    // it holds the page's text.
    Extraction e = extract("""
        <div class="ad_body widget" id="wrapper">
          <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
          <div class="text"><p>%s</p><p>%s</p><p>%s</p></div>
        </div>
        """.formatted(P1, P2, P3));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3);
    assertThat(reasons(e, "Home")).containsExactly("navigation");
  }

  @Test
  void aBodyCutIntoSeveralSidebarLayoutsKeepsEveryContentColumn() {
    // A layout grid repeated down the page, each with the article's next part in its content
    // column and a real sidebar beside it: no single wrapper holds most of the text, yet the
    // layout's name on the wrappers is no furniture.
    String layout = """
        <div class="sidebar-grid sidebar-grid--narrow"><div class="sidebar-grid__container">
          <div class="sidebar-grid__content article__content"><p>%s</p></div>
          <aside class="sidebar-grid__sidebar"><p>%s</p></aside>
        </div></div>
        <div class="ad-slot">Advertisement</div>
        """;
    String aside = "Our newsletter arrives every weekday morning with the five stories you need to read today.";
    Extraction e = extract("<article><h1>Quay opening delayed</h1>" + layout.formatted(P1, aside)
        + layout.formatted(P2, aside) + layout.formatted(P3, aside) + layout.formatted(P4, aside) + "</article>");

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3, P4);
    assertThat(reasons(e, "newsletter arrives")).containsOnly("sidebar");
  }

  @Test
  void aStoryCutIntoRepeatedItemsWithPicturesKeepsEveryItemsText() {
    // A story stack: each item wraps a picture with its caption and a story block with the
    // next paragraphs; the teaser list after it is made otherwise and stays out.
    String item = """
        <div class="stack-item">
          <figure><img src="/img/%1$d.jpg"><figcaption>The old pier at low tide, picture %1$d.</figcaption></figure>
          <div class="stack-story"><div class="rich-text"><p>%2$s</p><p>%3$s</p></div></div>
        </div>
        """;
    String teaser = "<li>The ferry timetable changes next week, and the council has published the new times online.</li>";
    Extraction e = extract("<main><h1>Quay opening delayed</h1><div class=\"stack\">" + item.formatted(1, P1, P2)
        + item.formatted(2, P3, P4) + item.formatted(3, P2.replace("Fishermen", "Boat owners"), P1.replace("Tuesday", "Monday"))
        + "</div><div class=\"more-from\"><ul>" + teaser.repeat(3) + "</ul></div></main>");

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3, P4,
        P2.replace("Fishermen", "Boat owners"), P1.replace("Tuesday", "Monday"));
  }

  @Test
  void aSectionNamedByItsHeadingsAnchorIsNoShareBar() {
    // Documentation and blog generators give each section its heading's slug as id; a heading
    // about sharing makes an id that reads like a share bar, yet the section is the text.
    Extraction e = extract("""
        <div class="body" role="main">
          <h1>Sharing the new quay</h1>
          <p>%s</p><p>%s</p>
          <div class="section" id="sharing-with-the-ferry-company">
            <h2>Sharing with the ferry company</h2><p>%s</p><p>%s</p>
          </div>
          <div class="section" id="next-steps"><h2>Next steps</h2><p>%s</p></div>
          <div class="social-share"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a> <a href="/s/mail">Email</a></div>
        </div>
        """.formatted(P1, P2, P3, P4, P5));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2,
        "Sharing with the ferry company", P3, P4, "Next steps", P5);
    assertThat(reasons(e, "Facebook")).containsExactly("share-bar");
  }

  @Test
  void aBodyCutIntoChunksIsReadWhole() {
    Extraction e = extract("""
        <section name="articleBody">
          <div class="chunk"><div class="col"><p>%s</p></div></div>
          <div class="promo-box"><a href="/x">Subscribe now for unlimited access to everything</a></div>
          <div class="chunk"><div class="col"><p>%s</p></div></div>
          <div class="chunk"><div class="col"><p>%s</p></div></div>
          <div class="chunk"><div class="col"><p>%s</p></div></div>
        </section>
        <div class="more"><ul><li><a href="/1">Another headline about something else entirely</a></li></ul></div>
        """.formatted(P1, P2, P3, P4));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void teaserListsAfterTheArticleStayOut() {
    Extraction e = extract("""
        <div class="page">
          <div class="story"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
          <div class="more-from-us"><h3>More from Example News</h3>
            <ul><li><a href="/t1">Teaser headline number one about the weather</a><span>Tuesday 19 November 2019</span></li>
            <li><a href="/t2">Teaser headline number two about the markets</a><span>Tuesday 19 November 2019</span></li></ul>
          </div>
        </div>
        """.formatted(P1, P2, P3, P4));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3, P4);
    assertThat(e.removed()).extracting(RemovedText::text).anyMatch(t -> t.contains("Teaser headline number one"));
  }

  @Test
  void stockPhrasesAndTrailingPromosAreRemoved() {
    Extraction e = extract("""
        <div class="content">
          <p>%s</p>
          <p>Advertisement</p>
          <p>%s</p>
          <p>%s</p>
          <p>Read more:</p>
        </div>
        """.formatted(P1, P2, P3));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3);
    assertThat(reasons(e, "Advertisement")).containsExactly("promo");
    assertThat(reasons(e, "Read more")).isNotEmpty();
  }

  // Six more paragraphs of one story, for pages whose article outweighs a part of it many times.
  private static final List<String> MORE = List.of(
      "Harbour staff said the first ships would berth at the new quay in the spring, once divers had checked the piles.",
      "The contractor blamed a shortage of steel for most of the delay and said the remaining work was on schedule.",
      "Local traders welcomed the news but said the years of building work had kept visitors away from the seafront.",
      "The council will hold a public meeting next month to explain the new timetable to residents and businesses.",
      "A survey of the old pier last year found that several of its timber supports would need replacing within a decade.",
      "Officials said that once the new quay opened, the old pier would be kept for small boats and anglers only.");

  private static String paragraphs(List<String> texts) {
    return texts.stream().map(t -> "<p>" + t + "</p>").collect(java.util.stream.Collectors.joining());
  }

  @Test
  void theLeadAboveAReadMoreBoxJoinsTheArticle() {
    // A blog template: the opening paragraphs, then the rest of the story in a box the reader
    // unfolds; the box outweighs the opening, which is still the article's.
    Extraction e = extract("""
        <div class="post-content">
          <p>%s</p>
          <p>%s</p>
          <div class="toggle-group">%s</div>
          <p><a href="/tags/harbour">harbour</a> <a href="/tags/council">council</a> <a href="/tags/ferry">ferry</a></p>
        </div>
        """.formatted(P1, P2, paragraphs(MORE) + paragraphs(List.of(P3, P4, P5))));

    List<String> expected = new java.util.ArrayList<>(List.of(P1, P2));
    expected.addAll(MORE);
    expected.addAll(List.of(P3, P4, P5));
    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactlyElementsOf(expected);
  }

  @Test
  void howToStepsEachInTheirOwnBoxAreKeptWithoutTheirCaptions() {
    // A how-to page: an introduction, then each step in a box of its own, each with a picture;
    // a step's text is a sentence or two, lighter than its caption and far lighter than the intro.
    String step = """
        <div class="mod step"><div class="step-content"><div class="content">
          <span class="head">Step %1$d</span><p>%2$s</p></div>
          <figure><img src="/img/step-%1$d.jpg"><figcaption>The glass dome over the base, photo %1$d (A. Photographer)</figcaption></figure>
        </div></div>
        """;
    Extraction e = extract("<div class=\"col-main\"><h1>How to build a terrarium</h1>"
        + "<div class=\"mod step\"><div class=\"step-content mod\"><div class=\"content lead\"><p>" + P1 + " " + P3
        + "</p><p>" + P2 + "</p></div><figure><img src=\"/img/dome.jpg\"><figcaption>The finished dome</figcaption></figure></div></div>"
        + step.formatted(1, "Cut the foam to fit the saucer.") + step.formatted(2, "Push the plant into a hole in the foam.")
        + step.formatted(3, "Pin moss over the foam with wire.")
        + "<aside class=\"more-like-this\"><a href=\"/x\">How to make a bottle garden</a></aside></div>");

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1 + " " + P3, P2,
        "Step 1", "Cut the foam to fit the saucer.", "Step 2", "Push the plant into a hole in the foam.",
        "Step 3", "Pin moss over the foam with wire.");
    assertThat(reasons(e, "The glass dome over the base")).containsOnly("caption");
  }

  @Test
  void aStoryCutByAnAdIntoNumberedBodiesIsReadWhole() {
    // The opening paragraphs in story-body-1 with a related box beside them, an ad, the rest in
    // story-body-2 under a wrapper of another name; a letters promo in story-body-3 is too light
    // to join.
    Extraction e = extract("""
        <article class="story">
          <header><h1>Quay opening delayed</h1></header>
          <div class="story-top">
            <div class="story-body story-body-1"><p>%s</p><p>%s</p><p>%s</p></div>
            <div class="related-coverage"><a href="/r1">Council approves the harbour budget</a></div>
          </div>
          <div class="ad-slot">Advertisement</div>
          <div class="story-continued">
            <div class="story-body story-body-2">%s</div>
            <div class="related-coverage"><a href="/r2">Ferry operator plans a new route</a></div>
          </div>
          <div class="story-end"><div class="story-body story-body-3"><p>We welcome letters about this story: write to the editor.</p></div></div>
        </article>
        """.formatted(P1, P2, P3, paragraphs(MORE) + paragraphs(List.of(P4, P5)) + paragraphs(MORE.subList(0, 3))));

    List<String> expected = new java.util.ArrayList<>(List.of(P1, P2, P3));
    expected.addAll(MORE);
    expected.addAll(List.of(P4, P5));
    expected.addAll(MORE.subList(0, 3));
    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactlyElementsOf(expected);
    assertThat(e.removed()).extracting(RemovedText::text).contains("We welcome letters about this story: write to the editor.");
  }

  @Test
  void aFirstLevelHeadingAfterTheOpeningTextIsASubheading() {
    // Blog engines that write Markdown's "#" sections give every section an h1: only the one
    // above the text is the headline.
    Extraction e = extract("""
        <article><h1>Profiling a server in production</h1>
          <div class="post"><p>%s</p><p>%s</p><h1>What we measured</h1><p>%s</p><p>%s</p></div>
        </article>
        """.formatted(P1, P2, P3, P4));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, "What we measured", P3, P4);
    assertThat(e.blocks()).filteredOn(b -> b.text().equals("What we measured"))
        .extracting(Extraction.TextBlock::kind).containsExactly(BlockKind.SUBHEADING);
    assertThat(reasons(e, "Profiling a server")).containsExactly("headline");
  }

  @Test
  void aShortNoteWithoutProseKeepsItsText() {
    // A notice of a few words under headings: nothing reads like prose, yet it is the page's text.
    Extraction e = extract("""
        <nav class="menu"><a href="/">Home</a> <a href="/about">About</a></nav>
        <article><h1>Library notice</h1><h2>Opening hours</h2><p>Closed on Monday</p>
          <h2>Contact</h2><p>Ask at the desk</p></article>
        <div class="promo"><p>Subscribe to our newsletter</p></div>
        """);

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text)
        .containsExactly("Opening hours", "Closed on Monday", "Contact", "Ask at the desk");
    assertThat(reasons(e, "Home")).containsExactly("navigation");
    assertThat(reasons(e, "Library notice")).containsExactly("headline");
  }

  @Test
  void textInsideAScriptLinkIsNoLinkText() {
    // A template wraps the article in <a href="javascript:…">, a click handler, not a link; a
    // control of a few words with such an address (a player's switch) is still link text.
    Extraction e = extract("""
        <div class="entry"><a href="javascript:void(0)"><p>%s</p><p>%s</p><p>%s</p></a></div>
        <ul class="more"><li><a href="/next">Next: ferry timetable changes next week</a></li></ul>
        """.formatted(P1, P2, P3));

    assertThat(e.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3);

    Extraction control = extract("""
        <div class="entry"><p>%s</p><p><a href="javascript:;" class="switch">Autoplay on or off</a></p><p>%s</p><p>%s</p></div>
        """.formatted(P1, P2, P3));
    assertThat(control.blocks()).extracting(Extraction.TextBlock::text).containsExactly(P1, P2, P3);
    assertThat(reasons(control, "Autoplay on or off")).containsExactly("links");
  }

  @Test
  void aPageWithoutArticleTextGivesNoBlocksButKeepsTheTextAsRemoved() {
    Extraction e = extract("<nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav><div><a href='/x'>Log in</a></div>");

    assertThat(e.blocks()).isEmpty();
    assertThat(e.removed()).extracting(RemovedText::text).contains("Home Blog", "Log in");
    assertThat(e.text()).isEmpty();
  }

  @Test
  void anAddressAtAnotherSizeIsTheSamePictureButAnotherFolderOrQueryIsNot() {
    assertThat(BodyExtractor.sameFileResized("https://img.example/a/x1.img", "http://img.example/a/x1.img?h=820&w=1456"))
        .isTrue();
    assertThat(BodyExtractor.sameFileResized("https://img.example/max/398/pier.jpg", "https://img.example/max/796/pier.jpg"))
        .isTrue();
    assertThat(BodyExtractor.sameFileResized("https://img.example/w_600/pier.jpg", "https://img.example/w_1200/pier.jpg"))
        .isTrue();
    // Another picture: another host, a video's folder, an upload month, a script's other answer.
    assertThat(BodyExtractor.sameFileResized("https://a.example/max/398/pier.jpg", "https://b.example/max/398/pier.jpg"))
        .isFalse();
    assertThat(BodyExtractor.sameFileResized("https://v.example/vi/abc/hqdefault.jpg", "https://v.example/vi/xyz/hqdefault.jpg"))
        .isFalse();
    assertThat(BodyExtractor.sameFileResized("https://img.example/2023/05/photo.jpg", "https://img.example/2023/06/photo.jpg"))
        .isFalse();
    assertThat(BodyExtractor.sameFileResized("https://img.example/image.php?id=1", "https://img.example/image.php?id=2"))
        .isFalse();
    assertThat(BodyExtractor.sameFileResized("https://img.example/max/398/pier.jpg", null)).isFalse();
    assertThat(BodyExtractor.largerSize("https://img.example/max/398/pier.jpg", "https://img.example/max/796/pier.jpg"))
        .isEqualTo("https://img.example/max/796/pier.jpg");
    assertThat(BodyExtractor.largerSize("https://img.example/640/pier.jpg", "https://img.example/200x200/pier.jpg"))
        .isEqualTo("https://img.example/640/pier.jpg");
    assertThat(BodyExtractor.largerSize("https://img.example/pier.jpg?w=300", "https://img.example/pier.jpg?w=900"))
        .isEqualTo("https://img.example/pier.jpg?w=300");
  }
}
