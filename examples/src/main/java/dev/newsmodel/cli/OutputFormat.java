package dev.newsmodel.cli;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Claim;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import dev.newsmodel.export.JsonLdExport;
import dev.newsmodel.export.Ninjs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** How articles are written: the library's JSON, ninjs, schema.org JSON-LD, or readable text. */
enum OutputFormat {
  /** The library's article JSON; indented for one input, JSON Lines for several. */
  JSON,
  /** JSON Lines records ({@code {"input", "article"|"error"}}) even for one input. */
  JSONL,
  /** IPTC ninjs 3. */
  NINJS,
  /** schema.org NewsArticle as JSON-LD. */
  JSONLD,
  /** Readable text: headline, byline, dates, body, quotes, claims, warnings. */
  TEXT;

  /** Returns the article as a JSON node in this format (the library's JSON for text). */
  JsonNode node(Article article) {
    return switch (this) {
      case NINJS -> Ninjs.toNode(article);
      case JSONLD -> JsonLdExport.toNode(article);
      default -> Json.article(article);
    };
  }

  /** Returns the article as readable text, ending with a line break. */
  static String text(Article article) {
    StringBuilder out = new StringBuilder();
    if (article.headline() != null) {
      out.append(article.headline()).append('\n');
    }
    List<String> meta = new ArrayList<>();
    if (!article.bylines().isEmpty()) {
      meta.add("By " + String.join(", ", article.bylines().stream().map(Byline::name).toList()));
    }
    if (article.syndication() != null) {
      meta.add(article.syndication().agency());
    }
    if (article.outlet() != null) {
      meta.add(article.outlet().name());
    }
    if (article.published() != null) {
      meta.add(article.published().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    if (!meta.isEmpty()) {
      out.append(String.join(" | ", meta)).append('\n');
    }
    for (Block block : article.body()) {
      out.append('\n').append(block.text()).append('\n');
    }
    if (!article.quotes().isEmpty()) {
      out.append("\nQuotes:\n");
      for (Quote quote : article.quotes()) {
        out.append("  \"").append(quote.text()).append("\" - ").append(name(article, quote.speaker())).append('\n');
      }
    }
    if (!article.claims().isEmpty()) {
      out.append("\nClaims:\n");
      for (Claim claim : article.claims()) {
        out.append("  ").append(name(article, claim.claimant())).append(' ')
            .append(claim.stance().name().toLowerCase(Locale.ROOT)).append(": ").append(claim.text()).append('\n');
      }
    }
    if (!article.provenance().warnings().isEmpty()) {
      out.append("\nWarnings (parser ").append(article.provenance().parser()).append("):\n");
      article.provenance().warnings().forEach(w -> out.append("  ").append(w).append('\n'));
    }
    return out.toString();
  }

  private static String name(Article article, @org.jspecify.annotations.Nullable String sourceId) {
    return sourceId == null ? "(unattributed)" : article.source(sourceId).map(Source::name).orElse(sourceId);
  }
}
