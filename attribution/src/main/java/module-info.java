/**
 * Who said what in an article's text: {@link dev.newsmodel.attribution.Attributor} chooses an
 * {@link dev.newsmodel.attribution.AttributionEngine} by the article's language and fills its
 * sources, quotes and claims; it also attributes bare paragraphs. Depends on
 * {@code dev.newsmodel.core} only: no HTML, no parsers.
 *
 * <p>Exported: {@code dev.newsmodel.attribution} (the attributor, the engine SPI and the
 * low-level {@code Attribution} relation). Not exported: the English engine
 * ({@code dev.newsmodel.attribution.en}, reached through the attributor) and
 * {@code dev.newsmodel.attribution.internal} (its rules, lexicons and the language-neutral
 * quote finder), which may change in any release.
 */
module dev.newsmodel.attribution {
  requires transitive dev.newsmodel.core;

  exports dev.newsmodel.attribution;

  uses dev.newsmodel.attribution.AttributionEngine;

  provides dev.newsmodel.attribution.AttributionEngine with
      dev.newsmodel.attribution.en.EnglishEngine;
}
