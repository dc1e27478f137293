package dev.newsmodel.attribution.internal;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Provenance;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.attribution.AttributionEngine;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The language-neutral fallback for a language no engine serves: every passage between quote
 * marks ({@code "…"}, {@code “…”}, {@code „…“}, {@code «…»}, {@code 「…」}, {@code 『…』}) becomes a
 * quote without speaker or cue. Nothing is guessed beyond the marks: no sources, no claims.
 */
public final class MarkedQuotes {
  private MarkedQuotes() {}

  /**
   * Returns the article with its marked quotes, no sources, no claims, and {@code warning}
   * added to its provenance.
   *
   * @param article the article whose body is read
   * @param warning the provenance warning to add
   * @return the article with quotes only
   */
  public static Article attribute(Article article, String warning) {
    List<Block> blocks = AttributionEngine.attributedBlocks(article);
    List<String> paragraphs = blocks.stream().map(Block::text).toList();
    List<Quote> quotes = new ArrayList<>();
    for (List<QuoteSpan> inParagraph : QuoteFinder.find(paragraphs)) {
      for (QuoteSpan q : inParagraph) {
        Quote quote = quote(q, paragraphs.get(q.paragraph()), blocks.get(q.paragraph()).id(), quotes.size() + 1);
        if (quote != null) {
          quotes.add(quote);
        }
      }
    }
    List<String> warnings = new ArrayList<>(article.provenance().warnings());
    warnings.add(warning);
    Provenance provenance = new Provenance(article.provenance().parser(), warnings, article.provenance().removed());
    return article.toBuilder().sources(List.of()).quotes(quotes).claims(List.of()).provenance(provenance).build();
  }

  // A quote that holds a whole sentence (it ends with a sentence mark, fills its paragraph or
  // runs on into the next) is direct speech; a shorter one is a partial quote, whose closing
  // comma or colon belongs to the surrounding sentence.
  private static @Nullable Quote quote(QuoteSpan q, String para, String blockId, int number) {
    int s = q.wordsStart(para);
    int e = q.wordsEnd(para);
    if (e <= s) {
      return null;
    }
    boolean direct = q.runsOn() || q.continued() || ".!?…。！？".indexOf(para.charAt(e - 1)) >= 0
        || para.substring(0, q.start()).isBlank() && para.substring(q.end()).isBlank();
    if (!direct) {
      while (e > s + 1 && ",;:、，".indexOf(para.charAt(e - 1)) >= 0) {
        e--;
      }
    }
    return new Quote("q" + number, direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, para.substring(s, e), null, null,
        blockId, s, e, q.continued());
  }
}
