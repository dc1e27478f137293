package dev.newsmodel.parse.generic;

import dev.newsmodel.parse.html.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Splits a media caption from the credit printed with it ("… (Photo: Jane Doe)", "… REUTERS/Name"). */
final class Captions {
  /** A caption without its credit, either may be absent. */
  record Split(@Nullable String caption, @Nullable String credit) {}

  static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(?iu)^(.*?)[\\s,;:|–—-]*(?:\\(|\\[)?\\s*((?:photo|image|picture|credit|foto|bild|photograph|"
          + "illustration|video)s?(?:\\s+by|\\s*:|\\s*/)\\s*[^()\\[\\]]{2,80}|©\\s*[^()\\[\\]]{2,80}|"
          + "\\b(?:(?-i:[A-Z](?:[A-Za-z&\\s]|\\.(?!\\s)|(?<=\\b[A-Z])\\.){1,30})|dpa|epd)/[A-Z][^()\\[\\]]{1,60}|\\b(?:getty images|afp|ap|reuters|epa|dpa))\\s*(?:\\)|\\])?\\s*$");

  private static final Pattern CREDIT_LABEL = Pattern.compile(
      "(?iu)^(?:photo|image|picture|credit|foto|bild|photograph|illustration|video)s?(?:\\s+by|\\s*:)\\s*");

  private Captions() {}

  // Words one of TRAILING_CREDIT's credits must contain, and those it may end with; compared
  // folded as (?iu) compares ("ı" and "ſ" match "i" and "s").
  private static final String[] CREDIT_WORDS = {
      "photo", "image", "picture", "credit", "foto", "bild", "illustration", "video", "/", "\u00A9"};
  private static final String[] CREDIT_ENDINGS = {"afp", "ap", "reuters", "epa", "dpa"};

  /**
   * False when {@link #TRAILING_CREDIT} cannot match: a cheap test first, since the regex
   * backtracks through the whole caption at every split point.
   */
  static boolean mayHaveCredit(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
    }
    String f = folded.toString();
    for (String w : CREDIT_WORDS) {
      if (f.contains(w)) {
        return true;
      }
    }
    // otherwise only an agency name can end it, before closing brackets, white space and a
    // final line terminator
    int end = f.length();
    while (end > 0 && " \t\n\u000B\f\r)]\u0085\u2028\u2029".indexOf(f.charAt(end - 1)) >= 0) {
      end--;
    }
    for (String w : CREDIT_ENDINGS) {
      if (f.startsWith(w, end - w.length())) {
        return true;
      }
    }
    return false;
  }

  static Split split(String text) {
    String clean = Texts.clean(text);
    if (!mayHaveCredit(clean)) {
      return new Split(Texts.cleanOrNull(clean), null);
    }
    Matcher m = TRAILING_CREDIT.matcher(clean);
    if (m.matches() && m.group(2) != null) {
      String credit = Texts.cleanOrNull(CREDIT_LABEL.matcher(m.group(2)).replaceFirst(""));
      return new Split(Texts.cleanOrNull(m.group(1)), credit);
    }
    return new Split(Texts.cleanOrNull(clean), null);
  }
}
