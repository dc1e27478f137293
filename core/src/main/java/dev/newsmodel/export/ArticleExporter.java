package dev.newsmodel.export;

import dev.newsmodel.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an {@link Article} in another format: the service behind the command line's
 * {@code --format} values beyond its own {@code json}, {@code jsonl} and {@code text}. The
 * library ships {@link NinjsExporter} ({@code ninjs}) and {@link JsonLdExporter}
 * ({@code jsonld}).
 *
 * <p>Exporters are found with {@link java.util.ServiceLoader} through {@link
 * ExporterRegistry#load()}: list the class in
 * {@code META-INF/services/dev.newsmodel.export.ArticleExporter} of your jar and, in a named
 * module, declare {@code provides dev.newsmodel.export.ArticleExporter with ...}. A provider
 * needs a public no-argument constructor. An exporter must be stateless and thread-safe: one
 * instance serves every thread.
 *
 * <p>In the command's JSON Lines (several inputs, {@code --format NAME}), each record holds the
 * exported document under the exporter's {@linkplain #name() name} in place of {@code article}:
 * as JSON when the {@linkplain #mediaType() media type} is JSON ({@code application/json} or
 * {@code application/...+json}), otherwise as one JSON string.
 */
public interface ArticleExporter {

  /**
   * Returns the format's name, as given to {@code --format}, e.g. {@code ninjs}.
   *
   * @return a non-blank lower-case name of letters, digits and hyphens, unique among the
   *     exporters on the class path
   */
  String name();

  /**
   * Returns the media type of what {@link #write(Article, Writer)} writes, e.g.
   * {@code application/json} or {@code application/ld+json}.
   *
   * @return a media type without parameters
   */
  String mediaType();

  /**
   * Writes the article as one complete document of this format, ending with a line break. Does
   * not close or flush {@code out}.
   *
   * @param article the article to write
   * @param out where the document goes
   * @throws IOException when {@code out} cannot be written
   */
  void write(Article article, Writer out) throws IOException;

  /**
   * Returns the article as one complete document of this format, as {@link #write(Article,
   * Writer)} writes it.
   *
   * @param article the article to write
   * @return the document, ending with a line break
   */
  default String writeString(Article article) {
    StringWriter out = new StringWriter();
    try {
      write(article, out);
    } catch (IOException e) {
      // A StringWriter does not fail; an exporter that throws anyway is reported as it is.
      throw new UncheckedIOException(name() + " exporter failed", e);
    }
    return out.toString();
  }

  /**
   * Returns whether a media type is JSON: {@code application/json} or a {@code +json} type
   * such as {@code application/ld+json}, parameters ignored.
   *
   * @param mediaType a media type, e.g. {@code application/ld+json; charset=utf-8}
   * @return whether documents of that type are JSON
   */
  static boolean isJson(String mediaType) {
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
  }
}
