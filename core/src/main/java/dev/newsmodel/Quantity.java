package dev.newsmodel;

import dev.newsmodel.internal.Checks;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A number stated in a claim.
 *
 * @param value the number, e.g. {@code 102}, {@code 3000000000} for "$3 billion", {@code 20} for "20%"
 * @param text the number as written, e.g. {@code 102 overseas police stations} or {@code $3 billion}
 * @param unit what is counted or measured, e.g. {@code police stations}, {@code USD}, {@code %},
 *     or {@code null} when unknown
 */
public record Quantity(BigDecimal value, String text, @Nullable String unit) {
  /**
   * Validates: value required, text non-blank; a blank unit becomes {@code null}.
   *
   * @param value the number, e.g. {@code 102}, {@code 3000000000} for "$3 billion", {@code 20} for
   *     "20%"
   * @param text the number as written, e.g. {@code 102 overseas police stations} or
   *     {@code $3 billion}
   * @param unit what is counted or measured, e.g. {@code police stations}, {@code USD}, {@code %},
   *     or {@code null} when unknown
   */
  public Quantity {
    value = Checks.required("quantity.value", value);
    text = Checks.nonBlank("quantity.text", text);
    unit = Checks.blankToNull(unit);
  }
}
