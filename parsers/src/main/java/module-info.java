/**
 * Turns pages into {@link dev.newsmodel.Article}s: page decoding, the {@link
 * dev.newsmodel.parse.ArticleParser} SPI and its {@link dev.newsmodel.parse.ParserRegistry},
 * outlet parsers and the generic and plain-text parsers; attribution comes from {@code
 * dev.newsmodel.attribution}.
 */
module dev.newsmodel.parsers {
  requires transitive dev.newsmodel.core;
  requires transitive dev.newsmodel.attribution;
  requires transitive org.jsoup;

  exports dev.newsmodel.parse;
  exports dev.newsmodel.parse.html;
  exports dev.newsmodel.parse.text;
  exports dev.newsmodel.parse.wire;
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
