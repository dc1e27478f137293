package dev.newsmodel;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a model value would break one of the model's invariants: a missing required
 * value, a blank id, a duplicate id, a reference to an id that does not exist, a span outside
 * its paragraph or whose text differs from the paragraph's, or a malformed date.
 *
 * <p>The message names the field by its path (for example {@code quotes[2].speaker}) and the
 * offending value, so that a failure in a large batch can be traced to its cause. It is the
 * only exception the model's constructors and builders throw for bad values.
 */
public final class InvalidArticleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The path of the field that failed. */
  private final String field;
  /** The offending value as text, or {@code null} when it was absent. */
  private final @Nullable String value;

  /**
   * Creates an exception for one field.
   *
   * @param field the path of the field, e.g. {@code quotes[2].speaker}
   * @param value the offending value as text, or {@code null} when the value was absent
   * @param problem what is wrong, e.g. {@code "no source has this id"}
   */
  public InvalidArticleException(String field, @Nullable Object value, String problem) {
    super(field + ": " + problem + " (value: " + describe(value) + ")");
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
  }

  /**
   * Returns the path of the field that failed, e.g. {@code quotes[2].speaker}.
   *
   * @return the field path
   */
  public String field() {
    return field;
  }

  /**
   * Returns the offending value as text, or {@code null} when the value was absent.
   *
   * @return the value, or {@code null}
   */
  public @Nullable String value() {
    return value;
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text = String.valueOf(value);
    if (text.length() > 120) {
      text = text.substring(0, 117) + "...";
    }
    return "\"" + text + "\"";
  }
}
