package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Tokens.skipSpace;
import static dev.newsmodel.attribution.internal.rules.Tokens.trimEnd;

import dev.newsmodel.Stance;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Words;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph that opens with a speaker label in capitals or a name and a colon, as in an
 * interview transcript: "ROE: We rebuilt the pier." or "Ann Roe: We rebuilt the pier in May."
 * The speaker is the label; the content the rest of the paragraph. Labels that name no one
 * ("Update:", "Read more:") are not speakers.
 */
final class SpeakerLabelRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    Found labelled = speakerLabel(sentence.paragraph, sentence.text);
    if (labelled == null) {
      return NO_MATCH;
    }
    sentence.out.add(labelled);
    return at;
  }

  static final Pattern SPEAKER_LABEL = Pattern.compile("^\\s*([A-Z][A-Z.'\\- ]{1,40}):\\s+\\S");

  /** "Name: statement" in a headline or interview: one to four capitalised words, then a colon. */
  static final Pattern NAME_COLON = Pattern.compile(
      "^\\s*((?:[A-Z][\\p{L}.'\u2019\\-]*\\s){0,3}[A-Z][\\p{L}.'\u2019\\-]*):\\s+\\S");
  /** Labels that open a paragraph with a colon but name no speaker, in capitals or not ("BYLINE:", "Read more:"). */
  static final java.util.Set<String> NOT_SPEAKER_LABELS = LexiconFile.words("not-speaker-labels.txt");

  /** "SMITH: ..." or "Jane Smith: ..." opening paragraph {@code p}: the speaker and the rest of it; null when none. */
  static @Nullable Found speakerLabel(int p, String text) {
    var label = SPEAKER_LABEL.matcher(text);
    boolean labelled = label.find() && label.group(1).strip().length() >= 2
        && !NOT_SPEAKER_LABELS.contains(label.group(1).strip().toLowerCase(java.util.Locale.ROOT));
    if (!labelled) {
      label = NAME_COLON.matcher(text);
      labelled = label.find() && !NOT_SPEAKER_LABELS.contains(label.group(1).toLowerCase(java.util.Locale.ROOT))
          && Words.splitOnSpaces(text.substring(label.end(1) + 1).strip()).length >= 3;
    }
    if (!labelled) {
      return null;
    }
    int s = label.start(1);
    int e = label.end(1);
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    int cs = skipSpace(text, label.end(1) + 1);
    return new Found(new Span(p, s, e), new Span(p, label.end(1), label.end(1) + 1), ":",
        List.of(new Span(p, cs, trimEnd(text, cs, text.length()))), Stance.ASSERTS, -1, null);
  }
}
