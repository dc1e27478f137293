package dev.newsmodel.attribution.ja;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Claim;
import dev.newsmodel.ClaimMode;
import dev.newsmodel.Mention;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import dev.newsmodel.attribution.Attribution;
import dev.newsmodel.attribution.AttributionEngine;
import dev.newsmodel.attribution.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Japanese engine ({@code ja}): rules and lexicons over Kuromoji's morphological analysis
 * (Lucene, IPADIC), no statistical model. Finds direct quotes in 「…」 (『…』 nested) with their
 * speakers before them (Xは「…」と述べた), after them (「…」。Xからも…の声) or in the next paragraph;
 * indirect attributions (…と発表した, …とした, …とみて, …との見方を示した, …方針を示した); hearsay
 * (Xによると); refusals to comment and hedges; sources (people with their titles, ages and
 * honorifics kept out of the name, organisations, governments, news media, anonymous sources)
 * with coreference (同氏, 同課, short forms); quantities in Japanese numerals and dates relative
 * to the article's date. A name or title in 「」 stays a {@code PARTIAL} quote without a speaker.
 *
 * <p>Found by {@link java.util.ServiceLoader}; stateless and thread-safe (each call makes its
 * own tokenizer; the dictionary is loaded once).
 */
public final class JapaneseEngine implements AttributionEngine {

  /** Creates the engine; it holds no state. */
  public JapaneseEngine() {}

  @Override
  public String name() {
    return "japanese-rules";
  }

  @Override
  public Set<String> languages() {
    return Set.of("ja");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Ids are {@code s1}, {@code q1}, {@code c1}, ... in reading order; claim dates are resolved
   * against {@code article.published()}; subheadings are not read.
   */
  @Override
  public Article attribute(Article article) {
    List<Block> blocks = AttributionEngine.attributedBlocks(article);
    List<String> texts = blocks.stream().map(Block::text).toList();
    ArticleContext ctx = JapaneseRules.STANDARD.read(texts);
    LocalDate published = article.published() == null ? null : article.published().toLocalDate();

    // sources: the entities something is attributed to, in order of first mention
    List<Entity> used = new ArrayList<>();
    for (Entity e : ctx.sources.entities()) {
      if (e.used && !e.mentions.isEmpty()) {
        used.add(e);
      }
    }
    used.sort(Comparator.comparing((Entity e) -> e.mentions.stream()
        .min(Comparator.comparingInt(Span::paragraph).thenComparingInt(Span::start)).orElseThrow(),
        Comparator.comparingInt(Span::paragraph).thenComparingInt(Span::start)));
    Map<Entity, String> ids = new HashMap<>();
    List<Source> sources = new ArrayList<>();
    for (Entity e : used) {
      String id = "s" + (sources.size() + 1);
      ids.put(e, id);
      List<Mention> mentions = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < e.mentions.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingInt((Integer i) -> e.mentions.get(i).paragraph()).thenComparingInt(i -> e.mentions.get(i).start()));
      for (int i : order) {
        Span s = e.mentions.get(i);
        mentions.add(new Mention(blocks.get(s.paragraph()).id(), s.start(), s.end(), e.mentionTexts.get(i)));
      }
      sources.add(Source.builder(id, e.name, e.kind).anonymous(e.anonymous).title(e.title)
          .description(e.description).mentions(mentions).build());
    }

    // quotes, in reading order
    List<Integer> quoteOrder = new ArrayList<>();
    for (int i = 0; i < ctx.quotes.size(); i++) {
      if (!texts.get(ctx.quotes.get(i).span.paragraph()).substring(ctx.quotes.get(i).span.start(),
          ctx.quotes.get(i).span.end()).isBlank()) {
        quoteOrder.add(i);
      }
    }
    quoteOrder.sort(Comparator.comparingInt((Integer i) -> ctx.quotes.get(i).span.paragraph())
        .thenComparingInt(i -> ctx.quotes.get(i).span.start()));
    Map<Integer, String> quoteIds = new HashMap<>();
    List<Quote> quotes = new ArrayList<>();
    for (int i : quoteOrder) {
      QuoteSpan q = ctx.quotes.get(i);
      String id = "q" + (quotes.size() + 1);
      quoteIds.put(i, id);
      String text = texts.get(q.span.paragraph()).substring(q.span.start(), q.span.end());
      quotes.add(new Quote(id, q.kind, text, q.speaker == null ? null : ids.get(q.speaker), q.cue,
          blocks.get(q.span.paragraph()).id(), q.span.start(), q.span.end(), false));
    }

    // claims, in the order found
    List<Claim> claims = new ArrayList<>();
    for (Found f : ctx.found) {
      String paragraph = texts.get(f.content().paragraph());
      String text = paragraph.substring(f.content().start(), f.content().end());
      if (text.isBlank()) {
        continue;
      }
      String sentence = texts.get(f.sentence().paragraph()).substring(f.sentence().start(), f.sentence().end());
      Claim.Builder claim = Claim.builder("c" + (claims.size() + 1))
          .claimant(f.who() == null ? null : ids.get(f.who()))
          .cue(f.cueText())
          .stance(f.stance())
          .mode(f.quote() >= 0 ? ClaimMode.DIRECT : ClaimMode.INDIRECT)
          .text(text)
          .quantities(Numbers.quantities(text))
          .when(Numbers.when(sentence, published))
          .span(blocks.get(f.content().paragraph()).id(), f.content().start(), f.content().end());
      if (f.quote() >= 0 && quoteIds.containsKey(f.quote())) {
        claim.addQuote(quoteIds.get(f.quote()));
      }
      claims.add(claim.build());
    }
    return article.toBuilder().sources(sources).quotes(quotes).claims(claims).build();
  }

  /**
   * {@inheritDoc}
   *
   * <p>A claimant carried over from an earlier sentence (a sentence without a subject) is given
   * by its latest mention before the claim.
   */
  @Override
  public List<Attribution> find(List<String> paragraphs) {
    ArticleContext ctx = JapaneseRules.STANDARD.read(List.copyOf(paragraphs));
    List<Attribution> out = new ArrayList<>();
    for (Found f : ctx.found) {
      out.add(new Attribution(span(f.source()), span(f.cue()), List.of(new TextSpan(f.content().paragraph(), f.content().start(), f.content().end())), f.stance()));
    }
    return out;
  }

  private static @Nullable TextSpan span(@Nullable Span s) {
    return s == null ? null : new TextSpan(s.paragraph(), s.start(), s.end());
  }
}
