package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The wire agency behind a republished story.
 *
 * @param agency the agency's name, e.g. {@code Reuters}
 * @param creditLine the credit line as printed on the page, e.g. {@code REUTERS}, or {@code null}
 * @param originalUrl the agency's own URL of the story, or {@code null} when unknown
 */
public record Syndication(String agency, @Nullable String creditLine, @Nullable String originalUrl) {
  /**
   * Validates: {@code agency} must not be blank; blank optional values become {@code null}.
   *
   * @param agency the agency's name, e.g. {@code Reuters}
   * @param creditLine the credit line as printed on the page, e.g. {@code REUTERS}, or {@code null}
   * @param originalUrl the agency's own URL of the story, or {@code null} when unknown
   */
  public Syndication {
    agency = Checks.nonBlank("syndication.agency", agency).strip();
    creditLine = Checks.blankToNull(creditLine);
    originalUrl = Checks.blankToNull(originalUrl);
  }
}
