package dev.newsmodel.parse.outlet.reuters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Byline;
import dev.newsmodel.Dateline;
import dev.newsmodel.parse.wire.Datelines;
import dev.newsmodel.parse.wire.SignOffs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The text rules: datelines, sign-offs and photo credits, on lines written for these tests. */
class ReutersTextRulesTest {

  @Nested
  class DatelineRule {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TOKYO, Dec 22 (Reuters) - Shares rose.|TOKYO|TOKYO, Dec 22 (Reuters) -|Shares rose.",
        "NEW YORK (Reuters) - Oil fell.|NEW YORK|NEW YORK (Reuters) -|Oil fell.",
        "ST. LOUIS, Sept 3 (Reuters) - Rain fell.|ST. LOUIS|ST. LOUIS, Sept 3 (Reuters) -|Rain fell.",
        "SAN JUAN, Puerto Rico, May 3 (Reuters) - Power returned.|SAN JUAN, Puerto Rico|SAN JUAN, Puerto Rico, May 3 (Reuters) -|Power returned.",
        "LONDON, March 7 (Reuters Breakingviews) - Banks gain.|LONDON|LONDON, March 7 (Reuters Breakingviews) -|Banks gain.",
        "KYIV/MOSCOW, Jan 2 (Reuters) — Talks stalled.|KYIV/MOSCOW|KYIV/MOSCOW, Jan 2 (Reuters) —|Talks stalled.",
        "Berlin, 22. Dez (Reuters) - Die Kurse stiegen.|Berlin|Berlin, 22. Dez (Reuters) -|Die Kurse stiegen.",
        "Rio de Janeiro (Reuters) - Rain fell.|Rio de Janeiro|Rio de Janeiro (Reuters) -|Rain fell.",
        "［東京 ２２日 ロイター］ - 株価は上昇した。|東京|［東京 ２２日 ロイター］ -|株価は上昇した。",
        "[大阪 3日 ロイター] 円相場は下落した。|大阪|[大阪 3日 ロイター]|円相場は下落した。",
        "路透北京12月22日 - 股市上涨。|北京|路透北京12月22日 -|股市上涨。",
    })
    void splitsPlaceTextAndRest(String lead, String place, String text, String rest) {
      Datelines.Split split = Datelines.split(lead).orElseThrow();
      assertThat(split.dateline()).isEqualTo(new Dateline(place, text));
      assertThat(split.rest()).isEqualTo(rest);
    }

    @Test
    void bareAgencyCreditHasNoPlace() {
      Datelines.Split split = Datelines.split("(Reuters) - Tesla cut prices.").orElseThrow();
      assertThat(split.dateline()).isEqualTo(new Dateline(null, "(Reuters) -"));
      assertThat(split.rest()).isEqualTo("Tesla cut prices.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Shares rose in Tokyo (Reuters) - a line that is not a dateline.",
        "The agency said (Reuters) - not at the start",
        "TOKYO, Dec 22 - no agency credit here.",
        "Plain lead with no parentheses."})
    void leavesOtherLeadsAlone(String lead) {
      assertThat(Datelines.split(lead)).isEmpty();
    }
  }

  @Nested
  class SignOffRule {
    @Test
    void semicolonsPlacesAndTheFourRoles() {
      assertThat(SignOffs.bylines("Reporting by Ana Lee and Bo Chen in Tokyo; Additional reporting by Cy Dorn; "
          + "Writing by Di Fox; Editing by Ed Gale")).containsExactly(
              new Byline("Ana Lee", "reporting"), new Byline("Bo Chen", "reporting"),
              new Byline("Cy Dorn", "additional reporting"), new Byline("Di Fox", "writing"),
              new Byline("Ed Gale", "editing"));
    }

    @Test
    void commasBetweenPartsAndListsOfNames() {
      assertThat(SignOffs.bylines("Reporting by Ana Lee in Paris, Bo Chen in Rome and Cy Dorn in Oslo, "
          + "additional reporting by Di Fox, Editing by Ed Gale and Flo Hart")).containsExactly(
              new Byline("Ana Lee", "reporting"), new Byline("Bo Chen", "reporting"), new Byline("Cy Dorn", "reporting"),
              new Byline("Di Fox", "additional reporting"), new Byline("Ed Gale", "editing"), new Byline("Flo Hart", "editing"));
    }

    @Test
    void parenthesesAndCompoundRoles() {
      assertThat(SignOffs.bylines("(Reporting and writing by Jo Kim; Compiled by Lu Ma; Graphics by Mo Ng)"))
          .containsExactly(new Byline("Jo Kim", "reporting"), new Byline("Jo Kim", "writing"),
              new Byline("Lu Ma", "compiling"), new Byline("Mo Ng", "graphics"));
    }

    @Test
    void particlesAndHyphensStayInNames() {
      assertThat(SignOffs.bylines("Reporting by Omar al-Rashid and Jean-Luc de la Tour; Editing by Sam O'Neil"))
          .containsExactly(new Byline("Omar al-Rashid", "reporting"), new Byline("Jean-Luc de la Tour", "reporting"),
              new Byline("Sam O'Neil", "editing"));
    }

    @Test
    void recognisesOnlyLinesThatOpenAsSignOffs() {
      assertThat(SignOffs.looksLikeSignOff("Reporting by Ana Lee; Editing by Ed Gale")).isTrue();
      assertThat(SignOffs.looksLikeSignOff("(Writing by Di Fox; editing by Ed Gale)")).isTrue();
      assertThat(SignOffs.looksLikeSignOff("Reporting by the agency showed a rise in exports.")).isFalse();
      assertThat(SignOffs.looksLikeSignOff("The reporting by Ana Lee was praised.")).isFalse();
    }
  }
}
