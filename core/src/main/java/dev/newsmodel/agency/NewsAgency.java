package dev.newsmodel.agency;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news agency: the name the model writes it under ({@link dev.newsmodel.Syndication#agency()},
 * the name of a {@link dev.newsmodel.SourceKind#NEWS_AGENCY} source) and every name it is
 * printed under, in every script.
 *
 * @param name the canonical name, e.g. {@code Associated Press}, {@code Kyodo News}, {@code dpa}
 * @param country the ISO 3166-1 alpha-2 code of the agency's home country, e.g. {@code JP}, or
 *     {@code null} when it has none
 * @param aliases every name the agency is printed under, the canonical name included, each with
 *     where it names the agency; never empty
 */
public record NewsAgency(String name, @Nullable String country, List<Alias> aliases) {

  /**
   * Where a name names the agency. Some are safe anywhere ({@code Reuters}); some name it only in
   * a credit, since in running text they usually name something else ({@code CP}, {@code APA});
   * some only when they are the whole credit ({@code EPA}, the US environment agency in a
   * sentence; {@code 共同}, "joint" in a Japanese one).
   */
  public enum Scope {
    /** Anywhere, running text included: {@code Reuters said}. */
    TEXT,
    /**
     * In a credit: a dateline's parentheses ({@code (CP) —}), a closing credit, a credit line, a
     * photo credit.
     */
    CREDIT,
    /** Only as a credit of its own: a credit line or a photo credit that is just the name. */
    CREDIT_LINE;

    /**
     * Returns whether a name of this scope names the agency where {@code context} is.
     *
     * @param context where the name is found
     * @return true when this scope is {@code context} or a wider one ({@link #TEXT} is wider than
     *     {@link #CREDIT}, which is wider than {@link #CREDIT_LINE})
     */
    public boolean covers(Scope context) {
      return ordinal() <= context.ordinal();
    }
  }

  /**
   * One name of an agency.
   *
   * @param text the name as printed, e.g. {@code The Associated Press}, {@code ロイター}
   * @param scope where the name names the agency
   */
  public record Alias(String text, Scope scope) {
    /**
     * Validates: {@code text} must not be blank, and is stripped.
     *
     * @param text the name as printed, e.g. {@code The Associated Press}, {@code ロイター}
     * @param scope where the name names the agency
     */
    public Alias {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(scope, "scope");
      if (text.isBlank()) {
        throw new IllegalArgumentException("an agency's alias must not be blank");
      }
      text = text.strip();
    }
  }

  /**
   * Validates: {@code name} must not be blank and must be one of {@code aliases}; {@code
   * country}, when given, is two upper-case letters.
   *
   * @param name the canonical name, e.g. {@code Associated Press}, {@code Kyodo News}, {@code dpa}
   * @param country the ISO 3166-1 alpha-2 code of the agency's home country, e.g. {@code JP}, or
   *     {@code null} when it has none
   * @param aliases every name the agency is printed under, the canonical name included, each with
   *     where it names the agency; never empty
   */
  public NewsAgency {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an agency's name must not be blank");
    }
    name = name.strip();
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country of " + name + " is not an ISO 3166-1 alpha-2 code: " + country);
    }
    aliases = ImmutableList.copyOf(aliases);
    String canonical = name;
    if (aliases.stream().noneMatch(a -> a.text().equals(canonical))) {
      throw new IllegalArgumentException("the aliases of " + name + " do not include its name");
    }
  }

  /**
   * Returns the agency's names that name it where {@code context} is.
   *
   * @param context where a name is found
   * @return the names, canonical name first when it applies there
   */
  public List<String> names(Scope context) {
    return aliases.stream().filter(a -> a.scope().covers(context)).map(Alias::text).toList();
  }

  /**
   * Returns whether {@code nameOrAlias} is one of this agency's names, compared as {@link
   * NewsAgencies#find(String)} compares.
   *
   * @param nameOrAlias a name as printed
   * @return true when it is one of {@link #aliases()}
   */
  public boolean isNamed(String nameOrAlias) {
    String key = NewsAgencies.key(nameOrAlias);
    return aliases.stream().anyMatch(a -> NewsAgencies.key(a.text()).equals(key));
  }
}
