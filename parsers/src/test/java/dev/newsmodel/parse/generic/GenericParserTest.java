package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParserRegistry;
import org.junit.jupiter.api.Test;

class GenericParserTest {
  private static final String PAGE = """
      <!doctype html><html lang="en"><head>
      <title>Central bank holds rates | Valley Post</title>
      <meta property="og:site_name" content="Valley Post">
      <meta property="og:image" content="https://img.example/bank.jpg">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Central bank holds rates",
        "datePublished":"2024-03-05T17:54:00+09:00","author":"Reuters"}</script>
      </head><body>
      <nav><a href="/">Home</a> <a href="/business">Business</a></nav>
      <article><h1>Central bank holds rates</h1>
      <div class="body">
      <p>TOKYO, March 5 (Reuters) - The central bank kept interest rates unchanged on Tuesday, saying the
      economy was recovering at a moderate pace despite weak consumer spending in the winter months.</p>
      <p>The decision was expected by most economists polled last week, who said the bank would wait for
      clearer signs of wage growth before raising borrowing costs for the first time in many years.</p>
      <p>The yen weakened slightly after the announcement, while shares in Tokyo ended the session higher,
      led by exporters that benefit from a cheaper currency when they bring overseas profits home.</p>
      </div></article></body></html>""";

  @Test
  void aPageThatDatesTheStoryOnlyInItsOpeningDatelineGetsThatDay() throws ParseException {
    String undated = PAGE.replace("\"datePublished\":\"2024-03-05T17:54:00+09:00\",", "")
        .replace("TOKYO, March 5 (Reuters) - The central bank", "March 5, 2024 -- The central bank");

    Article article = new GenericParser().parse(Page.of(undated, "https://www.valleypost.example/business/rates"));

    assertThat(article.published()).isEqualTo(java.time.OffsetDateTime.parse("2024-03-05T00:00Z"));
    assertThat(article.provenance().warnings()).noneMatch(w -> w.equals("No publication date found."))
        .anyMatch(w -> w.startsWith("The publication date was read from the dateline opening the text"));
    // Structured data wins when it has a date: the dateline's day is only the fallback.
    Article dated = new GenericParser().parse(Page.of(PAGE.replace("TOKYO, March 5 (Reuters) - The central bank",
        "March 4, 2024 -- The central bank"), "https://www.valleypost.example/business/rates"));
    assertThat(dated.published()).isEqualTo(java.time.OffsetDateTime.parse("2024-03-05T17:54+09:00"));
  }

  @Test
  void theLeadPictureLeftToAScriptInTheBodyIsNotKeptTwice() throws ParseException {
    String page = PAGE
        .replace("<meta property=\"og:image\" content=\"https://img.example/bank.jpg\">", "")
        .replace("\"author\":\"Reuters\"}", "\"author\":\"Reuters\",\"image\":{\"@type\":\"ImageObject\","
            + "\"url\":\"https://img.example/bank.jpg\",\"caption\":\"The central bank's head office\"}}")
        .replace("<div class=\"body\">", "<div class=\"body\"><figure><img class=\"lazy\">"
            + "<figcaption>The central bank's head office Photo: Jane Doe</figcaption></figure>"
            + "<figure><img class=\"lazy\"><figcaption>Traders in Tokyo</figcaption></figure>");

    Article article = new GenericParser().parse(Page.of(page, "https://www.valleypost.example/business/rates"));

    // The first figure is the lead picture of the metadata (its caption and more); the second,
    // also without an address, is another picture and keeps its caption.
    assertThat(article.media()).extracting(m -> m.url(), m -> m.caption()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://img.example/bank.jpg", "The central bank's head office"),
        org.assertj.core.groups.Tuple.tuple(null, "Traders in Tokyo"));
  }

  @Test
  void theLeadPictureAgainInTheBodyAtAnotherSizeIsOnePictureWithTheBodysCaption() throws ParseException {
    String page = PAGE
        .replace("https://img.example/bank.jpg", "https://img.example/news/1200/bank.jpg")
        .replace("</div></article>",
            "<figure><img src=\"https://img.example/news/600/bank.jpg?q=70\"><figcaption>The central bank's head"
                + " office in Tokyo</figcaption></figure>"
                + "<figure><img src=\"https://img.example/news/600/yen.jpg\"><figcaption>The yen</figcaption>"
                + "</figure></div></article>");

    Article article = new GenericParser().parse(Page.of(page, "https://www.valleypost.example/business/rates"));

    assertThat(article.media()).extracting(m -> m.url(), m -> m.caption()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://img.example/news/1200/bank.jpg",
            "The central bank's head office in Tokyo"),
        org.assertj.core.groups.Tuple.tuple("https://img.example/news/600/yen.jpg", "The yen"));

    // The body's copy is the larger: its address is kept. A copy captioned otherwise (a video's
    // poster frame) is kept apart.
    Article larger = new GenericParser().parse(Page.of(page.replace("news/1200/bank.jpg", "news/300/bank.jpg"),
        "https://www.valleypost.example/business/rates"));
    assertThat(larger.media()).extracting(m -> m.url()).containsExactly(
        "https://img.example/news/600/bank.jpg?q=70", "https://img.example/news/600/yen.jpg");
    Article video = new GenericParser().parse(Page.of(page
        .replace("<meta property=\"og:image\"", "<meta property=\"og:image:alt\" content=\"Rates on hold\">"
            + "<meta property=\"og:image\"")
        .replace("<script type=\"application/ld+json\">", "<script type=\"application/ld+json\">{\"@type\":\"ImageObject\","
            + "\"url\":\"https://img.example/news/1200/bank.jpg\",\"caption\":\"Rates on hold\"}</script>"
            + "<script type=\"application/ld+json\">"),
        "https://www.valleypost.example/business/rates"));
    assertThat(video.media()).hasSize(3);
  }

  @Test
  void aPageGivenWithoutItsUrlResolvesImagesAgainstItsCanonicalAddress() throws ParseException {
    String saved = PAGE
        .replace("<meta property=\"og:image\" content=\"https://img.example/bank.jpg\">",
            "<link rel=\"canonical\" href=\"https://www.valleypost.example/business/rates\">"
                + "<meta property=\"og:image\" content=\"/media/bank.jpg\">")
        .replace("</div></article>",
            "<figure><img src=\"//cdn.valleypost.example/yen.jpg\"><figcaption>The yen in Tokyo</figcaption>"
                + "</figure></div></article>");

    Article article = new GenericParser().parse(Page.of(saved, null));

    assertThat(article.url()).isEqualTo("https://www.valleypost.example/business/rates");
    assertThat(article.media()).extracting(m -> m.url()).containsExactly(
        "https://www.valleypost.example/media/bank.jpg", "https://cdn.valleypost.example/yen.jpg");
  }

  @Test
  void theRegistryFallsBackToTheGenericParserAndItReadsAWireStory() throws ParseException {
    ParserRegistry registry = ParserRegistry.load();
    Page page = Page.of(PAGE, "https://www.valleypost.example/business/rates");
    assertThat(registry.select(page)).isInstanceOf(GenericParser.class);

    Article article = registry.select(page).parse(page);

    assertThat(article.headline()).isEqualTo("Central bank holds rates");
    assertThat(article.bylines()).isEmpty();
    assertThat(article.syndication()).isNotNull();
    assertThat(article.syndication().agency()).isEqualTo("Reuters");
    assertThat(article.dateline()).isNotNull();
    assertThat(article.dateline().place()).isEqualTo("TOKYO");
    assertThat(article.body()).hasSize(3);
    assertThat(article.body().get(0).id()).isEqualTo("p1");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.outlet().name()).isEqualTo("Valley Post");
    assertThat(article.media()).extracting(m -> m.url()).containsExactly("https://img.example/bank.jpg");
    assertThat(article.provenance().parser()).isEqualTo("generic");
    assertThat(article.provenance().removed()).anyMatch(r -> r.reason().equals("navigation"));
  }

  // The same kind of wire story on the agency's own site: the "(AP) —" credit is the agency's own,
  // not a republication.
  private static final String AGENCY_OWN_PAGE = """
      <!doctype html><html lang="en"><head><title>Storm closes mountain passes</title>
      <meta property="og:site_name" content="%s"></head><body>
      <article><h1>Storm closes mountain passes</h1>
      <p>DENVER (AP) — An early snowstorm closed three mountain passes on Tuesday and left thousands
      of homes without power across the Front Range, state officials said.</p>
      <p>Crews worked through the night to clear the highways, but the transportation department said
      the passes would stay closed until the wind dropped and avalanche teams could check the slopes.</p>
      <p>Forecasters expect the snow to ease by Wednesday afternoon, with warmer weather over the weekend
      that should melt most of what fell in the lower valleys.</p>
      </article></body></html>""";

  @Test
  void aStoryOnTheAgencysOwnSiteHasNoSyndicationButKeepsItsDateline() throws ParseException {
    Article own = new GenericParser().parse(
        Page.of(AGENCY_OWN_PAGE.formatted("AP News"), "https://apnews.example/article/storm"));
    assertThat(own.syndication()).isNull();
    assertThat(own.dateline()).isNotNull();
    assertThat(own.dateline().place()).isEqualTo("DENVER");

    Article byDomain = new GenericParser().parse(
        Page.of(AGENCY_OWN_PAGE.formatted("Wire Desk").replace("(AP)", "(AFP)"), "https://www.afp.com/en/news/storm"));
    assertThat(byDomain.syndication()).isNull();

    Article republished = new GenericParser().parse(
        Page.of(AGENCY_OWN_PAGE.formatted("Valley Post"), "https://www.valleypost.example/weather/storm"));
    assertThat(republished.syndication()).isNotNull();
    assertThat(republished.syndication().agency()).isEqualTo("Associated Press");
    assertThat(republished.dateline().place()).isEqualTo("DENVER");
  }

  // A Japanese regional paper's layout: a date line over the body, a Kyodo story, a membership
  // notice and its promotion lines closing the free part.
  private static final String JAPANESE_PAGE = """
      <!doctype html><html lang="ja"><head><title>米、新たな関税措置を発表 | 山河新聞</title>
      <meta property="og:site_name" content="山河新聞"></head><body>
      <nav><a href="/">トップ</a> <a href="/world">国際</a></nav>
      <article><h1>米、新たな関税措置を発表</h1>
      <div class="article-body">
      <p>2025年2月3日 10時15分 (2月3日 11時20分更新)</p>
      <p>　【ワシントン共同】米政府は２日、輸入品の一部に新たな関税を課す措置を発表した。
      <ruby><rb>財務長官</rb><rp>（</rp><rt>ざいむちょうかん</rt><rp>）</rp></ruby>
      は記者会見で「国内の産業を守るためだ」と説明した。</p>
      <p>　措置は来月から適用される。対象となる品目は数百に上る見通しで、各国の反発も予想される。</p>
      <p>　日本政府は影響を精査する方針だ。経済界からは輸出への打撃を懸念する声が上がっている。</p>
      <p>この記事は会員限定です。新聞の購読者の方は、無料で会員登録できます。</p>
      <p>山河プラスに登録すると</p>
      <p>会員向け記事が読める</p>
      </div></article></body></html>""";

  @Test
  void aJapanesePageGetsItsCreditDatesAndNoMembershipText() throws ParseException {
    Article article = new GenericParser().parse(Page.of(JAPANESE_PAGE, "https://www.sanga.example/article/1"));
    assertThat(article.language()).isEqualTo("ja");
    assertThat(article.syndication().agency()).isEqualTo("Kyodo News");
    assertThat(article.dateline().place()).isEqualTo("ワシントン");
    assertThat(article.published()).isEqualTo(java.time.OffsetDateTime.parse("2025-02-03T10:15+09:00"));
    assertThat(article.modified()).isEqualTo(java.time.OffsetDateTime.parse("2025-02-03T11:20+09:00"));
    assertThat(article.provenance().warnings()).noneMatch(w -> w.startsWith("No publication date"));
    assertThat(article.body()).extracting(b -> b.text()).containsExactly(
        "米政府は２日、輸入品の一部に新たな関税を課す措置を発表した。財務長官は記者会見で「国内の産業を守るためだ」と説明した。",
        "措置は来月から適用される。対象となる品目は数百に上る見通しで、各国の反発も予想される。",
        "日本政府は影響を精査する方針だ。経済界からは輸出への打撃を懸念する声が上がっている。");
    assertThat(article.provenance().removed()).extracting(r -> r.reason())
        .contains("date", "dateline", "paywall");
  }

  @Test
  void aJapanesePageWithoutAZoneIsReadInJst() throws ParseException {
    String html = JAPANESE_PAGE.replace("<meta property=\"og:site_name\" content=\"山河新聞\">",
        "<meta property=\"article:published_time\" content=\"2025-02-03T10:15:00\">");
    Article article = new GenericParser().parse(Page.of(html, "https://www.sanga.example/article/1"));
    assertThat(article.published()).isEqualTo(java.time.OffsetDateTime.parse("2025-02-03T10:15+09:00"));
  }

  @Test
  void theLanguageIsCheckedAgainstTheText() throws ParseException {
    String jp = "<html lang=\"en\"><body><article>"
        + "<p>東京都は火曜日、新しい防災計画を発表した。計画では、大きな地震が起きた場合に備えて、食料や水の備蓄を増やすことが盛り込まれている。</p>"
        + "<p>都の担当者は、住民に対しても家庭での備えを進めるよう呼びかけていると話した。来年度から段階的に実施される予定だという。</p>"
        + "</article></body></html>";
    Article article = new GenericParser().parse(Page.of(jp, "https://example.jp/a"));

    assertThat(article.language()).isEqualTo("ja");
    assertThat(article.provenance().warnings()).anyMatch(w -> w.contains("declares language en"));
  }

  @Test
  void anEmptyPageIsAnError() {
    assertThatThrownBy(() -> new GenericParser().parse(Page.of("  ", null))).isInstanceOf(ParseException.class);
  }

  @Test
  void aPageWithoutArticleSaysWhatWasMissing() throws ParseException {
    Article article = new GenericParser().parse(Page.of("<html><body><nav><a href='/'>Home</a></nav></body></html>", null));

    assertThat(article.body()).isEmpty();
    assertThat(article.provenance().warnings()).anyMatch(w -> w.contains("No article body"))
        .anyMatch(w -> w.contains("No headline")).anyMatch(w -> w.contains("No publication date"));
    assertThat(article.provenance().removed()).isNotEmpty();
  }

  @Test
  void anExcerptDescriptionIsNotASubheadlineAndARepeatedHeadlineLeavesTheBody() throws ParseException {
    String html = """
        <html lang="en"><head><meta property="og:title" content="Pier to close for repairs">
        <meta property="og:description" content="The town's pier will close for six weeks from Monday while…">
        </head><body><article>
        <div class="story"><h2>Pier to close for repairs</h2>
        <p>The town's pier will close for six weeks from Monday while engineers replace rotten timbers under
        the deck, the harbour board said, adding that anglers could use the east jetty instead.</p>
        <p>The board said the work had been planned for two years and would cost less than expected because
        much of the steel frame was found to be in good condition during an inspection last month.</p>
        </div></article></body></html>""";
    Article article = new GenericParser().parse(Page.of(html, "https://pier.example/a"));

    assertThat(article.subheadline()).isNull();
    assertThat(article.body()).hasSize(2);
    assertThat(article.body().get(0).text()).startsWith("The town's pier");
    assertThat(article.provenance().removed()).anyMatch(r -> r.reason().equals("headline")
        && r.text().equals("Pier to close for repairs"));
  }
}
