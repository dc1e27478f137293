package dev.newsmodel.attribution.ja;

import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.Morphemes.Tok;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One paragraph as the rules read it: its text, Kuromoji's tokens, the bracket depth at each
 * character, and the token lookups the rules make (by index, since they ask at every character).
 * Immutable once made.
 */
final class Paragraph {
  /** The paragraph's index in the article. */
  final int index;
  final String text;
  final List<Tok> toks;
  /** How many 「『（ are open at each character (a closing bracket counts as outside). */
  private final int[] depth;
  // the token starting / ending at each index, or -1
  private final int[] startTok;
  private final int[] endTok;

  Paragraph(int index, String text) {
    this.index = index;
    this.text = text;
    this.toks = Morphemes.of(text);
    this.depth = depths(text);
    this.startTok = new int[text.length() + 1];
    this.endTok = new int[text.length() + 1];
    Arrays.fill(startTok, -1);
    Arrays.fill(endTok, -1);
    for (int i = 0; i < toks.size(); i++) {
      startTok[toks.get(i).start()] = i;
      endTok[toks.get(i).end()] = i;
    }
  }

  /** The bracket depth at {@code at}: 0 outside 「」, 『』 and （）. */
  int depth(int at) {
    return depth[at];
  }

  /** Whether a token starts at {@code at}. */
  boolean tokenStart(int at) {
    return at >= 0 && at < startTok.length && startTok[at] >= 0;
  }

  /** Whether a verb (or an adjective) token starts at {@code at}. */
  boolean verbAt(int at) {
    if (!tokenStart(at)) {
      return false;
    }
    Tok t = toks.get(startTok[at]);
    return t.verb() || t.pos().startsWith("形容詞");
  }

  /** The index of the token ending at {@code end}, or -1. */
  int tokenEndingAt(int end) {
    return end >= 0 && end < endTok.length ? endTok[end] : -1;
  }

  /** The end of the verb group whose word ends at {@code at}: its inflection and auxiliaries (語った, 話している). */
  int verbEnd(int at) {
    int end = at;
    int i = 0;
    while (i < toks.size() && toks.get(i).end() <= at) {
      i++;
    }
    if (i < toks.size() && toks.get(i).start() < at) {
      end = toks.get(i).end();
      i++;
    }
    for (; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.start() != end) {
        break;
      }
      String pos = t.pos();
      boolean te = (t.surface().equals("て") || t.surface().equals("で")) && i + 1 < toks.size()
          && toks.get(i + 1).pos().startsWith("動詞-非自立");
      if (pos.startsWith("助動詞") || pos.startsWith("動詞-非自立") || pos.startsWith("動詞-接尾") || te
          || (pos.startsWith("動詞-自立") && (t.base().equals("する") || t.base().equals("いる")))) {
        end = t.end();
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether the cue after a quotative と at {@code at} is no cue: として and とすると are not, し,
   * み and other one-letter cues must start a verb token, longer ones a token.
   */
  boolean skipTo(Cue cue, int at) {
    if (cue.words().equals("し")) {
      return text.startsWith("して", at) || text.startsWith("しても", at) || text.startsWith("する", at)
          || text.startsWith("すれば", at);
    }
    if (cue.words().length() == 1) {
      return !tokenStart(at) || !verbAt(at);
    }
    return !tokenStart(at);
  }

  /** Top-level 「…」 / 『…』 passages between {@code ss} and {@code se}: {open+1, close} pairs. */
  List<int[]> quotesIn(int ss, int se) {
    List<int[]> out = new ArrayList<>();
    for (int i = ss; i < se; i++) {
      char c = text.charAt(i);
      if ((c == '「' || c == '『') && depth[i] == 0) {
        int close = matching(i);
        if (close > i + 1 && close <= se) {
          out.add(new int[] {i + 1, close});
          i = close;
        }
      }
    }
    return out;
  }

  /** The bracket that closes the 「 or 『 at {@code open}, or -1. */
  private int matching(int open) {
    int d = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '「' || c == '『') {
        d++;
      } else if (c == '」' || c == '』') {
        d--;
        if (d == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The bracket that opens the ）, ), 」 or 』 at {@code close}, or -1. */
  int openingBefore(int close) {
    char c = text.charAt(close);
    char open = c == '）' ? '（' : c == ')' ? '(' : c == '」' ? '「' : '『';
    int d = 0;
    for (int i = close; i >= 0; i--) {
      char x = text.charAt(i);
      if (x == c) {
        d++;
      } else if (x == open) {
        d--;
        if (d == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** {@code se} moved back over white space and 、 (not before {@code cs}). */
  int trimEnd(int cs, int se) {
    int ce = se;
    while (ce > cs && (Character.isWhitespace(text.charAt(ce - 1)) || text.charAt(ce - 1) == '、')) {
      ce--;
    }
    return ce;
  }

  private static int[] depths(String text) {
    int[] out = new int[text.length()];
    int d = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '」' || c == '』' || c == '）') {
        d = Math.max(0, d - 1);
        out[i] = d;
        continue;
      }
      out[i] = d;
      if (c == '「' || c == '『' || c == '（') {
        d++;
      }
    }
    return out;
  }
}
