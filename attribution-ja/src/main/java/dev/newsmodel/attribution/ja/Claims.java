package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import java.util.regex.Pattern;

/**
 * An indirect claim whose content runs from the start of the clause to a cue, as the
 * quotative, object, position and hedge rules find them: the claimant is the clause's subject,
 * else the source carried from the sentence before (never for an impersonal cue).
 */
final class Claims {
  private static final Pattern ADVERBIAL = Pattern.compile(
      ".*([0-9０-９]+日|ごろ|頃|夜|朝|未明|午前|午後|時点|付|で|には|では|に|も)");

  private Claims() {}

  /** Adds the claim that ends at {@code contentEnd} with the cue {@code cue} at {@code cueSpan}. */
  static void claim(Sentence s, int contentEnd, Span cueSpan, Cue cue, boolean impersonal) {
    claim(s, contentEnd, cueSpan, cue.stance(), s.text.substring(cueSpan.start(), cueSpan.end()), impersonal);
  }

  /**
   * Adds the claim that ends at {@code contentEnd}: its content starts after the subject, its
   * particle and the adverbials that open the clause; nothing when that leaves no content.
   */
  static void claim(Sentence s, int contentEnd, Span cueSpan, Stance stance, String cueText, boolean impersonal) {
    String text = s.text;
    ArticleContext ctx = s.article;
    NounPhrase subject = s.topic(contentEnd);
    int cs = subject != null ? subject.span().end() : s.start;
    // past the topic's particle and the adverbials that open the clause (3日、 / 会見で、)
    if (subject != null) {
      while (cs < contentEnd && "はもが".indexOf(text.charAt(cs)) >= 0) {
        cs++;
      }
    }
    cs = skipAdverbials(s.par, cs, contentEnd);
    if (contentEnd <= cs || text.substring(cs, contentEnd).isBlank()) {
      return;
    }
    Entity who = null;
    Span where = null;
    if (subject != null && subject.kind() != SourceKind.UNKNOWN) {
      who = ctx.sources.entity(subject);
      where = subject.span();
    } else if (!impersonal && subject == null) {
      who = ctx.carry;
      where = ctx.carrySpan;
    }
    if (impersonal) {
      who = null;
      where = null;
    }
    if (who != null) {
      who.used = true;
      ctx.carry(who, where);
    }
    ctx.found.add(new Found(who, where, cueSpan, cueText, s.span(cs, contentEnd), stance, -1, s.span()));
  }

  /** {@code cs} moved past up to three adverbial phrases each closed by 、 (13日、 / 東京都内で、). */
  private static int skipAdverbials(Paragraph par, int cs, int end) {
    String text = par.text;
    for (int round = 0; round < 3; round++) {
      while (cs < end && (text.charAt(cs) == '、' || Character.isWhitespace(text.charAt(cs)))) {
        cs++;
      }
      int comma = -1;
      for (int k = cs; k < Math.min(end, cs + 20); k++) {
        if (par.depth(k) == 0 && text.charAt(k) == '、') {
          comma = k;
          break;
        }
      }
      if (comma < 0) {
        break;
      }
      String segment = text.substring(cs, comma);
      if (segment.contains("と") || segment.contains("「") || !ADVERBIAL.matcher(segment).matches()) {
        break;
      }
      cs = comma + 1;
    }
    return cs;
  }
}
