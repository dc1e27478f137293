package dev.newsmodel.attribution.ja;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rules of the Japanese engine over the paragraphs' sentences (split at 。！？ outside
 * brackets), in reading order, each sentence through the rules in this order:
 *
 * <ol>
 *   <li>{@link PendingQuoteRule}: quotes that stood alone before get the speaker this sentence names;
 *   <li>{@link SubjectRule}: the sentence's subject is met as a source;
 *   <li>{@link DirectQuoteRule}: Xは「…」と述べた, and lone quotes start waiting;
 *   <li>{@link HearsayRule}: Xによると…;
 *   <li>{@link QuotativeRule}: …と発表した, …とみられる;
 *   <li>{@link RefusalRule}: コメントを控えた;
 *   <li>{@link ObjectRule}: …人事を発表した;
 *   <li>{@link PositionRule}: …しない方針を示した;
 *   <li>{@link HedgeRule}: …の可能性がある;
 *   <li>{@link CarryRule}: the subject carries into the next sentence.
 * </ol>
 *
 * A cue one rule took is left alone by the later rules of its paragraph. The order matters: a
 * quote's と is the quote rule's before the quotative rule sees it, and a refusal or object cue
 * found first is not read again as a position. Stateless: each {@link #read} has its own
 * {@link ArticleContext}.
 */
final class JapaneseRules {
  /** The rules in the order above. */
  static final List<AttributionRule> ORDER = List.of(new PendingQuoteRule(), new SubjectRule(), new DirectQuoteRule(),
      new HearsayRule(), new QuotativeRule(), new RefusalRule(), new ObjectRule(), new PositionRule(), new HedgeRule(),
      new CarryRule());
  /** The engine's rules. */
  static final JapaneseRules STANDARD = new JapaneseRules(ORDER);

  private final List<AttributionRule> rules;

  /** Rules that run {@code rules} in the given order (tests leave one out). */
  JapaneseRules(List<AttributionRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Reads the paragraphs, in order, and returns what was found. */
  ArticleContext read(List<String> paragraphs) {
    ArticleContext ctx = new ArticleContext();
    for (int i = 0; i < paragraphs.size(); i++) {
      paragraph(ctx, new Paragraph(i, paragraphs.get(i)));
    }
    return ctx;
  }

  private void paragraph(ArticleContext ctx, Paragraph par) {
    String text = par.text;
    NounPhrases nps = new NounPhrases(par, ctx.sources);
    List<Span> usedCues = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      if (end || (par.depth(i) == 0 && "。！？".indexOf(text.charAt(i)) >= 0)) {
        if (i > start) {
          Sentence s = new Sentence(par, start, i, ctx, nps, usedCues);
          for (AttributionRule rule : rules) {
            rule.apply(s);
          }
        }
        start = i + 1;
      }
    }
  }
}
