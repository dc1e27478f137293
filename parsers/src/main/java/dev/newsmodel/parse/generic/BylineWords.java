package dev.newsmodel.parse.generic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that introduce a byline, in the languages the generic parser reads: the one list
 * behind every pattern that looks for a byline's cue ("By Jane Doe", "Von Jan Roe",
 * "Autor: Jan Kowal"), strips it from a name, or takes a line that opens with one for something
 * other than the article's text. A language added here reaches all of them.
 */
final class BylineWords {
  /**
   * The prepositions that open a byline, lower case: English, German, French, Spanish and
   * Portuguese, Italian, Dutch, Norwegian and Swedish, Danish.
   */
  static final List<String> PREPOSITIONS = List.of("by", "von", "par", "por", "di", "door", "av", "af");

  /**
   * The prepositions that are also everyday words of a title or a sentence (Italian "di", of;
   * Danish "af", of): they open a byline only on a line of their own, not after a title's
   * separator.
   */
  static final Set<String> EVERYDAY_PREPOSITIONS = Set.of("di", "af");

  /**
   * The labels written with a colon before the author's name, lower case: "Text:", "Texte :",
   * "Autor:", "Autorin:", "Author:", "Auteur :", "Autore:".
   */
  static final List<String> LABELS = List.of("text", "texte", "autor", "autorin", "author", "auteur", "autore");

  /**
   * Prepositions stripped from a text already known to be a byline but never taken as a cue,
   * being the language's everyday "of" and "from" (Portuguese and Italian "da", Romance "de"),
   * and the English phrases of a byline.
   */
  static final List<String> STRIPPED_ONLY = List.of("da", "de", "written by", "reported by");

  /**
   * The labels that name the author in the next text of their own ("<strong>Autor</strong>
   * Jane Doe", "Written by" then a link), lower case, without a colon.
   */
  static final Set<String> AUTHOR_LABELS = Set.of(
      "autor", "autorin", "autorin/autor", "autor/in", "autoren", "author", "authors", "auteur", "auteurs", "autore",
      "autori", "text", "texte", "written by", "reporter", "journalist");

  /** The words of class attributes of bylines: "byline", "article-author", "autor-name". */
  static final String[] CLASS_WORDS = {"byline", "author", "autor", "auteur", "writer", "reporter", "journalist"};

  /**
   * The words of class attributes of elements beside a byline that are not one: its photo, its
   * box, the author's biography, the comments.
   */
  static final String[] NOT_BYLINE_CLASS_WORDS = {
      "bio", "box", "avatar", "image", "img", "photo", "pic", "bild", "foto", "comment", "more", "list", "social",
      "follow", "about", "desc"};

  /**
   * A byline's cue or label and what may follow it before the name, at the start of a text:
   * stripped from names ("By Jane Doe" → "Jane Doe").
   */
  static final Pattern LEADING_CUE = Pattern.compile(
      "(?iu)^(?:" + alternatives(PREPOSITIONS, LABELS, STRIPPED_ONLY) + ")\\s*:?\\s+");

  /** A cue or label standing alone ("Von", "By", "Autor:"): the name is in another element. */
  static final Pattern CUE_ONLY = Pattern.compile(
      "(?i)^(?:" + alternatives(PREPOSITIONS, LABELS) + ")\\s*:?$");

  /** A byline after a title's separator: "by Jane Doe" in "Title | Site | by Jane Doe". */
  static final Pattern TITLE_TAIL = Pattern.compile(
      "(?iu)^(?:" + alternatives(PREPOSITIONS.stream().filter(w -> !EVERYDAY_PREPOSITIONS.contains(w)).toList())
          + ")\\s+\\S.{0,60}$");

  /**
   * A cue inside a longer line, followed by a capitalised name: "capital von Jane Doe 05.
   * November 2024", "Par Jean Dupont". The cue's first letter in either case; a label needs its
   * colon.
   */
  static final Pattern CUE_IN_LINE = Pattern.compile(
      "(?u)(?:^|\\s)(?:" + PREPOSITIONS.stream().map(BylineWords::eitherCaseFirst).collect(Collectors.joining("|"))
          + "|" + LABELS.stream().map(w -> eitherCaseFirst(w) + "\\s*:").collect(Collectors.joining("|"))
          + ")\\s+(?=\\p{Lu})");

  /**
   * A line that is only a byline: a capitalised or upper-case preposition (optionally with a
   * colon) or a capitalised label and its colon, then capitalised names joined by "and" in the
   * cues' languages, commas or "&": "Von Jane Doe", "BY JANE DOE", "Autor: Jan Kowal".
   */
  static final Pattern CUED_LINE = Pattern.compile(
      "(?u)^(?:(?:" + PREPOSITIONS.stream().map(w -> capitalised(w) + "|" + w.toUpperCase(Locale.ROOT))
          .collect(Collectors.joining("|")) + "):?|(?:"
          + LABELS.stream().map(BylineWords::capitalised).collect(Collectors.joining("|")) + ")\\s?:)"
          + "\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|und|and|et|y|e|en|og|och|&|,)|,)*,?\\s*$");

  // What CUED_LINE's lines open with, for a check without the regex: each preposition
  // capitalised and in capitals, each label capitalised.
  private static final String[] LINE_OPENINGS = lineOpenings();
  private static final boolean[] LINE_FIRST_LETTERS = new boolean[128];

  static {
    for (String opening : LINE_OPENINGS) {
      LINE_FIRST_LETTERS[opening.charAt(0)] = true;
    }
  }

  private BylineWords() {}

  /**
   * Whether a text opens as {@link #CUED_LINE}'s lines do, with a cue word capitalised or in
   * capitals: a text that does not is no cued byline, and its element's whole text (a walk of
   * its subtree) need not be built to ask the pattern.
   */
  static boolean opensWithCueWord(String lead) {
    char first = lead.isEmpty() ? 0 : lead.charAt(0);
    if (first >= 128 || !LINE_FIRST_LETTERS[first]) {
      return false;
    }
    for (String opening : LINE_OPENINGS) {
      if (lead.startsWith(opening)) {
        return true;
      }
    }
    return false;
  }

  /** The distinct first letters of the words, lower case: for a label check without a lookup. */
  static String firstLetters(Collection<String> words) {
    return words.stream().map(w -> w.substring(0, 1).toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining());
  }

  private static String[] lineOpenings() {
    List<String> openings = new ArrayList<>();
    for (String w : PREPOSITIONS) {
      openings.add(capitalised(w));
      openings.add(w.toUpperCase(Locale.ROOT));
    }
    for (String w : LABELS) {
      openings.add(capitalised(w));
    }
    return openings.toArray(String[]::new);
  }

  @SafeVarargs
  private static String alternatives(Collection<String>... lists) {
    // Longest first, so that "texte" is tried before "text" and "written by" before "by".
    return java.util.Arrays.stream(lists).flatMap(Collection::stream).distinct()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String eitherCaseFirst(String word) {
    return "[" + word.substring(0, 1).toUpperCase(Locale.ROOT) + word.charAt(0) + "]" + Pattern.quote(word.substring(1));
  }
}
