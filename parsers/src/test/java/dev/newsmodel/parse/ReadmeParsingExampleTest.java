package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Parse a page" example, run as written. */
class ReadmeParsingExampleTest {
  @Test
  void readmeExampleRuns() throws Exception {
    byte[] bytes = ("<html lang=en><head><title>Ports busy | The Asahi Shimbun</title></head><body><div id=MainInner>"
        + "<div class=ArticleTitle><div class=Title><h1>Ports busy</h1></div></div>"
        + "<div class=ArticleText><p>Port operators reported record traffic.</p></div></div></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    String scrapedText = "REUTERS\nMay 1, 2024 at 08:00 JST\nPort operators reported record traffic.";

    NewsModel newsModel = NewsModel.create();              // every parser and engine on the class path; share it
    Page page = Page.of(bytes, "https://www.asahi.com/ajw/articles/15550001",
        Map.of("Content-Type", "text/html"));              // charset: BOM, header, <meta>, detection
    Article article = newsModel.parse(page);               // picked by host, else page signals, else fallback
    Article text = newsModel.parse(Page.of(scrapedText, null), "text");   // or name the parser
    String why = "";
    try {
      newsModel.parse(Page.of(new byte[0], null));
    } catch (ParseException e) {                           // the input gives no article
      why = e.reason().code() + ": " + e.getMessage();     // "empty: The input is empty: ..."
    }

    assertThat(why).startsWith("empty: The input is empty");

    assertThat(article.provenance().parser()).isEqualTo("asahi");
    assertThat(article.headline()).isEqualTo("Ports busy");
    assertThat(text.provenance().parser()).isEqualTo("text");
    assertThat(text.syndication().agency()).isEqualTo("Reuters");
  }
}
