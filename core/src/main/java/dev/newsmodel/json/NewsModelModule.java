package dev.newsmodel.json;

import dev.newsmodel.json.internal.Mixins;
import java.util.Map;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that gives a user's own mapper the newsmodel JSON contract (see the
 * {@linkplain dev.newsmodel.json package description}), so that articles and their parts embed
 * in the user's JSON:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NewsModelModule()).build();
 * String json = mapper.writeValueAsString(Map.of("article", article));
 * }</pre>
 *
 * <p>It is registered as a Jackson service, so {@code JsonMapper.builder().findAndAddModules()}
 * picks it up too. It only attaches mixins to the model's records (field order, explicit
 * {@code null}s, date format); reading strictness (unknown fields, coercions, enum numbers)
 * and input limits stay the user mapper's choice. {@link ArticleJson} uses this module with
 * strict settings and limits. The module enables no default typing and no polymorphism.
 */
public final class NewsModelModule extends JacksonModule {
  /** Creates the module; it holds no state, one instance can serve any number of mappers. */
  public NewsModelModule() {}

  @Override
  public String getModuleName() {
    return "newsmodel";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    for (Map.Entry<Class<?>, Class<?>> entry : Mixins.BY_TARGET.entrySet()) {
      context.setMixIn(entry.getKey(), entry.getValue());
    }
  }
}
