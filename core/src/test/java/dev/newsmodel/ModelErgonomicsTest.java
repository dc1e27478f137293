package dev.newsmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Builders of the records with more than four components, and the lookups of who said what. */
class ModelErgonomicsTest {

  @Test
  void aBuilderBuiltQuoteEqualsTheConstructorBuiltOne() {
    Quote constructed = new Quote("q7", QuoteKind.PARTIAL, "a fair price", "mayor", "called it",
        "p4", 12, 24, true);

    Quote built = Quote.builder("q7").kind(QuoteKind.PARTIAL).text("a fair price").speaker("mayor")
        .cue("called it").span("p4", 12, 24).continuation(true).build();

    assertThat(built).isEqualTo(constructed);
    assertThat(constructed.toBuilder().build()).isEqualTo(constructed);
    assertThat(constructed.toBuilder().speaker(null).build().speaker()).isNull();
  }

  @Test
  void aQuoteBuilderDefaultsToADirectUnattributedQuoteThatDoesNotContinue() {
    Quote quote = Quote.builder("q1").text("Yes").span("p1", 1, 4).build();

    assertThat(quote).isEqualTo(new Quote("q1", QuoteKind.DIRECT, "Yes", null, null, "p1", 1, 4, false));
  }

  @Test
  void aQuoteBuilderValidatesAsTheConstructorDoes() {
    assertThatThrownBy(() -> Quote.builder("q1").text("  ").span("p1", 0, 2).build())
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageStartingWith("quote.text: must not be blank");
    assertThatThrownBy(() -> new Quote("q1", QuoteKind.DIRECT, "  ", null, null, "p1", 0, 2, false))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageStartingWith("quote.text: must not be blank");

    assertThatThrownBy(() -> Quote.builder("q1").text("Yes").span("p1", 5, 2).build())
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.field()).isEqualTo("quote.end"));
    assertThatThrownBy(() -> Quote.builder("q1").text("Yes").build())
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.field()).isEqualTo("quote.paragraph"));
    assertThatThrownBy(() -> Quote.builder(" ").text("Yes").span("p1", 0, 3).build())
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.field()).isEqualTo("quote.id"));
    assertThatThrownBy(() -> Quote.builder("q1").kind(null).text("Yes").span("p1", 0, 3).build())
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.field()).isEqualTo("quote.kind"));
  }

  @Test
  void aBuiltQuoteIsCheckedAgainstItsArticle() {
    Quote wrongSpan = TestArticles.full().quotes().get(0).toBuilder().span("p2", 0, 5).build();

    assertThatThrownBy(() -> TestArticles.fullBuilder().quotes(List.of(wrongSpan)).build())
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.field()).isEqualTo("quotes[0].text"));
  }

  @Test
  void everyRecordWithMoreThanFourComponentsHasABuilderThatRoundTrips() {
    Article article = TestArticles.full();

    assertThat(article.toBuilder().build()).isEqualTo(article);
    for (Source source : article.sources()) {
      assertThat(source.toBuilder().build()).isEqualTo(source);
    }
    for (Quote quote : article.quotes()) {
      assertThat(quote.toBuilder().build()).isEqualTo(quote);
    }
    for (Claim claim : article.claims()) {
      assertThat(claim.toBuilder().build()).isEqualTo(claim);
    }
    for (Class<?> type : List.of(Article.class, Block.class, Byline.class, Claim.class, Dateline.class, Media.class,
            Mention.class, Outlet.class, Provenance.class, Quantity.class, Quote.class, RemovedText.class,
            Source.class, Syndication.class)) {
      if (type.getRecordComponents().length > 4) {
        assertThat(type.getDeclaredClasses()).as(type.getSimpleName() + " has a Builder")
            .extracting(Class::getSimpleName).contains("Builder");
      }
    }
  }

  @Test
  void speakerAndClaimantAreTheSourcesTheIdsName() {
    Article article = TestArticles.full();
    Quote q1 = article.quotes().get(0);
    Claim c1 = article.claims().get(0);
    Claim c3 = article.claims().get(2);

    assertThat(article.speaker(q1)).map(Source::name).contains("Ines Walde");
    assertThat(article.claimant(c3)).map(Source::name).contains("dockworkers' union");
    assertThat(article.claimant(c1)).isEmpty();
    assertThat(article.speaker(q1.toBuilder().speaker(null).build())).isEmpty();
    assertThat(article.speaker(q1.toBuilder().speaker("someone-else").build())).isEmpty();
    assertThatThrownBy(() -> article.speaker(null)).isInstanceOf(NullPointerException.class).hasMessage("quote");
    assertThatThrownBy(() -> article.claimant(null)).isInstanceOf(NullPointerException.class).hasMessage("claim");
  }
}
