package dev.newsmodel.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.agency.NewsAgency.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsAgenciesTest {
  private final NewsAgencies agencies = NewsAgencies.standard();

  @Test
  void aliasesInLatinAndCjkScriptsNameOneAgency() {
    NewsAgency kyodo = agencies.find("Kyodo").orElseThrow();
    assertThat(kyodo.name()).isEqualTo("Kyodo News");
    assertThat(kyodo.country()).isEqualTo("JP");
    assertThat(agencies.find("共同通信")).containsSame(kyodo);
    assertThat(agencies.find("KYODO NEWS")).containsSame(kyodo);
    assertThat(agencies.find("ロイター")).map(NewsAgency::name).contains("Reuters");
    assertThat(agencies.find("時事通信")).isEqualTo(agencies.find("Jiji"));
    assertThat(agencies.find("新華社")).isEqualTo(agencies.find("Xinhua"));
    assertThat(agencies.find("聯合")).isEqualTo(agencies.find("yonhap"));
    assertThat(agencies.find("The Associated Press")).isEqualTo(agencies.find("AP"));
  }

  @Test
  void namesAreComparedIgnoringCaseWidthAndSpaces() {
    assertThat(agencies.find("ＡＰ")).map(NewsAgency::name).contains("Associated Press");
    assertThat(agencies.find("  associated \u00a0 press ")).map(NewsAgency::name).contains("Associated Press");
    assertThat(agencies.find("DPA")).map(NewsAgency::name).contains("dpa");
    assertThat(agencies.find("ﾛｲﾀｰ")).map(NewsAgency::name).contains("Reuters"); // half-width katakana
  }

  @Test
  void unknownNamesGiveNothing() {
    assertThat(agencies.find("Harbor Gazette")).isEmpty();
    assertThat(agencies.find("")).isEmpty();
    assertThat(agencies.find("A.P.")).isEmpty(); // dots are the caller's business
    assertThat(agencies.find("the Reuters")).isEmpty();
  }

  @Test
  void narrowNamesNameTheAgencyOnlyWhereTheyApply() {
    assertThat(agencies.find("EPA")).map(NewsAgency::name).contains("EPA");
    assertThat(agencies.find("EPA", Scope.CREDIT_LINE)).isPresent();
    assertThat(agencies.find("EPA", Scope.CREDIT)).isEmpty();
    assertThat(agencies.find("CP", Scope.CREDIT)).map(NewsAgency::name).contains("The Canadian Press");
    assertThat(agencies.find("CP", Scope.TEXT)).isEmpty();
    assertThat(agencies.find("Canadian Press", Scope.TEXT)).isPresent();
    assertThat(agencies.names(Scope.TEXT)).contains("Reuters", "Associated Press", "共同通信")
        .doesNotContain("EPA", "CP", "共同");
    assertThat(agencies.names(Scope.CREDIT)).contains("CP").doesNotContain("EPA");
    assertThat(agencies.names(Scope.CREDIT).indexOf("Kyodo News")).isLessThan(agencies.names(Scope.CREDIT).indexOf("Kyodo"));
  }

  @Test
  void everyCanonicalNameIsFoundAndNoNameIsShared() {
    Set<String> names = new HashSet<>();
    for (NewsAgency agency : agencies.all()) {
      assertThat(agencies.find(agency.name())).containsSame(agency);
      assertThat(names.add(agency.name())).isTrue();
      for (NewsAgency.Alias alias : agency.aliases()) {
        assertThat(agencies.find(alias.text())).containsSame(agency);
        assertThat(agency.isNamed(alias.text())).isTrue();
      }
    }
    assertThat(agencies.all()).hasSizeGreaterThan(40);
  }

  @Test
  void theLoaderRejectsADuplicateAliasNamingBothLines() {
    String text = "# test\nKyodo News | JP | Kyodo\nKyodo Press | JP | KYODO\n";
    assertThatThrownBy(() -> parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.txt:3: duplicate alias 'KYODO': line 2 already names Kyodo News so");
    assertThatThrownBy(() -> parse("Reuters | GB | Reuters")).hasMessageContaining("duplicate alias 'Reuters'");
  }

  @Test
  void theLoaderRejectsMalformedLines() throws IOException {
    assertThatThrownBy(() -> parse("Reuters | GB")).hasMessageContaining("test.txt:1: expected");
    assertThatThrownBy(() -> parse("Reuters | GBR | ")).hasMessageContaining("ISO 3166-1");
    NewsAgencies one = parse("\nEPA {credit line} | - | European Pressphoto Agency\n");
    NewsAgency epa = one.all().get(0);
    assertThat(epa.country()).isNull();
    assertThat(epa.aliases()).containsExactly(new NewsAgency.Alias("EPA", Scope.CREDIT_LINE),
        new NewsAgency.Alias("European Pressphoto Agency", Scope.TEXT));
  }

  private static NewsAgencies parse(String text) throws IOException {
    return NewsAgencies.parse(new BufferedReader(new StringReader(text)), "test.txt");
  }
}
