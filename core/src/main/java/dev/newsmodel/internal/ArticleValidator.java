package dev.newsmodel.internal;

import dev.newsmodel.Block;
import dev.newsmodel.Claim;
import dev.newsmodel.InvalidArticleException;
import dev.newsmodel.Mention;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The article-wide invariants: unique ids, resolving references, spans that match their text. */
public final class ArticleValidator {
  private ArticleValidator() {}

  /**
   * Throws {@link InvalidArticleException} at the first broken invariant.
   *
   * @param url the article's URL, or {@code null}
   * @param language the article's language tag, or {@code null}
   * @param tags the tags
   * @param body the body blocks
   * @param sources the sources
   * @param quotes the quotes
   * @param claims the claims
   * @throws dev.newsmodel.InvalidArticleException naming the field path of the first broken
   *     invariant
   */
  public static void validate(
      @Nullable String url,
      @Nullable String language,
      List<String> tags,
      List<Block> body,
      List<Source> sources,
      List<Quote> quotes,
      List<Claim> claims) {
    if (url != null) {
      checkUrl(url);
    }
    if (language != null) {
      checkLanguage(language);
    }
    Set<String> seenTags = new HashSet<>();
    for (int i = 0; i < tags.size(); i++) {
      if (!seenTags.add(tags.get(i))) {
        throw new InvalidArticleException("tags[" + i + "]", tags.get(i), "duplicate tag");
      }
    }

    Map<String, Block> blocks = new HashMap<>();
    for (int i = 0; i < body.size(); i++) {
      Block block = body.get(i);
      if (blocks.putIfAbsent(block.id(), block) != null) {
        throw new InvalidArticleException("body[" + i + "].id", block.id(), "duplicate block id");
      }
    }

    Set<String> sourceIds = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      if (!sourceIds.add(sources.get(i).id())) {
        throw new InvalidArticleException("sources[" + i + "].id", sources.get(i).id(), "duplicate source id");
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      if (source.affiliation() != null && !sourceIds.contains(source.affiliation())) {
        throw new InvalidArticleException("sources[" + i + "].affiliation", source.affiliation(), "no source has this id");
      }
      List<Mention> mentions = source.mentions();
      for (int m = 0; m < mentions.size(); m++) {
        Mention mention = mentions.get(m);
        SpanProblem problem = spanProblem(blocks, mention.paragraph(), mention.start(), mention.end(), mention.text());
        if (problem != null) {
          throw spanError("sources[" + i + "].mentions[" + m + "]", problem, blocks, mention.paragraph(),
              mention.start(), mention.end(), mention.text());
        }
      }
    }

    Set<String> quoteIds = new HashSet<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      if (!quoteIds.add(quote.id())) {
        throw new InvalidArticleException("quotes[" + i + "].id", quote.id(), "duplicate quote id");
      }
      if (quote.speaker() != null && !sourceIds.contains(quote.speaker())) {
        throw new InvalidArticleException("quotes[" + i + "].speaker", quote.speaker(), "no source has this id");
      }
      SpanProblem problem = spanProblem(blocks, quote.paragraph(), quote.start(), quote.end(), quote.text());
      if (problem != null) {
        throw spanError("quotes[" + i + "]", problem, blocks, quote.paragraph(), quote.start(), quote.end(), quote.text());
      }
    }

    Set<String> claimIds = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      if (!claimIds.add(claims.get(i).id())) {
        throw new InvalidArticleException("claims[" + i + "].id", claims.get(i).id(), "duplicate claim id");
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (claim.claimant() != null && !sourceIds.contains(claim.claimant())) {
        throw new InvalidArticleException("claims[" + i + "].claimant", claim.claimant(), "no source has this id");
      }
      for (int q = 0; q < claim.quotes().size(); q++) {
        if (!quoteIds.contains(claim.quotes().get(q))) {
          throw new InvalidArticleException("claims[" + i + "].quotes[" + q + "]", claim.quotes().get(q),
              "no quote has this id");
        }
      }
      if (claim.respondsTo() != null && !claimIds.contains(claim.respondsTo())) {
        throw new InvalidArticleException("claims[" + i + "].respondsTo", claim.respondsTo(), "no claim has this id");
      }
      SpanProblem problem = spanProblem(blocks, claim.paragraph(), claim.start(), claim.end(), claim.text());
      if (problem != null) {
        throw spanError("claims[" + i + "]", problem, blocks, claim.paragraph(), claim.start(), claim.end(), claim.text());
      }
    }
  }

  // The span checks run for every mention, quote and claim of every article built, so the
  // field path (and any other message text) is only put together once a check has failed.

  private enum SpanProblem { NO_SUCH_BLOCK, PAST_END, OTHER_TEXT }

  /** What is wrong with a span, or null when it matches its block. */
  private static @Nullable SpanProblem spanProblem(Map<String, Block> blocks, String paragraph, int start, int end, String text) {
    Block block = blocks.get(paragraph);
    if (block == null) {
      return SpanProblem.NO_SUCH_BLOCK;
    }
    if (end > block.text().length()) {
      return SpanProblem.PAST_END;
    }
    // start <= end is the span record's own invariant, so the lengths agree when the texts do
    if (text.length() != end - start || !block.text().startsWith(text, start)) {
      return SpanProblem.OTHER_TEXT;
    }
    return null;
  }

  private static InvalidArticleException spanError(String path, SpanProblem problem, Map<String, Block> blocks,
      String paragraph, int start, int end, String text) {
    switch (problem) {
      case NO_SUCH_BLOCK:
        return new InvalidArticleException(path + ".paragraph", paragraph, "no body block has this id");
      case PAST_END: {
        int length = blocks.get(paragraph).text().length();
        return new InvalidArticleException(path + ".end", end, "lies past the end of block " + paragraph + " (length " + length + ")");
      }
      default: {
        String actual = blocks.get(paragraph).text().substring(start, end);
        return new InvalidArticleException(path + ".text", text, "differs from block " + paragraph + " at " + start + ".." + end + ": \"" + actual + "\"");
      }
    }
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (!uri.isAbsolute()) {
        throw new InvalidArticleException("url", url, "must be an absolute URI");
      }
    } catch (URISyntaxException e) {
      throw new InvalidArticleException("url", url, "is not a URI: " + e.getReason());
    }
  }

  private static void checkLanguage(String language) {
    if (isPlainLanguageTag(language)) {
      return;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(language).build();
      if (locale.getLanguage().isEmpty()) {
        throw new InvalidArticleException("language", language, "must be a BCP 47 language tag");
      }
    } catch (IllformedLocaleException e) {
      throw new InvalidArticleException("language", language, "must be a BCP 47 language tag");
    }
  }

  // "en", "deu", "en-GB": two or three ASCII letters, then at most a two-letter region, which
  // Locale.Builder always accepts with a language (no grandfathered tag has this shape; "und"
  // as the language is the one that leaves it empty). Checked without building a Locale, which cost
  // more than the rest of the validation of an article; anything else is built and checked.
  private static boolean isPlainLanguageTag(String tag) {
    int n = tag.length();
    int language = n == 2 || n == 5 ? 2 : n == 3 || n == 6 ? 3 : -1;
    if (language < 0 || !letters(tag, 0, language) || language == 3 && tag.regionMatches(true, 0, "und", 0, 3)) {
      return false;
    }
    return n == language || tag.charAt(language) == '-' && letters(tag, language + 1, n);
  }

  private static boolean letters(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
