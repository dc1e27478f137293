package dev.newsmodel.testing;

import static dev.newsmodel.testing.NewsModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Article;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each assertion passes on the sample that satisfies it and fails with a readable message. */
class ArticleAssertTest {
  private static final Article STORY = SampleArticles.wireStory();
  private static final Article MINIMAL = SampleArticles.minimal();

  @Test
  void headline() {
    assertThat(STORY).hasHeadline("Lindenfeld examines report of failed water mains");
    assertThat(SampleArticles.minimalBuilder().headline(null).build()).hasNoHeadline();
    assertThatThrownBy(() -> assertThat(STORY).hasHeadline("Other"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting article headline to be \"Other\" but was \"Lindenfeld examines report of failed water mains\"");
    assertThatThrownBy(() -> assertThat(STORY).hasNoHeadline())
        .hasMessage("Expecting article to have no headline but it has \"Lindenfeld examines report of failed water mains\"");
  }

  @Test
  void published() {
    assertThat(STORY).hasPublished("2025-10-14T16:05:00+02:00")
        .hasPublished(OffsetDateTime.parse("2025-10-14T16:05+02:00"));
    assertThat(SampleArticles.minimalBuilder().published(null).build()).hasNoPublished();
    assertThatThrownBy(() -> assertThat(STORY).hasPublished("2025-10-14T14:05:00Z"))
        .hasMessage("Expecting article published at 2025-10-14T14:05Z but was 2025-10-14T16:05+02:00"
            + " (the same instant with another offset)");
    assertThatThrownBy(() -> assertThat(STORY).hasPublished("2025-10-15T16:05:00+02:00"))
        .hasMessage("Expecting article published at 2025-10-15T16:05+02:00 but was 2025-10-14T16:05+02:00");
    assertThatThrownBy(() -> assertThat(STORY).hasNoPublished()).hasMessageContaining("2025-10-14T16:05+02:00");
    assertThatThrownBy(() -> assertThat(STORY).hasPublished("Oct 14"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bylinesLanguageOutletAndSyndication() {
    assertThat(STORY).hasBylines("Anja Vesterby", "Rui Salgado").hasLanguage("en")
        .hasOutletNamed("The Example Courier").hasSyndicationAgency("Northwire");
    assertThat(MINIMAL).hasBylines();
    assertThatThrownBy(() -> assertThat(STORY).hasBylines("Rui Salgado", "Anja Vesterby"))
        .hasMessage("Expecting article bylines to be [Rui Salgado, Anja Vesterby] but were [Anja Vesterby, Rui Salgado]");
    assertThatThrownBy(() -> assertThat(STORY).hasLanguage("ja"))
        .hasMessage("Expecting article language \"ja\" but was \"en\"");
    assertThatThrownBy(() -> assertThat(MINIMAL).hasOutletNamed("The Example Courier"))
        .hasMessage("Expecting article outlet \"The Example Courier\" but was null");
    assertThatThrownBy(() -> assertThat(STORY).hasSyndicationAgency("Southwire"))
        .hasMessage("Expecting article syndicated from \"Southwire\" but it is from \"Northwire\"");
    assertThatThrownBy(() -> assertThat(MINIMAL).hasSyndicationAgency("Northwire"))
        .hasMessage("Expecting article syndicated from \"Northwire\" but it has no syndication");
  }

  @Test
  void body() {
    assertThat(STORY).hasParagraphCount(6)
        .bodyContains("37 water mains", "without water")
        .bodyDoesNotContain("Sign up for the Courier", "(Northwire)");
    assertThatThrownBy(() -> assertThat(MINIMAL).hasParagraphCount(2))
        .hasMessage("Expecting article to have 2 paragraphs but it has 1:\n"
            + "  - p1: The town library will open on Sundays from next month.");
    assertThatThrownBy(() -> assertThat(MINIMAL).bodyContains("library", "on Mondays"))
        .hasMessage("Expecting article body to contain [\"on Mondays\"] but its body is:\n"
            + "  - p1: The town library will open on Sundays from next month.");
    assertThatThrownBy(() -> assertThat(STORY).bodyDoesNotContain("12 million"))
        .hasMessageStartingWith("Expecting article body not to contain \"12 million\" but block p5 does: \"A council official");
  }

  @Test
  void media() {
    assertThat(STORY).hasMediaWithCaption("inspect a water main").hasMediaWithCredit("Northwire/Ola Brink");
    assertThatThrownBy(() -> assertThat(STORY).hasMediaWithCredit("Northwire"))
        .hasMessage("Expecting article to have media credited to \"Northwire\" but its media are:\n"
            + "  - caption \"Workers inspect a water main in Lindenfeld on Oct. 13\", credit \"Northwire/Ola Brink\","
            + " url \"https://courier.example/img/mains.jpg\"");
    assertThatThrownBy(() -> assertThat(MINIMAL).hasMediaWithCaption("water"))
        .hasMessage("Expecting article to have media with a caption containing \"water\" but its media are:\n  (none)");
  }

  @Test
  void sources() {
    assertThat(STORY).hasSourceNamed("Petra Honkanen", SourceKind.PERSON)
        .hasSourceNamed("Lindenfeld city council", SourceKind.GOVERNMENT)
        .hasNoSourceNamed("Ola Brink");
    assertThatThrownBy(() -> assertThat(STORY).hasSourceNamed("Petra Honkanen", SourceKind.ORGANIZATION))
        .hasMessage("Expecting article to have a ORGANIZATION source named \"Petra Honkanen\" but its sources are:\n"
            + "  - GOVERNMENT \"Lindenfeld city council\"\n"
            + "  - PERSON \"Petra Honkanen\", Mayor\n"
            + "  - ORGANIZATION \"Kessler Engineering\"\n"
            + "  - PERSON \"A council official\" (anonymous), official\n"
            + "  - NEWS_AGENCY \"The Valley Courier\"");
    assertThatThrownBy(() -> assertThat(STORY).hasNoSourceNamed("Kessler Engineering"))
        .hasMessageContaining("ORGANIZATION \"Kessler Engineering\"");
  }

  @Test
  void quotes() {
    assertThat(STORY).hasQuoteBy("Petra Honkanen", "We will replace")
        .hasQuoteBy("Petra Honkanen", "Nobody will be left without water.")
        .hasQuoteBy("Kessler Engineering", "misleading")
        .hasQuoteCount(3);
    assertThatThrownBy(() -> assertThat(STORY).hasQuoteBy("Kessler Engineering", "We will replace"))
        .hasMessage("Expecting article to have a quote by \"Kessler Engineering\" starting with \"We will replace\""
            + " but its quotes are:\n"
            + "  - q1 DIRECT by \"Petra Honkanen\" (told): \"We will replace every failed main before the winter\"\n"
            + "  - q2 DIRECT by \"Petra Honkanen\": \"Nobody will be left without water.\"\n"
            + "  - q3 PARTIAL by \"Kessler Engineering\" (calling): \"misleading\"");
    assertThatThrownBy(() -> assertThat(MINIMAL).hasQuoteCount(1))
        .hasMessage("Expecting article to have 1 quotes but it has 0:\n  (none)");
  }

  @Test
  void claims() {
    assertThat(STORY).hasClaimBy("Kessler Engineering", Stance.DENIES)
        .hasClaimBy("A council official", Stance.UNCERTAIN)
        .hasClaimBy("Petra Honkanen", Stance.ASSERTS)
        .hasClaimCount(5);
    assertThatThrownBy(() -> assertThat(STORY).hasClaimBy("Petra Honkanen", Stance.DENIES))
        .hasMessageStartingWith("Expecting article to have a claim by \"Petra Honkanen\" with stance DENIES"
            + " but its claims are:\n"
            + "  - c1 ASSERTS by nobody (report): \"37 water mains failed inspection last year\"\n"
            + "  - c2 ASSERTS by \"Petra Honkanen\" (told): ")
        .hasMessageContaining("  - c3 DENIES by \"Kessler Engineering\" (denied): \"the report\"");
    assertThatThrownBy(() -> assertThat(STORY).hasClaimCount(4)).hasMessageStartingWith("Expecting article to have 4 claims but it has 5:");
  }

  @Test
  void provenance() {
    assertThat(STORY).hasRemoved("morning briefing").hasWarningContaining("page footer");
    assertThat(MINIMAL).hasNoWarnings();
    assertThatThrownBy(() -> assertThat(STORY).hasRemoved("cookie banner"))
        .hasMessage("Expecting article provenance to record removed text containing \"cookie banner\" but it removed:\n"
            + "  - promo: \"Sign up for the Courier morning briefing\"\n"
            + "  - related: \"More on Lindenfeld's budget\"");
    assertThatThrownBy(() -> assertThat(MINIMAL).hasWarningContaining("date"))
        .hasMessage("Expecting article provenance to have a warning containing \"date\" but its warnings are:\n  (none)");
    assertThatThrownBy(() -> assertThat(STORY).hasNoWarnings())
        .hasMessage("Expecting article provenance to have no warnings but it has:\n"
            + "  - \"modified time taken from the page footer\"");
  }

  @Test
  void messagesKeepPercentSignsLiterally() {
    Article percent = SampleArticles.withParagraphs("Prices rose 5%d in %s.").headline("100% sure").build();
    assertThatThrownBy(() -> assertThat(percent).hasHeadline("Other"))
        .hasMessage("Expecting article headline to be \"Other\" but was \"100% sure\"");
    assertThatThrownBy(() -> assertThat(percent).bodyContains("fell"))
        .hasMessageContaining("p1: Prices rose 5%d in %s.");
  }

  @Test
  void aNullArticleFails() {
    assertThatThrownBy(() -> assertThat((Article) null).hasHeadline("x"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void samplesAreFreshCopiesAndEditable() {
    Article edited = SampleArticles.wireStoryBuilder().tags(List.of("edited")).build();
    assertThat(SampleArticles.wireStory()).isEqualTo(STORY);
    org.assertj.core.api.Assertions.assertThat(edited.tags()).containsExactly("edited");
    org.assertj.core.api.Assertions.assertThat(STORY.body()).extracting(b -> b.text())
        .containsExactlyElementsOf(SampleArticles.WIRE_STORY_PARAGRAPHS);
  }
}
