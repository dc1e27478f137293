package dev.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pages as bytes in the charsets news sites use, declared, undeclared and wrongly declared,
 * through {@link Page#of(byte[], String, Map)} and on to the article's text and JSON.
 */
class EncodingTest {
  private static final NewsModel MODEL = NewsModel.create();

  private static final String JA = "港の新しい桟橋は春に開業すると市が発表した。運航会社は一日に八便を予定している。";
  private static final String ZH = "市政府表示，新码头将于春季开放。运营公司计划每天开行八个航班。";
  private static final String RU = "Городской совет заявил, что новый причал откроется весной. Перевозчик планирует восемь рейсов в день.";
  private static final String FR = "Le conseil a déclaré que la jetée ouvrira au printemps. L'opérateur prévoit huit traversées par jour, même l'été.";

  private static String html(String meta, String lang, String text) {
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head>" + meta + "<title>Pier</title></head><body><article>"
        + "<h1>Pier</h1><p>" + text + "</p><p>" + text + " 2</p><p>" + text + " 3</p></article></body></html>";
  }

  private static Page page(String html, Charset charset, Map<String, String> headers) {
    return Page.of(html.getBytes(charset), "https://news.example.org/story", headers);
  }

  private static void assertDecoded(Page page, String text, Charset expected) throws Exception {
    assertThat(page.charset()).isEqualTo(expected);
    assertThat(page.content()).contains(text);
    assertThat(page.isBinary()).isFalse();
    Article article = MODEL.parse(page);
    assertThat(article.bodyText()).contains(text);
    assertCleanText(article);
  }

  @Test
  void shiftJisDeclaredAndUndeclared() throws Exception {
    Charset sjis = Charset.forName("windows-31j");
    assertDecoded(page(html("<meta charset=\"Shift_JIS\">", "ja", JA), sjis, Map.of()), JA, sjis);
    assertDecoded(page(html("", "ja", JA), sjis, Map.of()), JA, sjis);
  }

  @Test
  void eucJpByHeaderAndByDetection() throws Exception {
    Charset euc = Charset.forName("EUC-JP");
    assertDecoded(page(html("", "ja", JA), euc, Map.of("Content-Type", "text/html; charset=EUC-JP")), JA, euc);
    assertDecoded(page(html("", "ja", JA), euc, Map.of()), JA, euc);
  }

  @Test
  void iso2022JpByDetection() throws Exception {
    Charset jis = Charset.forName("ISO-2022-JP");
    assertDecoded(page(html("", "ja", JA), jis, Map.of()), JA, jis);
  }

  @Test
  void gb18030Declared() throws Exception {
    Charset gb = Charset.forName("GB18030");
    assertDecoded(page(html("<meta charset=\"gb18030\">", "zh", ZH), gb, Map.of()), ZH, gb);
    assertDecoded(page(html("", "zh", ZH), gb, Map.of("content-type", "text/html;charset=GB18030")), ZH, gb);
  }

  @Test
  void windows1251AndWindows1252() throws Exception {
    Charset cp1251 = Charset.forName("windows-1251");
    assertDecoded(page(html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", "ru", RU),
        cp1251, Map.of()), RU, cp1251);
    Charset cp1252 = Charset.forName("windows-1252");
    assertDecoded(page(html("<meta charset=\"windows-1252\">", "fr", FR), cp1252, Map.of()), FR, cp1252);
    // Undeclared Latin-1 bytes are not UTF-8: detection picks windows-1252 and says so.
    Page undeclared = page(html("", "fr", FR), cp1252, Map.of());
    assertDecoded(undeclared, FR, cp1252);
    assertThat(undeclared.warnings()).anyMatch(w -> w.contains("detected"));
  }

  @Test
  void utf16WithAndWithoutByteOrderMark() throws Exception {
    String doc = html("", "ja", JA);
    assertDecoded(page(doc, StandardCharsets.UTF_16, Map.of()), JA, StandardCharsets.UTF_16BE); // Java writes a BE BOM
    byte[] le = doc.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    assertDecoded(Page.of(withBom, "https://news.example.org/story", Map.of()), JA, StandardCharsets.UTF_16LE);
    // Without a mark: told by where the NULs of the ASCII markup fall, never taken for binary.
    assertDecoded(page(doc, StandardCharsets.UTF_16LE, Map.of()), JA, StandardCharsets.UTF_16LE);
    assertDecoded(page(doc, StandardCharsets.UTF_16BE, Map.of()), JA, StandardCharsets.UTF_16BE);
    assertDecoded(page(doc, StandardCharsets.UTF_16LE, Map.of("Content-Type", "text/html; charset=utf-16")), JA,
        StandardCharsets.UTF_16LE);
  }

  @Test
  void aMetaCharsetThatLiesLosesToTheBytes() throws Exception {
    Page page = page(html("<meta charset=\"iso-8859-1\">", "ja", JA), StandardCharsets.UTF_8, Map.of());
    assertDecoded(page, JA, StandardCharsets.UTF_8);
    assertThat(page.warnings()).anyMatch(w -> w.contains("UTF-8"));
    Page sjisClaim = page(html("<meta charset=\"shift_jis\">", "fr", FR), StandardCharsets.UTF_8, Map.of());
    assertDecoded(sjisClaim, FR, StandardCharsets.UTF_8);
  }

  @Test
  void invalidByteSequencesAreReplacedWithAWarning() throws Exception {
    byte[] good = html("<meta charset=\"utf-8\">", "fr", FR).getBytes(StandardCharsets.UTF_8);
    String s = new String(good, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("printemps");
    byte[] bad = new byte[good.length + 3];
    System.arraycopy(good, 0, bad, 0, at);
    bad[at] = (byte) 0xFF;
    bad[at + 1] = (byte) 0xC3; // a lead byte without its continuation
    bad[at + 2] = (byte) 0x28;
    System.arraycopy(good, at, bad, at + 3, good.length - at);
    Page page = Page.of(bad, "https://news.example.org/story", Map.of());
    assertThat(page.content()).contains("\uFFFD(printemps");
    assertThat(page.warnings()).anyMatch(w -> w.contains("invalid byte sequence"));
    Article article = MODEL.parse(page);
    assertThat(article.bodyText()).contains("printemps");
    assertThat(article.provenance().warnings()).anyMatch(w -> w.contains("invalid byte sequence"));
  }

  @Test
  void outputTextIsNfcAndFreeOfControlCharacters() throws Exception {
    String decomposed = Normalizer.normalize("Le conseil a déclaré que la jetée ouvrira, même l'été.", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
    String withControls = "Le\u0001 port\u0007 a\u0085 ouvert\u009B le\u001B quai\u0000 nord.";
    for (String text : new String[] {decomposed, withControls}) {
      String doc = html("", "fr", text + " " + FR);
      for (String parser : new String[] {"generic", "text", "asahi", "reuters"}) {
        Article article = MODEL.parse(Page.of(doc, "https://news.example.org/story"), parser);
        assertCleanText(article);
        String json = ArticleJson.create().write(article);
        assertThat(json).as(parser).doesNotContainPattern("\\\\u00[01][0-9a-fA-F]|\\\\u007[fF]|\\\\u00[89][0-9a-fA-F]");
        assertThat(json).as(parser).doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F]");
      }
      Article plain = MODEL.parse(Page.ofText(text + "\n\n" + FR, null));
      assertCleanText(plain);
    }
  }

  /** Every text of the article is NFC and has no control characters but tab and newline. */
  static void assertCleanText(Article article) {
    for (Block b : article.body()) {
      assertClean(b.text());
    }
    if (article.headline() != null) {
      assertClean(article.headline());
    }
    article.provenance().removed().forEach(r -> assertClean(r.text()));
    article.quotes().forEach(q -> assertClean(q.text()));
  }

  private static void assertClean(String text) {
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC: %s", text).isTrue();
    assertThat(text).doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
  }
}
