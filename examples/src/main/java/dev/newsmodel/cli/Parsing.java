package dev.newsmodel.cli;

import dev.newsmodel.InvalidArticleException;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/** Parses one page into an outcome: every exception becomes a typed failure, none escapes. */
final class Parsing {
  private final NewsModel newsModel;
  private final @Nullable String parserName;

  Parsing(NewsModel newsModel, @Nullable String parserName) {
    this.newsModel = newsModel;
    this.parserName = parserName;
  }

  /** Reads the page (which may fail as input) and parses it. */
  Outcome parse(String input, Callable<Page> page) {
    try {
      Page p = page.call();
      return Outcome.of(input, parserName == null ? newsModel.parse(p) : newsModel.parse(p, parserName));
    } catch (Failure.InputException e) {
      return Outcome.failed(input, e.failure());
    } catch (ParseException e) {
      // The registry reports a parser's own crash as a ParseException caused by it: a bug, not the page's fault.
      String type = e.getCause() instanceof RuntimeException || e.getCause() instanceof Error ? "internal" : "not-a-page";
      return Outcome.failed(input, new Failure(type, String.valueOf(e.getMessage())));
    } catch (InvalidArticleException e) {
      return Outcome.failed(input, new Failure("invalid-article", String.valueOf(e.getMessage())));
    } catch (NoSuchElementException e) {
      return Outcome.failed(input, new Failure("no-parser", String.valueOf(e.getMessage())));
    } catch (java.io.IOException e) {
      return Outcome.failed(input, new Failure("unreadable", e.getClass().getSimpleName() + ": " + e.getMessage()));
    } catch (Exception | StackOverflowError e) {
      // A parser bug must not stop a run of thousands of pages; it is reported as such.
      return Outcome.failed(input, new Failure("internal", e.getClass().getName() + ": " + e.getMessage()));
    }
  }
}
