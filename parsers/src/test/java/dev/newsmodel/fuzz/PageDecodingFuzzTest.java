package dev.newsmodel.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.Map;

/**
 * Page decoding from arbitrary bytes and an arbitrary {@code Content-Type}: {@link Page#of(byte[],
 * String, Map)} is total (never throws), and reading the page ends in text or a {@link
 * ParseException}. In a regular build this replays the seed inputs under
 * {@code PageDecodingFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (README, "Fuzzing").
 */
class PageDecodingFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void decode(FuzzedDataProvider data) {
    String contentType = data.consumeBoolean() ? data.consumeString(80) : null;
    byte[] bytes = data.consumeRemainingAsBytes();
    Page page = Page.of(bytes, "https://news.example.org/a", contentType == null ? Map.of() : Map.of("Content-Type", contentType));
    FuzzChecks.check(page.content() != null && page.charset() != null, "decoded page");
    for (String w : page.warnings()) {
      FuzzChecks.check(!w.isBlank(), "blank warning");
    }
    try {
      page.checkReadable();
      page.document();
      page.signals();
    } catch (ParseException expected) {
      // documented: not a page
    }
  }
}
