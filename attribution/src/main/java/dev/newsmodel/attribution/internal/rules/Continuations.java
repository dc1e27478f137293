package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.CueComplement.skipAdjuncts;
import static dev.newsmodel.attribution.internal.rules.Tokens.endsWithQuote;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.rules.VerbCueRule.Cue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adds a cue's attribution with its content split where ", adding ..." or "... and added ..."
 * continues it with a statement of its own: "The mayor said the pier was safe, adding that it
 * would reopen in May." gives two attributions to the mayor.
 */
final class Continuations {
  private Continuations() {}

  /**
   * Adds the attribution of {@code cue} to {@code out}, its last content split where ", adding
   * ..." continues it. Returns {@code lastContentTok}, or -1 when there is no content.
   */
  static int addFound(String text, Unit unit, Cue cue, @Nullable Span source, List<Span> content,
      @Nullable Span appositive, int lastContentTok, List<Found> out) {
    if (content.isEmpty()) {
      return -1;
    }
    Span cueSpan = cue.span(unit.tokens(), unit.paragraph());
    // ", adding ..." and "... and added ..." split the content
    List<Found> extra = new ArrayList<>();
    Span last = content.get(content.size() - 1);
    if (source != null && last.start() > cueSpan.start()) {
      List<Span> split = splitContinuation(text, unit, last, source, extra);
      if (split != null) {
        content.set(content.size() - 1, split.get(0));
      } else {
        extra.clear();
      }
    }
    out.add(new Found(source, cueSpan, cue.text(), content, cue.stance(), -1, appositive));
    out.addAll(extra);
    return lastContentTok;
  }

  /** Splits content at ", adding ..." / "and added ..."; returns the shortened span or null. */
  static @Nullable List<Span> splitContinuation(String text, Unit unit, Span content, Span source,
      List<Found> extra) {
    List<Token> toks = unit.tokens();
    int n = toks.size();
    for (int i = 1; i < n; i++) {
      Token t = toks.get(i);
      if (t.start() <= content.start() || t.end() > content.end() || t.quoted()) {
        continue;
      }
      String w = t.lower();
      Token prev = toks.get(i - 1);
      boolean participle = prev.is(",") && Words.CONTINUING_PARTICIPLES.contains(w);
      boolean conjoined = (prev.lower().equals("and") || prev.lower().equals("but"))
          && CueLexicon.lookup(w) != null && CueLexicon.lookup(w).kind() != CueLexicon.Kind.WEAK
          && (w.endsWith("ed") || w.equals("said") || w.equals("told") || w.endsWith("s"));
      if (!participle && !conjoined) {
        continue;
      }
      int r = i + 1;
      r = skipAdjuncts(toks, r);
      while (r < n && !toks.get(r).quoted() && (toks.get(r).is(":") || toks.get(r).is(",") || toks.get(r).lower().equals("that"))) {
        r++;
      }
      if (!hasWord(toks, r, n)) {
        return null;
      }
      int rs = toks.get(r).start();
      int re = Math.min(content.end(), unit.end());
      if (re <= rs) {
        return null;
      }
      int cut = conjoined ? toks.get(i - 1).start() : prev.start();
      int firstEnd = trimEnd(text, content.start(), cut);
      CueLexicon.Entry e = CueLexicon.lookup(w);
      Stance stance = e == null ? Stance.ASSERTS : e.stance();
      extra.add(new Found(source, new Span(unit.paragraph(), t.start(), t.end()), t.text(),
          List.of(new Span(unit.paragraph(), rs, re)), stance, -1, null));
      if (firstEnd <= content.start()) {
        return null;
      }
      return List.of(new Span(unit.paragraph(), content.start(), firstEnd));
    }
    return null;
  }

  /**
   * The content from token {@code from} to the end of the unit, trimmed, but keeping a closing
   * quote mark when the unit ends inside a quotation.
   */
  static Span contentToEnd(String text, List<Token> toks, int p, int from, Unit unit) {
    int rs = toks.get(from).start();
    int re = trimEnd(text, rs, unit.end());
    if (toks.get(toks.size() - 1).quoted() && endsWithQuote(text, unit.end())) {
      re = unit.end();
    }
    return new Span(p, rs, re);
  }
}
