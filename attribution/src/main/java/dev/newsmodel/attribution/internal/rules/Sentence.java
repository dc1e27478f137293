package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Unit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One unit (a sentence) as the rules see it: its paragraph, its neighbours, the attributions
 * found so far and what the rules of this unit have noted for each other. A new one per unit;
 * never shared between threads.
 */
final class Sentence {
  /** The paragraph's text. */
  final String text;
  /** The paragraph's index. */
  final int paragraph;
  /** The paragraph's units. */
  final List<Unit> units;
  /** This unit's index in {@link #units}. */
  final int index;
  /** This unit. */
  final Unit unit;
  /** The attributions of the article so far, this unit's last ({@link ArticleContext#found}). */
  final List<Found> out;
  /** What earlier units and paragraphs left for this one to continue. */
  final ArticleContext context;
  /** The size of {@link #out} before this unit's rules ran. */
  final int firstFound;
  /**
   * The first attribution of this unit a later cue may inherit its subject from: moved past a
   * question ("Asked about ...") that the unit opens with.
   */
  int unitFirst;
  /** Nested cues tried in this unit so far ({@link NestedCueRule} tries a few per unit). */
  int nestedTries;
  /** The speaker quotes no rule attributed are given: this unit's, or the last one nearby. */
  @Nullable Span carried;

  Sentence(String text, int paragraph, List<Unit> units, int index, ArticleContext context) {
    this.text = text;
    this.paragraph = paragraph;
    this.units = units;
    this.index = index;
    this.unit = units.get(index);
    this.context = context;
    this.out = context.found;
    this.firstFound = out.size();
    this.unitFirst = firstFound;
  }
}
