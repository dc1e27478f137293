package dev.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsmodel.Article;
import dev.newsmodel.Quote;
import dev.newsmodel.TestArticles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class NewsModelModuleTest {
  private static final String FULL = ArticleJson.create().write(TestArticles.full());

  /** An envelope of a user's own, holding an article. */
  record Envelope(String id, Article article, List<Quote> highlights) {}

  @Test
  void embedsArticlesInAUsersJsonWithTheSameContract() {
    JsonMapper mapper = JsonMapper.builder().addModule(new NewsModelModule()).build();
    Article article = TestArticles.full();
    Envelope envelope = new Envelope("job-7", article, article.quotes());
    String json = mapper.writeValueAsString(envelope);
    assertThat(json).contains("\"article\":" + FULL);
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void keepsExplicitNullsOnAMapperThatOmitsThem() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new NewsModelModule())
        .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
    Map<String, Object> wrapper = new LinkedHashMap<>();
    wrapper.put("article", TestArticles.full());
    assertThat(mapper.writeValueAsString(wrapper)).contains("\"subheadline\":null");
  }

  @Test
  void keepsTheContractOnAMapperConfiguredOtherwise() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new NewsModelModule())
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
        .enable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
    String json = mapper.writeValueAsString(TestArticles.full());
    assertThat(json).isEqualTo(FULL);
    assertThat(mapper.readValue(json, Article.class).published()).isEqualTo(TestArticles.full().published());
    assertThat(mapper.readValue(json, Article.class).published().getOffset().getId()).isEqualTo("+09:00");
  }

  @Test
  void withoutTheModuleSuchAMapperBreaksTheContract() {
    // Shows what the module protects against: the same mapper without it sorts and uses epoch numbers.
    JsonMapper mapper = JsonMapper.builder()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    assertThat(mapper.writeValueAsString(TestArticles.full())).isNotEqualTo(FULL);
  }

  @Test
  void isFoundAsAService() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("newsmodel");
    assertThat(mapper.writeValueAsString(TestArticles.full())).isEqualTo(FULL);
  }
}
