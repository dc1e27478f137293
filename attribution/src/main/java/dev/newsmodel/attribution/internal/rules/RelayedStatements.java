package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import java.util.List;
import java.util.Locale;

/**
 * A statement credited after it relays the clauses in it: in "The council approved the plan
 * and the mayor welcomes it, an aide said." the aide is the source, and "approved" and
 * "welcomes" tell what the aide said, not attributions of their own. A quote in such a clause
 * ("… and she called it “a fine plan,” an aide said") still is one. A credit opening the
 * sentence ("According to the gazette, Roe said …", "In a poll released Monday, 60 percent
 * said …") relays the whole clause after it, quote or not, as a trailing "according to" does.
 */
final class RelayedStatements {
  private RelayedStatements() {}

  /** Attributions per unit compared (a sentence reports a handful). */
  static final int MAX_PER_UNIT = 32;

  /**
   * Removes from {@code out}, from index {@code from} on (one unit's attributions), those
   * whose cue and source lie in the content of a verb of saying or telling that follows its
   * content ("…, an aide said.", "…, said Roe."), unless their content holds a quote, and those
   * whose cue and source lie in the content of an opening credit ({@link #opensRelay}).
   */
  static void dropRelayed(String text, List<Found> out, int from) {
    int n = out.size() - from;
    if (n < 2 || n > MAX_PER_UNIT) {
      return; // pairs are compared: a degenerate unit with hundreds of cues is left as found
    }
    boolean[] drop = new boolean[n];
    Boolean[] quote = new Boolean[n]; // each content scanned for a quotation mark once, when asked
    for (int r = n - 1; r >= 0; r--) {
      Found credit = out.get(from + r);
      boolean opening = opensRelay(credit);
      if (drop[r] || !opening && !creditsBefore(credit)) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        Found inner = out.get(from + i);
        if (i != r && !drop[i] && inner.cue() != null && within(inner.cue(), credit.content())
            && (inner.source() == null || within(inner.source(), credit.content()))) {
          if (opening) {
            drop[i] = true;
            continue;
          }
          if (quote[i] == null) {
            quote[i] = quoted(text, inner.content());
          }
          drop[i] = !quote[i];
        } else if (i != r && !drop[i] && inner.cue() != null && inner.source() != null
            && within(inner.source(), credit.content()) && creditContinues(out, from, n, i, credit)) {
          // "The council warned ..., Roe said, noting ...": the participle after the credit is
          // the credit's, which the credit's own reading found too; the relayed subject's goes
          drop[i] = true;
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      if (drop[i]) {
        out.remove(from + i);
      }
    }
  }

  /**
   * Whether another attribution of the unit (from {@code from}, {@code n} of them) than
   * {@code i} has the cue of {@code out[from + i]} and the source of {@code credit}.
   */
  private static boolean creditContinues(List<Found> out, int from, int n, int i, Found credit) {
    Span cue = out.get(from + i).cue();
    for (int k = 0; k < n; k++) {
      Found other = out.get(from + k);
      if (k != i && other.cue() != null && other.source() != null && other.cue().equals(cue)
          && other.source().equals(credit.source())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code f}'s cue is a verb of saying or telling with all its content before it. */
  private static boolean creditsBefore(Found f) {
    if (f.cue() == null || f.cueText() == null || f.content().isEmpty()
        || f.content().get(f.content().size() - 1).end() > f.cue().start()) {
      return false;
    }
    return reportsSpeech(f.cueText());
  }

  /**
   * Whether {@code f} is a credit opening its sentence, its cue before all its content: "According
   * to the gazette, …" ({@link AccordingToRule}) or "In a poll released Monday, …"
   * ({@link PollRule}). What the clause after it says, and who says it there, is what the gazette
   * or the poll reports: on PolNeAR train the attributions found inside such a clause were 21
   * wrong to 4 right.
   */
  private static boolean opensRelay(Found f) {
    if (f.cue() == null || f.cueText() == null || f.content().isEmpty()
        || f.cue().end() > f.content().get(0).start()) {
      return false;
    }
    String cue = f.cueText().toLowerCase(Locale.ROOT);
    return cue.equals("according to") || cue.equals(PollRule.OPENER);
  }

  /** Whether a cue (any case) is a verb of saying or telling, one that reports a statement. */
  static boolean reportsSpeech(String cueText) {
    CueLexicon.Entry e = CueLexicon.lookup(cueText.toLowerCase(Locale.ROOT));
    return e != null && (e.kind() == CueLexicon.Kind.SPEECH || e.kind() == CueLexicon.Kind.TELL);
  }

  /** Whether span {@code s} starts inside one of {@code spans}. */
  static boolean within(Span s, List<Span> spans) {
    for (Span in : spans) {
      if (s.paragraph() == in.paragraph() && in.start() <= s.start() && s.start() < in.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the spans (of this unit's paragraph) hold a quotation mark. */
  private static boolean quoted(String text, List<Span> spans) {
    for (Span s : spans) {
      for (int i = s.start(); i < s.end() && i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201c' || c == '\u201d') {
          return true;
        }
      }
    }
    return false;
  }
}
