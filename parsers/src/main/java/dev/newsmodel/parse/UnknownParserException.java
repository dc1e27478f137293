package dev.newsmodel.parse;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a parser is asked for by a name no registered parser has (see {@link
 * NewsModel#parse(Page, String)}, {@link ParserRegistry#select(Page, String)}). Unchecked: the
 * name is the caller's choice, the same for every page, so it is a programming or configuration
 * error to fix once, not a page's problem; {@link ParserRegistry#parser(String)} asks without
 * throwing.
 */
public final class UnknownParserException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name asked for. */
  private final String name;
  /** The names of the parsers the registry has. */
  private final List<String> known;

  /**
   * Creates the exception.
   *
   * @param name the name asked for
   * @param known the names of the registered parsers
   * @throws NullPointerException when {@code name} or {@code known} is {@code null}
   */
  public UnknownParserException(String name, List<String> known) {
    super("no parser named '" + Objects.requireNonNull(name, "name") + "'; known: "
        + String.join(", ", Objects.requireNonNull(known, "known")));
    this.name = name;
    this.known = List.copyOf(known);
  }

  /**
   * Returns the name asked for.
   *
   * @return the unknown name, as given
   */
  public String name() {
    return name;
  }

  /**
   * Returns the names of the registered parsers, sorted.
   *
   * @return the known names
   */
  public List<String> known() {
    return known;
  }
}
