package dev.newsmodel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds random articles that are valid by construction: every reference points at an id that
 * exists, every span is a real substring of its paragraph. Texts mix ASCII, control characters,
 * quotes, accents, CJK, right-to-left script, combining marks and emoji (surrogate pairs, which
 * spans never split) and lone surrogates. Driven by one {@link Random}, so a seed reproduces an article.
 */
public final class RandomArticles {
  private static final String[] PIECES = {
      "the", "minister", "said", "Reuters", " ", " ", " ", ", ", ". ", "\"", "'", "“", "”", "«", "»",
      "\\", "/", "\t", "\n", "\u0001", "\u001f", "\u007f", "é", "ü", "ß", "Ω", "東京", "記者", "警察",
      "한국", "مرحبا", "שלום", "e\u0301", "😀", "🇯🇵", "𝄞", "\u00a0", "\u2028", "<b>", "&amp;", "{}", "[]",
      "100%", "$3 billion", "-12.5", "Ἀθῆναι", "ﬁ", "\ufeff",
      "\ud800", "\udfff" // lone surrogates: malformed UTF-16 that scraped text can hold
  };

  private static final String[] LANGUAGES = {"en", "ja", "de-CH", "zh-Hant-TW", "pt-BR", "ko", "ar"};

  private final Random random;

  private RandomArticles(Random random) {
    this.random = random;
  }

  /** Returns a random valid article. */
  public static Article article(Random random) {
    return new RandomArticles(random).article();
  }

  private Article article() {
    Article.Builder b = Article.builder()
        .url(maybe(this::url))
        .outlet(maybe(() -> new Outlet(text(1, 4), maybe(() -> "example.org"))))
        .syndication(maybe(() -> new Syndication(text(1, 3), maybe(() -> text(1, 2)), maybe(this::url))))
        .headline(maybe(() -> text(1, 12)))
        .subheadline(maybe(() -> text(1, 20)))
        .published(maybe(this::dateTime))
        .modified(maybe(this::dateTime))
        .language(maybe(() -> LANGUAGES[random.nextInt(LANGUAGES.length)]))
        .dateline(maybe(() -> new Dateline(maybe(() -> text(1, 2)), text(1, 5))))
        .section(maybe(() -> text(1, 3)));
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addByline(new Byline(text(1, 3), maybe(() -> text(1, 2))));
    }
    Set<String> tags = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      tags.add(text(1, 2));
    }
    b.tags(List.copyOf(tags));

    List<Block> body = new ArrayList<>();
    int blocks = 1 + random.nextInt(6);
    for (int i = 0; i < blocks; i++) {
      BlockKind kind = BlockKind.values()[random.nextInt(BlockKind.values().length)];
      body.add(new Block(id("p", i), kind, text(1, 40)));
    }
    b.body(body);

    for (int i = random.nextInt(3); i > 0; i--) {
      String url = maybe(this::url);
      String caption = maybe(() -> text(1, 8));
      String credit = url == null && caption == null ? text(1, 3) : maybe(() -> text(1, 3));
      b.addMedia(new Media(url, caption, credit));
    }

    List<String> sourceIds = new ArrayList<>();
    int sources = random.nextInt(5);
    for (int i = 0; i < sources; i++) {
      sourceIds.add(id("s", i));
    }
    for (int i = 0; i < sources; i++) {
      String id = sourceIds.get(i);
      Source.Builder source = Source.builder(id, text(1, 4), SourceKind.values()[random.nextInt(SourceKind.values().length)])
          .anonymous(random.nextBoolean())
          .title(maybe(() -> text(1, 3)))
          .description(maybe(() -> text(1, 6)));
      if (sources > 1 && random.nextBoolean()) {
        String other = sourceIds.get(random.nextInt(sources));
        source.affiliation(other.equals(id) ? null : other);
      }
      for (int m = random.nextInt(3); m > 0; m--) {
        Span span = span(body);
        source.addMention(new Mention(span.block, span.start, span.end, span.text));
      }
      b.addSource(source.build());
    }

    List<String> quoteIds = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      String id = id("q", quoteIds.size());
      quoteIds.add(id);
      Span span = span(body);
      b.addQuote(new Quote(id, QuoteKind.values()[random.nextInt(2)], span.text, pick(sourceIds),
          maybe(() -> text(1, 2)), span.block, span.start, span.end, random.nextBoolean()));
    }

    int claims = random.nextInt(5);
    List<String> claimIds = new ArrayList<>();
    for (int i = 0; i < claims; i++) {
      claimIds.add(id("c", i));
    }
    for (int i = 0; i < claims; i++) {
      String id = claimIds.get(i);
      Span span = span(body);
      Claim.Builder claim = Claim.builder(id)
          .claimant(pick(sourceIds))
          .cue(maybe(() -> text(1, 2)))
          .stance(Stance.values()[random.nextInt(Stance.values().length)])
          .mode(ClaimMode.values()[random.nextInt(ClaimMode.values().length)])
          .text(span.text)
          .when(maybe(this::when))
          .span(span.block, span.start, span.end);
      for (String quoteId : quoteIds) {
        if (random.nextInt(3) == 0) {
          claim.addQuote(quoteId);
        }
      }
      for (int q = random.nextInt(3); q > 0; q--) {
        claim.addQuantity(new Quantity(decimal(), text(1, 3), maybe(() -> text(1, 2))));
      }
      String respondsTo = pick(claimIds);
      claim.respondsTo(id.equals(respondsTo) ? null : respondsTo);
      b.addClaim(claim.build());
    }

    List<String> warnings = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      warnings.add(text(1, 8));
    }
    List<RemovedText> removed = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      removed.add(new RemovedText(text(1, 2), text(1, 10)));
    }
    b.provenance(new Provenance(text(1, 2), warnings, removed));
    return b.build();
  }

  private record Span(String block, int start, int end, String text) {}

  /** A non-blank substring of a random block that splits no surrogate pair. */
  private Span span(List<Block> body) {
    Block block = body.get(random.nextInt(body.size()));
    String text = block.text();
    for (int attempt = 0; attempt < 10; attempt++) {
      int start = random.nextInt(text.length());
      int end = start + 1 + random.nextInt(text.length() - start);
      if (start > 0 && Character.isSurrogatePair(text.charAt(start - 1), text.charAt(start))) {
        start--;
      }
      if (end < text.length() && Character.isSurrogatePair(text.charAt(end - 1), text.charAt(end))) {
        end++;
      }
      String sub = text.substring(start, end);
      if (!sub.isBlank()) {
        return new Span(block.id(), start, end, sub);
      }
    }
    return new Span(block.id(), 0, text.length(), text);
  }

  /** Ids are unique by their index; the rest is random text, so ids need not look like p1. */
  private String id(String prefix, int index) {
    return random.nextInt(3) == 0 ? text(1, 2) + "#" + prefix + index : prefix + (index + 1);
  }

  private String text(int minPieces, int maxPieces) {
    StringBuilder out = new StringBuilder();
    int pieces = minPieces + random.nextInt(maxPieces - minPieces + 1);
    for (int i = 0; i < pieces; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    String text = out.toString();
    return text.isBlank() ? "x" + text : text;
  }

  private String url() {
    String[] paths = {"news/2024/story", "a?b=c&d=e", "%E6%9D%B1%E4%BA%AC", "記事/123", "x#frag"};
    return "https://example.org/" + paths[random.nextInt(paths.length)];
  }

  private OffsetDateTime dateTime() {
    int offsetSeconds = (random.nextInt(145) - 72) * 15 * 60;
    if (random.nextInt(20) == 0) {
      offsetSeconds += random.nextInt(59) + 1; // a historic offset with seconds
    }
    int nanos = switch (random.nextInt(4)) {
      case 0 -> random.nextInt(1_000_000_000);
      case 1 -> random.nextInt(1000) * 1_000_000;
      default -> 0;
    };
    return OffsetDateTime.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28),
        random.nextInt(24), random.nextInt(60), random.nextInt(60), nanos,
        ZoneOffset.ofTotalSeconds(Math.max(-18 * 3600, Math.min(18 * 3600, offsetSeconds))));
  }

  private String when() {
    int year = 1950 + random.nextInt(100);
    return switch (random.nextInt(3)) {
      case 0 -> String.valueOf(year);
      case 1 -> String.format("%d-%02d", year, 1 + random.nextInt(12));
      default -> String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    };
  }

  private BigDecimal decimal() {
    return new BigDecimal(BigInteger.valueOf(random.nextLong() >> random.nextInt(60)), random.nextInt(11) - 5);
  }

  private <T> @Nullable T maybe(java.util.function.Supplier<T> value) {
    return random.nextBoolean() ? value.get() : null;
  }

  private @Nullable String pick(List<String> ids) {
    return ids.isEmpty() || random.nextInt(4) == 0 ? null : ids.get(random.nextInt(ids.size()));
  }
}
