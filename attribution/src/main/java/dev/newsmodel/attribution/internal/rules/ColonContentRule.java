package dev.newsmodel.attribution.internal.rules;

import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of "X said:" that closed the previous paragraph: the first unit of this one.
 * "The harbour master said:" then "“The pier is safe.”" attributes the quote to the harbour
 * master.
 */
final class ColonContentRule implements AttributionRule {
  @Override
  public int apply(Sentence sentence, int at) {
    ArticleContext recent = sentence.context;
    if (recent.pendingColon < 0 || sentence.index != 0) {
      return NO_MATCH;
    }
    List<Found> found = sentence.out;
    Unit unit = sentence.unit;
    int p = sentence.paragraph;
    Found prev = found.get(recent.pendingColon);
    List<Span> content = new ArrayList<>(prev.content());
    content.add(new Span(p, unit.start(), unit.end()));
    found.set(recent.pendingColon, new Found(prev.source(), prev.cue(), prev.cueText(), content,
        prev.stance(), prev.continues(), prev.appositive()));
    recent.lastDirect = recent.pendingColon;
    recent.lastDirectParagraph = p;
    recent.pendingColon = -1;
    return at;
  }
}
