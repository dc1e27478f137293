package dev.newsmodel.beam;

import java.io.Serializable;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page on its way through the pipeline.
 *
 * @param input where it came from: a WARC file and offset, or a JSONL file and line
 * @param url the page's URL, or {@code null}
 * @param body the page's bytes as fetched
 * @param headers the HTTP response headers, empty when unknown
 */
public record PageRecord(String input, @Nullable String url, byte[] body, Map<String, String> headers)
    implements Serializable {
  /** The record's serial form version. */
  private static final long serialVersionUID = 1L;
}
