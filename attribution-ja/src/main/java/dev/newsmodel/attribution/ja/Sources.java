package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;
import dev.newsmodel.attribution.ja.Morphemes.Tok;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sources one call has met, in the order first met, and coreference: which earlier entity
 * a noun phrase names again (the same name, a short form such as 東西銀 for 東西銀行 or a surname
 * for a full name, 同氏, 同課, 同社). One per call, never shared.
 */
final class Sources {
  private final List<Entity> entities = new ArrayList<>();

  /** Every entity met so far, in the order made. */
  List<Entity> entities() {
    return entities;
  }

  /**
   * The entity a noun phrase names: its coreferent, one with the same or a short name, or a new
   * one; the phrase is added to its mentions.
   */
  Entity entity(NounPhrase np) {
    Entity e = np.coreferent();
    if (e == null) {
      e = same(np);
    }
    if (e == null) {
      e = new Entity(np.name(), np.kind(), np.anonymous(), np.title(), np.description());
      entities.add(e);
    }
    e.mention(np.span(), np.text());
    return e;
  }

  /**
   * The latest entity that 同 + {@code head} refers to (同氏: a named person; 同課, 同庁: an
   * organisation or government whose name holds 課 or 庁; 同社: else the latest organisation), or
   * null.
   */
  @Nullable Entity coreferent(String head) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (head.equals("氏") ? e.kind == SourceKind.PERSON && !e.anonymous
          : e.kind != SourceKind.PERSON && !e.name.startsWith("同") && e.name.contains(head)) {
        return e;
      }
    }
    if (head.equals("社")) {
      for (int i = entities.size() - 1; i >= 0; i--) {
        if (entities.get(i).kind == SourceKind.ORGANIZATION) {
          return entities.get(i);
        }
      }
    }
    return null;
  }

  private @Nullable Entity same(NounPhrase np) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.name.equals(np.name())) {
        return e;
      }
    }
    if (np.anonymous()) {
      return null;
    }
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.anonymous || (e.kind != np.kind() && (e.kind == SourceKind.PERSON || np.kind() == SourceKind.PERSON))) {
        continue;
      }
      if (np.kind() == SourceKind.PERSON) {
        if (e.name.startsWith(np.name()) || np.name().startsWith(e.name)) {
          return e;
        }
        continue;
      }
      // a short form: 東西銀 for 東西銀行 (cut inside a word), 捜査1課 for 県警捜査1課
      // organisations, governments and media may differ in kind by the ending the short form keeps
      if (np.name().length() >= 2 && e.name.length() > np.name().length()
          && (e.name.startsWith(np.name()) && !wordBoundary(e.name, np.name().length()) || e.name.endsWith(np.name()))) {
        return e;
      }
    }
    return null;
  }

  private static boolean wordBoundary(String name, int at) {
    int pos = 0;
    for (Tok t : Morphemes.of(name)) {
      if (t.start() == at) {
        return true;
      }
      pos = t.end();
    }
    return pos == at;
  }
}
