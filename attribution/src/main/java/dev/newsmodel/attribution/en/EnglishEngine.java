package dev.newsmodel.attribution.en;

import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attribution;
import dev.newsmodel.attribution.AttributionEngine;
import dev.newsmodel.attribution.TextSpan;
import dev.newsmodel.attribution.internal.ArticleAssembler;
import dev.newsmodel.attribution.internal.AttributionFinder;
import dev.newsmodel.attribution.internal.ClauseContent;
import dev.newsmodel.attribution.internal.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The English engine ({@code en}): rules and lexicons over sentences, no statistical model.
 * Finds sources (people, organisations, governments, news agencies, documents, anonymous
 * sources) with their mentions, direct, partial and continued quotes with their speakers, and
 * claims with claimant, cue, stance, quantities, date and what they respond to. Found by
 * {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class EnglishEngine implements AttributionEngine {

  /** Creates the engine; it holds no state (the lexicons are loaded once per class loader). */
  public EnglishEngine() {}

  @Override
  public String name() {
    return "english-rules";
  }

  @Override
  public Set<String> languages() {
    return Set.of("en");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Ids are {@code s1}, {@code q1}, {@code c1}, ... in reading order; claim dates are resolved
   * against {@code article.published()}; subheadings are not read.
   */
  @Override
  public Article attribute(Article article) {
    return ArticleAssembler.assemble(article);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A quote that continues an attributed quote in a later sentence or paragraph is added to
   * that attribution's content. A that-clause is content with its "that" ("said [that the pier
   * is unsafe]"), as annotated corpora mark the relation; the article's claim holds the
   * proposition alone.
   */
  @Override
  public List<Attribution> find(List<String> paragraphs) {
    List<Found> found = AttributionFinder.find(paragraphs).found();
    List<Integer> index = new ArrayList<>();
    List<List<TextSpan>> contents = new ArrayList<>();
    for (Found f : found) {
      List<TextSpan> spans = new ArrayList<>();
      for (Found.Span s : f.content()) {
        int start = s.start();
        if (spans.isEmpty() && f.continues() < 0) {
          Found.Span cue = f.cue();
          int cueEnd = cue != null && cue.paragraph() == s.paragraph() && cue.end() <= start ? cue.end() : 0;
          start = ClauseContent.start(paragraphs.get(s.paragraph()), start, cueEnd);
        }
        spans.add(new TextSpan(s.paragraph(), start, s.end()));
      }
      if (f.continues() >= 0) {
        int parent = index.get(f.continues());
        contents.get(parent).addAll(spans);
        index.add(parent);
        continue;
      }
      index.add(contents.size());
      contents.add(spans);
    }
    List<Attribution> out = new ArrayList<>();
    int k = 0;
    for (Found f : found) {
      if (f.continues() >= 0) {
        continue;
      }
      out.add(new Attribution(span(f.source()), span(f.cue()), contents.get(k++), f.stance()));
    }
    return out;
  }

  private static @Nullable TextSpan span(Found.@Nullable Span s) {
    return s == null ? null : new TextSpan(s.paragraph(), s.start(), s.end());
  }
}
