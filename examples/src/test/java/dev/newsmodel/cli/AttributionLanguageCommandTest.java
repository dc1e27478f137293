package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.NewsModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Through the command, with the library's own parsers and engines: attribution by the page's language. */
class AttributionLanguageCommandTest {
  @TempDir Path dir;

  private JsonNode parse(String name, String html) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    Run run = Run.with(NewsModel.create(), "", "parse", file.toString(), "--url", "https://news.example/" + name);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.json();
  }

  @Test
  void aGermanPageGetsItsQuotesWithoutSpeakersAndTheWarning() throws Exception {
    JsonNode article = parse("de.html", """
        <html lang="de"><head><title>Neue Br\u00fccke</title></head><body><article><h1>Neue Br\u00fccke</h1>
        <p>\u201eWir bauen die Br\u00fccke bis Mai neu\u201c, sagte B\u00fcrgermeisterin Anna Berger am Montag.</p>
        <p>Der Verband sprach von einem \u201eguten Tag f\u00fcr die Region\u201c und lobte den Plan.</p>
        <p>Die Arbeiten beginnen im Februar und dauern drei Monate, hie\u00df es aus dem Rathaus.</p>
        </article></body></html>""");
    assertThat(article.get("language").asString()).isEqualTo("de");
    assertThat(article.get("quotes")).hasSize(2);
    for (JsonNode quote : article.get("quotes")) {
      assertThat(quote.get("speaker").isNull()).isTrue();
    }
    assertThat(article.get("sources")).isEmpty();
    assertThat(article.get("claims")).isEmpty();
    assertThat(article.get("provenance").get("warnings").toString())
        .contains("No attribution engine for language 'de': quoted passages are marked as quotes without speakers");
  }

  @Test
  void anEnglishPageGetsSpeakersAndClaims() throws Exception {
    JsonNode article = parse("en.html", """
        <html lang="en"><head><title>New bridge</title></head><body><article><h1>New bridge</h1>
        <p>\u201cWe will rebuild the bridge by May,\u201d Mayor Anna Berger said on Monday.</p>
        <p>The works begin in February and will last three months, the city said.</p>
        </article></body></html>""");
    assertThat(article.get("quotes")).hasSize(1);
    String speaker = article.get("quotes").get(0).get("speaker").asString();
    JsonNode source = null;
    for (JsonNode s : article.get("sources")) {
      if (s.get("id").asString().equals(speaker)) {
        source = s;
      }
    }
    assertThat(source).isNotNull();
    assertThat(source.get("name").asString()).isEqualTo("Anna Berger");
    assertThat(article.get("claims").size()).isGreaterThanOrEqualTo(2);
    assertThat(article.get("provenance").get("warnings").toString()).doesNotContain("No attribution engine");
  }
}
