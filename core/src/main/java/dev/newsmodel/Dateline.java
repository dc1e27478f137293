package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The dateline that opens a story, e.g. {@code TOKYO, Dec 22 (Reuters) -}.
 *
 * @param place the place named, e.g. {@code TOKYO}, or {@code null} when it names none
 * @param text the dateline as printed
 */
public record Dateline(@Nullable String place, String text) {
  /**
   * Validates: {@code text} must not be blank; a blank {@code place} becomes {@code null}.
   *
   * @param place the place named, e.g. {@code TOKYO}, or {@code null} when it names none
   * @param text the dateline as printed
   */
  public Dateline {
    place = Checks.blankToNull(place);
    text = Checks.nonBlank("dateline.text", text);
  }
}
