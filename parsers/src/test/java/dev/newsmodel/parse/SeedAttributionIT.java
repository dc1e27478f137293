package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Claim;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.corpus.SharedCorpus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed page's attribution layer against its hand-annotated expectations, both read from
 * the shared folder (the body is the seed's lines 4 to 15).
 */
class SeedAttributionIT {
  private static Article article;
  private static JsonNode expected;
  private static final Map<String, Source> SOURCES = new HashMap<>();

  @BeforeAll
  static void attribute() throws Exception {
    Path seed = SharedCorpus.require("seed/000_2fe7fdc2a0da1f43.txt");
    Path json = SharedCorpus.require("seed/000_2fe7fdc2a0da1f43.expected.json");
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    Article.Builder builder = Article.builder()
        .published(OffsetDateTime.parse(JsonMapper.builder().build().readTree(Files.readString(json)).get("published").asString()));
    for (int i = 3; i <= 14; i++) {
      builder.addBlock(Block.paragraph("p" + (i - 2), lines.get(i)));
    }
    expected = JsonMapper.builder().build().readTree(Files.readString(json));
    article = Attributor.load().attribute(builder.build());
    for (JsonNode s : expected.get("sources")) {
      SOURCES.put(s.get("key").asString(), match(s));
    }
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** Our source whose name or one of whose mentions contains the expected name. */
  private static Source match(JsonNode s) {
    String name = norm(s.get("name").asString());
    for (Source source : article.sources()) {
      if (norm(source.name()).equals(name)) {
        return source;
      }
    }
    for (Source source : article.sources()) {
      if (source.mentions().stream().anyMatch(m -> norm(m.text()).contains(name))) {
        return source;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  @Test
  void everyExpectedSourceIsFoundWithItsKindTitleDescriptionAffiliationAndMentions() {
    assertThat(article.sources()).hasSize(8);
    for (JsonNode s : expected.get("sources")) {
      String key = s.get("key").asString();
      Source ours = SOURCES.get(key);
      assertThat(ours).as("source %s", key).isNotNull();
      assertThat(ours.kind().name()).as("kind of %s", key).isEqualTo(s.get("kind").asString());
      assertThat(ours.anonymous()).as("anonymity of %s", key).isEqualTo(s.has("anonymous") && s.get("anonymous").asBoolean());
      if (s.has("title")) {
        assertThat(ours.title()).as("title of %s", key).isEqualToIgnoringCase(s.get("title").asString());
      }
      if (s.has("description")) {
        assertThat(ours.description()).as("description of %s", key).isEqualTo(s.get("description").asString());
      }
      if (s.has("affiliation")) {
        assertThat(ours.affiliation()).as("affiliation of %s", key).isEqualTo(SOURCES.get(s.get("affiliation").asString()).id());
      }
      for (JsonNode m : s.get("mentions")) {
        String mention = norm(m.asString());
        assertThat(ours.mentions()).as("mention '%s' of %s", mention, key)
            .anyMatch(x -> norm(x.text()).contains(mention));
      }
    }
  }

  @Test
  void everyExpectedQuoteHasItsKindAndSpeaker() {
    assertThat(article.quotes()).hasSize(6);
    for (JsonNode q : expected.get("quotes")) {
      String want = norm(q.get("text").asString()).replaceAll("[.,]+$", "");
      Quote ours = article.quotes().stream()
          .filter(x -> norm(x.text()).replaceAll("[.,]+$", "").equals(want)).findFirst().orElse(null);
      assertThat(ours).as("quote %s", q.get("key").asString()).isNotNull();
      assertThat(ours.kind().name()).as("kind of %s", q.get("key").asString()).isEqualTo(q.get("kind").asString());
      assertThat(ours.speaker()).as("speaker of %s", q.get("key").asString())
          .isEqualTo(SOURCES.get(q.get("speaker").asString()).id());
      assertThat(ours.cue()).as("cue of %s", q.get("key").asString()).isEqualTo(text(q, "cue"));
      assertThat(ours.continuation()).as("continuation of %s", q.get("key").asString())
          .isEqualTo(q.has("continuation") && q.get("continuation").asBoolean());
    }
  }

  @Test
  void atLeastTwelveOfTheFourteenClaimsHaveTheirClaimantCueAndStance() {
    Map<String, Claim> matched = matchClaims();
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode c : expected.get("claims")) {
      String key = c.get("key").asString();
      Claim ours = matched.get(key);
      if (ours != null && ours.claimant() != null
          && ours.claimant().equals(SOURCES.get(c.get("claimant").asString()).id())
          && java.util.Objects.equals(ours.cue(), text(c, "cue"))
          && ours.stance().name().equals(c.get("stance").asString())) {
        right++;
      } else {
        wrong.add(key + " -> " + ours);
      }
    }
    assertThat(right).as("claims right; wrong: %s", wrong).isGreaterThanOrEqualTo(12);
  }

  @Test
  void denialsRespondToTheAllegationAndQuantitiesAndDatesAreResolved() {
    Map<String, Claim> matched = matchClaims();
    for (JsonNode c : expected.get("claims")) {
      String key = c.get("key").asString();
      Claim ours = matched.get(key);
      if (c.has("respondsTo")) {
        assertThat(ours).as("claim %s", key).isNotNull();
        assertThat(ours.respondsTo()).as("respondsTo of %s", key).isEqualTo(matched.get(c.get("respondsTo").asString()).id());
      }
      if (c.has("quantities")) {
        List<BigDecimal> values = ours.quantities().stream().map(q -> q.value()).toList();
        for (JsonNode v : c.get("quantities")) {
          assertThat(values).as("quantities of %s", key).contains(new BigDecimal(v.asString()));
        }
      }
      if (c.has("when")) {
        assertThat(ours.when()).as("when of %s", key).isEqualTo(c.get("when").asString());
      }
      if (c.has("quotes")) {
        for (JsonNode q : c.get("quotes")) {
          assertThat(ours.quotes()).as("quotes of %s", key).isNotEmpty();
        }
      }
    }
  }

  @Test
  void theReportersOwnStatementIsNoClaim() {
    assertThat(article.claims()).noneMatch(c -> c.paragraph().equals("p1"));
  }

  private static Map<String, Claim> matchClaims() {
    Map<String, Claim> out = new HashMap<>();
    for (JsonNode c : expected.get("claims")) {
      List<String> must = new ArrayList<>();
      c.get("mustContain").forEach(m -> must.add(norm(m.asString())));
      Claim found = null;
      for (Claim ours : article.claims()) {
        String t = norm(ours.text());
        if (!must.isEmpty() && must.stream().allMatch(t::contains)) {
          found = ours;
          break;
        }
        if (must.isEmpty() && java.util.Objects.equals(ours.cue(), text(c, "cue"))) {
          found = ours;
          break;
        }
      }
      out.put(c.get("key").asString(), found);
    }
    return out;
  }
}
