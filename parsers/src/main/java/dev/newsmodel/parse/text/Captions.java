package dev.newsmodel.parse.text;

import dev.newsmodel.Media;
import dev.newsmodel.parse.html.Texts;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Photo captions and their credits: {@code "... on Dec. 22 (The Asahi Shimbun)"},
 * {@code "... (Reuters/Kim Kyung-Hoon)"}, and the Japanese forms {@code "…=2024年1月1日、東京都、山田太郎撮影"},
 * {@code "…=ロイター"}, {@code "…（朝日新聞社）"}.
 */
public final class Captions {
  /** A caption split into its text and its credit; either may be {@code null}, not both. */
  public record Caption(@Nullable String text, @Nullable String credit) {
    /** Returns the caption as a media item with the given URL (or none). */
    public Media toMedia(@Nullable String url) {
      return new Media(url, text, credit);
    }
  }

  private static final Pattern TRAILING_PAREN = Pattern.compile("^(.*?)\\s*[(（]([^()（）]{2,70})[)）]\\s*$");
  private static final Pattern JAPANESE_PHOTOGRAPHER = Pattern.compile("^(.*?)[、，,]\\s*([^、，,=＝]{2,20}?)撮影\\s*$");
  private static final Pattern JAPANESE_EQUALS_CREDIT = Pattern.compile("^(.*?)\\s*[=＝]\\s*([^=＝、，,]{2,20})\\s*$");
  private static final Pattern JAPANESE_BRACKET_CREDIT = Pattern.compile("^(.*?)\\s*[（(]([^（）()]{2,20}?(?:撮影|提供|社|通信))[）)]\\s*$");
  // Words that make a bracketed tail a credit and not an aside.
  private static final Set<String> CREDIT_WORDS = Set.of(
      "shimbun", "photo", "photos", "photograph", "pictures", "picture", "images", "image", "press",
      "news", "agency", "getty", "courtesy", "provided", "pool", "file", "handout", "reuters", "ap",
      "afp", "epa", "kyodo", "jiji", "xinhua", "yonhap", "bloomberg", "staff", "photographer",
      "video", "screenshot", "illustration");

  private Captions() {}

  /**
   * Returns the caption when the line ends with a bracketed credit (one that names a photo,
   * an agency or a newspaper, e.g. {@code (The Asahi Shimbun)}); empty otherwise.
   */
  public static Optional<Caption> bracketedCredit(String line) {
    String clean = Texts.clean(line);
    Matcher m = TRAILING_PAREN.matcher(clean);
    if (!m.matches()) {
      return Optional.empty();
    }
    String credit = m.group(2).strip();
    if (!isCredit(credit)) {
      return Optional.empty();
    }
    String text = m.group(1).strip();
    return Optional.of(new Caption(text.isEmpty() ? null : text, credit));
  }

  /** Returns whether the text reads as a credit: few words, naming a photo, agency or newspaper. */
  static boolean isCredit(String credit) {
    String[] words = credit.split("[\\s/,]+");
    if (words.length > 8) {
      return false;
    }
    for (String word : words) {
      if (CREDIT_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
        return true;
      }
    }
    return credit.endsWith("撮影") || credit.endsWith("提供") || WireCredits.agency(credit).isPresent();
  }

  /**
   * Splits any caption into text and credit: a bracketed credit or name, a Japanese photographer's
   * credit ({@code 、山田太郎撮影} gives {@code 山田太郎}), or a Japanese {@code =agency}
   * tail; otherwise the whole text is the caption with no credit. Empty for blank text.
   */
  public static Optional<Caption> split(@Nullable String caption) {
    String clean = Texts.clean(caption);
    if (clean.isEmpty()) {
      return Optional.empty();
    }
    Optional<Caption> bracketed = bracketedCredit(clean);
    if (bracketed.isPresent()) {
      return bracketed;
    }
    // In a known caption a bracketed name at the end is the photographer: "(Mika Tanabe)".
    Matcher name = TRAILING_PAREN.matcher(clean);
    if (name.matches() && isName(name.group(2).strip())) {
      return Optional.of(new Caption(blankToNull(name.group(1)), name.group(2).strip()));
    }
    Matcher m = JAPANESE_BRACKET_CREDIT.matcher(clean);
    if (m.matches()) {
      return Optional.of(new Caption(blankToNull(m.group(1)), m.group(2).strip()));
    }
    m = JAPANESE_PHOTOGRAPHER.matcher(clean);
    if (m.matches()) {
      return Optional.of(new Caption(blankToNull(m.group(1)), m.group(2).strip()));
    }
    m = JAPANESE_EQUALS_CREDIT.matcher(clean);
    if (m.matches() && isCredit(m.group(2).strip())) {
      return Optional.of(new Caption(blankToNull(m.group(1)), m.group(2).strip()));
    }
    return Optional.of(new Caption(clean, null));
  }

  private static boolean isName(String text) {
    String[] words = text.split("\\s+");
    if (words.length > 5) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String blankToNull(String text) {
    String t = text.strip();
    return t.isEmpty() ? null : t;
  }
}
