package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleHead;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNameJoiner;
import static dev.newsmodel.attribution.internal.rules.Tokens.isNounPosition;
import static dev.newsmodel.attribution.internal.rules.Tokens.isPluralNoun;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.SourceNouns;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The subject left of a verb cue, read right to left from the cue: past auxiliaries, time
 * words, -ly adverbs and a parenthesis, then its head, its appositive ("Ann Roe, who chairs the
 * panel, said") and its first token. Part of {@link VerbCueRule}.
 */
final class CueSubject {
  private CueSubject() {}

  /**
   * What lies left of a cue: {@code j}, the last token before it past auxiliaries and adverbs;
   * whether an auxiliary makes the cue passive; the subject's head, first and last token (all -1
   * when there is none) and its appositive.
   */
  record LeftSubject(int j, boolean passive, int head, int start, int endTok, @Nullable Span appositive) {}

  /** A subject's head, its last token and its appositive, as found left of a cue. */
  record Head(int head, int endTok, @Nullable Span appositive) {}

  /** The subject left of the cue at token {@code c} (word {@code w}) in paragraph {@code p}. */
  static LeftSubject leftSubject(List<Token> toks, int c, String w, int p) {
    boolean passive = passiveAuxiliary(toks, c, w);
    int j = beforeAuxiliaries(toks, c);
    Head head = j >= 0 && !toks.get(j).quoted() ? subjectHead(toks, j, p) : null;
    if (head == null) {
      return new LeftSubject(j, passive, -1, -1, -1, null);
    }
    return new LeftSubject(j, passive, head.head(), subjectStart(toks, head.head()), head.endTok(), head.appositive());
  }

  /** Whether one of the (up to three) auxiliaries before the cue makes it passive: "was criticized". */
  static boolean passiveAuxiliary(List<Token> toks, int c, String w) {
    boolean passive = false;
    for (int b = c - 1; b >= 0 && b >= c - 3; b--) {
      String bw = toks.get(b).lower();
      if (toks.get(b).quoted() || !Words.AUX.contains(bw)) {
        break;
      }
      if ((bw.equals("been") || bw.equals("was") || bw.equals("were") || bw.equals("is") || bw.equals("are") || bw.equals("be"))
          && w.endsWith("ed")) {
        passive = true;
      }
    }
    return passive;
  }

  /**
   * The last token before the cue at {@code c} past auxiliaries, time words, a parenthesis,
   * -ly adverbs and an abbreviation's period; -1 when none is left.
   */
  static int beforeAuxiliaries(List<Token> toks, int c) {
    int j = c - 1;
    while (j >= 0 && !toks.get(j).quoted() && (Words.AUX.contains(toks.get(j).lower())
        || Words.TIME_WORDS.contains(toks.get(j).lower()) && j > 0 && !toks.get(j - 1).is(","))) {
      j--;
    }
    if (j >= 0 && toks.get(j).is(")")) {
      int k = j - 1;
      while (k > 0 && k > j - 8 && !toks.get(k).is("(")) {
        k--;
      }
      if (k >= 0 && toks.get(k).is("(")) {
        j = k - 1;
      }
    }
    // auxiliaries that are adverbs ending in -ly
    while (j >= 0 && !toks.get(j).quoted() && toks.get(j).isWord() && toks.get(j).lower().endsWith("ly")
        && !toks.get(j).isCapitalized() && toks.get(j).text().length() > 4) {
      j--;
    }
    if (j >= 1 && toks.get(j).is(".") && toks.get(j - 1).isWord() && toks.get(j - 1).end() == toks.get(j).start()
        && toks.get(j - 1).isCapitalized()) {
      j--; // "Joseph R. Biden Jr. responded", "Acme Inc. said"
    }
    return j;
  }

  /** The subject's head when token {@code j} (unquoted) ends a subject; null when it does not. */
  static @Nullable Head subjectHead(List<Token> toks, int j, int p) {
    Token h = toks.get(j);
    if (h.isWord() && !Words.CLAUSE.contains(h.lower()) && (CueLexicon.lookup(h.lower()) == null || isPluralNoun(h)
        || j >= 1 && isNounPosition(toks.get(j - 1))) // "the judge said"
        || h.isWord() && Words.PRONOUNS.contains(h.lower())) {
      return new Head(j, j, null);
    } else if (h.isWord() && h.lower().endsWith("ed") && !h.isCapitalized() && j >= 1 && !toks.get(j - 1).quoted()
        && toks.get(j - 1).isWord() && !toks.get(j - 1).isCapitalized() && plausibleHead(toks.get(j - 1))
        && !Words.PRONOUNS.contains(toks.get(j - 1).lower())) {
      // "A news report published Wednesday said": the participle modifies the subject
      return new Head(j - 1, j - 1, null);
    } else if ((h.is("--") || h.is("\u2014")) && j >= 2) {
      return dashedAppositive(toks, j, p, h.text());
    } else if (h.is(",") && j >= 2) {
      return commaAppositive(toks, j, p);
    }
    return null;
  }

  /** "Kall -- co-editor of a book on debates -- said": the dash at {@code j} closes an appositive. */
  static @Nullable Head dashedAppositive(List<Token> toks, int j, int p, String dash) {
    int k = j - 1;
    int limit = Math.max(0, j - 40);
    while (k > limit && !toks.get(k).is(dash) && !toks.get(k).quoted()) {
      k--;
    }
    if (k > 0 && k < j - 1 && toks.get(k).is(dash) && toks.get(k - 1).isWord() && !toks.get(k - 1).quoted()) {
      return new Head(k - 1, j - 1, new Span(p, toks.get(k + 1).start(), toks.get(j - 1).end()));
    }
    return null;
  }

  /** "X, who heads the group, said" / "X, an environmental group, said": the comma at {@code j} closes an appositive. */
  static @Nullable Head commaAppositive(List<Token> toks, int j, int p) {
    int k = j - 1;
    int limit = Math.max(0, j - 40);
    while (k > limit && !(toks.get(k).is(",") && !toks.get(k).quoted())) {
      k--; // past quotes too: "X, citing “…,” said"
    }
    int head = k - 1;
    if (head > 0 && toks.get(head).is(".") && toks.get(head - 1).isWord()) {
      head--; // "of Ashton, Md., who ...": the abbreviation's period
    }
    if (head > 1 && toks.get(head).is(")")) {
      // "Rep. Ann Roe (D-Md.), chair of the panel, said": past the party label
      int open = head - 1;
      while (open > 0 && open > head - 8 && !toks.get(open).is("(")) {
        open--;
      }
      if (toks.get(open).is("(") && open > 0 && toks.get(open - 1).isWord()) {
        head = open - 1;
      }
    }
    if (k > 0 && toks.get(k).is(",") && k + 1 < j && (Words.APPOSITIVE_START.contains(toks.get(k + 1).lower())
        || Character.isDigit(toks.get(k + 1).text().charAt(0)) || j - k <= 4
        || toks.get(head).isCapitalized() && !toks.get(k + 1).quoted()
            && (toks.get(k + 1).lower().endsWith("ing") || k + 2 < j && toks.get(k + 2).lower().equals("of")))
        && head >= 0 && toks.get(head).isWord() && !toks.get(head).quoted()) {
      // the mention span runs through the appositive for evaluation
      return new Head(head, j, new Span(p, toks.get(k + 1).start(), toks.get(j - 1).end()));
    }
    return null;
  }

  /** The first token of the subject whose head is {@code subjectHead}: its modifiers and name parts. */
  static int subjectStart(List<Token> toks, int subjectHead) {
    int subjectStart = subjectHead;
    int limit = Math.max(0, subjectHead - 10);
    while (subjectStart - 1 >= limit) {
      Token prev = toks.get(subjectStart - 1);
      if (prev.quoted()) {
        break;
      }
      if (prev.isWord()) {
        if (Words.CLAUSE.contains(prev.lower()) || CueLexicon.lookup(prev.lower()) != null && !prev.isCapitalized()) {
          break;
        }
      } else if (!isNameJoiner(toks, subjectStart - 1) && !prev.is(".")) {
        break;
      }
      subjectStart--;
    }
    if (subjectHead >= 2 && subjectStart == subjectHead && toks.get(subjectHead).lower().equals("who")
        && toks.get(subjectHead - 1).is(",") && toks.get(subjectHead - 2).isWord() && !toks.get(subjectHead - 2).quoted()
        && (toks.get(subjectHead - 2).isCapitalized() || SourceNouns.isSourceNoun(toks.get(subjectHead - 2).lower()))) {
      // "Sanders, who ... said": the relative pronoun's mention runs from its antecedent
      subjectStart = subjectHead - 2;
    }
    return subjectStart;
  }
}
