package dev.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.RandomArticles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips of random valid articles (see {@link RandomArticles}: unicode text, offsets
 * other than UTC, sources, quotes and claims whose spans are real substrings of their
 * paragraphs). Articles are built from a seeded {@link java.util.Random} so every reference
 * is valid by construction; jqwik reports the failing article.
 */
class ArticleJsonProperties {
  private static final ArticleJson JSON = ArticleJson.create();
  private static final ArticleJson PRETTY = ArticleJson.builder().pretty(true).build();

  @Provide
  Arbitrary<Article> articles() {
    return Arbitraries.randomValue(RandomArticles::article);
  }

  @Property(tries = 200)
  void readingWhatWasWrittenGivesAnEqualArticle(@ForAll("articles") Article article) {
    String json = JSON.write(article);
    assertThat(JSON.read(json)).isEqualTo(article);
    assertThat(ArticleJson.strict().read(json)).isEqualTo(article);
    assertThat(JSON.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(article);
    assertThat(PRETTY.read(PRETTY.write(article))).isEqualTo(article);
  }

  @Property(tries = 200)
  void writingWhatWasReadGivesTheSameBytes(@ForAll("articles") Article article) {
    String json = JSON.write(article);
    byte[] bytes = JSON.writeBytes(article);
    assertThat(JSON.write(JSON.read(json))).isEqualTo(json);
    assertThat(JSON.writeBytes(JSON.read(bytes))).isEqualTo(bytes);
    assertThat(bytes).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.write(article.toBuilder().build())).isEqualTo(json);
  }

  @Property(tries = 200)
  void theSchemaAcceptsEveryWrittenArticle(@ForAll("articles") Article article) {
    assertThat(ArticleSchema.errors(JSON.write(article))).isEmpty();
  }
}
