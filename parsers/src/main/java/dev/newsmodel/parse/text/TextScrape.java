package dev.newsmodel.parse.text;

import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.Syndication;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PlainTextReader} found in a text scrape; outlet parsers add the outlet and URL
 * and build the article from it.
 *
 * @param headline the headline line, or {@code null} when the text has none
 * @param bylines the {@code By …} credits, in order
 * @param syndication the wire credit, or {@code null}
 * @param published the first timestamp line, or {@code null}
 * @param modified a timestamp line marked as an update, or {@code null}
 * @param dateline a wire dateline opening the first paragraph, or {@code null}
 * @param language the text's language, or {@code null} when it cannot tell
 * @param media the photo captions with their credits
 * @param body the body paragraphs, numbered {@code p1}, {@code p2}, …
 * @param removed the lines kept out of the body (promos), in order
 * @param warnings what was missing, one sentence each
 */
public record TextScrape(
    @Nullable String headline,
    List<Byline> bylines,
    @Nullable Syndication syndication,
    @Nullable OffsetDateTime published,
    @Nullable OffsetDateTime modified,
    @Nullable Dateline dateline,
    @Nullable String language,
    List<Media> media,
    List<Block> body,
    List<RemovedText> removed,
    List<String> warnings) {
  /**
   * Copies the lists.
   *
   * @param headline the headline line, or {@code null} when the text has none
   * @param bylines the {@code By …} credits, in order
   * @param syndication the wire credit, or {@code null}
   * @param published the first timestamp line, or {@code null}
   * @param modified a timestamp line marked as an update, or {@code null}
   * @param dateline a wire dateline opening the first paragraph, or {@code null}
   * @param language the text's language, or {@code null} when it cannot tell
   * @param media the photo captions with their credits
   * @param body the body paragraphs, numbered {@code p1}, {@code p2}, …
   * @param removed the lines kept out of the body (promos), in order
   * @param warnings what was missing, one sentence each
   */
  public TextScrape {
    bylines = List.copyOf(bylines);
    media = List.copyOf(media);
    body = List.copyOf(body);
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }
}
