package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Byline;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
  private static Metadata read(String head, String body, String url) {
    return MetadataReader.read(Jsoup.parse("<html lang=\"en-GB\"><head>" + head + "</head><body>" + body + "</body></html>", url), url);
  }

  @Test
  void aJsonLdHeadlineThatIsNotTheHeadingGivesWayToItsNameThatIs() {
    // A reference page: JSON-LD's headline is a description, its name the page's heading.
    Metadata reference = read("""
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
          "name":"Harbour Bridge","headline":"road bridge across the inner harbour"}</script>
        """, "<h1>Harbour Bridge</h1><p>The bridge opened in 1932.</p>", "https://wiki.example/Harbour_Bridge");
    assertThat(reference.headline()).isEqualTo("Harbour Bridge");

    // A news page that sets a short search headline beside the one it shows, named as shown.
    Metadata news = read("""
        <meta property="og:title" content="Council backs quay plan">
        <script type="application/ld+json">{"@type":"NewsArticle",
          "name":"Council backs plan to rebuild the old quay by 2027",
          "headline":"Council backs quay plan","alternativeHeadline":"Quay plan approved"}</script>
        """, "<h1>Council backs plan to rebuild the old quay by 2027</h1>", "https://www.harbourgazette.example/news/2");
    assertThat(news.headline()).isEqualTo("Council backs plan to rebuild the old quay by 2027");

    // The headline shown as the heading stays, whatever the name says.
    Metadata shown = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","name":"Harbour Gazette",
          "headline":"Quay opening delayed"}</script>
        """, "<h1>Quay opening delayed</h1>", "https://www.harbourgazette.example/news/3");
    assertThat(shown.headline()).isEqualTo("Quay opening delayed");
  }

  @Test
  void aBylineElementHoldingTheNameAndItsDateGivesBoth() {
    // A personal site: the author element holds the name, an icon and the printed date, and the
    // site's name credits the author too.
    Metadata m = read("<meta property=\"og:site_name\" content=\"HARBOUR NOTES | BY: MARA QUILL\">", """
        <h1>Tide tables for the new season</h1>
        <div class="article-author"><i class="icon-user"></i> <span><a href="/latest?author=mq">Mara Quill</a></span>
          <i class="icon-clock"></i> <span>Monday, February 29, 2016 @ 11:10 PM UTC</span></div>
        <p>The harbour office printed its tide tables for the season a week early this year.</p>
        """, "https://harbournotes.example/tides");

    assertThat(m.bylines()).containsExactly(Byline.of("Mara Quill"));
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2016-02-29T23:10Z"));
    assertThat(m.outlet().name()).isEqualTo("HARBOUR NOTES");
  }

  @Test
  void aNameBeforeItsDateIsCutAtTheWeekdayOrTheMonthThatOpensTheDate() {
    assertThat(MetadataReader.nameBeforeDate("Jane Doe Monday, February 29, 2016 @ 11:10 PM")).isEqualTo("Jane Doe");
    assertThat(MetadataReader.nameBeforeDate("Jane May March 12, 2020")).isEqualTo("Jane May");
    assertThat(MetadataReader.nameBeforeDate("Jean Roe lundi 12 mars 2020")).isEqualTo("Jean Roe");
    // Digits before the date, or no date after the weekday: the text is no name and date.
    assertThat(MetadataReader.nameBeforeDate("Jane Doe Press Published 5:04 p.m. ET Nov. 18, 2019"))
        .isEqualTo("Jane Doe Press Published 5:04 p.m. ET Nov. 18, 2019");
    assertThat(MetadataReader.nameBeforeDate("Jane Doe Sunday Edition")).isEqualTo("Jane Doe Sunday Edition");
    // (A leading cue stays for the name splitter, which drops it.)
    assertThat(MetadataReader.bylineOf("By Jane Doe Monday, March 12, 2020")).isEqualTo("By Jane Doe");
  }

  @Test
  void aCommentersNameStyledAsABylineIsNotTheArticlesByline() {
    // Portals render the comment thread (avatar letter, user name in a "byline" div) before the
    // article's own author block in the page's order.
    Metadata m = read("", """
        <h1>Ferry fares to rise in spring</h1>
        <ul class="comments-list">
          <li class="comment"><div class="byline"><span class="avatar">R</span> <b>Rover</b></div>
            <div class="message">About time they fixed the timetable too.</div></li>
        </ul>
        <div class="story"><div class="author-name">Mara Quill</div>
        <p>Fares on the island ferries will rise by eight percent in April, the operator said on Monday.</p></div>
        """, "https://news.portal.example/ferry-fares");

    assertThat(m.bylines()).containsExactly(Byline.of("Mara Quill"));
  }

  @Test
  void aBylineClassHoldingOnlyItsCueWordGivesWayToTheNextOneButAnAgencyCreditDoesNot() {
    // "By" in one byline-classed element, the name in the next: the name is the byline.
    Metadata split = read("", """
        <h1>Teachers rally at the statehouse</h1>
        <div class="byline-wrapper"><span class="byline">By </span><h3 class="byline"><span>Ann Roe</span></h3></div>
        <p>Thousands of teachers rallied on Monday for higher pay and smaller classes across the state.</p>
        """, "https://www.valleypost.example/news/rally");
    assertThat(split.bylines()).containsExactly(Byline.of("Ann Roe"));

    // "Von" alone is no one's name.
    Metadata label = read("", """
        <h1>Neue Brücke eröffnet</h1><span class="author-label">Von</span>
        <p>Die neue Brücke über den Fluss wurde am Montag nach drei Jahren Bauzeit eröffnet.</p>
        """, "https://www.talbote.example/lokal/bruecke");
    assertThat(label.bylines()).isEmpty();

    // The article credits an agency; the author classes further down belong to teasers.
    Metadata agency = read("", """
        <h1>Storm closes mountain passes</h1><span class="author">AFP</span>
        <p>An early snowstorm closed three mountain passes on Tuesday, officials said.</p>
        <aside><h2>Another story</h2><span class="author">Jean Dupont</span></aside>
        """, "https://www.journal.example/monde/tempete");
    assertThat(agency.bylines()).isEmpty();
  }

  @Test
  void aDocumentTitleAloneLosesAShortSuffixAfterItsLastSeparator() {
    assertThat(read("<title>Quiet mornings on the old harbour – Anna's notes</title>", "<p>Text.</p>",
        "https://notes.example/harbour").headline()).isEqualTo("Quiet mornings on the old harbour");
    assertThat(read("<title>Fixing a bike chain | How to | Cycle Workshop</title>", "<p>Text.</p>",
        "https://cycle.example/chain").headline()).isEqualTo("Fixing a bike chain | How to");
    // A long last part is the title's own words; a short title keeps its part.
    assertThat(read("<title>Storm hits coast - why the old sea wall failed on Tuesday night</title>", "<p>Text.</p>",
        "https://news.example/storm").headline()).isEqualTo("Storm hits coast - why the old sea wall failed on Tuesday night");
    assertThat(read("<title>Budget - Live</title>", "<p>Text.</p>", "https://news.example/live").headline())
        .isEqualTo("Budget - Live");
    // A sharing title is written as metadata: its wording stays where no site name is known.
    assertThat(read("<meta property=\"og:title\" content=\"Quiet mornings on the old harbour – Part two\">"
        + "<title>Quiet mornings on the old harbour – Part two</title>", "<p>Text.</p>",
        "https://notes.example/harbour-2").headline()).isEqualTo("Quiet mornings on the old harbour – Part two");
  }

  @Test
  void anAppNameThatIsThePagesOwnTitleIsNoSiteName() {
    Metadata m = read("""
        <meta name="application-name" content="Ferry timetable changes from Monday">
        <meta property="og:title" content="Ferry timetable changes from Monday">
        <meta property="og:site_name" content="Harbour Gazette">
        """, "<h1><a class=\"logo\" href=\"/\">harbour gazette home</a></h1><h1>Ferry timetable changes from Monday</h1>",
        "https://www.harbourgazette.example/news/4");
    assertThat(m.headline()).isEqualTo("Ferry timetable changes from Monday");
    assertThat(m.outlet().name()).isEqualTo("Harbour Gazette");
  }

  @Test
  void aCutSharingTitleIsNotCompletedByTheSameCutTitleWithASectionAfterIt() {
    Metadata m = read("""
        <meta property="og:title" content="Screen notes: «Harbour», «Six Days», «The Mayor»…">
        <title>Screen notes: «Harbour», «Six Days», «The Mayor»… - Culture / Weekend</title>
        """, "<p>Text.</p>", "https://www.journal.example/culture/notes");
    assertThat(m.headline()).isEqualTo("Screen notes: «Harbour», «Six Days», «The Mayor»…");

    Metadata fuller = read("""
        <meta property="og:title" content="Council backs plan to rebuild the old…">
        <title>Council backs plan to rebuild the old quay by 2027</title>
        """, "<p>Text.</p>", "https://www.harbourgazette.example/news/5");
    assertThat(fuller.headline()).isEqualTo("Council backs plan to rebuild the old quay by 2027");
  }

  @Test
  void aNameAndABarBeforeThePrintedDateUnderTheHeadlineIsTheByline() {
    Metadata m = read("", """
        <h1>Charging points pass eleven thousand</h1><h4>The ministry counted the stations by province.</h4>
        <div class="row"><span style="float:left">Ayşe Yıldız &nbsp;|</span><span class="tarih">05.04.2025 - 10:12</span></div>
        <p>The number of charging points for electric cars has passed eleven thousand across the country.</p>
        """, "https://www.haber.example/ekonomi/1");
    assertThat(m.bylines()).containsExactly(Byline.of("Ayşe Yıldız"));

    // A section name and a bar before a date is no one.
    Metadata section = read("", """
        <h1>Charging points pass eleven thousand</h1>
        <div><span>ekonomi |</span><span>05.04.2025</span></div><p>Text of the article.</p>
        """, "https://www.haber.example/ekonomi/2");
    assertThat(section.bylines()).isEmpty();
    // Nor a name and a bar before text that is not a date.
    Metadata menu = read("", """
        <h1>Charging points pass eleven thousand</h1>
        <div><span>World News |</span><span>Economy</span></div><p>Text of the article.</p>
        """, "https://www.haber.example/ekonomi/3");
    assertThat(menu.bylines()).isEmpty();
  }

  @Test
  void anAuthorTheStructuredDataNamesButThePageLabelsAsEditorGivesWayToTheByline() {
    Metadata m = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Teachers graduate in Jakarta",
          "author":{"@type":"Person","name":"Budi Santoso"}}</script>
        """, """
        <h1>Teachers graduate in Jakarta</h1><div class="info"><div class="author-2">Dewi Lestari</div></div>
        <p>Two hundred teachers graduated on Saturday from the school's first economics course.</p>
        <div class="info-author">
            Editor : <a href="/author/12/budi-santoso" class="author">Budi Santoso</a>
        </div>
        """, "https://www.berita.example/ekonomi/1");
    assertThat(m.bylines()).containsExactly(Byline.of("Dewi Lestari"));
  }

  @Test
  void jsonLdInAGraphGivesHeadlineAuthorsDatesAndSection() {
    Metadata m = read("""
        <title>Quay opening delayed | Harbour Gazette</title>
        <meta property="og:site_name" content="Harbour Gazette">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Harbour Gazette"},
          {"@type":"NewsArticle","headline":"Quay opening delayed","datePublished":"2024-03-05T17:54:00+09:00",
           "dateModified":"2024-03-06T08:00:00+09:00","articleSection":"Local",
           "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"},
                     {"@type":"Organization","name":"Harbour Gazette"}],
           "keywords":["harbour","council"]}]}</script>
        """, "<h1>Quay opening delayed</h1>", "https://www.harbourgazette.example/news/1");

    assertThat(m.headline()).isEqualTo("Quay opening delayed");
    assertThat(m.bylines()).containsExactly(Byline.of("Jane Doe"), Byline.of("John Roe"));
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2024-03-05T17:54:00+09:00"));
    assertThat(m.modified()).isEqualTo(OffsetDateTime.parse("2024-03-06T08:00:00+09:00"));
    assertThat(m.section()).isEqualTo("Local");
    assertThat(m.tags()).containsExactly("harbour", "council");
    assertThat(m.outlet().name()).isEqualTo("Harbour Gazette");
    assertThat(m.outlet().domain()).isEqualTo("harbourgazette.example");
    assertThat(m.language()).isEqualTo("en-GB");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void malformedJsonLdIsToleratedAndMetaTagsFillIn() {
    Metadata m = read("""
        <script type="application/ld+json">{"@type":"NewsArticle", "headline": "Broken block",,, </script>
        <script type="application/ld+json">this is not json at all</script>
        <meta property="og:title" content="Ferry route to start in summer - Coast Times">
        <meta property="og:site_name" content="Coast Times">
        <meta property="article:published_time" content="2023-06-01T09:30:00+02:00">
        <meta property="article:section" content="Transport">
        <meta property="article:tag" content="ferries"><meta property="article:tag" content="summer">
        <meta name="author" content="Anna Berg">
        <link rel="canonical" href="/transport/ferry">
        """, "<p>Text</p>", "https://coasttimes.example/transport/ferry?ref=rss");

    assertThat(m.headline()).isEqualTo("Ferry route to start in summer");
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2023-06-01T09:30:00+02:00"));
    assertThat(m.bylines()).containsExactly(Byline.of("Anna Berg"));
    assertThat(m.tags()).containsExactly("ferries", "summer");
    assertThat(m.section()).isEqualTo("Transport");
    assertThat(m.canonicalUrl()).isEqualTo("https://coasttimes.example/transport/ferry");
    assertThat(m.warnings()).anyMatch(w -> w.contains("JSON-LD"));
  }

  @Test
  void dublinCoreParselyAndSailthruMetaAreRead() {
    Metadata m = read("""
        <meta name="parsely-title" content="Bridge repairs finish early">
        <meta name="parsely-author" content="Sam Lee">
        <meta name="parsely-pub-date" content="2022-11-19T10:00:00Z">
        <meta name="parsely-section" content="City">
        <meta name="dc.language" content="de">
        """, "", "https://city.example/bridge");

    assertThat(m.headline()).isEqualTo("Bridge repairs finish early");
    assertThat(m.bylines()).containsExactly(Byline.of("Sam Lee"));
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-11-19T10:00:00Z"));
    assertThat(m.section()).isEqualTo("City");

    Metadata s = read("""
        <meta name="sailthru.title" content="Tram line extended">
        <meta name="sailthru.author" content="Kim Park">
        <meta name="sailthru.date" content="2021-05-04 08:15:00 +0100">
        <meta name="dc.creator" content="Ignored Because Sailthru Came First">
        """, "", "https://tram.example/x");
    assertThat(s.headline()).isEqualTo("Tram line extended");
    assertThat(s.bylines()).containsExactly(Byline.of("Kim Park"));
    assertThat(s.published()).isEqualTo(OffsetDateTime.parse("2021-05-04T08:15:00+01:00"));
  }

  @Test
  void microdataTimeElementsAndVisibleBylineAreTheLastResort() {
    Metadata m = read("<title>Market hall reopens</title>", """
        <article itemscope itemtype="https://schema.org/NewsArticle">
          <h1 itemprop="headline">Market hall reopens</h1>
          <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lena Vogel</span></span>
          <time itemprop="datePublished" datetime="2020-02-03T07:00:00+01:00">3 Feb 2020</time>
        </article>""", "https://market.example/a");

    assertThat(m.headline()).isEqualTo("Market hall reopens");
    assertThat(m.bylines()).containsExactly(Byline.of("Lena Vogel"));
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2020-02-03T07:00:00+01:00"));

    Metadata visible = read("", """
        <h1>Dock strike ends</h1><p class="byline">By Tom Hale and Ria Moss</p>
        <time datetime="2019-08-01T12:00:00-04:00">Aug 1</time>""", "https://dock.example/a");
    assertThat(visible.headline()).isEqualTo("Dock strike ends");
    assertThat(visible.bylines()).containsExactly(Byline.of("Tom Hale"), Byline.of("Ria Moss"));
    assertThat(visible.published()).isEqualTo(OffsetDateTime.parse("2019-08-01T12:00:00-04:00"));
  }

  @Test
  void jsonLdWinsOverMetaWinsOverVisibleWhenTheyDisagree() {
    Metadata m = read("""
        <meta property="og:title" content="A social title that nobody sees">
        <meta name="twitter:title" content="A twitter title">
        <meta property="article:published_time" content="2024-01-02T10:00:00+00:00">
        <meta name="author" content="Meta Person">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"The structured headline",
          "alternativeHeadline":"The structured alternative",
          "datePublished":"2024-01-01T09:00:00+01:00","author":{"@type":"Person","name":"Ld Person"}}</script>
        """, """
        <h1>Something else entirely</h1><p class="byline">By Visible Person</p>
        <time datetime="2023-12-31T08:00:00Z">yesterday</time>""", "https://x.example/a");

    assertThat(m.headline()).isEqualTo("The structured headline");
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2024-01-01T09:00:00+01:00"));
    assertThat(m.bylines()).containsExactly(Byline.of("Ld Person"));
  }

  @Test
  void theVisibleHeadingPicksAmongStructuredCandidates() {
    Metadata m = read("""
        <meta property="og:title" content="Shared title">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"SEO headline"}</script>
        """, "<h1>Shared title</h1>", "https://x.example/a");

    assertThat(m.headline()).isEqualTo("Shared title");
  }

  @Test
  void organisationsPlaceholdersAndTheSiteAreNotPeople() {
    Metadata m = read("""
        <meta property="og:site_name" content="Valley Post">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Road closed",
          "author":[{"@type":"Organization","name":"Valley Post"},"Staff","Valley Post Staff","Reuters"]}</script>
        <meta name="author" content="Valley Post">
        """, "", "https://valleypost.example/a");

    assertThat(m.bylines()).isEmpty();
  }

  @Test
  void aZonelessDateIsKeptAsGivenAtTheEvidentZoneAndWarned() {
    Metadata withOffsetElsewhere = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Fair opens",
          "datePublished":"2024-05-03 18:00:00","dateModified":"2024-05-03T19:00:00+02:00"}</script>
        """, "", "https://fair.example/a");
    assertThat(withOffsetElsewhere.published()).isEqualTo(OffsetDateTime.parse("2024-05-03T18:00:00+02:00"));
    assertThat(withOffsetElsewhere.warnings()).anyMatch(w -> w.contains("no time zone"));

    Metadata nothingElse = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Fair opens",
          "datePublished":"2024-05-03T18:00:00"}</script>""", "", "https://fair.example/a");
    assertThat(nothingElse.published()).isEqualTo(OffsetDateTime.parse("2024-05-03T18:00:00Z"));
    assertThat(nothingElse.warnings()).anyMatch(w -> w.contains("no time zone"));
  }

  @Test
  void titleSuffixesAndPrefixesNamingTheSiteAreStripped() {
    var names = java.util.List.of("The Harbour Gazette");
    assertThat(MetadataReader.stripSiteName("Quay delayed | The Harbour Gazette", names, "harbour.example"))
        .isEqualTo("Quay delayed");
    assertThat(MetadataReader.stripSiteName("Quay delayed - Local | The Harbour Gazette", names, "harbour.example"))
        .isEqualTo("Quay delayed - Local");
    assertThat(MetadataReader.stripSiteName("Harbour | Quay delayed", java.util.List.of(), "harbour.example"))
        .isEqualTo("Quay delayed");
    assertThat(MetadataReader.stripSiteName("Left - right: a debate", names, "harbour.example"))
        .isEqualTo("Left - right: a debate");
  }

  @Test
  void namesAreSplitAndCleaned() {
    assertThat(MetadataReader.splitNames("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
    assertThat(MetadataReader.splitNames("Doe, Jane")).containsExactly("Jane Doe");
    assertThat(MetadataReader.splitNames("Anna Berg (ab), Tom Hale (th)")).isNotEmpty();
    assertThat(MetadataReader.splitNames("Anna Berg und Tom Hale")).containsExactly("Anna Berg", "Tom Hale");
    // A dateline's place after the names is not a person; a list of full names keeps them all.
    assertThat(MetadataReader.splitNames("Von Anna Berg und Tom Hale, Nairobi")).containsExactly("Anna Berg", "Tom Hale");
    assertThat(MetadataReader.splitNames("Von Tom Hale, Lille")).containsExactly("Tom Hale");
    assertThat(MetadataReader.splitNames("Anna Berg, Tom Hale, Eva Stern")).containsExactly("Anna Berg", "Tom Hale", "Eva Stern");
  }

  @Test
  void anAgencyBeforeAPlaceIsNoNameWrittenSurnameFirst() {
    // "Surname, Given" would turn these into "Lisbon Reuters" and "Jane Doe AP".
    assertThat(MetadataReader.splitNames("Reuters, Lisbon")).containsExactly("Reuters");
    assertThat(MetadataReader.splitNames("AP, Jane Doe")).containsExactly("AP", "Jane Doe");

    Metadata m = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends",
          "author":"Reuters","datePublished":"2019-11-20T11:06:01+05:30"}</script>""", """
        <h1>Port strike ends</h1>
        <div class="article-author"><div class="article-author__time">
          <a class="article-author__name" href="/author/reuters">Reuters, </a>
          <span class="article-author__name"> Lisbon, </span><ul><li>Nov 20 2019, 11:06am</li></ul></div></div>
        <p>Dock workers returned to the terminals on Wednesday after a week-long walkout over pay.</p>""",
        "https://harbourherald.example/business/port-strike-ends-777.html");

    assertThat(m.bylines()).isEmpty();
    assertThat(m.syndication()).isNotNull();
    assertThat(m.syndication().agency()).isEqualTo("Reuters");
  }

  @Test
  void leadImageComesWithCaptionAndCreditFromJsonLd() {
    Metadata m = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm",
          "image":{"@type":"ImageObject","url":"https://img.example/storm.jpg","caption":"Waves at the pier",
          "creditText":"Jo Bloggs"}}</script>""", "", "https://storm.example/a");

    assertThat(m.leadImage()).isNotNull();
    assertThat(m.leadImage().url()).isEqualTo("https://img.example/storm.jpg");
    assertThat(m.leadImage().caption()).isEqualTo("Waves at the pier");
    assertThat(m.leadImage().credit()).isEqualTo("Jo Bloggs");
  }

  @Test
  void structuredSyndicationIsRead() {
    Metadata m = read("""
        <meta property="og:site_name" content="Valley Post">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets fall",
          "sourceOrganization":{"@type":"Organization","name":"Reuters"}}</script>""", "", "https://valleypost.example/a");

    assertThat(m.syndication()).isNotNull();
    assertThat(m.syndication().agency()).isEqualTo("Reuters");
  }

  @Test
  void registrableDomainsKeepCountrySecondLevels() {
    assertThat(MetadataReader.registrableDomain("https://www.bbc.co.uk/news/1")).isEqualTo("bbc.co.uk");
    assertThat(MetadataReader.registrableDomain("https://edition.cnn.com/x")).isEqualTo("cnn.com");
    assertThat(MetadataReader.registrableDomain("not a url")).isNull();
  }

  @Test
  void aPrintedDateAndAnAuthorClassAreReadWhenNothingStructuredIs() {
    Metadata m = read("", """
        <h1>Harbour festival returns</h1>
        <div class="article-author">Lena Vogel</div>
        <span class="meta_date">erstellt: 01. April 2025, 15:25</span>""", "https://www.hafen.example.de/a");

    assertThat(m.bylines()).containsExactly(Byline.of("Lena Vogel"));
    // Printed dates carry no zone: read at the zone of the German domain and warned about.
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2025-04-01T15:25:00+02:00"));
    assertThat(m.warnings()).anyMatch(w -> w.contains("no time zone"));
  }

  @Test
  void desksNamedAfterTheSiteAndStaffWritersAreNotPeople() {
    Metadata m = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood warning",
          "author":["Eva Stern","HAFEN NORD","Harbour Staff Writers"]}</script>""", "", "https://hafen.example/a");

    assertThat(m.bylines()).containsExactly(Byline.of("Eva Stern"));
  }

  @Test
  void theTitleProperOfAKickerHeadingPicksTheCandidate() {
    Metadata m = read("""
        <meta property="og:title" content="Tram line to reach the harbour by 2027">
        <script type="application/ld+json">{"@type":"NewsArticle",
          "headline":"City transport: Tram line to reach the harbour by 2027"}</script>""",
        "<h1><span class='kicker'>City transport:</span> <span>Tram line to reach the harbour by 2027</span></h1>",
        "https://x.example/a");

    assertThat(m.headline()).isEqualTo("Tram line to reach the harbour by 2027");
  }

  @Test
  void theSharingTitleWinsOverAJsonLdHeadlineWithoutAnAlternative() {
    // Newsrooms write og:title for readers; a bare JSON-LD headline is often the search variant,
    // even when the visible heading repeats it.
    Metadata m = read("""
        <meta property="og:title" content="Council backs the new harbour bridge">
        <meta name="twitter:title" content="Harbour bridge: council vote passes 30 to 12">
        <script type="application/ld+json">{"@type":"NewsArticle",
          "headline":"Harbour bridge: council vote passes 30 to 12"}</script>""",
        "<h1>Harbour bridge: council vote passes 30 to 12</h1>", "https://x.example/a");

    assertThat(m.headline()).isEqualTo("Council backs the new harbour bridge");
  }

  @Test
  void aJsonLdHeadlineBesideAnAlternativeWinsOverTheSharingTitle() {
    // Setting alternativeHeadline says which of the two the newsroom means as the headline.
    Metadata m = read("""
        <meta property="og:title" content="Harbour bridge: council vote passes 30 to 12">
        <script type="application/ld+json">{"@type":"NewsArticle",
          "headline":"Council backs the new harbour bridge",
          "alternativeHeadline":"Council backs the new harbour bridge"}</script>""",
        "<h1>Harbour bridge: council vote passes 30 to 12</h1>", "https://x.example/a");

    assertThat(m.headline()).isEqualTo("Council backs the new harbour bridge");
  }

  @Test
  void aCandidateCarryingAKickerOrSectionGivesWayToTheTitleInside() {
    Metadata kicker = read("""
        <meta property="og:title" content="Storm season | Ferries cancelled along the whole coast">
        <script type="application/ld+json">{"@type":"NewsArticle",
          "headline":"Ferries cancelled along the whole coast"}</script>""",
        "<h1>Ferries cancelled along the whole coast</h1>", "https://x.example/a");
    Metadata section = read("""
        <meta property="og:title" content="Storm: Ferries cancelled along the whole coast | Weather News">
        <meta property="og:site_name" content="Coast Times">
        <meta name="twitter:title" content="Ferries cancelled along the whole coast">""",
        "", "https://x.example/a");
    // A short <title> inside the sharing title is not a reason to cut it.
    Metadata shortTitle = read("""
        <title>Ferries</title>
        <meta property="og:title" content="Ferries: cancelled along the whole coast">""",
        "", "https://x.example/a");

    assertThat(kicker.headline()).isEqualTo("Ferries cancelled along the whole coast");
    assertThat(section.headline()).isEqualTo("Ferries cancelled along the whole coast");
    assertThat(shortTitle.headline()).isEqualTo("Ferries: cancelled along the whole coast");
  }

  @Test
  void theVisibleHeadingTrimsATailTheSiteNamesDoNotReveal() {
    Metadata m = read("""
        <meta property="og:title" content="Ferries cancelled again - The Daily Coast Chronicle">""",
        "<h1>Ferries cancelled again</h1>", "https://x.example/a");
    // A second clause of the title is not a tail.
    Metadata clause = read("""
        <meta property="og:title" content="Ferries cancelled again - and the islands are running out of bread and milk">""",
        "<h1>Ferries cancelled again</h1>", "https://x.example/a");

    assertThat(m.headline()).isEqualTo("Ferries cancelled again");
    assertThat(clause.headline()).isEqualTo("Ferries cancelled again - and the islands are running out of bread and milk");
  }

  @Test
  void aTitleCutWithAnEllipsisGivesWayToTheFullOne() {
    Metadata cut = read("""
        <meta property="og:title" content="Ferries cancelled along the coast as the storm…">
        <script type="application/ld+json">{"@type":"NewsArticle",
          "headline":"Ferries cancelled along the coast as the storm reaches the islands"}</script>""",
        "", "https://x.example/a");
    // A shorter sharing title without an ellipsis is the newsroom's choice, not a cut.
    Metadata shorter = read("""
        <meta property="og:title" content="Ferries cancelled along the coast">
        <script type="application/ld+json">{"@type":"NewsArticle",
          "headline":"Ferries cancelled along the coast as the storm reaches the islands"}</script>""",
        "", "https://x.example/a");

    assertThat(cut.headline()).isEqualTo("Ferries cancelled along the coast as the storm reaches the islands");
    assertThat(shorter.headline()).isEqualTo("Ferries cancelled along the coast");
  }

  @Test
  void siteNamesAreStrippedAfterFullWidthBarsGluedSectionsAndBeforeABylineTail() {
    Metadata japanese = read("""
        <meta property="og:site_name" content="港湾新報">
        <meta property="og:title" content="新しい橋の建設が決定：港湾新報">""", "", "https://x.example/a");
    Metadata korean = read("""
        <meta property="og:site_name" content="항구일보">
        <meta property="og:title" content="항구 다리 건설 확정-사회ㅣ항구일보">""", "", "https://x.example/a");
    Metadata byline = read("""
        <meta property="og:site_name" content="Coast Times">
        <meta property="og:title" content="Ferries cancelled again | Coast Times | by Jane Doe">""",
        "", "https://x.example/a");
    // A hyphenated Latin word before the site name is part of the title.
    Metadata hyphen = read("""
        <meta property="og:site_name" content="Coast Times">
        <meta property="og:title" content="Ferry review: hands-on | Coast Times">""", "", "https://x.example/a");

    assertThat(japanese.headline()).isEqualTo("新しい橋の建設が決定");
    assertThat(korean.headline()).isEqualTo("항구 다리 건설 확정");
    assertThat(byline.headline()).isEqualTo("Ferries cancelled again");
    assertThat(hyphen.headline()).isEqualTo("Ferry review: hands-on");
  }

  @Test
  void aDateIsReadFromTheBylineLineOrALabelWhenNothingStructuredGivesOne() {
    // The byline's line carries the date, with a two-digit year.
    Metadata line = read("", """
        <div class="meta"><div class="info">Mi 12.03.25 | 09:41 Uhr | Von <span class="authorname">Jana Beispiel</span></div></div>
        <p>Text.</p>""", "https://www.example.de/a");
    // A labelled date comes before a related teaser's dated heading further down.
    Metadata labelled = read("", """
        <ul><li><strong>Datum</strong> 14.03.2025</li></ul><p>Text.</p>
        <aside><h2>Older story <span class="date">02.03.2025</span></h2></aside>""", "https://www.example.de/a");
    // A structured date wins over both.
    Metadata structured = read("""
        <meta property="article:published_time" content="2025-03-13T08:00:00+01:00">""", """
        <ul><li><strong>Datum</strong> 14.03.2025</li></ul>""", "https://www.example.de/a");

    assertThat(line.published()).isEqualTo(OffsetDateTime.parse("2025-03-12T09:41:00+01:00"));
    assertThat(line.bylines()).containsExactly(Byline.of("Jana Beispiel"));
    assertThat(labelled.published()).isEqualTo(OffsetDateTime.parse("2025-03-14T00:00:00+01:00"));
    assertThat(structured.published()).isEqualTo(OffsetDateTime.parse("2025-03-13T08:00:00+01:00"));

    // Label and date in one span beside the byline's spans: "publiziert am 25. September 2018".
    Metadata oneText = read("", """
        <p class="about"> <span class="about__block">Von</span> <span class="about__block"><a href="/autor/jb">Jana
        Beispiel</a></span> <span class="about__block">publiziert am 14. März 2025</span></p>
        <h1>Fähre fährt wieder</h1><p>Text.</p>""", "https://www.example.de/a");
    assertThat(oneText.published()).isEqualTo(OffsetDateTime.parse("2025-03-14T00:00:00+01:00"));
  }

  @Test
  void aLabelledDateInBareTextBetweenTheHeadlineAndTheBodyIsRead() {
    // A Korean page's "article entered" line, text of the container between its elements.
    Metadata korean = read("", """
        <div class="news"><dl class="title"><dt>항구 재개장 연기</dt></dl>
          기사입력 :[ 2021-05-14 09:30 ]
          <div class="article"><p>본문.</p></div></div>""", "https://www.example.kr/news/1");
    // A Chinese page's "release time" with a full-width colon.
    Metadata chinese = read("", """
        <div class="info"><h1>港口重新开放</h1>发布时间：2021-05-14 09:30<span>来源：本报</span></div>
        <p>正文。</p>""", "https://www.example.cn/news/1");
    // A bare text that only mentions a date is no label.
    Metadata unlabelled = read("", """
        <div class="news"><h1>Pier</h1> The pier closed on 2021-05-14 09:30 <p>Text.</p></div>""",
        "https://www.example.com/news/1");

    assertThat(korean.published().toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2021-05-14T09:30"));
    // On a Korean page without any zone, the date is read in KST.
    String koreanPage = "<html lang=\"ko\"><body><div class=\"news\"><h1>항구 재개장 연기</h1>\n"
        + "기사입력 :[ 2021-05-14 09:30 ]\n<div class=\"article\"><p>본문.</p></div></div></body></html>";
    Metadata seoul = MetadataReader.read(Jsoup.parse(koreanPage, "https://www.example.kr/news/1"),
        "https://www.example.kr/news/1");
    assertThat(seoul.published()).isEqualTo(OffsetDateTime.parse("2021-05-14T09:30:00+09:00"));
    assertThat(chinese.published().toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2021-05-14T09:30"));
    assertThat(unlabelled.published()).isNull();

    // A labelled ISO date is read; an infobox's founding date, marked up as a person's or an
    // event's date (hCard, hCalendar), is not the page's.
    Metadata iso = read("", """
        <div class="post"><h2>Release notes</h2><div>Posted by the team on 2021-05-14, <a href="/blog/">all
        posts</a></div><p>Text.</p></div>""", "https://www.example.com/blog/1");
    Metadata infobox = read("", """
        <table class="infobox"><tr><th>Founded</th><td><span class="bday dtstart published updated">1998-02-28</span>
        </td></tr></table><p>Text.</p><ol class="references"><li><cite>"Harbour history". Retrieved
        <span class="reference-accessdate">2016-05-01</span></cite></li></ol>""", "https://www.example.org/wiki/Harbour");
    assertThat(iso.published().toLocalDate()).isEqualTo(java.time.LocalDate.parse("2021-05-14"));
    assertThat(infobox.published()).isNull();
  }

  @Test
  void jsonLdPersonsWithOnlyGivenAndFamilyNamesAndBracketedAddressesAsOrganisations() {
    Metadata split = read("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferries cancelled",
          "author":[{"@type":"Person","givenName":"Jana Maria","familyName":"Beispiel"},
                    {"@type":"Person","familyName":"Muster"}]}</script>""",
        "<p class=\"byline\">Jana Maria Beispiel Max Muster</p>", "https://x.example/a");
    Metadata organisation = read("""
        <meta name="author" content="Coast Broadcasting (www.coast-broadcasting.example)">""",
        "<p class=\"byline\">By Jane Doe</p>", "https://x.example/a");

    assertThat(split.bylines()).containsExactly(Byline.of("Jana Maria Beispiel"), Byline.of("Muster"));
    assertThat(organisation.bylines()).containsExactly(Byline.of("Jane Doe"));
  }

  @Test
  void anAuthorMetaNamingTheOutletDoesNotHideAnotherNamingTheReporter() {
    Metadata m = read("""
        <meta property="og:site_name" content="Coast Times">
        <meta name="author" content="Coast Times">
        <meta name="sailthru.author" content="Jane Doe">""", "", "https://x.example/a");

    assertThat(m.bylines()).containsExactly(Byline.of("Jane Doe"));
  }

  @Test
  void aLinkToAnAuthorsPageIsABylineButNotAnAdminAccount() {
    Metadata linked = read("", """
        <div class="head">von <a href="/autoren/name/jana-beispiel">Dr. Jana Beispiel</a></div><p>Text.</p>""",
        "https://x.example/a");
    Metadata admin = read("", """
        <div class="head">by <a href="https://x.example/author/admin/">Coast Desk D</a></div><p>Text.</p>""",
        "https://x.example/a");
    // A structured author comes first.
    Metadata structured = read("""
        <meta name="author" content="John Roe">""", """
        <div class="head">von <a href="/author/jana-beispiel/">Jana Beispiel</a></div>""", "https://x.example/a");

    assertThat(linked.bylines()).containsExactly(Byline.of("Dr. Jana Beispiel"));
    assertThat(admin.bylines()).isEmpty();
    assertThat(structured.bylines()).containsExactly(Byline.of("John Roe"));
  }

  @Test
  void aMenuOfColumnistsPagesIsNoByline() {
    // The site's menu links its columnists' pages before the article; the byline names the writer.
    Metadata menu = read("", """
        <nav><ul><li><a href="/author/ann-roe">Ann Roe</a></li><li><a href="/author/john-doe">John Doe</a></li></ul></nav>
        <h1>Tide gauge to be replaced</h1>
        <p>By <a href="/author/mara-lind">Mara Lind</a></p>
        <p>The harbour's tide gauge, in place since 1961, will be replaced this summer by the port authority.</p>""",
        "https://www.harbourgazette.example/news/gauge");
    Metadata roleMenu = read("", """
        <div role="navigation"><a href="/author/ann-roe">Ann Roe</a></div>
        <h1>Tide gauge to be replaced</h1><p>The harbour's tide gauge will be replaced this summer.</p>""",
        "https://www.harbourgazette.example/news/gauge");

    assertThat(menu.bylines()).containsExactly(Byline.of("Mara Lind"));
    assertThat(roleMenu.bylines()).isEmpty();
  }

  @Test
  void initialsAloneNameNoOne() {
    // A commenter's avatar letter and one-letter user name in a byline-classed element, before
    // the article's own byline element in the page's order.
    Metadata avatar = read("", """
        <ul class="comments"><li><div class="byline"><span class="avatar-letter">J</span> <b>J</b></div>
        <p>First!</p></li></ul>
        <h1>Ferry fares to rise in May</h1><div class="author-name">Mara Lind</div>
        <p>Fares on the island ferry will rise by a tenth in May, the operator said on Monday.</p>""",
        "https://www.harbourgazette.example/news/fares");

    assertThat(avatar.bylines()).containsExactly(Byline.of("Mara Lind"));
    assertThat(MetadataReader.isInitialsOnly("J J")).isTrue();
    assertThat(MetadataReader.isInitialsOnly("A. B.")).isTrue();
    assertThat(MetadataReader.isInitialsOnly("J. Doe")).isFalse();
    assertThat(MetadataReader.isInitialsOnly("王 明")).isFalse();
  }

  @Test
  void microdataAuthorsOutsideAnyItemAreTeaserCardsNotTheArticlesAuthors() {
    Metadata m = read("", """
        <main itemscope itemtype="https://schema.org/Article">
          <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></span>
          <p>Text.</p>
        </main>
        <div class="card"><span itemprop="author" itemscope itemtype="https://schema.org/Person">
          <span itemprop="name">John Roe</span></span></div>""", "https://x.example/a");

    assertThat(m.bylines()).containsExactly(Byline.of("Jane Doe"));
  }

  @Test
  void aPagesOnlyPersonItemMarkedAuthorIsItsBylineWhateverTheCaseOfItsType() {
    // No article item around it, and the type written in lower case as some sites do.
    Metadata lone = read("", """
        <h1>Harbour ferry returns</h1>
        <div class="meta"><span itemprop="author" itemscope itemtype="http://schema.org/person">
          <span itemprop="name">Ines Falk</span></span> <time>2 hours ago</time></div>
        <p>The ferry runs again from Monday.</p>""", "https://ferry.example/a");
    assertThat(lone.bylines()).containsExactly(Byline.of("Ines Falk"));

    // Several of them outside any item: a list of teasers, nobody's byline here.
    Metadata teasers = read("", """
        <h1>Harbour ferry returns</h1><p>The ferry runs again from Monday.</p>
        <ul><li><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ola Berg</span></span></li>
        <li><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Uma Sand</span></span></li></ul>""",
        "https://ferry.example/b");
    assertThat(teasers.bylines()).isEmpty();
  }

  private static Metadata page(String lang, String head, String body, String url) {
    return MetadataReader.read(Jsoup.parse("<html lang=\"" + lang + "\"><head>" + head + "</head><body>" + body
        + "</body></html>", url), url);
  }

  @Test
  void bylineElementWithAnOutletTagAndADateGivesTheNameAfterTheCue() {
    Metadata m = page("de", "<title>Neue Brücke eröffnet</title>", """
        <h1>Neue Brücke eröffnet</h1>
        <div class="authors"><span class="brand">magazin</span><ul><li>von Jana Beispiel</li></ul>
          <ul class="meta"><li>05. November 2024</li><li>15:36 Uhr</li></ul></div>
        <p>Die Brücke über den Fluss ist seit heute offen.</p>""", "https://zeitung.example.de/a/1");
    assertThat(m.bylines()).containsExactly(Byline.of("Jana Beispiel"));
  }

  @Test
  void bylineBeforeAnEnglishDateLosesTheMonth() {
    Metadata m = page("en", "<title>Pier reopens</title>", """
        <h1>Pier reopens</h1><p class="byline">By Sam Example March 12, 2020</p><p>Text.</p>""",
        "https://news.example.com/a/1");
    assertThat(m.bylines()).containsExactly(Byline.of("Sam Example"));
  }

  @Test
  void aBylineElementHoldingOnlyADateCreditsNoOne() {
    Metadata m = page("de", "<title>Markt</title>", """
        <h1>Markt</h1><p class="c-header__byline"><time datetime="2024-04-27T07:39+0200">Veröffentlicht am
        27.04.24 um 07:39 Uhr</time></p><p>Text.</p>""", "https://sender.example.de/a/1");
    assertThat(m.bylines()).isEmpty();
  }

  @Test
  void labelledAuthorInAFactList() {
    Metadata m = page("de", "<title>Gegenoffensive</title>", """
        <h1>Gegenoffensive</h1><p>Text.</p>
        <ul class="smallList"><li><strong>Datum</strong> 28.04.2023</li>
        <li><strong>Autorin/Autor</strong> Roman Beispiel</li>
        <li><strong>Themenseiten</strong> <a href="/t/1">Krieg</a></li></ul>""", "https://sender.example/de/a/1");
    assertThat(m.bylines()).containsExactly(Byline.of("Roman Beispiel"));
  }

  @Test
  void cuedLinesInOtherLanguagesNextToTheHeadline() {
    Metadata fr = page("fr", "<title>Le port rouvre</title>", """
        <article><h1>Le port rouvre</h1><p>Par Jeanne Exemple et Marc Modèle</p><p>Le port a rouvert.</p></article>""",
        "https://journal.example.fr/a/1");
    assertThat(fr.bylines()).containsExactly(Byline.of("Jeanne Exemple"), Byline.of("Marc Modèle"));
    Metadata it = page("it", "<title>Il porto</title>", """
        <h1>Il porto</h1><div>Di Giulia Esempio</div><p>Il porto ha riaperto.</p>""", "https://giornale.example.it/a/1");
    assertThat(it.bylines()).containsExactly(Byline.of("Giulia Esempio"));
    Metadata pl = page("pl", "<title>Port</title>", """
        <h1>Port</h1><p>Autor: Jan Przykład</p><p>Port otwarto.</p>""", "https://gazeta.example.pl/a/1");
    assertThat(pl.bylines()).containsExactly(Byline.of("Jan Przykład"));
    Metadata nl = page("nl", "<title>Haven</title>", """
        <h1>Haven</h1><span>Door Piet Voorbeeld</span><p>De haven is weer open.</p>""", "https://krant.example.nl/a/1");
    assertThat(nl.bylines()).containsExactly(Byline.of("Piet Voorbeeld"));
  }

  @Test
  void aCuedLineFarFromTheHeadlineCreditsATeaserNotTheArticle() {
    StringBuilder body = new StringBuilder("<h1>Kühltürme gesprengt</h1>");
    for (int i = 0; i < 60; i++) {
      body.append("<p>Absatz ").append(i).append(" des Artikels.</p>");
    }
    body.append("<div class=\"teaser\"><a href=\"/b\">Anderer Artikel</a><div>Von Karl Anderer</div></div>");
    Metadata m = page("de", "<title>Kühltürme gesprengt</title>", body.toString(), "https://zeitung.example.de/a/1");
    assertThat(m.bylines()).isEmpty();
  }

  @Test
  void rdfaMetaWithSeveralPropertiesAndDublinCoreColons() {
    Metadata m = page("en", """
        <meta property="og:title twitter:title" content="Shared title">
        <meta property="dc:creator twitter:site_name" content="Creator Person">""",
        "<p>Text.</p>", "https://site.example.org/a");
    assertThat(m.headline()).isEqualTo("Shared title");
    assertThat(m.bylines()).containsExactly(Byline.of("Creator Person"));
  }

  @Test
  void timeElementWithoutDatetimeIsReadAsPrintedAtTheCountrysZone() {
    Metadata m = page("de", "<title>Hafen</title>", "<h1>Hafen</h1><time>12. März 2020</time><p>Text.</p>",
        "https://zeitung.example.de/a/1");
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2020-03-12T00:00:00+01:00"));
    assertThat(m.warnings()).anySatisfy(w -> assertThat(w).contains("no time zone"));
  }

  @Test
  void japanesePrintedDateInADateElement() {
    Metadata m = page("ja", "<title>港</title>", "<h1>港が再開</h1><p class=\"date\">2020年3月12日 14:05</p><p>本文。</p>",
        "https://shimbun.example.jp/a/1");
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2020-03-12T14:05:00+09:00"));
  }

  @Test
  void americanSlashedDateIsMonthFirst() {
    Metadata m = page("en-US", "<title>Pier</title>", "<h1>Pier</h1><span class=\"date\">03/04/2021</span><p>Text.</p>",
        "https://news.example.com/a/1");
    assertThat(m.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 3, 4));
    Metadata gb = page("en-GB", "<title>Pier</title>", "<h1>Pier</h1><span class=\"date\">03/04/2021</span><p>Text.</p>",
        "https://news.example.co.uk/a/1");
    assertThat(gb.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 4, 3));
  }

  @Test
  void theUrlsDateIsALastResortWithAWarning() {
    Metadata m = page("en-GB", "<title>Pier</title>", "<h1>Pier</h1><p>Text.</p>",
        "https://news.example.co.uk/2020/03/12/pier-reopens");
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2020-03-12T00:00:00Z"));
    assertThat(m.warnings()).anySatisfy(w -> assertThat(w).contains("URL"));
    Metadata dated = page("en-GB", "<meta property=\"article:published_time\" content=\"2020-03-11T22:00:00+01:00\">",
        "<h1>Pier</h1><p>Text.</p>", "https://news.example.co.uk/2020/03/12/pier-reopens");
    assertThat(dated.published()).isEqualTo(OffsetDateTime.parse("2020-03-11T22:00:00+01:00"));
    assertThat(dated.warnings()).noneSatisfy(w -> assertThat(w).contains("URL"));
    assertThat(MetadataReader.urlDate("https://x.example/news/20200230/a", java.time.ZoneOffset.UTC)).isNull();
  }

  @Test
  void theSameInstantKeepsThePagesLocalOffset() {
    Metadata m = page("en-US", """
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier","dateCreated":"2017-02-24T01:18:13Z"}</script>
        <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">""",
        "<h1>Pier</h1><p>Text.</p>", "https://news.example.com/a/1");
    assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2017-02-23T17:18:13-08:00"));
    assertThat(m.published().getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(-8));
  }

  @Test
  void boldNamesOpeningTheArticleAreItsByline() {
    Metadata one = page("en", """
        <meta name="author" content="Valley Courier">
        <meta property="og:site_name" content="Valley Courier">""", """
        <h1>Dam repairs begin</h1><div class="entry-content"><p>&nbsp;</p>
        <p><strong>Tumelo Example</strong></p>
        <p><strong>W</strong>ORK on the dam began on Monday after months of delay, the water board said in a statement to residents.</p>
        <p>Engineers expect the repairs to take the whole of the dry season, with the reservoir kept low until then.</p></div>""",
        "https://valleycourier.example/dam-repairs/");
    assertThat(one.bylines()).containsExactly(Byline.of("Tumelo Example"));
    Metadata two = page("en", "<title>Quarry</title>", """
        <h1>Quarry</h1><p><em>…villagers complain of cracked walls</em></p>
        <p><strong>Lineo Sample/Thabo Modelo</strong></p>
        <p>A quarry company has come under criticism from villagers who say its blasting cracks the walls of their homes.</p>""",
        "https://paper.example/quarry/");
    assertThat(two.bylines()).containsExactly(Byline.of("Lineo Sample"), Byline.of("Thabo Modelo"));
  }

  @Test
  void boldNamesSetToTheRightCloseTheArticle() {
    Metadata m = page("vi", "<title>Bệnh dạ dày</title>", """
        <h1>Bệnh dạ dày</h1>
        <p class="Normal">Nội soi định kỳ giúp phát hiện sớm các bệnh lý của đường tiêu hóa, theo các bác sĩ của bệnh viện.</p>
        <p class="Normal">Hướng điều trị phụ thuộc vào giai đoạn bệnh, có thể là phẫu thuật hoặc hóa trị.</p>
        <p class="Normal" style="text-align: right;"><strong>Trần Mẫu</strong></p>""", "https://bao.example.vn/a-1.html");
    assertThat(m.bylines()).containsExactly(Byline.of("Trần Mẫu"));
  }

  @Test
  void boldLinesInsideTheTextAreSubheadingsNotBylines() {
    Metadata m = page("en", "<title>Budget</title>", """
        <h1>Budget</h1>
        <p>The council passed its budget on Tuesday after a long debate about the cost of the new library and the pool.</p>
        <p><strong>Key Decisions</strong></p>
        <p>Fees for the pool rise next year.</p>
        <p><strong>Jane Example</strong> said the vote was close.</p>""", "https://town.example/budget");
    assertThat(m.bylines()).isEmpty();
  }

  @Test
  void aCueWordWithAColonBeforeLinkedNames() {
    Metadata m = page("de", "<title>Faktencheck</title>", """
        <h1>Faktencheck</h1><ul><li>3 Minuten Lesezeit</li>
        <li>Von: <span class="person-link"><a href="/anna-muster">Anna MUSTER</a>,</span>
        <span class="person-link"><a href="/ben-beispiel">Ben BEISPIEL</a></span></li></ul><p>Text.</p>""",
        "https://check.example.com/a/1");
    assertThat(m.bylines()).containsExactly(Byline.of("Anna MUSTER"), Byline.of("Ben BEISPIEL"));
  }

  @Test
  void deskAbbreviationsAgenciesAndNewsAreNoPeople() {
    assertThat(MetadataReader.isPerson("red", java.util.List.of(), null)).isFalse();
    assertThat(MetadataReader.isPerson("Agenturen", java.util.List.of(), null)).isFalse();
    assertThat(MetadataReader.isPerson("Nachrichten", java.util.List.of(), null)).isFalse();
    assertThat(MetadataReader.isPerson("valley news", java.util.List.of(), null)).isFalse();
    assertThat(MetadataReader.isPerson("Jana Newsome", java.util.List.of(), null)).isTrue();
    assertThat(MetadataReader.splitNames("red, Example.at/Agenturen")).containsExactly("red", "Example.at", "Agenturen");
    Metadata m = page("de", "<title>Wahl</title>", """
        <h1>Wahl</h1><div class="byline"><p>red, sender.example/<a href="/agenturen">Agenturen</a></p></div><p>Text.</p>""",
        "https://sender.example/stories/1");
    assertThat(m.bylines()).isEmpty();
  }

  @Test
  void writesFromAfterTheNameIsNoPartOfIt() {
    assertThat(MetadataReader.splitNames("Jón Dæmason skrifar frá Ósló")).containsExactly("Jón Dæmason");
    assertThat(MetadataReader.splitNames("Kari Eksempel skriver fra Bergen")).containsExactly("Kari Eksempel");
  }

  @Test
  void pictureCreditsAndCommentersAreNoBylines() {
    Metadata credit = page("de", "<title>Gipfel</title>", """
        <h1>Gipfel</h1><figure><img src="a.jpg"><div class="bildautor">Foto: Bild: XY/AGENTUR/PETRA MUSTER</div></figure>
        <p>Text.</p>""", "https://zeitung.example.at/a/1");
    assertThat(credit.bylines()).isEmpty();
    Metadata comments = page("de", "<title>Ostern</title>", """
        <h1>Ostern</h1><p>Text.</p><aside><ul><li class="recentcomments"><span class="comment-author-link">Kaffeefreund</span>
        bei <a href="/b#comment-1">Anderer Artikel</a></li></ul></aside>""", "https://blatt.example.cc/a/1");
    assertThat(comments.bylines()).isEmpty();
  }

  @Test
  void personItemsOfTheBylineBlockCompleteAJsonLdThatNamesOnlyOne() {
    String ld = """
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferja",
          "author":[{"@type":"Person","name":"Kari Nordeksempel"}]}</script>""";
    Metadata m = page("no", ld, """
        <h1>Ferja</h1><div class="bylines">
        <div class="byline" itemscope itemtype="http://schema.org/Person"><a rel="author" itemprop="url name"
          href="mailto:ola@avis.example"><span>Ola</span> <span>Modell</span></a></div>
        <div class="byline" itemscope itemtype="http://schema.org/Person"><a rel="author" itemprop="url name"
          href="mailto:kari@avis.example"><span>Kari</span> <span>Nordeksempel</span></a></div></div><p>Tekst.</p>""",
        "https://avis.example.no/a/1");
    assertThat(m.bylines()).containsExactly(Byline.of("Ola Modell"), Byline.of("Kari Nordeksempel"));
    // Teasers further down, one Person item each under their own parent, add no one.
    Metadata teasers = page("en", ld.replace("Kari Nordeksempel", "Jane Example"), """
        <h1>Ferry</h1><p>Text.</p>
        <div class="teaser"><span itemscope itemtype="https://schema.org/Person" itemprop="author">
          <span itemprop="name">Jane Example</span></span></div>
        <div class="teaser"><span itemscope itemtype="https://schema.org/Person" itemprop="author">
          <span itemprop="name">John Other</span></span></div>""", "https://paper.example.co.uk/a/1");
    assertThat(teasers.bylines()).containsExactly(Byline.of("Jane Example"));
  }

  @Test
  void thePlaceholderAccountsAuthorPageNamesNoOne() {
    assertThat(MetadataReader.isPlaceholderAuthorPage("https://news.example.co.za/author/admin/")).isTrue();
    assertThat(MetadataReader.isPlaceholderAuthorPage("https://news.example.co.za/author/jane-doe/")).isFalse();
    Metadata m = page("en", """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"NewsArticle","headline":"Goats eat the school rice","author":{"@id":"https://news.example.co.za/author/admin/","name":"Sitename D"}},
          {"@type":"Person","@id":"https://news.example.co.za/author/admin/","name":"Sitename D","url":"https://news.example.co.za/author/admin/"}]}</script>""",
        """
        <h1>Goats eat the school rice</h1><p class="meta"> by <span class="author vcard"><a href="https://news.example.co.za/author/admin/"
          rel="author">Sitename D</a></span> | <span class="published">5 November 2024</span></p>
        <div class="post-content"><p><strong>SIPHO EXAMPLE&nbsp;</strong></p>
        <p>A councillor's goats got into the school kitchen on Monday and ate the rice meant for the children's lunch.</p></div>""",
        "https://news.example.co.za/goats/");
    assertThat(m.bylines()).containsExactly(Byline.of("SIPHO EXAMPLE"));
  }

  @Test
  void aSharingTitleCarryingTheSiteNameGivesWayToTheShownJsonLdHeadline() {
    Metadata m = page("en", """
        <meta property="og:title" content="Council votes to close pier | Bay News">
        <meta property="og:site_name" content="Bay News">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"What the pier's closure means for the bay"}</script>""",
        "<h1>What the pier's closure means for the bay</h1><p>Text.</p>", "https://baynews.example/a/1");
    assertThat(m.headline()).isEqualTo("What the pier's closure means for the bay");
    // A sharing title without the site's name is written for sharing and keeps its place.
    Metadata shared = page("en", """
        <meta property="og:title" content="Council votes to close pier">
        <meta property="og:site_name" content="Bay News">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"What the pier's closure means for the bay"}</script>""",
        "<h1>What the pier's closure means for the bay</h1><p>Text.</p>", "https://baynews.example/a/1");
    assertThat(shared.headline()).isEqualTo("Council votes to close pier");
    // Nor does it give way where the two differ only in their quote marks.
    Metadata quoted = page("en", """
        <meta property="og:title" content="Mayor's 'last' budget | Bay News">
        <meta property="og:site_name" content="Bay News">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor’s ‘last’ budget"}</script>""",
        "<h1>Mayor’s ‘last’ budget</h1><p>Text.</p>", "https://baynews.example/a/2");
    assertThat(quoted.headline()).isEqualTo("Mayor's 'last' budget");
  }
}
