package dev.newsmodel.cli;

import dev.newsmodel.parse.ParseException;

/**
 * Why one input gave no article: a short type and a sentence. The types of a page that gives
 * no article are the codes of {@link ParseException.Reason}: {@code empty}, {@code binary},
 * {@code unreadable} (corrupt compression, or an I/O error reading the input), {@code too-large},
 * {@code not-a-page}, {@code no-parser}, {@code invalid-article} and {@code internal} (a bug:
 * please report it). The command adds {@code corrupt-record} (a WARC record that cannot be read)
 * and {@code invalid-url} (a WARC record whose target URI is no absolute http(s) URL).
 *
 * @param type the kind of failure, one of the words above
 * @param message what went wrong, for people
 */
public record Failure(String type, String message) {
  /** The type of a WARC record that cannot be read. */
  static final String CORRUPT_RECORD = "corrupt-record";
  /** The type of a WARC record whose target URI is no page URL ({@code Page.checkUrl}). */
  static final String INVALID_URL = "invalid-url";

  /** Returns the failure of a page that gave no article: its reason's code and its message. */
  static Failure of(ParseException e) {
    return new Failure(e.reason().code(), String.valueOf(e.getMessage()));
  }
}
