package dev.newsmodel.attribution;

import dev.newsmodel.Stance;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attribution relation found in text: who (source), by which words (cue), said what
 * (content). The low-level result of {@link Attributor#find(List)}, in the shape attribution
 * corpora such as PolNeAR annotate.
 *
 * @param source where the source is mentioned, or {@code null} when the text names none
 * @param cue the reporting verb or phrase, or {@code null} when there is none (a continued quote)
 * @param content the content's spans in reading order; never empty; a quote continued in
 *     following paragraphs adds one span per paragraph; a that-clause starts at its "that", as
 *     the corpora mark it (the article's claims hold the proposition after it)
 * @param stance what the source does with the content
 */
public record Attribution(@Nullable TextSpan source, @Nullable TextSpan cue, List<TextSpan> content, Stance stance) {
  /**
   * Validates and copies the content.
   *
   * @param source where the source is mentioned, or {@code null} when the text names none
   * @param cue the reporting verb or phrase, or {@code null} when there is none (a continued quote)
   * @param content the content's spans in reading order; never empty; a quote continued in
   *     following paragraphs adds one span per paragraph
   * @param stance what the source does with the content
   */
  public Attribution {
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("an attribution needs content");
    }
  }
}
