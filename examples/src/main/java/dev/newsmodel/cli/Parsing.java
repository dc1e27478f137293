package dev.newsmodel.cli;

import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * Parses one page into an outcome: every exception becomes a typed failure, none escapes. The
 * page's own problems (empty, binary, corrupt gzip, too large, …) are the library's to tell: the
 * failure's type is the {@link ParseException.Reason#code() code} of its reason.
 */
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
    } catch (ParseException e) {
      return Outcome.failed(input, Failure.of(e));
    } catch (java.io.IOException e) {
      return Outcome.failed(input, new Failure(ParseException.Reason.UNREADABLE.code(),
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    } catch (Exception | StackOverflowError e) {
      // A bug must not stop a run of thousands of pages; it is reported as such.
      return Outcome.failed(input, new Failure(ParseException.Reason.PARSER_FAILED.code(),
          e.getClass().getName() + ": " + e.getMessage()));
    }
  }
}
