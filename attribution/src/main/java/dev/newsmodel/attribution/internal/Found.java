package dev.newsmodel.attribution.internal;

import dev.newsmodel.Stance;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attribution found by the rules, before sources are resolved.
 *
 * @param source where the source is mentioned, or {@code null} for a continued quote
 * @param cue the cue's span, or {@code null} for a continued quote
 * @param cueText the cue as reported, e.g. {@code declined to comment}
 * @param content the content's spans, in reading order
 * @param stance the stance the cue gives
 * @param continues the index of the attribution this one continues (a quote standing alone
 *     after an attributed one), or -1
 * @param appositive the appositive description next to the source mention, or {@code null}
 * @param guessed whether the rules guessed it (a quote with no cue, given the nearest speaker):
 *     good enough for corpus-style evaluation, kept out of articles' claims
 */
public record Found(
    @Nullable Span source,
    @Nullable Span cue,
    @Nullable String cueText,
    List<Span> content,
    Stance stance,
    int continues,
    @Nullable Span appositive,
    boolean guessed) {

  /**
   * An attribution the rules found, not guessed.
   *
   * @param source where the source is mentioned, or {@code null} for a continued quote
   * @param cue the cue's span, or {@code null} for a continued quote
   * @param cueText the cue as reported, or {@code null}
   * @param content the content's spans, in reading order
   * @param stance the stance the cue gives
   * @param continues the index of the attribution this one continues, or -1
   * @param appositive the appositive description next to the source mention, or {@code null}
   */
  public Found(@Nullable Span source, @Nullable Span cue, @Nullable String cueText, List<Span> content,
      Stance stance, int continues, @Nullable Span appositive) {
    this(source, cue, cueText, content, stance, continues, appositive, false);
  }

  /** A span of one paragraph. */
  public record Span(int paragraph, int start, int end) {}
}
