package com.example.feedquotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.attribution.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedQuotesTest {
  private static final List<String> ITEM = List.of(
      "The council will vote on the tram line next week, chair Odile Marchetti said on Tuesday.",
      "\u201cWe have waited long enough,\u201d said Paulo Reyes, who leads the residents\u2019 group.");

  @Test
  void runsOnTheModulePathWithoutParsersOrJsoup() {
    assertTrue(FeedQuotes.class.getModule().isNamed(), "the test should run on the module path");
    assertTrue(ModuleLayer.boot().findModule("dev.newsmodel.attribution").isPresent());
    assertTrue(ModuleLayer.boot().findModule("dev.newsmodel.parsers").isEmpty(), "parsers must not be needed");
    assertTrue(ModuleLayer.boot().findModule("org.jsoup").isEmpty(), "jsoup must not be needed");
  }

  @Test
  void attributesBareParagraphs() {
    List<Attribution> found = FeedQuotes.relations(ITEM);
    assertEquals(2, found.size());
    Attribution first = found.get(0);
    String source = ITEM.get(0).substring(first.source().start(), first.source().end());
    assertTrue(source.endsWith("Odile Marchetti"), source);
    assertEquals("said", ITEM.get(0).substring(first.cue().start(), first.cue().end()));
  }

  @Test
  void quotesWithTheirSpeakers() {
    assertEquals(List.of("Paulo Reyes: We have waited long enough,"), FeedQuotes.quotes(ITEM, "en"));
    assertEquals(List.of("?: Wir warten schon zu lange"),
        FeedQuotes.quotes(List.of("\u201eWir warten schon zu lange\u201c, sagte Paulo Reyes."), "de"));
  }
}
