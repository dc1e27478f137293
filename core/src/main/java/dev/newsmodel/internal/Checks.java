package dev.newsmodel.internal;

import com.google.common.collect.ImmutableList;
import dev.newsmodel.InvalidArticleException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's records; each failure names its field. */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} or throws when it is {@code null}.
   *
   * @param <T> the value's type
   * @param field the field's path, for the message
   * @param value the value
   * @return the value
   */
  public static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidArticleException(field, null, "is required");
    }
    return value;
  }

  /**
   * Returns {@code value} as it is, or throws when it is null or blank.
   *
   * @param field the field's path, for the message
   * @param value the text
   * @return the text, unchanged
   */
  public static String nonBlank(String field, @Nullable String value) {
    if (value == null) {
      throw new InvalidArticleException(field, null, "is required");
    }
    if (value.isBlank()) {
      throw new InvalidArticleException(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Returns {@code null} for null or blank text, the text otherwise.
   *
   * @param value the text, or {@code null}
   * @return the text, or {@code null}
   */
  public static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Copies a list (a null list gives an empty one), rejecting null elements.
   *
   * @param <T> the elements' type
   * @param field the field's path, for the message
   * @param values the list, or {@code null} for an empty one
   * @return an immutable copy
   */
  public static <T> ImmutableList<T> list(String field, @Nullable List<? extends @Nullable T> values) {
    if (values == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (value == null) {
        throw new InvalidArticleException(field + "[" + i + "]", null, "must not be null");
      }
      out.add(value);
    }
    return out.build();
  }

  /**
   * Copies a list of strings (a null list gives an empty one), rejecting null or blank elements.
   *
   * @param field the field's path, for the message
   * @param values the list, or {@code null} for an empty one
   * @return an immutable copy
   */
  public static ImmutableList<String> strings(String field, @Nullable List<? extends @Nullable String> values) {
    ImmutableList<String> copy = list(field, values);
    for (int i = 0; i < copy.size(); i++) {
      nonBlank(field + "[" + i + "]", copy.get(i));
    }
    return copy;
  }

  /**
   * Throws unless {@code 0 <= start <= end}.
   *
   * @param field the span's path, for the message
   * @param start the span's start
   * @param end the span's end
   */
  public static void span(String field, int start, int end) {
    if (start < 0) {
      throw new InvalidArticleException(field + ".start", start, "must not be negative");
    }
    if (end < start) {
      throw new InvalidArticleException(field + ".end", end, "must not be before start " + start);
    }
  }
}
