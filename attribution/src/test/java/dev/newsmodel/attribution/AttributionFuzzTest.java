package dev.newsmodel.attribution;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsmodel.Article;
import dev.newsmodel.Block;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Attribution on arbitrary paragraphs: {@link Attributor#find(List)} and {@link
 * Attributor#attribute(Article)} never throw, and the attributed article is valid (its spans
 * match its text, else the Article constructor would throw), whatever the language (English, a
 * language without engine and its fallback, none). Seeds: {@code AttributionFuzzTestInputs/}.
 */
class AttributionFuzzTest {
  private static final Attributor ATTRIBUTOR = Attributor.load();
  private static final List<String> LANGUAGES = List.of("en", "en-GB", "de", "ja", "");

  @FuzzTest(maxDuration = "10m")
  void attribute(FuzzedDataProvider data) {
    boolean dated = data.consumeBoolean();
    String language = data.pickValue(LANGUAGES);
    List<String> paragraphs = new ArrayList<>();
    while (data.remainingBytes() > 0 && paragraphs.size() < 50) {
      String p = data.consumeString(2000);
      if (!p.isBlank()) {
        paragraphs.add(p);
      }
    }
    ATTRIBUTOR.find(paragraphs);
    Article.Builder b = Article.builder().language(language.isEmpty() ? null : language);
    for (String p : paragraphs) {
      b.addBlock(Block.paragraph("p" + (b.build().body().size() + 1), p));
    }
    if (dated) {
      b.published(OffsetDateTime.parse("2024-03-05T10:00:00+09:00"));
    }
    Article attributed = ATTRIBUTOR.attribute(b.build());
    if (!attributed.body().equals(b.build().body())) {
      throw new IllegalStateException("fuzz check failed: attribution changed the body");
    }
  }
}
