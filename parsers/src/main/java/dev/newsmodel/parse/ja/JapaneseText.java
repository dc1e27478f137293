package dev.newsmodel.parse.ja;

import dev.newsmodel.parse.html.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Japanese text as a reader sees it. Two things of the HTML source must not reach the text:
 * ruby readings ({@code <ruby>漢字<rt>かんじ</rt></ruby>} reads 漢字, not 漢字かんじ; the
 * brackets in {@code <rp>} go with the reading), and line breaks of the source between two
 * Japanese characters, which a browser closes up (CSS Text, segment break transformation: no
 * space between two East Asian wide characters) where {@code Element.text()} would put a space.
 * A reading flattened into text with spaces ({@code 山田 太郎 （ たろう ） 氏}, as a scrape of
 * ruby markup gives it) is closed up around the name.
 */
public final class JapaneseText {
  // A reading flattened with spaces: " （ たろう ） " after a name of one or two parts.
  private static final Pattern SPACED_READING = Pattern.compile(
      "(\\p{IsHan}{1,6})(?:[ \\u3000](\\p{IsHan}{1,6}))?[ \\u3000]*[（(][ \\u3000]+([\\p{IsHiragana}\\p{IsKatakana}ー・]{1,20})[ \\u3000]+[）)][ \\u3000]*");

  private JapaneseText() {}

  /**
   * Returns whether a character is East Asian wide for closing up line breaks: Han, kana, the CJK
   * symbols and punctuation, full-width forms. Hangul is not (Korean separates words with spaces).
   *
   * @param c the character
   * @return {@code true} when it is wide
   */
  public static boolean isWide(char c) {
    return (c >= '\u3000' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF01' && c <= '\uFF60') || (c >= '\u31F0' && c <= '\u31FF');
  }

  /**
   * Returns whether an element is a ruby reading or one of its brackets ({@code rt}, {@code rp}).
   *
   * @param element the element
   * @return {@code true} for {@code rt} and {@code rp}
   */
  public static boolean isReading(Element element) {
    String tag = element.normalName();
    return tag.equals("rt") || tag.equals("rp");
  }

  /**
   * Returns an element's text, clean ({@link Texts#clean(String)}), without ruby readings, line
   * breaks of the source between two wide characters closed up and flattened readings closed up
   * ({@link #closeUpReadings(String)}); a {@code <br>} and the edges of block elements are spaces,
   * as in {@code Element.text()}. Returns "" for an element without text.
   *
   * @param element the element
   * @return the text
   */
  public static String text(Element element) {
    StringBuilder out = new StringBuilder();
    int[] lastBreak = {-1};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (append(out, t.getWholeText(), lastBreak[0])) {
            lastBreak[0] = out.length();
          }
        } else if (node instanceof Element e) {
          if (isReading(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.normalName().equals("br") || (e != element && e.isBlock())) {
            out.append(' ');
            lastBreak[0] = out.length();
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e != element && e.isBlock()) {
          out.append(' ');
          lastBreak[0] = out.length();
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    return closeUpReadings(Texts.clean(out.toString()));
  }

  /**
   * Appends a text node's text to text gathered so far, closing up line breaks between two wide
   * characters: inside the text, and between the end of what is gathered and the text's start
   * (unless a break the caller put there, at or after {@code lastBreak}, separates them).
   *
   * @param gathered the text so far
   * @param text the text node's text
   * @param lastBreak the length {@code gathered} had after the caller's last forced break
   *     ({@code <br>}, a block edge, a text of white space only), or -1
   * @return whether the text was white space only: white space between two elements (links of a
   *     menu, one a line) separates them, so the caller passes the new length as {@code lastBreak}
   *     from then on
   */
  public static boolean append(StringBuilder gathered, String text, int lastBreak) {
    int n = text.length();
    int lead = 0;
    while (lead < n && isSpace(text.charAt(lead))) {
      lead++;
    }
    if (lead == n) {
      gathered.append(text);
      return true;
    }
    int from = 0;
    if (isWide(text.charAt(lead))) {
      int end = gathered.length();
      int run = end;
      while (run > 0 && isSpace(gathered.charAt(run - 1))) {
        run--;
      }
      if (run > 0 && (run < end || lead > 0) && run >= lastBreak && isWide(gathered.charAt(run - 1))
          && (hasLineBreak(gathered, run, end) || hasLineBreak(text, 0, lead))) {
        gathered.setLength(run);
        from = lead;
      }
    }
    // Inside the text: each white space run holding a line break, between two wide characters.
    int next = lineBreak(text, from);
    while (next >= 0) {
      int i = next;
      while (i > from && isSpace(text.charAt(i - 1))) {
        i--;
      }
      int j = next;
      while (j < n && isSpace(text.charAt(j))) {
        j++;
      }
      if (i > 0 && j < n && isWide(text.charAt(i - 1)) && isWide(text.charAt(j))) {
        gathered.append(text, from, i);
        from = j;
      }
      next = j < n ? lineBreak(text, j) : -1;
    }
    gathered.append(text, from, n);
    return false;
  }

  private static int lineBreak(String text, int from) {
    int nl = text.indexOf('\n', from);
    int cr = text.indexOf('\r', from);
    return nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
  }

  /**
   * Closes up a reading flattened into text with spaces around it and inside its brackets, and
   * the space inside the name it reads: {@code 山田 太郎 （ たろう ） 氏} → {@code 山田太郎（たろう）氏}.
   * Returns the text unchanged when it has none.
   *
   * @param text the text
   * @return the text with its readings closed up
   */
  public static String closeUpReadings(String text) {
    if (text.indexOf('（') < 0 && text.indexOf('(') < 0) {
      return text;
    }
    Matcher m = SPACED_READING.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      out.append(text, last, m.start()).append(m.group(1));
      if (m.group(2) != null) {
        out.append(m.group(2));
      }
      out.append('（').append(m.group(3)).append('）');
      last = m.end();
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
  }

  private static boolean hasLineBreak(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
