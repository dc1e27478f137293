package dev.newsmodel.fuzz;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.parse.ParseException;
import dev.newsmodel.parse.ParseLimits;

/** What every fuzz target asserts of a result. */
final class FuzzChecks {
  private FuzzChecks() {}

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("fuzz check failed: " + what);
    }
  }

  /**
   * Rethrows the bug behind a ParseException that the registry or NewsModel made of an unexpected
   * exception (its cause is a RuntimeException or an Error), so the fuzzer sees it as the crash
   * it is; a documented refusal (no such cause) passes.
   */
  static void rethrowIfInternal(ParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
  }

  /** The article is held to the limits and its text has no control characters. */
  static void checkArticle(Article article, ParseLimits limits) {
    check(article.body().size() <= limits.maxBlocks(), "block count");
    for (Block b : article.body()) {
      check(b.text().length() <= limits.maxBlockChars(), "block length");
      for (int i = 0; i < b.text().length(); i++) {
        char c = b.text().charAt(i);
        check(!(c < 0x20 && c != '\t' && c != '\n') && !(c >= 0x7F && c <= 0x9F), "control character in block");
      }
    }
  }

  /** No string value anywhere in the JSON holds a control character (tab and newline excepted). */
  static void checkNoControlCharacters(tools.jackson.databind.JsonNode node) {
    if (node.isString()) {
      String text = node.asString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        check(!(c < 0x20 && c != '\t' && c != '\n') && !(c >= 0x7F && c <= 0x9F),
            "control character U+" + Integer.toHexString(c) + " in JSON string: " + text);
      }
    }
    for (tools.jackson.databind.JsonNode child : node) {
      checkNoControlCharacters(child);
    }
  }
}
