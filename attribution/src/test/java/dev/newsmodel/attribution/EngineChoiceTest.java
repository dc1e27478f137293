package dev.newsmodel.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How the attributor chooses an engine by language, and the fallback for languages no engine serves. */
class EngineChoiceTest {
  private static final Attributor ATTRIBUTOR = Attributor.load();
  private static final String ENGLISH = "\u201cThe ferry will run again in June,\u201d said Mara Okafor, the harbour master.";

  private static Article article(@Nullable String language, String... paragraphs) {
    Article.Builder b = Article.builder().language(language);
    for (int i = 0; i < paragraphs.length; i++) {
      b.addBlock(Block.paragraph("p" + (i + 1), paragraphs[i]));
    }
    return b.build();
  }

  @Test
  void serviceLoaderFindsTheEnglishEngineAndATestEngineForAnotherLanguage() {
    assertThat(ATTRIBUTOR.languages()).containsExactly("en", "tok");
    assertThat(ATTRIBUTOR.engineFor("en-GB")).get().extracting(AttributionEngine::name).isEqualTo("english-rules");
    assertThat(ATTRIBUTOR.engineFor("tok")).get().isInstanceOf(TokiPonaTestEngine.class);
    assertThat(ATTRIBUTOR.engineFor("de")).isEmpty();
    assertThat(ATTRIBUTOR.loadProblems()).isEmpty();
  }

  @Test
  void anEnglishArticleGetsItsSpeakerAndARegionalTagIsServedByItsLanguage() {
    for (String tag : new String[] {"en", "en-GB", "EN-us"}) {
      Article a = ATTRIBUTOR.attribute(article(tag, ENGLISH));
      assertThat(a.quotes()).hasSize(1);
      assertThat(a.source(a.quotes().get(0).speaker()).orElseThrow().name()).isEqualTo("Mara Okafor");
      assertThat(a.provenance().warnings()).isEmpty();
    }
  }

  @Test
  void theEngineForALanguageIsTheOneUsed() {
    Article a = ATTRIBUTOR.attribute(article("tok", "jan Sonja li toki e ni: ilo li pona."));
    assertThat(a.provenance().warnings()).containsExactly(TokiPonaTestEngine.MARK);
    List<Attribution> found = ATTRIBUTOR.find(List.of("jan Sonja li toki e ni: ilo li pona."), "tok");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo(new TextSpan(0, 0, 9));
      assertThat(f.cue()).isEqualTo(new TextSpan(0, 13, 17));
    });
  }

  @Test
  void aLanguageWithoutEngineGetsQuotesWithoutSpeakersAndAWarning() {
    Article a = ATTRIBUTOR.attribute(article("de-AT",
        "\u201eWir bauen die Br\u00fccke bis Mai neu\u201c, sagte die B\u00fcrgermeisterin am Montag.",
        "Der Verband sprach von einem \u00abguten Tag\u00bb f\u00fcr die Region."));
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("Wir bauen die Br\u00fccke bis Mai neu", "guten Tag");
    assertThat(a.quotes()).extracting(Quote::speaker).containsOnlyNulls();
    assertThat(a.quotes()).extracting(Quote::cue).containsOnlyNulls();
    assertThat(a.sources()).isEmpty();
    assertThat(a.claims()).isEmpty();
    assertThat(a.provenance().warnings()).singleElement().asString()
        .startsWith("No attribution engine for language 'de': quoted passages are marked as quotes without speakers")
        .contains("engines serve: en, tok");
  }

  @Test
  void theFallbackMarksWholeSentencesDirectAndFragmentsPartial() {
    Article a = ATTRIBUTOR.attribute(article("ja",
        "\u7d44\u5408\u9577\u306f\u300c\u6765\u5e74\u3082\u7d9a\u3051\u305f\u3044\u3002\u300d\u3068\u8ff0\u3079\u305f\u3002",
        "\u00ab Nous avons gagn\u00e9 \u00bb",
        "Le maire parle d'une \u00ab erreur \u00bb, pas d'un scandale."));
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("\u6765\u5e74\u3082\u7d9a\u3051\u305f\u3044\u3002", "Nous avons gagn\u00e9", "erreur");
    assertThat(a.quotes()).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.DIRECT, QuoteKind.PARTIAL);
    Quote q = a.quotes().get(0);
    assertThat(a.body().get(0).text().substring(q.start(), q.end())).isEqualTo(q.text());
  }

  @Test
  void anArticleWithoutLanguageIsAttributedInTheDefaultLanguageUnlessThereIsNone() {
    Article english = ATTRIBUTOR.attribute(article(null, ENGLISH));
    assertThat(english.sources()).extracting(s -> s.name()).contains("Mara Okafor");

    Attributor noDefault = ATTRIBUTOR.withDefaultLanguage(null);
    assertThat(noDefault.defaultLanguage()).isNull();
    Article unknown = noDefault.attribute(article(null, ENGLISH));
    assertThat(unknown.sources()).isEmpty();
    assertThat(unknown.quotes()).singleElement().extracting(Quote::speaker).isNull();
    assertThat(unknown.provenance().warnings()).singleElement().asString()
        .startsWith("No attribution engine for an article without a language");
    assertThat(noDefault.find(List.of(ENGLISH))).isEmpty();
  }

  @Test
  void anEngineAddedWithWithServesItsLanguageBeforeTheOneFound() {
    TokiPonaTestEngine toki = new TokiPonaTestEngine();
    AttributionEngine quiet = new AttributionEngine() {
      @Override
      public String name() {
        return "quiet";
      }

      @Override
      public java.util.Set<String> languages() {
        return java.util.Set.of("en");
      }

      @Override
      public Article attribute(Article article) {
        return toki.attribute(article);
      }

      @Override
      public List<Attribution> find(List<String> paragraphs) {
        return List.of();
      }
    };
    Attributor attributor = ATTRIBUTOR.with(quiet);
    assertThat(attributor.engineFor("en")).get().isSameAs(quiet);
    assertThat(attributor.attribute(article("en", ENGLISH)).provenance().warnings()).containsExactly(TokiPonaTestEngine.MARK);
    assertThat(attributor.loadProblems()).singleElement().asString().contains("A second engine for 'en' (english-rules");
  }

  @Test
  void findInALanguageWithoutEngineSaysWhich() {
    assertThatThrownBy(() -> ATTRIBUTOR.find(List.of("Hallo."), "de-DE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no attribution engine for language 'de' (engines serve: en, tok)");
  }

  @Test
  void anAttributorOfNoEnginesGivesEveryArticleTheFallback() {
    Article a = Attributor.of(List.of()).attribute(article("en", ENGLISH));
    assertThat(a.sources()).isEmpty();
    assertThat(a.quotes()).singleElement().extracting(Quote::kind).isEqualTo(QuoteKind.PARTIAL);
    assertThat(a.provenance().warnings()).singleElement().asString().contains("engines serve: none");
  }
}
