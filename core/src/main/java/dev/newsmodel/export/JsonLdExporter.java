package dev.newsmodel.export;

import static dev.newsmodel.export.ExportSupport.MAPPER;
import static dev.newsmodel.export.ExportSupport.iso;
import static dev.newsmodel.export.ExportSupport.putIfPresent;

import dev.newsmodel.Article;
import dev.newsmodel.Byline;
import dev.newsmodel.Claim;
import dev.newsmodel.Media;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Syndication;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Article} as a schema.org {@code NewsArticle} in JSON-LD
 * ({@code "@context": "https://schema.org"}).
 *
 * <p>The mapping: {@code @id} and {@code url} (the page URL, or the content-hash URN of
 * {@link NinjsExporter}); {@code headline}, {@code alternativeHeadline}; {@code datePublished},
 * {@code dateModified} with the page's offset; {@code inLanguage}; {@code author} (a
 * {@code Person} per byline, or the agency as {@code Organization} for an unsigned wire
 * story); {@code publisher} (the outlet); {@code sourceOrganization}, {@code creditText} and
 * {@code isBasedOn} for a wire story (the agency, its credit line, its original story);
 * {@code dateline}; {@code articleSection}; {@code keywords}; {@code articleBody} and
 * {@code wordCount}; {@code image} ({@code ImageObject} with {@code caption} and
 * {@code creditText}); and under {@code hasPart}, each quote as a {@code Quotation} with its
 * {@code creator} and each claim as a {@code Claim} with its {@code author} and its
 * {@code appearance} in this article. Absent values are left out.
 *
 * <p>The {@link ArticleExporter} named {@value #NAME}, found by {@link ExporterRegistry#load()}.
 * Stateless and thread-safe: one instance serves every thread.
 */
public final class JsonLdExporter implements ArticleExporter {
  /** The exporter's name, the command line's {@code --format jsonld}. */
  public static final String NAME = "jsonld";
  /** The media type of JSON-LD documents. */
  public static final String MEDIA_TYPE = "application/ld+json";
  /** The JSON-LD context of the output. */
  public static final String CONTEXT = "https://schema.org";

  /** Creates the exporter ({@link java.util.ServiceLoader} needs a public no-argument constructor). */
  public JsonLdExporter() {}

  /**
   * Returns {@value #NAME}.
   *
   * @return the exporter's name
   */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Returns {@value #MEDIA_TYPE}.
   *
   * @return the media type of the documents written
   */
  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  /**
   * Writes the article as an indented JSON-LD document with a final line break.
   *
   * @param article the article to write
   * @param out where the document goes; not closed
   * @throws IOException when {@code out} cannot be written
   */
  @Override
  public void write(Article article, Writer out) throws IOException {
    out.write(ExportSupport.indented(toNode(article)));
  }

  /**
   * Returns the article as a JSON-LD {@code NewsArticle} object.
   *
   * @param article the article to export
   * @return a new JSON-LD object, the caller's to change
   */
  public ObjectNode toNode(Article article) {
    String id = ExportSupport.uri(article);
    ObjectNode node = MAPPER.createObjectNode();
    node.put("@context", CONTEXT);
    node.put("@type", "NewsArticle");
    node.put("@id", id);
    putIfPresent(node, "url", article.url());
    putIfPresent(node, "headline", article.headline());
    putIfPresent(node, "alternativeHeadline", article.subheadline());
    if (article.published() != null) {
      node.put("datePublished", iso(article.published()));
    }
    if (article.modified() != null) {
      node.put("dateModified", iso(article.modified()));
    }
    putIfPresent(node, "inLanguage", article.language());

    Syndication wire = article.syndication();
    if (!article.bylines().isEmpty()) {
      ArrayNode authors = node.putArray("author");
      for (Byline byline : article.bylines()) {
        ObjectNode person = authors.addObject().put("@type", "Person").put("name", byline.name());
        putIfPresent(person, "jobTitle", byline.role());
      }
    } else if (wire != null) {
      node.putArray("author").addObject().put("@type", "Organization").put("name", wire.agency());
    }
    if (article.outlet() != null) {
      ObjectNode publisher = node.putObject("publisher").put("@type", "NewsMediaOrganization")
          .put("name", article.outlet().name());
      if (article.outlet().domain() != null) {
        publisher.put("url", "https://" + article.outlet().domain() + "/");
      }
    }
    if (wire != null) {
      node.putObject("sourceOrganization").put("@type", "NewsMediaOrganization").put("name", wire.agency());
      putIfPresent(node, "creditText", wire.creditLine());
      ObjectNode original = node.putObject("isBasedOn").put("@type", "NewsArticle");
      putIfPresent(original, "url", wire.originalUrl());
      original.putObject("publisher").put("@type", "NewsMediaOrganization").put("name", wire.agency());
    }
    if (article.dateline() != null) {
      node.put("dateline", article.dateline().text());
      if (article.dateline().place() != null) {
        node.putObject("locationCreated").put("@type", "Place").put("name", article.dateline().place());
      }
    }
    putIfPresent(node, "articleSection", article.section());
    if (!article.tags().isEmpty()) {
      ArrayNode keywords = node.putArray("keywords");
      article.tags().forEach(keywords::add);
    }
    if (!article.body().isEmpty()) {
      String text = article.bodyText();
      node.put("articleBody", text);
      node.put("wordCount", ExportSupport.wordCount(text));
    }
    if (!article.media().isEmpty()) {
      ArrayNode images = node.putArray("image");
      for (Media media : article.media()) {
        ObjectNode image = images.addObject().put("@type", "ImageObject");
        if (media.url() != null) {
          image.put("url", media.url()).put("contentUrl", media.url());
        }
        putIfPresent(image, "caption", media.caption());
        putIfPresent(image, "creditText", media.credit());
      }
    }
    ArrayNode parts = MAPPER.createArrayNode();
    for (Quote quote : article.quotes()) {
      ObjectNode quotation = parts.addObject().put("@type", "Quotation").put("text", quote.text());
      ObjectNode creator = agent(article, quote.speaker());
      if (creator != null) {
        quotation.set("creator", creator);
      }
    }
    for (Claim claim : article.claims()) {
      ObjectNode node2 = parts.addObject().put("@type", "Claim").put("text", claim.text());
      ObjectNode author = agent(article, claim.claimant());
      if (author != null) {
        node2.set("author", author);
      }
      if (claim.when() != null) {
        node2.put("dateCreated", claim.when());
      }
      node2.putObject("appearance").put("@id", id);
    }
    if (!parts.isEmpty()) {
      node.set("hasPart", parts);
    }
    return node;
  }

  /** Returns the source as a schema.org Person or Organization, or {@code null} when unknown. */
  private static @Nullable ObjectNode agent(Article article, @Nullable String sourceId) {
    if (sourceId == null) {
      return null;
    }
    Source source = article.source(sourceId).orElse(null);
    if (source == null) {
      return null;
    }
    String type = switch (source.kind()) {
      case PERSON -> "Person";
      case GOVERNMENT -> "GovernmentOrganization";
      case NEWS_AGENCY -> "NewsMediaOrganization";
      case DOCUMENT -> "CreativeWork";
      default -> "Organization";
    };
    ObjectNode agent = MAPPER.createObjectNode().put("@type", type).put("name", source.name());
    if (source.kind() == SourceKind.PERSON) {
      putIfPresent(agent, "jobTitle", source.title());
    }
    putIfPresent(agent, "description", source.description());
    return agent;
  }
}
