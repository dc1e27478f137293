package dev.newsmodel.parse.generic;

import dev.newsmodel.Byline;
import dev.newsmodel.Media;
import dev.newsmodel.Outlet;
import dev.newsmodel.Syndication;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article's metadata as {@link MetadataReader} reconciled it from every source the page
 * offers.
 *
 * @param headline the headline without the site-name suffix, or {@code null}
 * @param subheadline the standfirst or description, or {@code null}
 * @param bylines the credited people (no organisations or placeholders), in page order
 * @param published first publication with the page's offset, or {@code null}
 * @param modified last modification with the page's offset, or {@code null}
 * @param language the BCP 47 language tag, or {@code null}
 * @param section the section, or {@code null}
 * @param tags the topic tags without duplicates, in page order
 * @param canonicalUrl the canonical absolute URL, or {@code null}
 * @param outlet the outlet, or {@code null}
 * @param leadImage the lead image, or {@code null}
 * @param syndication the wire agency named by structured data or credited as an author, or {@code null}
 * @param warnings what was missing, conflicting or guessed, one sentence each
 */
public record Metadata(
    @Nullable String headline,
    @Nullable String subheadline,
    List<Byline> bylines,
    @Nullable OffsetDateTime published,
    @Nullable OffsetDateTime modified,
    @Nullable String language,
    @Nullable String section,
    List<String> tags,
    @Nullable String canonicalUrl,
    @Nullable Outlet outlet,
    @Nullable Media leadImage,
    @Nullable Syndication syndication,
    List<String> warnings) {

  /**
   * Copies the lists.
   *
   * @param headline the headline without the site-name suffix, or {@code null}
   * @param subheadline the standfirst or description, or {@code null}
   * @param bylines the credited people (no organisations or placeholders), in page order
   * @param published first publication with the page's offset, or {@code null}
   * @param modified last modification with the page's offset, or {@code null}
   * @param language the BCP 47 language tag, or {@code null}
   * @param section the section, or {@code null}
   * @param tags the topic tags without duplicates, in page order
   * @param canonicalUrl the canonical absolute URL, or {@code null}
   * @param outlet the outlet, or {@code null}
   * @param leadImage the lead image, or {@code null}
   * @param syndication the wire agency named by structured data or credited as an author, or {@code null}
   * @param warnings what was missing, conflicting or guessed, one sentence each
   */
  public Metadata {
    bylines = List.copyOf(bylines);
    tags = List.copyOf(tags);
    warnings = List.copyOf(warnings);
  }
}
