package dev.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.TestArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleSchemaTest {
  private static final String FULL = ArticleJson.create().write(TestArticles.full());

  @Test
  void acceptsTheOutputOfAFullAndAnEmptyArticle() {
    assertThat(ArticleSchema.errors(FULL)).isEmpty();
    assertThat(ArticleSchema.errors(ArticleJson.create().write(Article.builder().build()))).isEmpty();
    assertThat(ArticleSchema.errors(ArticleJson.builder().pretty(true).build().write(TestArticles.full()))).isEmpty();
  }

  @Test
  void isPublishedAsAResourceAndThroughArticleJson() throws Exception {
    try (var in = ArticleJson.class.getResourceAsStream("/dev/newsmodel/json/article.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(ArticleJson.schema());
    }
    assertThat(ArticleJson.schema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  /** The schema is not vacuous: each departure from the contract is caught. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"published\":\"2024-03-05T09:15:00+09:00\"|\"published\":\"2024-03-05T09:15+09:00\"|a date without seconds",
      "\"published\":\"2024-03-05T09:15:00+09:00\"|\"published\":\"2024-03-05T00:15:00Z\"|UTC written as Z",
      "\"kind\":\"PERSON\"|\"kind\":\"WIZARD\"|an unknown source kind",
      "\"subheadline\":null,|``|an omitted null",
      "\"quotes\":[],|``|an omitted empty list",
      "\"caption\":|\"rating\":3,\"caption\":|an unknown field",
      "\"start\":1,|\"start\":-1,|a negative span start",
      "\"when\":\"2024-03-05\"|\"when\":\"March\"|a bad when",
      "\"value\":40|\"value\":\"40\"|a quantity as text",
      "\"anonymous\":false|\"anonymous\":null|a null boolean",
      "\"parser\":\"test\"|\"parser\":\"\"|an empty parser",
  })
  void rejectsJsonOutsideTheContract(String target, String replacement, String why) {
    assertThat(FULL).contains(target);
    assertThat(ArticleSchema.errors(FULL.replace(target, replacement))).as(why).isNotEmpty();
  }

  @Test
  void rejectsMediaWithNothingInIt() {
    String empty = FULL.replace(
        "{\"url\":\"https://news.example.org/img/cranes.jpg\",\"caption\":\"Cranes at the north quay\",\"credit\":\"Example Wire\"}",
        "{\"url\":null,\"caption\":null,\"credit\":null}");
    assertThat(empty).isNotEqualTo(FULL);
    assertThat(ArticleSchema.errors(empty)).isNotEmpty();
  }
}
