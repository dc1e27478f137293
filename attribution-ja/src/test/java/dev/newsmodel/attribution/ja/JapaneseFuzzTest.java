package dev.newsmodel.attribution.ja;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsmodel.Article;
import dev.newsmodel.Block;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The Japanese engine on arbitrary paragraphs: {@link JapaneseEngine#find(List)} and {@link
 * JapaneseEngine#attribute(Article)} never throw, and the attributed article is valid (its spans
 * match its text, else the Article constructor would throw) with its body unchanged. Seeds:
 * {@code JapaneseFuzzTestInputs/attribute/}, Japanese news sentences written for the tests.
 */
class JapaneseFuzzTest {
  private static final JapaneseEngine ENGINE = new JapaneseEngine();

  @FuzzTest(maxDuration = "10m")
  void attribute(FuzzedDataProvider data) {
    boolean dated = data.consumeBoolean();
    List<String> paragraphs = new ArrayList<>();
    while (data.remainingBytes() > 0 && paragraphs.size() < 20) {
      String p = data.consumeString(1000);
      if (!p.isBlank()) {
        paragraphs.add(p);
      }
    }
    ENGINE.find(paragraphs);
    Article.Builder b = Article.builder().language("ja");
    for (int i = 0; i < paragraphs.size(); i++) {
      b.addBlock(Block.paragraph("p" + (i + 1), paragraphs.get(i)));
    }
    if (dated) {
      b.published(OffsetDateTime.parse("2025-01-13T10:00:00+09:00"));
    }
    Article document = b.build();
    Article attributed = ENGINE.attribute(document);
    if (!attributed.body().equals(document.body())) {
      throw new IllegalStateException("fuzz check failed: attribution changed the body");
    }
  }
}
