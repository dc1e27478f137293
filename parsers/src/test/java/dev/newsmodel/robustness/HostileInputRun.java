package dev.newsmodel.robustness;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Run by {@link HostileInputTest} in a JVM of its own with a 512 MB heap: builds one hostile
 * page, parses it with the registry's choice and with the generic and plain-text parsers (full pipeline), and prints
 * one line per parse, {@code case=… parser=… ms=… result=…}. A result other than an article held
 * to the limits or a documented {@link ParseException} prints {@code result=BUG} and ends the
 * JVM with exit code 1; an {@link OutOfMemoryError} ends it too.
 */
public final class HostileInputRun {
  private HostileInputRun() {}

  static final String URL = "https://news.example.org/hostile";

  /** The hostile pages by name; each is built only when its case runs. */
  static Supplier<Page> page(String name) {
    return switch (name) {
      case "jsonld-nested-100000" -> () -> Page.of(HostilePages.nestedJsonLd(100_000), URL);
      case "attribute-10mb" -> () -> Page.of(HostilePages.longAttribute(10 << 20), URL);
      case "entities-1000000" -> () -> Page.of(HostilePages.characterEntities(1_000_000), URL);
      case "script-tags-1000000" -> () -> Page.of(HostilePages.scriptTags(1_000_000), URL);
      case "text-surrogates-nul" -> () -> Page.ofText(HostilePages.surrogatesAndNuls(200_000), URL);
      case "text-bytes-surrogates-nul" -> () -> Page.of(
          HostilePages.surrogatesAndNuls(200_000).getBytes(StandardCharsets.UTF_8), null,
          Map.of("Content-Type", "text/plain; charset=utf-8"));
      default -> throw new IllegalArgumentException(name);
    };
  }

  public static void main(String[] args) {
    NewsModel model = NewsModel.create();
    List<String> parsers = new ArrayList<>();
    parsers.add(null); // the registry's own choice
    // The fallbacks, which take any page; outlet parsers only see their own hosts' pages.
    parsers.add("generic");
    parsers.add("text");
    boolean ok = true;
    for (String name : args) {
      Supplier<Page> pages = page(name);
      for (String parser : parsers) {
        long start = System.nanoTime();
        String result;
        try {
          Page page = pages.get();
          Article article = parser == null ? model.parse(page) : model.parse(page, parser);
          result = check(article);
        } catch (ParseException e) {
          result = e.getCause() instanceof RuntimeException || e.getCause() instanceof Error
              ? "BUG:" + e.getCause() : "ParseException:" + e.getMessage().replace(' ', '_');
        } catch (RuntimeException | StackOverflowError e) {
          result = "BUG:" + e;
        }
        ok &= !result.startsWith("BUG");
        System.out.printf("case=%s parser=%s ms=%d result=%s%n", name, parser == null ? "(selected)" : parser,
            (System.nanoTime() - start) / 1_000_000, result.length() > 200 ? result.substring(0, 200) : result);
      }
    }
    System.exit(ok ? 0 : 1);
  }

  /** Returns "article:N_blocks" for an article held to the limits, else "BUG:…". */
  private static String check(Article article) {
    ParseLimits limits = ParseLimits.defaults();
    if (article.body().size() > limits.maxBlocks() || article.media().size() > limits.maxMedia()
        || article.provenance().removed().size() > limits.maxRemovedTexts()) {
      return "BUG:over_the_limits";
    }
    for (Block b : article.body()) {
      if (b.text().length() > limits.maxBlockChars()) {
        return "BUG:block_over_" + limits.maxBlockChars();
      }
      for (int i = 0; i < b.text().length(); i++) {
        char c = b.text().charAt(i);
        if (c == 0 || Character.isSurrogate(c) && !validPair(b.text(), i)) {
          return "BUG:NUL_or_lone_surrogate_in_block_" + b.id();
        }
      }
    }
    return "article:" + article.body().size() + "_blocks";
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
