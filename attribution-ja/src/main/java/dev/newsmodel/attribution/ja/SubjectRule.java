package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;

/**
 * The subject of a sentence (Xは, Xも, else Xが) that names a source is met as a source before
 * the sentence's cues are read, so that the cues' noun phrases (同氏, short forms) can refer to
 * it. Attributes nothing by itself.
 *
 * <p>Example: 県警捜査1課は3日、男を逮捕した。 meets 県警捜査1課.
 */
final class SubjectRule implements AttributionRule {
  @Override
  public void apply(Sentence s) {
    NounPhrase topic = s.topic(s.end);
    if (topic != null && topic.kind() != SourceKind.UNKNOWN) {
      s.article.sources.entity(topic);
    }
  }
}
