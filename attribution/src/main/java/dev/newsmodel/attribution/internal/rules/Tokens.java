package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;

/**
 * Small questions about tokens and offsets that every rule asks: whether a token joins a name,
 * stands where a noun would, how many words a range holds, where trimmed content ends. Public
 * for {@link dev.newsmodel.attribution.internal.ArticleAssembler}, which trims content as the
 * rules do.
 */
public final class Tokens {
  private Tokens() {}

  static int skipSpace(String text, int i) {
    while (i < text.length() && Words.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Trims trailing spaces, and a final period, comma or colon outside quotes.
   *
   * @param text the text
   * @param start the span's start
   * @param end the span's end
   * @return the trimmed end
   */
  public static int trimEnd(String text, int start, int end) {
    while (end > start && (Words.isSpace(text.charAt(end - 1)) || ".,;:\u2014-".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  static int trimStart(String text, int start, int end) {
    while (start < end && (Words.isSpace(text.charAt(start)) || ",;:\u2014-".indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    return start;
  }

  static Span quoteContent(String text, Unit unit) {
    return new Span(unit.paragraph(), unit.start(), trimEnd(text, unit.start(), unit.end()));
  }

  /** A plural noun that the lexicon also lists as a verb form: "reports", "statements". */
  static boolean isPluralNoun(Token t) {
    String w = t.lower();
    return w.endsWith("s") && !w.equals("says") && !w.equals("tells") && !w.endsWith("ss")
        && CueLexicon.lookup(w) != null && w.length() > 4 && !t.isCapitalized();
  }

  static boolean isNounPosition(Token prev) {
    if (prev.quoted()) {
      return false;
    }
    String p = prev.lower();
    // "which" before a cue word is the relative pronoun as its subject ("the union, which
    // endorsed Roe"), not a determiner of a noun
    return Words.DETERMINERS.contains(p) && !p.equals("which") || isPossessive(p) || p.equals("\u2019") || p.equals("'");
  }

  /**
   * Whether the lower-cased word {@code p} is a possessive ("the mayor's"): a pronoun before
   * "'s" is contracted with "is" or "has" ("he's said", "she's argued"), the subject of the verb
   * that follows, not a possessor of a noun.
   */
  static boolean isPossessive(String p) {
    if (!(p.endsWith("'s") || p.endsWith("\u2019s"))) {
      return false;
    }
    return !Words.PRONOUNS.contains(p.substring(0, p.length() - 2));
  }

  static boolean isNameJoiner(List<Token> toks, int i) {
    String s = toks.get(i).text();
    return (s.equals("-") || s.equals("&") || s.equals("'s") || s.equals("\u2019s")) && i + 1 < toks.size()
        && toks.get(i + 1).isWord();
  }

  static int wordCount(List<Token> toks, int from, int to) {
    int count = 0;
    for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
      if (toks.get(i).isWord()) {
        count++;
      }
    }
    return count;
  }

  static boolean hasWord(List<Token> toks, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
      if (toks.get(i).isWord()) {
        return true;
      }
    }
    return false;
  }

  static boolean endsWithQuote(String text, int end) {
    char ch = text.charAt(end - 1);
    return ch == '\u201d' || ch == '"' || ch == '\u00bb' || ch == '\u300d' || ch == '\u300f';
  }

  /** Whether a unit holds quotes and nothing but quoted words: a quote standing alone. */
  static boolean quotedOnly(Unit unit) {
    return !unit.quotes().isEmpty() && unit.allQuoted();
  }

  /**
   * Whether the unit is written in title case, as headlines are ("Mayor Says Pier Will Reopen"):
   * at least four words outside quotes of four letters or more, all of them capitalised. There a
   * capital letter does not mark a name.
   */
  static boolean isTitleCase(List<Token> toks) {
    int words = 0;
    for (Token t : toks) {
      if (t.isWord() && !t.quoted() && t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
        if (!t.isCapitalized()) {
          return false;
        }
        words++;
      }
    }
    return words >= 4;
  }

  /**
   * How many tokens the dash at token {@code k} takes: 1 for an em or en dash, 2 for "--", which
   * the tokenizer gives as two hyphens side by side; 0 when no unquoted dash starts there. A
   * single hyphen is no dash: it is too often a typed minus or a broken word.
   */
  static int dashWidth(List<Token> toks, int k) {
    Token t = toks.get(k);
    if (t.quoted()) {
      return 0;
    }
    if (t.is("\u2014") || t.is("\u2013")) {
      return 1;
    }
    return t.is("-") && k + 1 < toks.size() && toks.get(k + 1).is("-") && !toks.get(k + 1).quoted()
        && toks.get(k + 1).start() == t.end() ? 2 : 0;
  }
}
