package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.attribution.internal.Found;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules carry from one unit and paragraph to the next in one article: the attributions
 * found so far and those a later unit may continue (a quote standing alone, the content of "X
 * said:" in the next paragraph). One per article (per call of AttributionFinder.find); never
 * shared between threads.
 */
public final class ArticleContext {
  /** The attributions found so far, some still without content. */
  final List<Found> found = new ArrayList<>();
  /** Index of the last attribution whose content is a quote. */
  int lastDirect = -1;
  int lastDirectParagraph = -10;
  /** "X said:" closing a paragraph, content in the next one. */
  int pendingColon = -1;
  /** Index of the last attribution with a source. */
  int lastAny = -1;
  int lastAnyParagraph = -10;
  /** The last paragraph when it was a quote and nothing else (a dash line may credit it); else null. */
  Found.@Nullable Span quotedParagraph;

  /**
   * The attributions found so far, in the order found (some may have no content).
   *
   * @return the attributions, a live list
   */
  public List<Found> found() {
    return found;
  }
}
