package dev.newsmodel.attribution.ja;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji's morphological analysis of one text. {@link JapaneseTokenizer} is not thread-safe,
 * so each call makes its own (the IPADIC dictionary behind it is loaded once by Lucene).
 */
final class Morphemes {
  /** One token: its surface, UTF-16 span, IPADIC part of speech and base form. */
  record Tok(String surface, int start, int end, String pos, String base) {
    boolean noun() {
      return pos.startsWith("名詞") || pos.startsWith("接頭詞");
    }

    boolean verb() {
      return pos.startsWith("動詞") || pos.startsWith("名詞-サ変接続");
    }
  }

  private Morphemes() {}

  /** Returns the tokens of {@code text}, punctuation and spaces included, in order. */
  static List<Tok> of(String text) {
    List<Tok> out = new ArrayList<>();
    try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
      BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        int s = offset.startOffset();
        int e = offset.endOffset();
        String surface = text.substring(s, e);
        String p = pos.getPartOfSpeech();
        String b = base.getBaseForm();
        out.add(new Tok(surface, s, e, p == null ? "" : p, b == null ? surface : b));
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
