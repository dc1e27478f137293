package dev.newsmodel.parse.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MetadataReader#separators} starts the title-separator regex late, or not at all; it
 * must find every match a find() loop over the whole title finds, at the same places.
 */
class TitleSeparatorProperties {
  @Property(tries = 3000)
  void findsWhatAFullSearchFinds(@ForAll("titles") String title) {
    assertThat(spans(MetadataReader.separators(title))).isEqualTo(spans(fullSearch(title)));
  }

  @Example
  void separatorsAreFound() {
    assertThat(MetadataReader.separators("Storm hits the coast | Example News")).hasSize(1);
    assertThat(MetadataReader.separators("Storm hits the coast")).isEmpty();
    assertThat(MetadataReader.separators("A  \t:: B\uFF5CC")).hasSize(2);
  }

  private static List<String> spans(List<int[]> cuts) {
    return cuts.stream().map(c -> c[0] + "-" + c[1]).toList();
  }

  private static List<int[]> fullSearch(String title) {
    Matcher m = MetadataReader.TITLE_SEPARATOR.matcher(title);
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    return cuts;
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("Storm", " ", "  ", "\t", "\n", "\u00A0", "|", "-", "\u2013", "\u2014", ":", "::", "\u00B7",
            "\u2022", "\u00BB", "*", "\uFF5C", "\uFF1A", "\u3163", "News", "x")
        .list().ofMaxSize(10).map(parts -> String.join("", parts));
  }
}
