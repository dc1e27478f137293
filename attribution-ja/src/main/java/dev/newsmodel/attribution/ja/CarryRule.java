package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;

/**
 * After the other rules, the subject of a sentence that names a source becomes the source a
 * following sentence without a subject continues, whether or not a cue followed it.
 *
 * <p>Example: 山本太郎外相は10日、記者会見を開いた。「交渉は続ける」と述べた。: the second sentence's
 * quote is 山本太郎's.
 */
final class CarryRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    NounPhrase last = s.topic(s.end);
    if (last != null && last.kind() != SourceKind.UNKNOWN) {
      Entity e = s.article.sources.entity(last);
      s.article.carry(e, last.span());
    }
  }
}
