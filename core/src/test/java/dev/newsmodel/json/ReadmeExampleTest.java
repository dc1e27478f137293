package dev.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's "Use it as a dependency" example, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleWorks() {
    // --- README example start
    String text = "\"The bridge reopens on Monday,\" said Ana Ruiz, the city engineer.";
    Article article = Article.builder()
        .url("https://news.example.com/bridge")
        .headline("Bridge to reopen")
        .addByline(Byline.of("Sam Park"))
        .published(OffsetDateTime.parse("2025-06-02T08:30:00+02:00"))
        .language("en")
        .addBlock(Block.paragraph("p1", text))
        .addSource(Source.builder("ruiz", "Ana Ruiz", SourceKind.PERSON).title("city engineer").build())
        .addQuote(Quote.builder("q1").text("The bridge reopens on Monday").speaker("ruiz").cue("said")
            .span("p1", 1, 29).build())              // kind DIRECT unless .kind(QuoteKind.PARTIAL)
        .build();                                    // validates ids, references and spans

    ArticleJson json = ArticleJson.create();         // thread-safe; ArticleJson.strict() rejects unknown fields
    String out = json.write(article);                // {"url":"https://news.example.com/bridge",...}
    Article back = json.read(out);                   // equals article
    Optional<Source> said = back.speaker(back.quotes().get(0)); // the Source "Ana Ruiz"
    // --- README example end
    assertThat(back).isEqualTo(article);
    assertThat(said).map(Source::name).contains("Ana Ruiz");
    assertThat(article.quotes().get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(out).startsWith("{\"url\":\"https://news.example.com/bridge\",");
    assertThat(out).contains("\"published\":\"2025-06-02T08:30:00+02:00\"");
  }
}
