package dev.newsmodel.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Mention;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article never lists one agency as two sources: the names of one agency in the vocabulary
 * ({@code AP}, {@code the Associated Press}) resolve to one source. Articles written for the test.
 */
class NewsAgencySourcesTest {
  private static final Attributor ATTRIBUTOR = Attributor.load();

  private static Article attribute(String... paragraphs) {
    Article.Builder b = Article.builder();
    for (int i = 0; i < paragraphs.length; i++) {
      b.addBlock(Block.paragraph("p" + (i + 1), paragraphs[i]));
    }
    return ATTRIBUTOR.attribute(b.build());
  }

  private static List<Source> agencies(Article a) {
    return a.sources().stream().filter(s -> s.kind() == SourceKind.NEWS_AGENCY).toList();
  }

  @Test
  void twoNamesOfOneAgencyAreOneSourceWithTheCanonicalName() {
    Article a = attribute(
        "The ferry operator suspended all crossings after the storm, the Associated Press reported on Tuesday.",
        "Harbour pilots said the damage to the pier was worse than the operator had admitted.",
        "Repairs would take at least three weeks, AP said, citing a port engineer.");
    List<Source> agencies = agencies(a);
    assertThat(agencies).hasSize(1);
    Source ap = agencies.get(0);
    assertThat(ap.name()).isEqualTo("Associated Press");
    assertThat(ap.mentions()).extracting(Mention::text).contains("the Associated Press", "AP");
    // both attributions have the one agency as claimant (and so has its "citing" after the credit)
    assertThat(a.claims()).filteredOn(c -> ap.id().equals(c.claimant())).extracting(c -> c.cue())
        .contains("reported", "said");
  }

  @Test
  void namesInOtherScriptsAndLongerFormsMergeToo() {
    Article a = attribute(
        "Kyodo News reported that the tunnel would reopen in May.",
        "Engineers found no further cracks, Kyodo said.");
    assertThat(agencies(a)).extracting(Source::name).containsExactly("Kyodo News");
  }

  @Test
  void anAgencyNamedOneWayKeepsThatName() {
    Article a = attribute("Repairs would take at least three weeks, AP said.",
        "The operator declined to comment, AP reported.");
    assertThat(agencies(a)).extracting(Source::name).containsExactly("AP");
    Article b = attribute("Reuters said the shipyard had laid off 200 workers.");
    assertThat(agencies(b)).extracting(Source::name).containsExactly("Reuters");
  }

  @Test
  void twoAgenciesStayTwoSources() {
    Article a = attribute("The ceasefire held overnight, Reuters reported.",
        "Shelling resumed at dawn, the Australian Associated Press said.");
    assertThat(agencies(a)).extracting(Source::name).containsExactly("Reuters", "Australian Associated Press");
  }

  @Test
  void namesThatAreSomethingElseInRunningTextAreNoAgency() {
    Article a = attribute("The EPA said the river met the new standard.");
    assertThat(agencies(a)).isEmpty();
  }
}
