package dev.newsmodel.parse.generic;

import dev.newsmodel.parse.html.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Splits a media caption from the credit printed with it ("… (Photo: Jane Doe)", "… REUTERS/Name"). */
final class Captions {
  /** A caption without its credit, either may be absent. */
  record Split(@Nullable String caption, @Nullable String credit) {}

  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(?iu)^(.*?)[\\s,;:|–—-]*(?:\\(|\\[)?\\s*((?:photo|image|picture|credit|foto|bild|photograph|"
          + "illustration|video)s?(?:\\s+by|\\s*:|\\s*/)\\s*[^()\\[\\]]{2,80}|©\\s*[^()\\[\\]]{2,80}|"
          + "[A-Z][A-Za-z.&\\s]{1,30}/[A-Z][^()\\[\\]]{1,60}|getty images|afp|ap|reuters|epa|dpa)\\s*(?:\\)|\\])?\\s*$");

  private static final Pattern CREDIT_LABEL = Pattern.compile(
      "(?iu)^(?:photo|image|picture|credit|foto|bild|photograph|illustration|video)s?(?:\\s+by|\\s*:)\\s*");

  private Captions() {}

  static Split split(String text) {
    String clean = Texts.clean(text);
    Matcher m = TRAILING_CREDIT.matcher(clean);
    if (m.matches() && m.group(2) != null) {
      String credit = Texts.cleanOrNull(CREDIT_LABEL.matcher(m.group(2)).replaceFirst(""));
      return new Split(Texts.cleanOrNull(m.group(1)), credit);
    }
    return new Split(Texts.cleanOrNull(clean), null);
  }
}
