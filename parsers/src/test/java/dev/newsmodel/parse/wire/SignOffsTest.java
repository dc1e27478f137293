package dev.newsmodel.parse.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Byline;
import org.junit.jupiter.api.Test;

class SignOffsTest {
  @Test
  void aWholeLineSignOffIsReadWithTheSharedRoles() {
    assertThat(SignOffs.read("(Reporting by Ana Lee in Kobe; Additional editing by Bo Chen; Photos by Cy Dorn)"))
        .containsExactly(new Byline("Ana Lee", "reporting"), new Byline("Bo Chen", "additional editing"),
            new Byline("Cy Dorn", "photography"));
    assertThat(SignOffs.read("[Compiled by Di Fox & Ed Gale]"))
        .containsExactly(new Byline("Di Fox", "compiling"), new Byline("Ed Gale", "compiling"));
  }

  @Test
  void aLineThatOnlyOpensLikeASignOffIsNotOne() {
    String sentence = "Reporting by Ana Lee; editing by the desk took all night";
    assertThat(SignOffs.looksLikeSignOff(sentence)).isTrue();
    assertThat(SignOffs.read(sentence)).isEmpty();
    assertThat(SignOffs.read("Photos by the river show the flood.")).isEmpty();
  }
}
