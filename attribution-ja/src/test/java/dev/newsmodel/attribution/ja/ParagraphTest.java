package dev.newsmodel.attribution.ja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The token lookups of {@link Paragraph}, on sentences written for these tests. */
class ParagraphTest {

  @Test
  void depthCountsOpenBracketsAndClosingBracketsCountAsOutside() {
    Paragraph p = new Paragraph(0, "彼は「『春』だ」と言った。");
    assertThat(p.depth(2)).isZero(); // 「
    assertThat(p.depth(3)).isEqualTo(1); // 『
    assertThat(p.depth(4)).isEqualTo(2); // 春
    assertThat(p.depth(7)).isZero(); // 」
  }

  @Test
  void quotesInGivesTopLevelPassagesOnly() {
    Paragraph p = new Paragraph(0, "彼は「『春』だ」と言い、「夏だ」とも言った。");
    List<int[]> quotes = p.quotesIn(0, p.text.length());
    assertThat(quotes).hasSize(2);
    assertThat(p.text.substring(quotes.get(0)[0], quotes.get(0)[1])).isEqualTo("『春』だ");
    assertThat(p.text.substring(quotes.get(1)[0], quotes.get(1)[1])).isEqualTo("夏だ");
  }

  @Test
  void verbEndTakesInflectionAndAuxiliaries() {
    Paragraph p = new Paragraph(0, "彼は理由を話している。");
    int at = p.text.indexOf("話");
    assertThat(p.verbAt(at)).isTrue();
    assertThat(p.text.substring(at, p.verbEnd(at + 1))).isEqualTo("話している");
  }

  @Test
  void openingBeforeMatchesNestedBrackets() {
    Paragraph p = new Paragraph(0, "山田（やまだ（旧姓））氏");
    int close = p.text.lastIndexOf('）');
    assertThat(p.openingBefore(close)).isEqualTo(p.text.indexOf('（'));
  }
}
