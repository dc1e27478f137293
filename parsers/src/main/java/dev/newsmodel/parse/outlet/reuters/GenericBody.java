package dev.newsmodel.parse.outlet.reuters;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Where to look for running text on a page whose layout the parser does not know. */
final class GenericBody {
  private GenericBody() {}

  /** Returns the page's article element, else its main region, else its body. */
  static Element region(Document doc) {
    Element region = doc.selectFirst("[itemprop=articleBody], article, main, [role=main]");
    return region != null ? region : doc.body();
  }
}
