package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, a page is made, and parsing gives an article or a ParseException: never another exception. */
class PageInputProperties {
  private static final NewsModel DOCUMENTS = NewsModel.create().withAttribution(false);

  @Property(tries = 300)
  void anyBytesGiveAPageAndAnArticleOrAParseException(@ForAll byte[] bytes) {
    Page page = Page.of(bytes, null, Map.of());
    assertThat(page.content()).isNotNull();
    for (String parser : List.of("asahi", "text")) {
      try {
        Article article = DOCUMENTS.parse(Page.of(bytes, null, Map.of()), parser);
        assertThat(article.provenance().parser()).isEqualTo(parser);
      } catch (ParseException expected) {
        // Only the documented refusal of a non-page; a parser crash would come wrapped with a cause.
        assertThat(expected.getCause()).isNull();
        assertThat(expected.reason()).isIn(ParseException.Reason.EMPTY, ParseException.Reason.BINARY,
            ParseException.Reason.UNREADABLE, ParseException.Reason.NOT_A_PAGE);
      }
    }
  }

  @Property(tries = 200)
  void pageLikeTextIsParsedWithoutRuntimeExceptions(@ForAll("pageLike") String content) throws Exception {
    for (String parser : List.of("asahi", "text")) {
      try {
        Article article = DOCUMENTS.parse(Page.of(content.getBytes(StandardCharsets.UTF_8), "https://www.asahi.com/ajw/articles/1", Map.of()), parser);
        assertThat(article.body()).allSatisfy(b -> assertThat(b.text()).isNotBlank());
      } catch (ParseException expected) {
        assertThat(expected.getCause()).isNull();
        assertThat(content.isBlank() || expected.getMessage().contains("nothing to parse")).isTrue();
      }
    }
  }

  @Provide
  Arbitrary<String> pageLike() {
    Arbitrary<String> piece = Arbitraries.of(
        "<div id=MainInner>", "<div class=ArticleText>", "</div>", "<p>", "</p>", "<h1>", "</h1>",
        "<p class=EnLastUpdated>", "March 5, 2024 at 17:54 JST", "REUTERS\n", "(The Asahi Shimbun)",
        "<div class=Image><img src=x.jpg><p class=Caption>", "<script type=application/ld+json>{\"@type\":\"NewsArticle\",",
        "\"creator\":[\"\"],", "</script>", "A series about things\n", "Here is a look.\n", "港の灯台", "=撮影", "\n",
        "<main>", "</main>", "<figure>", "<figcaption>", "“", "\"", " ", "<time datetime=2024-13-45T99:99>");
    return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
  }
}
