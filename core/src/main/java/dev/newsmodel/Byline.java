package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A person credited with the story.
 *
 * @param name the person's name as credited
 * @param role what they did, e.g. {@code reporting}, {@code editing}, {@code additional reporting},
 *     or {@code null} when the page does not say (the usual case: the author)
 */
public record Byline(String name, @Nullable String role) {
  /**
   * Validates: {@code name} must not be blank; a blank {@code role} becomes {@code null}.
   *
   * @param name the person's name as credited
   * @param role what they did, e.g. {@code reporting}, {@code editing},
   *     {@code additional reporting}, or {@code null} when the page does not say (the usual case:
   *     the author)
   */
  public Byline {
    name = Checks.nonBlank("byline.name", name).strip();
    role = Checks.blankToNull(role);
  }

  /**
   * Returns a byline with no role.
   *
   * @param name the credited person's name
   * @return the byline
   */
  public static Byline of(String name) {
    return new Byline(name, null);
  }
}
