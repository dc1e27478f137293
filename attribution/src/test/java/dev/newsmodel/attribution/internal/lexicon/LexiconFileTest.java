package dev.newsmodel.attribution.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lexicon file format, on text written for these tests, and the lexicons the engine ships. */
class LexiconFileTest {

  private static List<LexiconFile.Entry> parse(String text, int attributes) throws IOException {
    return LexiconFile.parse("test.txt", new StringReader(text), attributes);
  }

  @Test
  void entriesWithAttributesCommentsAndBlankLines() throws IOException {
    List<LexiconFile.Entry> entries = parse("# a header\n\nmurmured | SPEECH | ASSERTS\n  # indented comment\n"
        + "rebuffed|WEAK|DENIES\n", 2);
    assertThat(entries).extracting(LexiconFile.Entry::key).containsExactly("murmured", "rebuffed");
    assertThat(entries.get(1).attributes()).containsExactly("WEAK", "DENIES");
    assertThat(entries.get(1).line()).isEqualTo(5);
    assertThat(entries.get(1).attribute(1, Stance.class)).isEqualTo(Stance.DENIES);
  }

  @Test
  void aPhraseIsOneEntry() throws IOException {
    assertThat(parse("read more\nharbour board's note\n", 0)).extracting(LexiconFile.Entry::key)
        .containsExactly("read more", "harbour board's note");
  }

  @Test
  void aKeyStatedTwiceIsAnErrorNamingBothLines() {
    assertThatThrownBy(() -> parse("murmured | SPEECH | ASSERTS\n# comment\nmurmured | WEAK | DENIES\n", 2))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessage("test.txt:3: 'murmured' is already stated on line 1")
        .satisfies(e -> assertThat(((LexiconFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void aMissingOrExtraFieldIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> parse("murmured | SPEECH | ASSERTS\nrebuffed | WEAK\n", 2))
        .isInstanceOf(LexiconFormatException.class).hasMessageStartingWith("test.txt:2: expected 3 field(s)");
    assertThatThrownBy(() -> parse("pier | harbour\n", 0))
        .isInstanceOf(LexiconFormatException.class).hasMessageStartingWith("test.txt:1: expected 1 field(s)");
    assertThatThrownBy(() -> parse("murmured |  | ASSERTS\n", 2))
        .isInstanceOf(LexiconFormatException.class).hasMessageStartingWith("test.txt:1: empty field");
  }

  @Test
  void anUnknownAttributeValueIsAnErrorNamingTheLine() throws IOException {
    LexiconFile.Entry entry = parse("\nmurmured | SPEECH | MAYBE\n", 2).get(0);
    assertThatThrownBy(() -> entry.attribute(1, Stance.class))
        .isInstanceOf(LexiconFormatException.class).hasMessageStartingWith("test.txt:2: 'MAYBE' is no Stance");
  }

  @Test
  void aMissingFileIsAnErrorNamingIt() {
    assertThatThrownBy(() -> LexiconFile.words("no-such-lexicon.txt"))
        .isInstanceOf(LexiconFormatException.class).hasMessageContaining("no-such-lexicon.txt");
  }

  @Test
  void everyShippedLexiconIsWellFormed() throws IOException, URISyntaxException {
    URL directory = LexiconFile.class.getResource(LexiconFile.DIRECTORY);
    assertThat(directory).isNotNull();
    List<Path> files;
    try (Stream<Path> listing = Files.list(Paths.get(directory.toURI()))) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(30);
    for (Path file : files) {
      String name = file.getFileName().toString();
      int attributes = name.equals("cues.txt") || name.equals("countries.txt") || name.equals("wordnet-cues.txt") ? 2
          : name.equals("country-aliases.txt") || name.equals("phrase-cues.txt") ? 1 : 0;
      List<String> lines = Files.readAllLines(file);
      assertThat(lines.get(0)).as(name + " opens with a comment saying what it holds").startsWith("# ");
      assertThat(String.join("\n", lines)).as(name + " states its format").contains("Format: UTF-8");
      assertThat(LexiconFile.entries(name, attributes)).as(name).isNotEmpty();
    }
  }

  @Test
  void cueWordsCarryTheirKindAndStance() {
    assertThat(CueLexicon.lookup("Said")).isEqualTo(new CueLexicon.Entry(CueLexicon.Kind.SPEECH, Stance.ASSERTS));
    assertThat(CueLexicon.lookup("told")).isEqualTo(new CueLexicon.Entry(CueLexicon.Kind.TELL, Stance.ASSERTS));
    assertThat(CueLexicon.lookup("denied").stance()).isEqualTo(Stance.DENIES);
    assertThat(CueLexicon.lookup("hopes").stance()).isEqualTo(Stance.UNCERTAIN);
    assertThat(CueLexicon.lookup("pier")).isNull();
    // a WordNet verb cues.txt does not list is a clause cue, and lookup does not see it
    assertThat(CueLexicon.lookup("surmised")).isNull();
    assertThat(CueLexicon.lookupClauseCue("surmised")).isEqualTo(new CueLexicon.Entry(CueLexicon.Kind.CLAUSE, Stance.ASSERTS));
    assertThat(CueLexicon.lookupClauseCue("said")).isNull();
    assertThat(CueLexicon.lookupClauseCue("will")).isNull();
  }

  @Test
  void cueFormsAreSpelledAsWritten() {
    // a verb whose last consonant doubles before -ed and -ing is listed in those forms
    // ("bragged", not "braged"), so news text's spelling finds it
    assertThat(CueLexicon.lookup("bragged")).isEqualTo(new CueLexicon.Entry(CueLexicon.Kind.SPEECH, Stance.ASSERTS));
    assertThat(CueLexicon.lookup("concurring")).isEqualTo(new CueLexicon.Entry(CueLexicon.Kind.SPEECH, Stance.ASSERTS));
    assertThat(CueLexicon.lookup("agreeing")).isNotNull();
    assertThat(CueLexicon.lookup("braged")).isNull();
    assertThat(CueLexicon.lookup("slamed")).isNull();
  }
}
