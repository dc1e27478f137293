package com.example.citydesk;

import static dev.newsmodel.testing.NewsModelAssertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.testing.SampleArticles;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static final String PAGE = """
      <html><body><h1>Night buses return to the harbor line</h1>
      <p class="author">Mara Quist</p><time datetime="2025-09-01T06:30:00+02:00">1 Sept</time>
      <div class="text"><p>Night buses will run on the harbor line again from Monday.</p>
      <p>The transit authority said ridership had doubled since spring.</p></div></body></html>""";

  @Test
  void theModulesOwnParserIsFoundThroughTheModulePathAndReadsThePage() throws Exception {
    Article article = Headlines.read(PAGE, "https://www.citydesk.example/2025/night-buses");

    assertThat(article)
        .hasHeadline("Night buses return to the harbor line")
        .hasBylines("Mara Quist")
        .hasPublished("2025-09-01T06:30:00+02:00")
        .hasOutletNamed("The City Desk")
        .hasParagraphCount(2)
        .bodyContains("ridership had doubled")
        .hasNoWarnings();
  }

  @Test
  void theTestingModulesSampleArticlesAndAssertionsWorkHere() {
    assertThat(SampleArticles.wireStory())
        .hasSyndicationAgency("Northwire")
        .hasSourceNamed("Kessler Engineering", SourceKind.ORGANIZATION)
        .hasClaimBy("Kessler Engineering", Stance.DENIES);
  }
}
