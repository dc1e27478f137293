package dev.newsmodel.export;

import static dev.newsmodel.export.ExportSupport.MAPPER;
import static dev.newsmodel.export.ExportSupport.iso;
import static dev.newsmodel.export.ExportSupport.putIfPresent;

import dev.newsmodel.Article;
import dev.newsmodel.Byline;
import dev.newsmodel.Media;
import dev.newsmodel.Source;
import dev.newsmodel.Syndication;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Article} as an IPTC ninjs 3 news item of type {@code text}.
 *
 * <p>The mapping: {@code uri} is the page URL, or a stable {@code urn:newsmodel:sha256:…} of the
 * content when there is none; {@code headlines} (roles {@code main}, {@code sub}); {@code by}
 * (the bylines joined); {@code bodies} in {@code text/plain} and {@code text/html};
 * {@code descriptions} with role {@code creditline} (the wire credit line); {@code language};
 * {@code firstCreated} and {@code versionCreated} (the published and modified times with the
 * page's offset); {@code located} (the dateline's place); {@code people},
 * {@code organisations} and {@code places} from the sources (a government named as a bare
 * place, e.g. "China", is both an organisation and a place); {@code infoSources} and
 * {@code copyrightHolder} (the agency of a wire story, else the outlet); {@code subjects} (the
 * section and the tags); and one {@code picture} association per media item with its caption, credit line and
 * {@code renditions}. Absent values are left out, never written as {@code null}.
 *
 * <p>The {@link ArticleExporter} named {@value #NAME}, found by {@link ExporterRegistry#load()}.
 * Stateless and thread-safe: one instance serves every thread.
 */
public final class NinjsExporter implements ArticleExporter {
  /** The exporter's name, the command line's {@code --format ninjs}. */
  public static final String NAME = "ninjs";
  /** The media type of ninjs documents. */
  public static final String MEDIA_TYPE = "application/json";
  /** The ninjs version the output follows. */
  public static final String VERSION = "3.0";
  /** The IPTC schema that output of this version validates against. */
  public static final String SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json";

  /** Creates the exporter ({@link java.util.ServiceLoader} needs a public no-argument constructor). */
  public NinjsExporter() {}

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
   * Writes the article as indented ninjs JSON with a final line break.
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
   * Returns the article as a ninjs object.
   *
   * @param article the article to export
   * @return a new ninjs object, the caller's to change
   */
  public ObjectNode toNode(Article article) {
    ObjectNode item = MAPPER.createObjectNode();
    item.putObject("standard").put("name", "ninjs").put("version", VERSION).put("schema", SCHEMA);
    item.put("uri", ExportSupport.uri(article));
    item.put("type", "text");
    item.put("pubStatus", "usable");
    if (article.published() != null) {
      item.put("firstCreated", iso(article.published()));
    }
    if (article.modified() != null || article.published() != null) {
      item.put("versionCreated", iso(article.modified() != null ? article.modified() : article.published()));
    }
    putIfPresent(item, "language", article.language());

    ArrayNode headlines = MAPPER.createArrayNode();
    if (article.headline() != null) {
      headlines.addObject().put("role", "main").put("value", article.headline());
    }
    if (article.subheadline() != null) {
      headlines.addObject().put("role", "sub").put("value", article.subheadline());
    }
    if (!headlines.isEmpty()) {
      item.set("headlines", headlines);
    }
    if (!article.bylines().isEmpty()) {
      item.put("by", article.bylines().stream().map(Byline::name).collect(Collectors.joining(", ")));
    }

    Syndication wire = article.syndication();
    if (wire != null) {
      ArrayNode descriptions = item.putArray("descriptions");
      descriptions.addObject().put("role", "creditline")
          .put("value", wire.creditLine() != null ? wire.creditLine() : wire.agency());
    }

    if (!article.body().isEmpty()) {
      ArrayNode bodies = item.putArray("bodies");
      String text = article.bodyText();
      bodies.addObject().put("role", "main").put("contentType", "text/plain").put("value", text)
          .put("charCount", text.codePointCount(0, text.length()))
          .put("wordCount", ExportSupport.wordCount(text));
      bodies.addObject().put("role", "main").put("contentType", "text/html")
          .put("value", ExportSupport.bodyHtml(article.body()));
    }

    if (article.dateline() != null && article.dateline().place() != null) {
      item.put("located", article.dateline().place());
    }
    addEntities(article, item);

    if (wire != null) {
      ObjectNode info = item.putArray("infoSources").addObject().put("name", wire.agency()).put("role", "originatingsource");
      putIfPresent(info, "uri", wire.originalUrl());
      item.put("copyrightHolder", wire.agency());
    } else if (article.outlet() != null) {
      item.put("copyrightHolder", article.outlet().name());
    }
    if (article.section() != null || !article.tags().isEmpty()) {
      ArrayNode subjects = item.putArray("subjects");
      if (article.section() != null) {
        subjects.addObject().put("name", article.section()).put("rel", "section");
      }
      article.tags().forEach(tag -> subjects.addObject().put("name", tag).put("rel", "tag"));
    }
    addPictures(article, item);
    return item;
  }

  private static void addEntities(Article article, ObjectNode item) {
    ArrayNode people = MAPPER.createArrayNode();
    ArrayNode organisations = MAPPER.createArrayNode();
    ArrayNode places = MAPPER.createArrayNode();
    if (article.dateline() != null && article.dateline().place() != null) {
      places.addObject().put("name", article.dateline().place()).put("rel", "dateline");
    }
    for (Source source : article.sources()) {
      if (source.anonymous()) {
        // A withheld identity is no entity a reader could look up.
        continue;
      }
      ObjectNode entity = MAPPER.createObjectNode().put("name", source.name()).put("rel", "source").put("literal", source.id());
      switch (source.kind()) {
        case PERSON -> people.add(entity);
        case ORGANIZATION, NEWS_AGENCY -> organisations.add(entity);
        case GOVERNMENT -> {
          organisations.add(entity);
          if (ExportSupport.isPlaceName(source.name())) {
            places.add(entity.deepCopy());
          }
        }
        default -> {
          // Documents and unknown kinds have no ninjs entity list.
        }
      }
    }
    if (!people.isEmpty()) {
      item.set("people", people);
    }
    if (!organisations.isEmpty()) {
      item.set("organisations", organisations);
    }
    if (!places.isEmpty()) {
      item.set("places", places);
    }
  }

  private static void addPictures(Article article, ObjectNode item) {
    if (article.media().isEmpty()) {
      return;
    }
    ArrayNode associations = item.putArray("associations");
    int n = 0;
    for (Media media : article.media()) {
      n++;
      ObjectNode picture = associations.addObject();
      picture.put("name", "picture" + n);
      picture.put("type", "picture");
      picture.put("uri", media.url() != null ? media.url() : ExportSupport.uri(article) + "#picture" + n);
      if (media.caption() != null || media.credit() != null) {
        ArrayNode descriptions = picture.putArray("descriptions");
        if (media.caption() != null) {
          descriptions.addObject().put("role", "caption").put("value", media.caption());
        }
        if (media.credit() != null) {
          descriptions.addObject().put("role", "creditline").put("value", media.credit());
        }
      }
      if (media.credit() != null) {
        picture.put("copyrightHolder", media.credit());
      }
      if (media.url() != null) {
        ObjectNode rendition = picture.putArray("renditions").addObject().put("name", "original").put("href", media.url());
        putIfPresent(rendition, "contentType", ExportSupport.imageType(media.url()));
      }
    }
  }
}
