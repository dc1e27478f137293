package dev.newsmodel.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The published schema ({@link ArticleJson#schema()}) as a validator for tests. */
final class ArticleSchema {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ArticleJson.schema(), InputFormat.JSON);

  private ArticleSchema() {}

  /** Returns the schema's complaints about the JSON, each as text; empty when it is valid. */
  static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).toList();
  }
}
