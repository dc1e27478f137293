package dev.newsmodel.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsmodel.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.json.ArticleJsonException;
import java.util.Arrays;

/**
 * The JSON reader on arbitrary input: it returns a valid article or throws {@link
 * ArticleJsonException}, nothing else; what it reads writes back and reads again to the same
 * article. Seeds: {@code ArticleJsonFuzzTestInputs/}.
 */
class ArticleJsonFuzzTest {
  private static final ArticleJson LENIENT = ArticleJson.create();
  private static final ArticleJson STRICT = ArticleJson.strict();

  @FuzzTest(maxDuration = "10m")
  void read(FuzzedDataProvider data) {
    ArticleJson json = data.consumeBoolean() ? STRICT : LENIENT;
    byte[] bytes = data.consumeRemainingAsBytes();
    Article article;
    try {
      article = json.read(bytes);
    } catch (ArticleJsonException expected) {
      return;
    }
    byte[] written = LENIENT.writeBytes(article);
    Article again = LENIENT.read(written);
    if (!again.equals(article) || !Arrays.equals(LENIENT.writeBytes(again), written)) {
      throw new IllegalStateException("round trip changed the article: " + new String(written, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
