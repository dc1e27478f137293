package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Byline;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Wire agencies credited where a page names its authors become the syndication, never a byline. */
class AuthorCreditsTest {
  private static final String BODY = """
      <article><h1>Ferry service resumes</h1>%s
      <p>The ferry between the two island towns ran again on Monday after a week of storms had kept the
      boats in harbour, the operator said, adding that the timetable would be back to normal by Friday.</p>
      <p>Passengers queued from early morning at the pier, where staff handed out coffee and explained the
      changes to the sailing times that had been made while the crossing was closed to traffic.</p>
      </article>""";

  private static Metadata read(String head, String byline, String url) {
    String html = "<html lang=\"de\"><head>" + head + "</head><body>" + BODY.formatted(byline) + "</body></html>";
    return MetadataReader.read(Jsoup.parse(html, url), url);
  }

  @Test
  void theOutletAndAnAgencyInOneCreditGiveTheAgencyAndNoByline() {
    // French sites credit a story rewritten from the wire as "[outlet] et AFP", in JSON-LD as a
    // Person and again in the visible byline: neither the outlet nor the pair is a person.
    Metadata m = read("""
        <meta property="og:site_name" content="La Gazette du Port">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes",
          "author":[{"@type":"Person","name":"La Gazette du Port et AFP"}]}</script>""",
        "<p class=\"byline\">Par La Gazette du Port et AFP</p>", "https://www.gazetteduport.example/a/1");

    assertThat(m.bylines()).isEmpty();
    assertThat(m.syndication()).isNotNull();
    assertThat(m.syndication().agency()).isEqualTo("AFP");
  }

  @Test
  void aJsonLdOrganizationAuthorThatIsAnAgencyIsTheSyndication() {
    Metadata m = read("""
        <meta property="og:site_name" content="Inselbote">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes",
          "author":{"@type":"Organization","name":"Agence France-Presse"}}</script>""", "",
        "https://www.inselbote.example/a/1");

    assertThat(m.bylines()).isEmpty();
    assertThat(m.syndication()).isNotNull();
    assertThat(m.syndication().agency()).isEqualTo("AFP");
    assertThat(m.syndication().creditLine()).isEqualTo("Agence France-Presse");
  }

  @Test
  void aMetaAuthorNamingAnAgencyIsTheSyndication() {
    Metadata m = read("""
        <meta property="og:site_name" content="Inselbote">
        <meta name="author" content="dpa">""", "", "https://www.inselbote.example/a/2");

    assertThat(m.bylines()).isEmpty();
    assertThat(m.syndication()).isNotNull();
    assertThat(m.syndication().agency()).isEqualTo("dpa");
    assertThat(m.syndication().creditLine()).isEqualTo("dpa");
  }

  @Test
  void aVisibleBylineWithAPersonAndAnAgencyGivesBoth() {
    Metadata m = read("<meta property=\"og:site_name\" content=\"Inselbote\">",
        "<div class=\"article-author\">Von Jane Doe, dpa</div>", "https://www.inselbote.example/a/3");

    assertThat(m.bylines()).containsExactly(Byline.of("Jane Doe"));
    assertThat(m.syndication()).isNotNull();
    assertThat(m.syndication().agency()).isEqualTo("dpa");
    assertThat(m.syndication().creditLine()).isEqualTo("dpa");
  }

  @Test
  void anAgencyOnlyBylineIsTheSyndicationAndNoPerson() {
    Metadata m = read("<meta property=\"og:site_name\" content=\"Island Herald\">",
        "<p class=\"byline\">By The Associated Press</p>", "https://www.islandherald.example/a/4");

    assertThat(m.bylines()).isEmpty();
    assertThat(m.syndication()).isNotNull();
    assertThat(m.syndication().agency()).isEqualTo("Associated Press");
    assertThat(m.syndication().creditLine()).isEqualTo("The Associated Press");
  }

  @Test
  void anAgencyUnderItsFullNameIsNeverAPersonBesideTheDesk() throws ParseException {
    // A long alias whose canonical name is short: "Deutsche Presse-Agentur" is dpa.
    String html = "<html lang=\"de\"><head><meta property=\"og:site_name\" content=\"Inselbote\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry service resumes\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Deutsche Presse-Agentur\"},{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}"
        + "</script></head><body>" + BODY.formatted("") + "</body></html>";

    Article article = new GenericParser().parse(Page.of(html, "https://www.inselbote.example/a/5"));

    assertThat(article.bylines()).extracting(Byline::name).containsExactly("Jane Doe");
    assertThat(article.syndication()).isNotNull();
    // agency: the vocabulary's canonical name; creditLine: the credit as printed.
    assertThat(article.syndication().agency()).isEqualTo("dpa");
    assertThat(article.syndication().creditLine()).isEqualTo("Deutsche Presse-Agentur");
  }

  @Test
  void anAgencysOwnSiteIsTheOutletNotASyndication() {
    Metadata m = read("""
        <meta property="og:site_name" content="Reuters">
        <meta name="author" content="Reuters">""", "", "https://www.reuters.example/a/6");

    assertThat(m.syndication()).isNull();
  }

  @Test
  void creditsOfPeopleOnlyOrOfNoKnownAgencyGiveNothing() {
    assertThat(AuthorCredits.credit("Jane Doe, John Roe")).isNull();
    assertThat(AuthorCredits.credit("Jane Doe, Nairobi")).isNull();
    assertThat(AuthorCredits.credit("Apathy Press Service")).isNull();
    assertThat(AuthorCredits.find(List.of("Jane Doe", "Keine Agentur"), List.of(), List.of("Jane Doe"), List.of("Inselbote"), null)).isNull();
  }

  @Test
  void creditsInOtherShapesAndLanguagesNameTheirAgency() {
    assertThat(AuthorCredits.credit("Jane Doe (AP)").agency()).isEqualTo("Associated Press");
    assertThat(AuthorCredits.credit("Jane Doe/Reuters").agency()).isEqualTo("Reuters");
    assertThat(AuthorCredits.credit("Jan Kowal und SDA").agency()).isEqualTo("Keystone-SDA");
    assertThat(AuthorCredits.credit("Anadolu Ajansı").agency()).isEqualTo("Anadolu");
    assertThat(AuthorCredits.credit("Anadolu Ajansı").creditLine()).isEqualTo("Anadolu Ajansı");
  }

  @Test
  void aPhotoCreditInAVisibleAuthorElementIsNoSyndicationWhenPeopleAreCredited() {
    // Structured data names the reporter; the first "author" element is a picture's credit.
    assertThat(AuthorCredits.find(List.of("Jane Doe"), List.of("EFE/ Jo Bloggs"), List.of("Jane Doe"),
        List.of("Inselbote"), "inselbote.example")).isNull();
    // The same shape naming the credited reporter is her byline.
    assertThat(AuthorCredits.find(List.of("Jane Doe"), List.of("Jane Doe/EFE"), List.of("Jane Doe"),
        List.of("Inselbote"), "inselbote.example").agency()).isEqualTo("EFE");
  }

  @Test
  void anAgencysOwnDomainIsTheOutlet() {
    assertThat(AuthorCredits.find(List.of("AFP"), List.of(), List.of(), List.of("Faktencheck"), "afp.example")).isNull();
    assertThat(AuthorCredits.find(List.of("AFP"), List.of(), List.of(), List.of("Faktencheck"), "fakten.example"))
        .isNotNull();
  }
}
