package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding pages from bytes: BOM, header, meta, detection, replacement, text vs HTML, non-pages. */
class PageTest {
  // Our own sentences: kana, kanji, katakana and full-width punctuation, as Japanese news has.
  private static final String JAPANESE = "港町の古い灯台が修復され、週末には多くの家族連れが見学に訪れた。"
      + "市の担当者は「地域の宝として次の世代に残したい」と話している。ボランティアの参加者も増えているという。";
  private static final String FRENCH = "Le café du port a rouvert ses portes après les travaux : « déjà complet », "
      + "dit la gérante, qui prévoit une fête à la fin de l’été. Crème brûlée offerte — à volonté.";

  private static byte[] html(String body, Charset charset, String head) {
    return ("<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>")
        .getBytes(charset);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Shift_JIS", "EUC-JP", "ISO-2022-JP", "UTF-8"})
  void undeclaredJapaneseHtmlIsDetected(String name) {
    Charset charset = Charset.forName(name);
    Page page = Page.of(html(JAPANESE, charset, ""), "https://example.jp/a", Map.of());
    assertThat(page.isHtml()).isTrue();
    assertThat(page.document().selectFirst("p").text()).isEqualTo(JAPANESE);
    assertThat(page.content()).doesNotContain("\uFFFD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Shift_JIS", "EUC-JP", "ISO-2022-JP"})
  void undeclaredJapanesePlainTextIsDetected(String name) {
    Page page = Page.of(JAPANESE.getBytes(Charset.forName(name)), null);
    assertThat(page.isHtml()).isFalse();
    assertThat(page.content()).isEqualTo(JAPANESE);
  }

  @Test
  void undeclaredWindows1252IsNotMistakenForUtf8OrJapanese() {
    Page page = Page.of(html(FRENCH, Charset.forName("windows-1252"), ""), null, Map.of());
    assertThat(page.document().selectFirst("p").text()).isEqualTo(FRENCH);
    assertThat(page.charset().name()).isEqualTo("windows-1252");
    assertThat(page.warnings()).anyMatch(w -> w.contains("detected windows-1252"));
  }

  @Test
  void contentTypeHeaderWinsOverTheMetaDeclaration() {
    byte[] bytes = html(JAPANESE, Charset.forName("EUC-JP"), "<meta charset=\"Shift_JIS\">");
    Page page = Page.of(bytes, null, Map.of("CONTENT-TYPE", "text/html; charset=EUC-JP"));
    assertThat(page.document().selectFirst("p").text()).isEqualTo(JAPANESE);
    assertThat(page.charset().name()).isEqualTo("EUC-JP");
  }

  @Test
  void metaCharsetAndHttpEquivAreReadWithoutAHeader() {
    Page meta = Page.of(html(JAPANESE, Charset.forName("Shift_JIS"), "<meta charset='shift_jis'>"), null, Map.of());
    assertThat(meta.document().selectFirst("p").text()).isEqualTo(JAPANESE);
    Page equiv = Page.of(html(JAPANESE, Charset.forName("EUC-JP"),
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-jp\">"), null, Map.of());
    assertThat(equiv.document().selectFirst("p").text()).isEqualTo(JAPANESE);
    assertThat(equiv.warnings()).isEmpty();
  }

  @Test
  void byteOrderMarkWinsOverTheHeader() {
    byte[] body = html(FRENCH, StandardCharsets.UTF_8, "");
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Page page = Page.of(bytes, null, Map.of("Content-Type", "text/html; charset=windows-1252"));
    assertThat(page.document().selectFirst("p").text()).isEqualTo(FRENCH);
    assertThat(page.content()).doesNotStartWith("\uFEFF");

    byte[] utf16 = ("\uFEFF" + JAPANESE).getBytes(StandardCharsets.UTF_16LE);
    Page text = Page.of(utf16, null, Map.of("Content-Type", "text/plain; charset=Shift_JIS"));
    assertThat(text.content()).isEqualTo(JAPANESE);
    assertThat(text.isBinary()).isFalse();
  }

  @Test
  void invalidBytesAreReplacedWithAWarning() {
    byte[] good = "<html><body><p>caf\u00e9 ok</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF;
    bytes[good.length + 1] = (byte) 0xFE;
    Page page = Page.of(bytes, null, Map.of("content-type", "text/html; charset=utf-8"));
    assertThat(page.content()).contains("caf\u00e9 ok").contains("\uFFFD");
    assertThat(page.warnings()).anyMatch(w -> w.contains("2 invalid byte sequences") && w.contains("UTF-8"));
  }

  @Test
  void aLeftoverDeclarationIsOverruledByUtf8Bytes() {
    Page page = Page.of(html(JAPANESE, StandardCharsets.UTF_8, "<meta charset=\"Shift_JIS\">"), null, Map.of());
    assertThat(page.document().selectFirst("p").text()).isEqualTo(JAPANESE);
    assertThat(page.warnings()).anyMatch(w -> w.contains("declares") && w.contains("UTF-8"));
  }

  @Test
  void plainTextIsToldFromMarkup() {
    assertThat(Page.of("REUTERS\nA line of text.\nAnother one that mentions the <p> tag.", null).isHtml()).isFalse();
    assertThat(Page.of("<div><p>Hello</p></div>", null).isHtml()).isTrue();
    assertThat(Page.of("<!doctype html><title>x</title>", null).isHtml()).isTrue();
    assertThat(Page.of("plain".getBytes(StandardCharsets.UTF_8), null,
        Map.of("Content-Type", "text/plain; charset=utf-8")).isHtml()).isFalse();
    Page text = Page.ofText("<p>kept as text</p>", null);
    assertThat(text.isHtml()).isFalse();
    assertThat(text.document().selectFirst("pre").text()).isEqualTo("<p>kept as text</p>");
  }

  @Test
  void emptyAndBinaryInputArePagesThatCannotBeParsed() {
    Page empty = Page.of(new byte[0], null);
    assertThat(empty.content()).isEmpty();
    assertThatThrownBy(empty::checkReadable).isInstanceOf(ParseException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> Page.of(" \n\t ", null).checkReadable()).isInstanceOf(ParseException.class);

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Page binary = Page.of(png, null);
    assertThat(binary.isBinary()).isTrue();
    assertThat(binary.isHtml()).isFalse();
    assertThatThrownBy(binary::checkReadable).isInstanceOf(ParseException.class).hasMessageContaining("binary");

    byte[] noise = new byte[400];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i * 7 % 32);
    }
    assertThat(Page.of(noise, null).isBinary()).isTrue();
    assertThatThrownBy(() -> NewsModel.create().parse(Page.of(noise, null))).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> NewsModel.create().parse(Page.of(new byte[0], null), "asahi"))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void gzipStreamsAndDocumentsAreAccepted() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(html(JAPANESE, StandardCharsets.UTF_8, "<meta charset=utf-8>"));
    }
    Page fromStream = Page.of(new ByteArrayInputStream(zipped.toByteArray()), "https://www.asahi.com/x", Map.of());
    assertThat(fromStream.document().selectFirst("p").text()).isEqualTo(JAPANESE);
    assertThat(fromStream.host()).contains("asahi.com");

    Page fromDocument = Page.of(Jsoup.parse("<p>one</p><p>two</p>", "https://example.org/a"), null);
    assertThat(fromDocument.isHtml()).isTrue();
    assertThat(fromDocument.url()).isEqualTo("https://example.org/a");
    assertThat(fromDocument.document().select("p")).hasSize(2);
  }

  @Test
  void onlyAbsoluteUrlsAreAccepted() {
    assertThat(Page.of("x", "https://example.org/a").url()).isEqualTo("https://example.org/a");
    assertThatThrownBy(() -> Page.of("x", "/relative/path")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Page.of("x", "http://bad host/")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonLdAndMetaTagsAreReadOnceAndShared() {
    Page page = Page.of("<html><head><meta property=\"og:site_name\" content=\"Harbour Gazette\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lighthouse reopens\"}</script>"
        + "</head><body><p>Text.</p></body></html>", "https://example.org/a");
    assertThat(page.metaTags().first("og:site_name")).contains("Harbour Gazette");
    assertThat(page.jsonLd().article()).isPresent();
    assertThat(page.jsonLd()).isSameAs(page.jsonLd());
    assertThat(page.metaTags()).isSameAs(page.metaTags());
    assertThat(page.signals().siteNames()).contains("Harbour Gazette");
  }

  @Test
  void elementsAreTheDocumentsElementsInDocumentOrder() {
    Page page = Page.of(("<!doctype html><html><head><title>T</title><!-- c --><script>var a = '<p>';</script></head>"
        + "<body><div id=a><p>One <b>two</b> three</p><template><p>t</p></template><ul><li>x<li>y</ul></div>"
        + "<table><tr><td>cell</table><svg><circle/></svg></body></html>").getBytes(StandardCharsets.UTF_8),
        "https://example.com/a", Map.of());
    assertThat(page.elements()).containsExactlyElementsOf(page.document().getAllElements());
    assertThat(page.elements().get(0)).isSameAs(page.document());
    assertThat(page.elements()).isSameAs(page.elements());
  }
}
