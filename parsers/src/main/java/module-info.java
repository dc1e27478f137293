/**
 * Turns pages into {@link dev.newsmodel.Article}s: page decoding, the {@link
 * dev.newsmodel.parse.ArticleParser} SPI and its {@link dev.newsmodel.parse.ParserRegistry},
 * outlet parsers and the generic and plain-text parsers; attribution comes from {@code
 * dev.newsmodel.attribution}.
 *
 * <p>Exported: {@code dev.newsmodel.parse} (the front door {@code NewsModel}, {@code Page}, the
 * parser SPI and registry) for every user. The helper packages stay public for authors of outlet
 * parsers, who build on them as the library's own parsers do: {@code parse.html} (JSON-LD, meta,
 * dates and text helpers, boilerplate), {@code parse.text} (plain-text scrapes), {@code
 * parse.wire} (wire credits), {@code parse.ja} (Japanese page conventions), {@code parse.generic} (the body finder, for parsers that fall back
 * on it) and the outlet packages (to call one parser directly). Not exported: {@code
 * parse.internal} (limits, decoding), which may change in any release.
 */
module dev.newsmodel.parsers {
  requires transitive dev.newsmodel.core;
  requires transitive dev.newsmodel.attribution;
  requires transitive org.jsoup;

  exports dev.newsmodel.parse;
  exports dev.newsmodel.parse.html;
  exports dev.newsmodel.parse.text;
  exports dev.newsmodel.parse.wire;
  exports dev.newsmodel.parse.ja;
  exports dev.newsmodel.parse.generic;
  exports dev.newsmodel.parse.outlet.asahi;
  exports dev.newsmodel.parse.outlet.reuters;

  uses dev.newsmodel.parse.ArticleParser;

  provides dev.newsmodel.parse.ArticleParser with
      dev.newsmodel.parse.text.PlainTextParser,
      dev.newsmodel.parse.outlet.asahi.AsahiParser,
      dev.newsmodel.parse.outlet.reuters.ReutersParser,
      dev.newsmodel.parse.generic.GenericParser;
}
