package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source of the text: a person, organisation or government, with every mention found. Made
 * and mentioned by one call's {@link Sources}; a rule marks it {@code used} once it attributes
 * something to it (only used entities become {@code Source}s).
 */
final class Entity {
  final String name;
  final SourceKind kind;
  final boolean anonymous;
  final @Nullable String title;
  final @Nullable String description;
  final List<Span> mentions = new ArrayList<>();
  final List<String> mentionTexts = new ArrayList<>();
  boolean used;

  Entity(String name, SourceKind kind, boolean anonymous, @Nullable String title, @Nullable String description) {
    this.name = name;
    this.kind = kind;
    this.anonymous = anonymous;
    this.title = title;
    this.description = description;
  }

  void mention(Span span, String text) {
    if (!mentions.contains(span)) {
      mentions.add(span);
      mentionTexts.add(text);
    }
  }
}
