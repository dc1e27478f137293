package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The outlet that published the page.
 *
 * @param name the outlet's name as it presents itself, e.g. {@code The Asahi Shimbun}
 * @param domain the registrable host, e.g. {@code asahi.com}, or {@code null} when unknown
 */
public record Outlet(String name, @Nullable String domain) {
  /**
   * Validates: {@code name} must not be blank; a blank {@code domain} becomes {@code null}.
   *
   * @param name the outlet's name as it presents itself, e.g. {@code The Asahi Shimbun}
   * @param domain the registrable host, e.g. {@code asahi.com}, or {@code null} when unknown
   */
  public Outlet {
    name = Checks.nonBlank("outlet.name", name).strip();
    domain = Checks.blankToNull(domain);
  }
}
