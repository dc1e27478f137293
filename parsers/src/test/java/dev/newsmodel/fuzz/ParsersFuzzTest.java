package dev.newsmodel.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsmodel.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.List;

/**
 * Every registered parser, and the registry's own choice, on arbitrary HTML and text, through
 * the whole pipeline (parser, limits, attribution, JSON): the only exception allowed out is a
 * documented {@link ParseException}; an {@code InvalidArticleException}, any other exception or
 * an {@code Error} is a bug. Seeds: {@code ParsersFuzzTestInputs/}.
 */
class ParsersFuzzTest {
  private static final NewsModel MODEL = NewsModel.create();
  private static final List<String> PARSERS = MODEL.registry().parsers().stream().map(ArticleParser::name).toList();
  private static final tools.jackson.databind.ObjectMapper MAPPER = new tools.jackson.databind.ObjectMapper();
  private static final String[] URLS = {
    "https://news.example.org/a", "https://www.asahi.com/ajw/articles/A1", "https://www.reuters.com/world/x-2024-01-01/", null
  };

  @FuzzTest(maxDuration = "10m")
  void parse(FuzzedDataProvider data) {
    int choice = data.consumeInt(0, PARSERS.size());
    int kind = data.consumeInt(0, 2);
    String url = URLS[data.consumeInt(0, URLS.length - 1)];
    String content = data.consumeRemainingAsString();
    Page page = switch (kind) {
      case 0 -> Page.of(content, url);
      case 1 -> Page.ofText(content, url);
      default -> Page.of(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), url, java.util.Map.of());
    };
    try {
      Article article = choice == PARSERS.size() ? MODEL.parse(page) : MODEL.parse(page, PARSERS.get(choice));
      FuzzChecks.checkArticle(article, MODEL.limits());
      String json = ArticleJson.create().write(article);
      // No control character reaches the JSON, raw or escaped (tab and newline excepted).
      FuzzChecks.checkNoControlCharacters(MAPPER.readTree(json));
    } catch (ParseException e) {
      FuzzChecks.rethrowIfInternal(e);
    }
  }
}
