package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Page#checkReadable()} on HTML: text anywhere makes it readable, invisible text does not. */
class PageReadableTest {

  @Test
  void htmlWhoseOnlyTextIsInvisibleHasNothingToParse() {
    Page page = Page.of("<html><body><div>\u200B \u00A0</div><p>\t\u00AD</p><div></div></body></html>", null);
    assertThatThrownBy(page::checkReadable).isInstanceOf(ParseException.class)
        .hasMessageContaining("nothing to parse");
  }

  @Test
  void oneWordAfterManyEmptyElementsIsEnough() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 500; i++) {
      html.append("<div> \u200B </div>");
    }
    html.append("<div><span>x</span></div></body></html>");
    assertThatCode(Page.of(html.toString(), null)::checkReadable).doesNotThrowAnyException();
  }

  @Test
  void metadataAloneIsEnough() {
    Page page = Page.of("<html><head><meta property=\"og:title\" content=\"T\"></head><body> </body></html>", null);
    assertThatCode(page::checkReadable).doesNotThrowAnyException();
  }
}
