/**
 * A consumer of newsmodel on the module path: it adds a parser for its own outlet through the
 * SPI ({@code provides}) and reads articles with the library's front door.
 */
module com.example.citydesk {
  requires transitive dev.newsmodel.parsers;

  exports com.example.citydesk;

  provides dev.newsmodel.parse.ArticleParser with com.example.citydesk.CityDeskParser;
}
