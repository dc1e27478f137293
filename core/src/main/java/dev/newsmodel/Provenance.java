package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import java.util.List;

/**
 * How the article was made: which parser, what it could not find, what it removed.
 *
 * @param parser the name of the parser that made the article, e.g. {@code asahi}
 * @param warnings what the parser could not find or had to guess, one sentence each
 * @param removed the page text kept out of the article, in page order
 */
public record Provenance(String parser, List<String> warnings, List<RemovedText> removed) {
  /**
   * Validates: parser non-blank, no blank warnings; copies the lists.
   *
   * @param parser the name of the parser that made the article, e.g. {@code asahi}
   * @param warnings what the parser could not find or had to guess, one sentence each
   * @param removed the page text kept out of the article, in page order
   */
  public Provenance {
    parser = Checks.nonBlank("provenance.parser", parser);
    warnings = Checks.strings("provenance.warnings", warnings);
    removed = Checks.list("provenance.removed", removed);
  }

  /**
   * Returns the provenance of a parser that had nothing to report.
   *
   * @param parser the parser's name
   * @return provenance with no warnings and no removed text
   */
  public static Provenance of(String parser) {
    return new Provenance(parser, List.of(), List.of());
  }
}
