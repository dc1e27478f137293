package dev.newsmodel.json;

import dev.newsmodel.Article;
import dev.newsmodel.InvalidArticleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes {@link Article}s as JSON following the contract described in the
 * {@linkplain dev.newsmodel.json package description} (fixed field order, explicit
 * {@code null}s, ISO-8601 dates with their offset, enums by name). Immutable and thread-safe:
 * one instance serves all threads.
 *
 * <pre>{@code
 * ArticleJson json = ArticleJson.create();
 * String text = json.write(article);
 * Article back = json.read(text);          // equals article
 * }</pre>
 *
 * <p>Reading treats input as untrusted: no default typing or polymorphic types; no coercion
 * of scalars (a number is not a string, {@code "1"} is not a number, a number is not an enum);
 * duplicate keys and trailing content are errors; input over {@link Builder#maxDocumentLength}
 * characters or nested deeper than {@link Builder#maxNestingDepth} is rejected. Unknown fields
 * are ignored unless the instance is {@linkplain #strict() strict}. Every problem is reported
 * as an {@link ArticleJsonException} naming the JSON path of the bad value.
 */
public final class ArticleJson {
  /** The default limit of a document's length, in bytes or chars: 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The default nesting limit: an article nests 4 levels deep; this leaves room, not more. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  private static final ArticleJson DEFAULT = builder().build();
  private static final ArticleJson STRICT = builder().strict(true).build();

  private static final Pattern MISSING_CREATOR_PROPERTY =
      Pattern.compile("^Missing required creator property '([^']+)'");
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ObjectReader reader;
  private final ObjectWriter writer;
  private final long maxDocumentLength;

  private ArticleJson(Builder builder) {
    this.maxDocumentLength = builder.maxDocumentLength;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(builder.maxDocumentLength)
            .maxNestingDepth(builder.maxNestingDepth)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // The caller opened the stream, the caller closes it.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new NewsModelModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, builder.strict)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // 1.5 is no span index: refused, not cut to 1.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // A number or boolean where text is expected is a wrong type, not text.
        .withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
    this.reader = mapper.readerFor(Article.class);
    ObjectWriter plain = mapper.writerFor(Article.class);
    this.writer = builder.pretty ? plain.with(prettyPrinter()) : plain;
  }

  /**
   * Returns the default codec: compact output, unknown fields ignored on reading, default limits.
   *
   * @return the default codec
   */
  public static ArticleJson create() {
    return DEFAULT;
  }

  /**
   * Returns a codec like {@link #create()} that rejects unknown fields on reading.
   *
   * @return a strict codec
   */
  public static ArticleJson strict() {
    return STRICT;
  }

  /**
   * Returns a builder to choose strictness, pretty printing and input limits.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of what {@link #write(Article)} produces: the
   * resource {@code dev/newsmodel/json/article.schema.json} of this jar, as text. Read through
   * this method rather than the class loader, which cannot see a named module's resources.
   *
   * @return the schema's JSON text
   */
  public static String schema() {
    try (InputStream in = ArticleJson.class.getResourceAsStream("article.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("article.schema.json is missing from newsmodel-core");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the article as JSON text: the same characters as {@link #writeBytes(Article)}
   * decoded as UTF-8. Non-ASCII text is written as is; a lone UTF-16 surrogate (which UTF-8
   * cannot encode) is written as a JSON escape (backslash, u, four hex digits), so it
   * survives a round trip.
   *
   * @param article the article
   * @return the JSON text
   * @throws NullPointerException when {@code article} is {@code null}
   */
  public String write(Article article) {
    // Through bytes on purpose: the UTF-8 generator escapes lone surrogates, a String writer
    // would copy them raw and a later UTF-8 encoding would turn them into '?'.
    return new String(writeBytes(article), StandardCharsets.UTF_8);
  }

  /**
   * Returns the article as UTF-8 JSON; never fails for a valid article.
   *
   * @param article the article
   * @return the JSON as UTF-8 bytes
   * @throws NullPointerException when {@code article} is {@code null}
   */
  public byte[] writeBytes(Article article) {
    Objects.requireNonNull(article, "article");
    try {
      return writer.writeValueAsBytes(article);
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads an article from JSON text.
   *
   * @param json the JSON text of one article object
   * @return the article
   * @throws ArticleJsonException when the text is not a valid article (a document that is only
   *     {@code null} included), naming the JSON path
   * @throws NullPointerException when {@code json} is {@code null}
   */
  public Article read(String json) {
    if (Objects.requireNonNull(json, "json").length() > maxDocumentLength) {
      throw tooLong(json.length());
    }
    try {
      return notNull(reader.readValue(json));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads an article from UTF-8 (or UTF-16/32 with a BOM) JSON.
   *
   * @param json the JSON of one article object
   * @return the article
   * @throws ArticleJsonException when the bytes are not a valid article, naming the JSON path
   * @throws NullPointerException when {@code json} is {@code null}
   */
  public Article read(byte[] json) {
    if (Objects.requireNonNull(json, "json").length > maxDocumentLength) {
      throw tooLong(json.length);
    }
    try {
      return notNull(reader.readValue(json));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads an article from a stream of JSON; reads no further than the limit and does not
   * close the stream.
   *
   * @param json the stream of one article object's JSON
   * @return the article
   * @throws ArticleJsonException when the content is not a valid article, naming the JSON path
   * @throws UncheckedIOException when reading the stream fails
   * @throws NullPointerException when {@code json} is {@code null}
   */
  public Article read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return notNull(reader.readValue(json));
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** A document that is only {@code null} (or nothing) is no article. */
  private static Article notNull(@Nullable Article article) {
    if (article == null) {
      throw new ArticleJsonException("$", "is null, not an article object", null);
    }
    return article;
  }

  private ArticleJsonException tooLong(long length) {
    return new ArticleJsonException("$", "document of " + length + " characters is longer than the limit of "
        + maxDocumentLength, null);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    // Fixed "\n" line ends and two-space indents: the system's line separator would make the
    // bytes depend on the platform.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Turns Jackson's exception into ours, with the JSON path of the bad value. */
  static ArticleJsonException translate(JacksonException e) {
    List<JacksonException.Reference> references = e.getPath();
    String path = jsonPath(references);
    InvalidArticleException invalid = findInvalidArticle(e);
    if (invalid != null) {
      String field = invalid.field();
      String message = String.valueOf(invalid.getMessage());
      String problem = message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message;
      return new ArticleJsonException(modelPath(path, references.isEmpty(), field), problem, invalid);
    }
    if (e instanceof UnrecognizedPropertyException) {
      return new ArticleJsonException(path, "unknown field (strict reading)" + location(e), e);
    }
    String original = String.valueOf(e.getOriginalMessage());
    Matcher missing = MISSING_CREATOR_PROPERTY.matcher(original);
    if (missing.find()) {
      // Jackson's path may or may not end at the missing property already.
      String name = segment(missing.group(1));
      return new ArticleJsonException(path.endsWith(name) ? path : path + name, "is required" + location(e), e);
    }
    return new ArticleJsonException(path, problem(e, original) + location(e), e);
  }

  /**
   * Says what is wrong in the library's words: the expected type and what was found, never
   * Jackson's wording (its type names, features and coercion settings).
   */
  private static String problem(JacksonException e, String original) {
    if (e instanceof StreamConstraintsException) {
      Matcher limit = Pattern.compile("allowed \\((\\d+)").matcher(original);
      String of = limit.find() ? " of " + limit.group(1) : "";
      if (original.contains("nesting depth")) {
        return "input over limit: nested deeper than the limit" + of + " (ArticleJson.Builder.maxNestingDepth)";
      }
      if (original.toLowerCase(java.util.Locale.ROOT).contains("document length")) {
        return "input over limit: longer than the limit" + of + " (ArticleJson.Builder.maxDocumentLength)";
      }
      return "input over limit: a value is longer than the reader allows";
    }
    if (original.startsWith("Trailing token")) {
      return "unexpected content after the article object";
    }
    if (original.startsWith("No content to map due to end-of-input")) {
      return "the document is empty, not an article object";
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return "malformed JSON: the document ends before it is complete";
    }
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return "duplicate field \"" + duplicate.group(1) + "\"";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected " + expected(mismatch.getTargetType()) + ", got " + found(mismatch, original);
    }
    if (e instanceof StreamReadException) {
      return "malformed JSON: " + original;
    }
    return original;
  }

  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"([^\"]*)\"");
  private static final Pattern COERCE = Pattern.compile("^Cannot coerce (\\w+) value \\((.*?)\\) to");
  private static final Pattern FROM = Pattern.compile("from (Object|Array|String|Integer|Number|Float|Boolean|Null) value");

  /** The expected JSON of a model type, in the words of the JSON contract. */
  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      StringBuilder names = new StringBuilder("one of ");
      Object[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        names.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
      }
      return names.toString();
    }
    if (type == java.time.OffsetDateTime.class) {
      return "an ISO-8601 date-time with offset (e.g. \"2022-12-22T18:40:00+09:00\")";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type == Article.class) {
      return "an article object";
    }
    return "an object";
  }

  /** What the input held instead, from the exception's value or Jackson's description of the token. */
  private static String found(MismatchedInputException e, String original) {
    if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
      Object value = invalid.getValue();
      if (value instanceof String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
      }
      return value instanceof Boolean ? String.valueOf(value) : "the number " + value;
    }
    if (original.startsWith("Cannot map `null`")) {
      return "null";
    }
    Matcher coerce = COERCE.matcher(original);
    if (coerce.find()) {
      return shape(coerce.group(1)) + " (" + coerce.group(2) + ")";
    }
    Matcher from = FROM.matcher(original);
    if (from.find()) {
      return shape(from.group(1));
    }
    return "another kind of value";
  }

  private static String shape(String jacksonShape) {
    return switch (jacksonShape) {
      case "Object" -> "an object";
      case "Array" -> "an array";
      case "String" -> "a string";
      case "Boolean" -> "a boolean";
      case "Null" -> "null";
      default -> "a number";
    };
  }

  private static @Nullable InvalidArticleException findInvalidArticle(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidArticleException invalid) {
        return invalid;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Joins where Jackson was (the record being built) and the model's field path. The model
   * names a record's own fields with a type prefix ({@code quote.id}, {@code claim.quotes[1]});
   * at the root the field path is the article's ({@code quotes[2].speaker}).
   */
  private static String modelPath(String jsonPath, boolean atRoot, String field) {
    if (atRoot) {
      return field.startsWith("[") ? "$" + field : "$." + field;
    }
    int dot = field.indexOf('.');
    return dot < 0 ? jsonPath : jsonPath + "." + field.substring(dot + 1);
  }

  private static String jsonPath(List<JacksonException.Reference> references) {
    StringBuilder out = new StringBuilder("$");
    for (JacksonException.Reference reference : references) {
      String name = reference.getPropertyName();
      if (name != null) {
        out.append(segment(name));
      } else if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      } else {
        out.append("[?]");
      }
    }
    return out.toString();
  }

  private static String segment(String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  private static String location(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Chooses how an {@link ArticleJson} reads and writes; not thread-safe, reusable. */
  public static final class Builder {
    private boolean strict;
    private boolean pretty;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /**
     * Whether reading rejects unknown fields (default {@code false}: they are ignored).
     *
     * @param strict {@code true} to reject unknown fields
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Whether to write indented JSON (two spaces, {@code "\n"} line ends, the same bytes on
     * every platform); default {@code false}: one line.
     *
     * @param pretty {@code true} for indented output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The longest document read, in bytes or chars; default 16 MiB ({@link ArticleJson#DEFAULT_MAX_DOCUMENT_LENGTH}).
     *
     * @param maxDocumentLength the limit, in bytes or chars
     * @return this builder
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException("maxDocumentLength must be positive: " + maxDocumentLength);
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * The deepest nesting of arrays and objects read; default {@value ArticleJson#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param maxNestingDepth the limit, in levels
     * @return this builder
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      if (maxNestingDepth < 1) {
        throw new IllegalArgumentException("maxNestingDepth must be positive: " + maxNestingDepth);
      }
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /**
     * Returns the codec.
     *
     * @return a codec with this builder's settings
     */
    public ArticleJson build() {
      return new ArticleJson(this);
    }
  }
}
