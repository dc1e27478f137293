package dev.newsmodel;

import com.google.common.collect.ImmutableList;
import dev.newsmodel.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person, organisation, government, agency or document the story attributes something to.
 *
 * @param id the source's id, unique among the article's sources
 * @param name the source's canonical name, e.g. {@code Ana Ruiz}; for an anonymous
 *     source its description, e.g. {@code a spokesperson for the foreign ministry in Seoul}
 * @param kind what kind of entity it is
 * @param anonymous whether the story withholds the source's identity
 * @param title the source's title or role, e.g. {@code Chief Cabinet Secretary}, or {@code null}
 * @param description an appositive description, e.g. {@code an Asia-focused rights group}, or {@code null}
 * @param affiliation the id of the source this one belongs to (a spokesperson's ministry), or {@code null}
 * @param mentions every place in the body where the source is mentioned, in reading order
 */
public record Source(
    String id,
    String name,
    SourceKind kind,
    boolean anonymous,
    @Nullable String title,
    @Nullable String description,
    @Nullable String affiliation,
    List<Mention> mentions) {

  /**
   * Validates: id and name non-blank, kind required, no self-affiliation; copies mentions.
   *
   * @param id the source's id, unique among the article's sources
   * @param name the source's canonical name, e.g. {@code Ana Ruiz}; for an anonymous source its
   *     description, e.g. {@code a spokesperson for the foreign ministry in Seoul}
   * @param kind what kind of entity it is
   * @param anonymous whether the story withholds the source's identity
   * @param title the source's title or role, e.g. {@code Chief Cabinet Secretary}, or {@code null}
   * @param description an appositive description, e.g. {@code an Asia-focused rights group}, or
   *     {@code null}
   * @param affiliation the id of the source this one belongs to (a spokesperson's ministry), or
   *     {@code null}
   * @param mentions every place in the body where the source is mentioned, in reading order
   */
  public Source {
    id = Checks.nonBlank("source.id", id);
    name = Checks.nonBlank("source.name", name).strip();
    kind = Checks.required("source.kind", kind);
    title = Checks.blankToNull(title);
    description = Checks.blankToNull(description);
    affiliation = Checks.blankToNull(affiliation);
    if (id.equals(affiliation)) {
      throw new InvalidArticleException("source.affiliation", affiliation, "a source cannot be affiliated with itself");
    }
    mentions = Checks.list("source.mentions", mentions);
  }

  /**
   * Returns a builder for a source with the given id, name and kind.
   *
   * @param id the source id, unique in the article
   * @param name the source's name as the story gives it
   * @param kind the kind of source
   * @return a builder with the given values and no others
   */
  public static Builder builder(String id, String name, SourceKind kind) {
    return new Builder().id(id).name(name).kind(kind);
  }

  /**
   * Returns a builder holding this source's values.
   *
   * @return a new builder holding every component of this source
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id).name(name).kind(kind).anonymous(anonymous).title(title)
        .description(description).affiliation(affiliation).mentions(mentions);
  }

  /** Builds a {@link Source}; not thread-safe; {@link #build()} validates. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable SourceKind kind;
    private boolean anonymous;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable String affiliation;
    private final List<Mention> mentions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the source id
     * @return this builder
     */
    public Builder id(String id) { this.id = id; return this; }
    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) { this.name = name; return this; }
    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(SourceKind kind) { this.kind = kind; return this; }
    /**
     * Sets whether the source is anonymous.
     *
     * @param anonymous whether the story withholds the source's name
     * @return this builder
     */
    public Builder anonymous(boolean anonymous) { this.anonymous = anonymous; return this; }
    /**
     * Sets the title, or clears it with {@code null}.
     *
     * @param title the title, or {@code null} to clear it
     * @return this builder
     */
    public Builder title(@Nullable String title) { this.title = title; return this; }
    /**
     * Sets the description, or clears it with {@code null}.
     *
     * @param description the description, or {@code null} to clear it
     * @return this builder
     */
    public Builder description(@Nullable String description) { this.description = description; return this; }
    /**
     * Sets the affiliated source's id, or clears it with {@code null}.
     *
     * @param affiliation the affiliated source's id, or {@code null} to clear it
     * @return this builder
     */
    public Builder affiliation(@Nullable String affiliation) { this.affiliation = affiliation; return this; }
    /**
     * Adds a mention.
     *
     * @param mention the mention to append
     * @return this builder
     */
    public Builder addMention(Mention mention) { mentions.add(mention); return this; }
    /**
     * Replaces the mentions.
     *
     * @param mentions the new mentions
     * @return this builder
     */
    public Builder mentions(List<Mention> mentions) { this.mentions.clear(); this.mentions.addAll(mentions); return this; }

    /**
     * Returns the source; throws {@link InvalidArticleException} when a value is invalid.
     *
     * @return the validated source
     * @throws InvalidArticleException when a value is invalid
     */
    @SuppressWarnings("NullAway")
    public Source build() {
      return new Source(
          Checks.required("source.id", id), Checks.required("source.name", name),
          Checks.required("source.kind", kind), anonymous, title, description, affiliation,
          ImmutableList.copyOf(mentions));
    }
  }
}
