package dev.newsmodel.attribution;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.attribution.internal.ArticleAssembler;
import dev.newsmodel.attribution.internal.AttributionFinder;
import dev.newsmodel.attribution.internal.Found;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds who said what in a story's body text: sources (people, organisations, governments,
 * news agencies, documents, anonymous sources) with their mentions, quotes with their speakers,
 * and claims with claimant, cue, stance, quantities, date and what they respond to. Rules and
 * lexicons only; reads text, never HTML. Stateless and thread-safe: one instance serves all
 * threads.
 */
public final class Attributor {

  /** Creates an attributor. */
  public Attributor() {}

  /**
   * Returns a copy of {@code article} whose sources, quotes and claims are replaced by those
   * found in its body blocks (ids {@code s1}, {@code q1}, {@code c1}, ... in reading order),
   * with claim dates resolved against {@code article.published()}. An article without body, or
   * whose body attributes nothing, comes back with empty sources, quotes and claims.
   */
  public Article attribute(Article article) {
    return ArticleAssembler.assemble(article);
  }

  /**
   * Finds the attribution relations of a list of paragraphs, in reading order; empty when
   * there are none. Spans index the paragraphs as given (UTF-16). A quote that continues an
   * attributed quote in a later unit or paragraph is added to that attribution's content.
   */
  public List<Attribution> find(List<String> paragraphs) {
    List<Found> found = AttributionFinder.find(paragraphs).found();
    List<Attribution> out = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    List<List<TextSpan>> contents = new ArrayList<>();
    for (Found f : found) {
      List<TextSpan> spans = new ArrayList<>();
      for (Found.Span s : f.content()) {
        spans.add(new TextSpan(s.paragraph(), s.start(), s.end()));
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
    int k = 0;
    for (Found f : found) {
      if (f.continues() >= 0) {
        continue;
      }
      out.add(new Attribution(span(f.source()), span(f.cue()), contents.get(k++), f.stance()));
    }
    return out;
  }

  /** Finds the attribution relations of an article's body blocks, paragraphs in block order. */
  public List<Attribution> find(Article article) {
    List<String> texts = new ArrayList<>();
    for (Block b : article.body()) {
      texts.add(b.text());
    }
    return find(texts);
  }

  private static @Nullable TextSpan span(Found.@Nullable Span s) {
    return s == null ? null : new TextSpan(s.paragraph(), s.start(), s.end());
  }
}
