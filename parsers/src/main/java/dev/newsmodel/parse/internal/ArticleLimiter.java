package dev.newsmodel.parse.internal;


import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Media;
import dev.newsmodel.Provenance;
import dev.newsmodel.RemovedText;
import dev.newsmodel.parse.ParseLimits;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Holds a parser's document layer to {@link ParseLimits} and makes its text safe to hand out:
 * NFC, no C0/C1 control characters (tab and newline excepted). Runs before attribution, so the
 * spans attribution computes index the text as it is returned. Linear in the article's size.
 */
public final class ArticleLimiter {
  private ArticleLimiter() {}

  /**
   * Returns the article cut to the limits, with a provenance warning for every cut, or the same
   * instance when nothing needed cutting or cleaning. An article that already carries an
   * attribution layer keeps it only when its body is unchanged.
   *
   * @param article the article as the parser made it
   * @param limits the limits
   * @return the article within the limits
   */
  public static Article apply(Article article, ParseLimits limits) {
    List<String> warnings = new ArrayList<>();
    List<RemovedText> overflow = new ArrayList<>();
    int budget = limits.maxBlockChars();

    // Body: clean, then cut each block's text, then cut the number of blocks.
    List<Block> body = new ArrayList<>(Math.min(article.body().size(), limits.maxBlocks()));
    boolean bodyChanged = false;
    int cleaned = 0;
    int droppedBlank = 0;
    for (Block block : article.body()) {
      if (body.size() >= limits.maxBlocks()) {
        break;
      }
      String text = safeText(block.text());
      if (!text.equals(block.text())) {
        cleaned++;
        bodyChanged = true;
      }
      if (text.isBlank()) {
        droppedBlank++;
        continue;
      }
      if (text.length() > limits.maxBlockChars()) {
        int cut = cutIndex(text, limits.maxBlockChars());
        String tail = text.substring(cut);
        warnings.add("Block " + block.id() + " was " + text.length() + " characters long; the "
            + tail.length() + " past the limit of " + limits.maxBlockChars() + " were cut.");
        budget = keep(overflow, tail, budget);
        text = text.substring(0, cut);
        bodyChanged = true;
      }
      body.add(text.equals(block.text()) ? block : new Block(block.id(), block.kind(), text));
    }
    int consumed = body.size() + droppedBlank;
    if (consumed < article.body().size()) {
      long chars = 0;
      StringBuilder cutText = new StringBuilder();
      for (int i = consumed; i < article.body().size(); i++) {
        String text = article.body().get(i).text();
        chars += text.length();
        if (cutText.length() < budget) {
          if (cutText.length() > 0) {
            cutText.append("\n\n");
          }
          cutText.append(text, 0, Math.min(text.length(), budget - cutText.length()));
        }
      }
      int blocks = article.body().size() - consumed;
      warnings.add(blocks + " body block" + (blocks == 1 ? "" : "s") + " (" + chars
          + " characters) past the limit of " + limits.maxBlocks() + " blocks were cut.");
      budget = keep(overflow, safeText(cutText.toString()), budget);
      bodyChanged = true;
    }
    if (cleaned > 0) {
      warnings.add(cleaned + " body block" + (cleaned == 1 ? " held" : "s held")
          + " control characters or text not in NFC; cleaned.");
    }
    if (droppedBlank > 0) {
      warnings.add(droppedBlank + " body block" + (droppedBlank == 1 ? " was" : "s were")
          + " only control characters; dropped.");
    }

    // Media and removed texts: count limits; removed texts also held to the per-block limit.
    List<Media> media = article.media();
    if (media.size() > limits.maxMedia()) {
      warnings.add((media.size() - limits.maxMedia()) + " media items past the limit of "
          + limits.maxMedia() + " were cut.");
      media = media.subList(0, limits.maxMedia());
    }
    List<RemovedText> removed = new ArrayList<>();
    int longRemoved = 0;
    boolean removedChanged = false;
    for (RemovedText r : article.provenance().removed()) {
      if (removed.size() >= limits.maxRemovedTexts()) {
        int n = article.provenance().removed().size() - removed.size();
        warnings.add(n + " removed-text entries past the limit of " + limits.maxRemovedTexts()
            + " were not kept.");
        removedChanged = true;
        break;
      }
      String text = safeText(r.text());
      if (text.length() > limits.maxBlockChars()) {
        text = text.substring(0, cutIndex(text, limits.maxBlockChars()));
        longRemoved++;
      }
      if (text.isBlank()) {
        removedChanged = true;
        continue;
      }
      removedChanged |= !text.equals(r.text());
      removed.add(text.equals(r.text()) ? r : new RemovedText(r.reason(), text));
    }
    if (longRemoved > 0) {
      warnings.add(longRemoved + " removed text" + (longRemoved == 1 ? " was" : "s were")
          + " longer than " + limits.maxBlockChars() + " characters and kept only up to that.");
    }
    for (RemovedText r : overflow) {
      if (removed.size() < limits.maxRemovedTexts()) {
        removed.add(r);
        removedChanged = true;
      }
    }

    String headline = safeOrNull(article.headline(), limits);
    String subheadline = safeOrNull(article.subheadline(), limits);
    boolean headChanged = !java.util.Objects.equals(headline, article.headline())
        || !java.util.Objects.equals(subheadline, article.subheadline());

    // Warnings may quote raw input ("language '…' is not a BCP 47 tag"): they are text like any other.
    List<String> parserWarnings = new ArrayList<>(article.provenance().warnings().size());
    boolean warningsChanged = false;
    for (String warning : article.provenance().warnings()) {
      String safe = safeOrNull(warning, limits);
      warningsChanged |= !java.util.Objects.equals(safe, warning);
      if (safe != null && !safe.isBlank()) {
        parserWarnings.add(safe);
      }
    }

    if (!bodyChanged && !removedChanged && !headChanged && !warningsChanged && warnings.isEmpty()
        && media == article.media()) {
      return article;
    }
    Article.Builder out = article.toBuilder()
        .headline(headline).subheadline(subheadline).body(body).media(media);
    if (bodyChanged && !(article.sources().isEmpty() && article.quotes().isEmpty() && article.claims().isEmpty())) {
      warnings.add("The parser's sources, quotes and claims were dropped because the body was cut.");
      out.sources(List.of()).quotes(List.of()).claims(List.of());
    }
    List<String> allWarnings = parserWarnings;
    allWarnings.addAll(warnings);
    out.provenance(new Provenance(article.provenance().parser(), allWarnings, removed));
    return out.build();
  }

  /**
   * Returns the text in NFC without C0/C1 control characters other than tab and newline
   * (a carriage return becomes a newline) and with every lone surrogate (half a pair, which no
   * encoder can write) replaced by U+FFFD; returns the same instance when it is already so.
   *
   * @param text the text
   * @return the safe text
   */
  public static String safeText(String text) {
    boolean clean = true;
    boolean mayCompose = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) || Character.isSurrogate(c) && isLoneSurrogate(text, i)) {
        clean = false;
        break;
      }
      mayCompose |= Nfc.mayNotBeNfc(c);
    }
    // Text made only of characters that neither compose nor decompose under NFC (as in
    // Texts.clean: Nfc) is NFC already, and the check walked every block of every article.
    if (clean && !mayCompose) {
      return text;
    }
    String out = text;
    if (!clean) {
      StringBuilder sb = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r') {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            sb.append('\n');
          }
        } else if (Character.isSurrogate(c) && isLoneSurrogate(text, i)) {
          sb.append('\uFFFD');
        } else if (!isControl(c)) {
          sb.append(c);
        }
      }
      out = sb.toString();
    }
    return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** Whether the surrogate at {@code i} is not half of a well-formed pair. */
  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
  }

  private static @Nullable String safeOrNull(@Nullable String text, ParseLimits limits) {
    if (text == null) {
      return null;
    }
    String out = safeText(text);
    if (out.length() > limits.maxBlockChars()) {
      out = out.substring(0, cutIndex(out, limits.maxBlockChars()));
    }
    return out.isBlank() ? null : out;
  }

  // Never cut between the halves of a surrogate pair.
  private static int cutIndex(String text, int limit) {
    return Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1))
        ? limit - 1 : limit;
  }

  private static int keep(List<RemovedText> overflow, String text, int budget) {
    if (budget <= 0 || text.isBlank()) {
      return budget;
    }
    String kept = text.length() > budget ? text.substring(0, cutIndex(text, budget)) : text;
    if (!kept.isBlank()) {
      overflow.add(new RemovedText(ParseLimits.REMOVED_REASON, kept));
    }
    return budget - kept.length();
  }
}
