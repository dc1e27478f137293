package dev.newsmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each invariant of the model, broken once, is rejected with a message naming the field path. */
class ArticleValidationTest {

  private static Article full() {
    return TestArticles.full();
  }

  private static <T> List<T> with(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  private static <T> List<T> plus(List<T> list, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.add(value);
    return copy;
  }

  private static Quote quote(int i, UnaryOperator<Quote> change) {
    return change.apply(full().quotes().get(i));
  }

  private static Quote quoteWith(Quote q, String speaker, String paragraph, int start, int end, String text) {
    return new Quote(q.id(), q.kind(), text, speaker, q.cue(), paragraph, start, end, q.continuation());
  }

  static Stream<Arguments> brokenArticles() {
    Article a = full();
    Quote q1 = a.quotes().get(1);
    Claim c2 = a.claims().get(2);
    Source s1 = a.sources().get(1);
    return Stream.of(
        // duplicate ids per kind
        Arguments.of("duplicate block id", (Executable) () -> a.toBuilder()
            .body(with(a.body(), 1, Block.paragraph("p1", TestArticles.P2))).build(), "body[1].id", "p1"),
        Arguments.of("duplicate source id", (Executable) () -> a.toBuilder()
            .sources(plus(a.sources(), Source.builder("walde", "Someone", SourceKind.PERSON).build())).build(),
            "sources[3].id", "walde"),
        Arguments.of("duplicate quote id", (Executable) () -> a.toBuilder()
            .quotes(plus(a.quotes(), a.quotes().get(0))).build(), "quotes[2].id", "q1"),
        Arguments.of("duplicate claim id", (Executable) () -> a.toBuilder()
            .claims(plus(a.claims(), a.claims().get(0))).build(), "claims[3].id", "c1"),
        Arguments.of("duplicate tag", (Executable) () -> a.toBuilder().addTag("ports").build(), "tags[2]", "ports"),
        // cross references
        Arguments.of("quote speaker", (Executable) () -> a.toBuilder()
            .quotes(with(a.quotes(), 1, quoteWith(q1, "nobody", q1.paragraph(), q1.start(), q1.end(), q1.text()))).build(),
            "quotes[1].speaker", "nobody"),
        Arguments.of("claim claimant", (Executable) () -> a.toBuilder()
            .claims(with(a.claims(), 2, c2.toBuilder().claimant("nobody").build())).build(),
            "claims[2].claimant", "nobody"),
        Arguments.of("claim quotes", (Executable) () -> a.toBuilder()
            .claims(with(a.claims(), 2, c2.toBuilder().addQuote("q9").build())).build(),
            "claims[2].quotes[1]", "q9"),
        Arguments.of("claim respondsTo", (Executable) () -> a.toBuilder()
            .claims(with(a.claims(), 2, c2.toBuilder().respondsTo("c9").build())).build(),
            "claims[2].respondsTo", "c9"),
        Arguments.of("source affiliation", (Executable) () -> a.toBuilder()
            .sources(with(a.sources(), 1, s1.toBuilder().affiliation("ministry").build())).build(),
            "sources[1].affiliation", "ministry"),
        Arguments.of("quote paragraph", (Executable) () -> a.toBuilder()
            .quotes(with(a.quotes(), 1, quoteWith(q1, q1.speaker(), "p9", q1.start(), q1.end(), q1.text()))).build(),
            "quotes[1].paragraph", "p9"),
        Arguments.of("mention paragraph", (Executable) () -> a.toBuilder()
            .sources(with(a.sources(), 1, s1.toBuilder().mentions(List.of(new Mention("p9", 0, 4, "Ines"))).build())).build(),
            "sources[1].mentions[0].paragraph", "p9"),
        Arguments.of("claim paragraph", (Executable) () -> a.toBuilder()
            .claims(with(a.claims(), 2, c2.toBuilder().span("p9", c2.start(), c2.end()).build())).build(),
            "claims[2].paragraph", "p9"),
        // spans outside the paragraph or with other text
        Arguments.of("quote span past its paragraph", (Executable) () -> a.toBuilder()
            .quotes(with(a.quotes(), 1, quoteWith(q1, q1.speaker(), "p3", 60, 400, q1.text()))).build(),
            "quotes[1].end", "400"),
        Arguments.of("mention span past its paragraph", (Executable) () -> a.toBuilder()
            .sources(with(a.sources(), 1, s1.toBuilder().mentions(List.of(new Mention("p2", 90, 200, "Ines"))).build())).build(),
            "sources[1].mentions[0].end", "200"),
        Arguments.of("claim span past its paragraph", (Executable) () -> a.toBuilder()
            .claims(with(a.claims(), 2, c2.toBuilder().span("p3", 30, 4000).build())).build(),
            "claims[2].end", "4000"),
        Arguments.of("quote text differing", (Executable) () -> a.toBuilder()
            .quotes(with(a.quotes(), 1, quoteWith(q1, q1.speaker(), "p3", q1.start(), q1.end(), "careful!"))).build(),
            "quotes[1].text", "careful!"),
        Arguments.of("mention text differing", (Executable) () -> a.toBuilder()
            .sources(with(a.sources(), 1, s1.toBuilder().mentions(List.of(new Mention("p2", 68, 78, "Ines Wald"))).build())).build(),
            "sources[1].mentions[0].text", "Ines Wald"),
        Arguments.of("claim text differing", (Executable) () -> a.toBuilder()
            .claims(with(a.claims(), 2, c2.toBuilder().text("the reports").build())).build(),
            "claims[2].text", "the reports"),
        // document values
        Arguments.of("relative url", (Executable) () -> a.toBuilder().url("/harbour/cranes").build(), "url", "/harbour/cranes"),
        Arguments.of("malformed url", (Executable) () -> a.toBuilder().url("https://exa mple.org/x").build(), "url", "https://exa mple.org/x"),
        Arguments.of("bad language", (Executable) () -> a.toBuilder().language("english!").build(), "language", "english!"),
        // Well-formed, but "und" (undetermined) leaves the locale without a language.
        Arguments.of("undetermined language", (Executable) () -> a.toBuilder().language("und").build(), "language", "und"),
        Arguments.of("language of digits", (Executable) () -> a.toBuilder().language("e1").build(), "language", "e1"),
        Arguments.of("missing provenance", (Executable) () -> new Article(null, null, null, null, null, List.of(), null, null,
            null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null), "provenance", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenArticles")
  void rejectsABrokenArticleNamingTheField(String why, Executable build, String field, String value) {
    InvalidArticleException e = catchThrowableOfType(InvalidArticleException.class, build::execute);
    assertThat(e).as(why).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.getMessage()).startsWith(field + ": ").contains(String.valueOf(value));
  }

  static Stream<Arguments> brokenRecords() {
    return Stream.of(
        Arguments.of("blank block id", (Executable) () -> Block.paragraph(" ", "text"), "block.id"),
        Arguments.of("blank block text", (Executable) () -> Block.paragraph("p1", "\n"), "block.text"),
        Arguments.of("blank source id", (Executable) () -> Source.builder("", "Name", SourceKind.PERSON).build(), "source.id"),
        Arguments.of("missing source id", (Executable) () -> new Source(null, "Name", SourceKind.PERSON, false, null, null, null, List.of()), "source.id"),
        Arguments.of("missing source kind", (Executable) () -> new Source("s", "Name", null, false, null, null, null, List.of()), "source.kind"),
        Arguments.of("self affiliation", (Executable) () -> Source.builder("s", "Name", SourceKind.PERSON).affiliation("s").build(), "source.affiliation"),
        Arguments.of("blank quote id", (Executable) () -> new Quote("  ", QuoteKind.DIRECT, "x", null, null, "p1", 0, 1, false), "quote.id"),
        Arguments.of("negative quote start", (Executable) () -> new Quote("q", QuoteKind.DIRECT, "x", null, null, "p1", -1, 1, false), "quote.start"),
        Arguments.of("quote end before start", (Executable) () -> new Quote("q", QuoteKind.DIRECT, "x", null, null, "p1", 5, 4, false), "quote.end"),
        Arguments.of("blank claim id", (Executable) () -> Claim.builder(" ").text("x").span("p1", 0, 1).build(), "claim.id"),
        Arguments.of("blank claim quote id", (Executable) () -> Claim.builder("c").text("x").addQuote(" ").span("p1", 0, 1).build(), "claim.quotes[0]"),
        Arguments.of("bad when", (Executable) () -> Claim.builder("c").text("x").when("22/12/2022").span("p1", 0, 1).build(), "claim.when"),
        Arguments.of("impossible when", (Executable) () -> Claim.builder("c").text("x").when("2022-02-30").span("p1", 0, 1).build(), "claim.when"),
        Arguments.of("leap day of a common year", (Executable) () -> Claim.builder("c").text("x").when("2023-02-29").span("p1", 0, 1).build(), "claim.when"),
        Arguments.of("month 13", (Executable) () -> Claim.builder("c").text("x").when("2022-13").span("p1", 0, 1).build(), "claim.when"),
        Arguments.of("day 00", (Executable) () -> Claim.builder("c").text("x").when("2022-11-00").span("p1", 0, 1).build(), "claim.when"),
        Arguments.of("self response", (Executable) () -> Claim.builder("c").text("x").respondsTo("c").span("p1", 0, 1).build(), "claim.respondsTo"),
        Arguments.of("blank mention paragraph", (Executable) () -> new Mention(" ", 0, 1, "x"), "mention.paragraph"),
        Arguments.of("empty media", (Executable) () -> new Media(null, " ", null), "media"),
        Arguments.of("blank outlet name", (Executable) () -> new Outlet(" ", null), "outlet.name"),
        Arguments.of("blank byline name", (Executable) () -> Byline.of(""), "byline.name"),
        Arguments.of("blank syndication agency", (Executable) () -> new Syndication(" ", null, null), "syndication.agency"),
        Arguments.of("blank dateline text", (Executable) () -> new Dateline("X", " "), "dateline.text"),
        Arguments.of("missing quantity value", (Executable) () -> new Quantity(null, "ten", null), "quantity.value"),
        Arguments.of("blank parser", (Executable) () -> Provenance.of(" "), "provenance.parser"),
        Arguments.of("blank warning", (Executable) () -> new Provenance("x", List.of("ok", " "), List.of()), "provenance.warnings[1]"),
        Arguments.of("blank removed reason", (Executable) () -> new RemovedText("", "text"), "removed.reason"),
        Arguments.of("null in a list", (Executable) () -> new Provenance("x", List.of(), nullIn()), "provenance.removed[0]"));
  }

  private static List<RemovedText> nullIn() {
    List<RemovedText> list = new ArrayList<>();
    list.add(null);
    return list;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRecords")
  void rejectsABrokenRecordNamingTheField(String why, Executable build, String field) {
    InvalidArticleException e = catchThrowableOfType(InvalidArticleException.class, build::execute);
    assertThat(e).as(why).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + ": ");
  }

  @Test
  void acceptsEveryIsoFormOfWhen() {
    for (String when : List.of("2022", "0001", "2022-09", "2022-12-22", "2024-02-29", "2022-12-31", "2022-04-30")) {
      assertThat(Claim.builder("c").text("x").when(when).span("p1", 0, 1).build().when()).isEqualTo(when);
    }
  }

  @Test
  void acceptsLanguageTagsWithOrWithoutRegionAndScript() {
    for (String language : List.of("de", "deu", "en-GB", "en-gb", "EN", "pt-BR", "zh-Hant-TW", "es-419", "en-GB-oed")) {
      assertThat(full().toBuilder().language(language).build().language()).isEqualTo(language);
    }
  }

  @Test
  void acceptsAValidArticleAndNormalisesBlanksToNull() {
    Article article = full().toBuilder().subheadline("  ").section("").build();
    assertThat(article.subheadline()).isNull();
    assertThat(article.section()).isNull();
    assertThat(article).isEqualTo(full().toBuilder().subheadline(null).section(null).build());
  }

  @Test
  void shortensLongValuesInTheMessage() {
    String longUrl = "/" + "x".repeat(500);
    assertThatThrownBy(() -> full().toBuilder().url(longUrl).build())
        .hasMessageContaining("...")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
  }
}
