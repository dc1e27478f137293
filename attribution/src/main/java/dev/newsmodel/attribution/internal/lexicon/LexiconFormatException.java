package dev.newsmodel.attribution.internal.lexicon;

/**
 * A lexicon file that cannot be read as one: missing, or a line that breaks the format. The
 * message names the file and the line ({@code file:line: what is wrong}).
 */
public final class LexiconFormatException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The lexicon file, as a class path resource name. */
  private final String file;
  /** The line of the error, 1-based; 0 for the whole file. */
  private final int line;

  /**
   * A format error in {@code file} at {@code line} (1-based; 0 for the file as a whole).
   *
   * @param file the lexicon file, as a class path resource name
   * @param line the line, 1-based; 0 for the whole file
   * @param problem what is wrong
   */
  public LexiconFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /**
   * The lexicon file, as a class path resource name.
   *
   * @return the resource name
   */
  public String file() {
    return file;
  }

  /**
   * The line of the error, 1-based; 0 when the error is about the whole file.
   *
   * @return the line, or 0
   */
  public int line() {
    return line;
  }
}
