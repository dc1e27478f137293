package dev.newsmodel.attribution.internal;

import dev.newsmodel.SourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions of each source beyond those the attributions name: its name and surname
 * wherever they recur, and a country's government by its demonym, name and capital ("the
 * French government", "Paris"). Used by {@link ArticleAssembler}.
 */
final class FurtherMentions {
  private FurtherMentions() {}

  /**
   * Links every further mention of each source: names, surnames, a government's phrases. The
   * phrases are indexed, found in one pass over the text, then linked in source order.
   */
  static void add(SourceResolver resolver, List<String> paragraphs) {
    // the mentions found so far, by paragraph, to keep further mentions from overlapping them
    Map<Integer, List<Found.Span>> taken = new HashMap<>();
    for (SourceResolver.Entity e : resolver.entities()) {
      for (Found.Span m : e.mentions()) {
        taken.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, List<Phrase>> byPrefix = new HashMap<>();
    List<Phrase> shortPhrases = new ArrayList<>();
    int entityOrder = 0;
    for (SourceResolver.Entity e : resolver.entities()) {
      boolean government = e.kind() == SourceKind.GOVERNMENT && e.affiliation() == null && Places.country(e.name()) != null;
      List<String> phrases = phrasesOf(e, government);
      for (int k = 0; k < phrases.size(); k++) {
        String phrase = phrases.get(k);
        Phrase ph = new Phrase(entityOrder, k, phrase, e, government);
        if (phrase.length() >= PREFIX) {
          byPrefix.computeIfAbsent(phrase.substring(0, PREFIX), x -> new ArrayList<>()).add(ph);
        } else if (!phrase.isEmpty()) {
          shortPhrases.add(ph);
        }
      }
      entityOrder++;
    }
    List<PhraseMatch> matches = phraseMatches(paragraphs, byPrefix, shortPhrases);
    for (PhraseMatch m : matches) {
      String para = paragraphs.get(m.paragraph());
      int start = m.at();
      if (m.phrase().government() && start >= 4 && para.regionMatches(true, start - 4, "the ", 0, 4)) {
        start -= 4; // "the French government", "The government in Paris"
      }
      Found.Span span = new Found.Span(m.paragraph(), start, m.at() + m.phrase().text().length());
      if (!overlapsAny(taken.getOrDefault(m.paragraph(), List.of()), span)) {
        m.phrase().entity().mentions().add(span);
        taken.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(span);
      }
    }
  }

  /**
   * The phrases that mention {@code e}: a country's government by its demonym, name and capital
   * ({@code government}), any other source by its capitalized aliases of three letters or more.
   */
  private static List<String> phrasesOf(SourceResolver.Entity e, boolean government) {
    List<String> phrases = new ArrayList<>();
    if (government) {
      String country = e.name();
      String demonym = Places.demonym(country);
      for (String body : List.of(" government", " authorities", " administration")) {
        phrases.add(demonym + body);
      }
      phrases.add(country);
      for (String capital : Places.capitals(country)) {
        phrases.add("government in " + capital);
      }
    } else {
      for (String alias : e.aliases()) {
        if (alias.length() >= 3 && Character.isUpperCase(alias.charAt(0))) {
          phrases.add(alias);
        }
      }
    }
    return phrases;
  }

  /**
   * Every occurrence of the phrases at word boundaries, in the order the per-source search used
   * (source, phrase, paragraph, position), so that an earlier source keeps precedence where
   * mentions would overlap.
   */
  private static List<PhraseMatch> phraseMatches(List<String> paragraphs, Map<String, List<Phrase>> byPrefix,
      List<Phrase> shortPhrases) {
    // one pass over the text finds every phrase at every word start; the matches are then sorted
    List<PhraseMatch> matches = new ArrayList<>();
    // the first characters of the prefixes: most word starts are ruled out without a substring
    java.util.BitSet firsts = new java.util.BitSet();
    for (String prefix : byPrefix.keySet()) {
      firsts.set(prefix.charAt(0));
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      String para = paragraphs.get(p);
      for (int at = 0; at + PREFIX <= para.length(); at++) {
        if (!firsts.get(para.charAt(at)) || at > 0 && Character.isLetterOrDigit(para.charAt(at - 1))) {
          continue;
        }
        List<Phrase> candidates = byPrefix.get(para.substring(at, at + PREFIX));
        if (candidates == null) {
          continue;
        }
        for (Phrase ph : candidates) {
          int end = at + ph.text().length();
          if (para.startsWith(ph.text(), at) && (end == para.length() || !Character.isLetterOrDigit(para.charAt(end)))) {
            matches.add(new PhraseMatch(ph, p, at));
          }
        }
      }
    }
    for (Phrase ph : shortPhrases) {
      for (int p = 0; p < paragraphs.size(); p++) {
        String para = paragraphs.get(p);
        for (int at = wordIndex(para, ph.text(), 0); at >= 0; at = wordIndex(para, ph.text(), at + 1)) {
          matches.add(new PhraseMatch(ph, p, at));
        }
      }
    }
    matches.sort(Comparator.comparingInt((PhraseMatch m) -> m.phrase().entityOrder())
        .thenComparingInt(m -> m.phrase().order()).thenComparingInt(PhraseMatch::paragraph).thenComparingInt(PhraseMatch::at));
    return matches;
  }

  /** Length of the phrase prefix the mention search indexes by (every phrase has at least three characters). */
  private static final int PREFIX = 3;

  private record Phrase(int entityOrder, int order, String text, SourceResolver.Entity entity, boolean government) {}

  private record PhraseMatch(Phrase phrase, int paragraph, int at) {}

  /** The next index of {@code phrase} in {@code text} at word boundaries (case as written), or -1. */
  private static int wordIndex(String text, String phrase, int from) {
    int at = text.indexOf(phrase, from);
    while (at >= 0) {
      int end = at + phrase.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      at = text.indexOf(phrase, at + 1);
    }
    return -1;
  }

  private static boolean overlapsAny(List<Found.Span> mentions, Found.Span span) {
    for (Found.Span m : mentions) {
      if (m.paragraph() == span.paragraph() && m.start() < span.end() && span.start() < m.end()) {
        return true;
      }
    }
    return false;
  }
}
