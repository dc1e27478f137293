package dev.newsmodel.cli;

import dev.newsmodel.Article;
import dev.newsmodel.json.ArticleJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The command's JSON: articles as nodes, and the one-line records of batch runs. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  private static final ArticleJson ARTICLE_JSON = ArticleJson.create();
  private static final ArticleJson ARTICLE_JSON_PRETTY = ArticleJson.builder().pretty(true).build();

  /** Returns the article as indented JSON, byte-identical for equal articles, with a final line break. */
  static String prettyArticle(Article article) {
    String json = ARTICLE_JSON_PRETTY.write(article);
    return json.endsWith("\n") ? json : json + "\n";
  }

  /** Returns the article in the JSON contract of the library ({@link ArticleJson}). */
  static JsonNode article(Article article) {
    return MAPPER.readTree(ARTICLE_JSON.write(article));
  }

  static String line(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * Returns the batch record of an outcome: {@code {"input", ["offset", "url",] "article"}} (or,
   * for an exporter's format, the document under the format's name in place of {@code article})
   * or {@code {"input", ["offset", "url",] "error": {"type", "message"}}}.
   */
  static ObjectNode record(Outcome outcome, OutputFormat format) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("input", outcome.input());
    if (outcome.offset() >= 0) {
      node.put("offset", outcome.offset());
      node.put("url", outcome.url());
    }
    Article article = outcome.article();
    Failure failure = outcome.failure();
    if (article != null) {
      node.set(format.key(), format.node(article));
    } else if (failure != null) {
      ObjectNode error = node.putObject("error");
      error.put("type", failure.type());
      error.put("message", failure.message());
    }
    return node;
  }
}
