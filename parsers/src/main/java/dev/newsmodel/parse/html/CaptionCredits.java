package dev.newsmodel.parse.html;

import dev.newsmodel.Media;
import dev.newsmodel.agency.NewsAgencies;
import dev.newsmodel.agency.NewsAgency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Splits photo captions from the credits printed with them, the one splitter of every parser
 * (plain text, generic HTML, outlets). It knows a credit by its form and by the agencies of
 * {@link NewsAgencies#standard()}:
 *
 * <ul>
 *   <li>in brackets at the end: {@code … on Dec. 22 (The Asahi Shimbun)}, {@code (Reuters/Jane
 *       Doe)}, {@code (Photo: Jane Roe)}, a photographer's name {@code (Mika Tanabe)};
 *   <li>the Japanese forms {@code …=2024年1月1日、東京都、山田太郎撮影}, {@code …=ロイター},
 *       {@code …（朝日新聞社）};
 *   <li>an agency's credit, with the usage notice some print after it returned apart: {@code …
 *       REUTERS/Kim Kyung-Hoon}, {@code @someone/via REUTERS}, {@code Handout via AFP}, an agency
 *       alone at the end ({@code … at dawn. AP});
 *   <li>a labelled or signed credit at the end: {@code … Photo: Jane Roe}, {@code © Jane Roe},
 *       {@code Seaview/Jane Roe}.
 * </ul>
 *
 * A label ({@code Photo:}, {@code Photo by}) is not part of the credit. Nothing here throws: text
 * with no credit is all caption.
 */
public final class CaptionCredits {
  /**
   * A caption split into its text, its credit and what was printed after the credit.
   *
   * @param caption the caption without its credit, or {@code null} when there is none
   * @param credit the credit, e.g. {@code REUTERS/Kim Kyung-Hoon}, or {@code null}
   * @param notice a usage notice printed after the credit ({@code MANDATORY CREDIT. NO RESALES.}),
   *     or {@code null}
   */
  public record Split(@Nullable String caption, @Nullable String credit, @Nullable String notice) {
    /** Nothing at all, what a blank text gives. */
    public static final Split NONE = new Split(null, null, null);

    /**
     * Returns the caption as a media item.
     *
     * @param url the media's URL, or {@code null} when the page gives none
     * @return the media item with this caption and credit
     */
    public Media toMedia(@Nullable String url) {
      return new Media(url, caption, credit);
    }

    /**
     * Returns whether there is neither caption nor credit.
     *
     * @return true for the split of a blank text
     */
    public boolean isEmpty() {
      return caption == null && credit == null;
    }
  }

  private static final NewsAgencies AGENCIES = NewsAgencies.standard();

  // ---- bracketed credits and the Japanese forms

  // "… (Credit)", "…（朝日新聞社）", "… [사진 출처 = 연합뉴스]": the credit is group 2 or 3
  private static final Pattern TRAILING_PAREN = Pattern.compile(
      "^(.*?)\\s*(?:[(（]([^()（）]{2,70})[)）]|\\[([^\\[\\]]{2,70})\\])\\s*$");
  private static final Pattern JAPANESE_PHOTOGRAPHER = Pattern.compile("^(.*?)[、，,]\\s*([^、，,=＝]{2,20}?)撮影\\s*$");
  private static final Pattern JAPANESE_EQUALS_CREDIT = Pattern.compile("^(.*?)\\s*[=＝]\\s*([^=＝、，,\\[\\]]{2,20})\\s*$");
  private static final Pattern JAPANESE_BRACKET_CREDIT = Pattern.compile("^(.*?)\\s*[（(]([^（）()]{2,20}?(?:撮影|提供|社|通信))[）)]\\s*$");
  // Words that make a bracketed tail a credit and not an aside; agencies' names do too.
  private static final Set<String> CREDIT_WORDS = Set.of(
      "shimbun", "photo", "photos", "photograph", "pictures", "picture", "images", "image", "press",
      "news", "agency", "getty", "courtesy", "provided", "pool", "file", "handout", "staff", "photographer",
      "video", "screenshot", "illustration", "unsplash", "shutterstock", "istock", "alamy", "imago", "keystone");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");

  // ---- agencies' credits: REUTERS/Name, @someone/via AFP, AP alone at the end

  // A photographer's name: capitalised words (at least one lower-case letter each, so an
  // all-caps notice is not taken for a name) with the usual lower-case particles between them.
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*\\p{Ll}[\\p{L}\\p{M}'’.\\-]*";
  private static final String PARTICLE = "(?:al|el|de|da|del|della|di|du|dos|das|van|von|der|bin|ibn|le|la)";
  private static final String PREFIXED = "(?:al|el|ad|as|ar|at|az|an)-" + WORD;
  private static final String NAME = WORD + "(?:\\s+(?:(?:" + PARTICLE + "\\s+)?" + WORD + "|" + PREFIXED + ")){0,4}";
  // The same without dots, for a name before a spaced slash, which a sentence may end just before:
  // "… 3. Juli. Jane Roe / Pool via Reuters".
  private static final String PLAIN_WORD = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{Ll}[\\p{L}\\p{M}'’\\-]*";
  private static final String PLAIN_NAME = PLAIN_WORD + "(?:\\s+" + PLAIN_WORD + "){0,3}";
  // Every agency name: an agency named before a slash or after "via" is a credit of its own.
  private static final String AGENCY = "(?i:" + AGENCIES.names(NewsAgency.Scope.CREDIT_LINE).stream()
      .map(Pattern::quote).collect(Collectors.joining("|")) + ")";
  private static final Pattern AGENCY_CREDIT = Pattern.compile(
      "(?<![\\p{L}/])("
          // REUTERS/Name[/File Photo]  or  Someone/AFP/Name
          + "(?:[^\\s/]+/)?" + AGENCY + "(?:\\s+TV)?/" + NAME + "(?:/" + NAME + ")*"
          // @someone/via REUTERS, Agency/Name via REUTERS, Handout via AFP
          + "|(?:(?:" + NAME + "|[^\\s/]+)/|" + PLAIN_NAME + "\\s+/\\s+)?(?:" + NAME + "\\s+)?(?:(?:Handout|HANDOUT)\\s+)?(?i:via)\\s+" + AGENCY + "(?:\\s+TV)?"
          + ")");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s;,:\\-–]+$");
  private static final Pattern OPENING_PUNCT = Pattern.compile("[\\s,;:|–—\\-]*[(\\[]?\\s*$");

  // ---- labelled and signed credits: Photo: Jane Roe, © Jane Roe, Seaview/Jane Roe, Getty Images

  static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(?iu)^(.*?)[\\s,;:|–—-]*(?:\\(|\\[)?\\s*((?:photo|image|picture|credit|foto|bild|photograph|"
          + "illustration|video|фото)s?(?:\\s+by|\\s*:|\\s*/)\\s*[^()\\[\\]]{2,80}|©\\s*[^()\\[\\]]{2,80}|"
          + "\\b(?:(?-i:[A-Z](?:[A-Za-z&\\s]|\\.(?!\\s)|(?<=\\b[A-Z])\\.){1,30})|dpa|epd)/[A-Z][^()\\[\\]]{1,60}|\\bgetty images)\\s*(?:\\)|\\])?\\s*$");
  // "Photo: ", "Photo by ", "Image credit: ", "Quelle: ", "Фото: ", "사진 출처 = ": says what the credit is, is none of it
  private static final Pattern CREDIT_LABEL = Pattern.compile(
      "(?iu)^(?:(?:(?:photo|image|picture|foto|bild|photograph|illustration|video)s?\\s+)?"
          + "(?:photo|image|picture|credit|foto|bild|photograph|illustration|video|фото)s?|quelle|source|fuente|fonte)"
          + "(?:\\s+by|\\s*:)\\s*|^사진(?:\\s*출처)?\\s*[=:]\\s*");
  // Words one of TRAILING_CREDIT's credits must contain; compared folded as (?iu) compares ("ı"
  // and "ſ" match "i" and "s").
  private static final String[] TRAILING_CREDIT_WORDS = {
      "photo", "image", "picture", "credit", "foto", "bild", "illustration", "video", "фото", "/", "\u00A9"};

  private CaptionCredits() {}

  /**
   * Returns the split when a line reads as a caption among paragraphs: it ends with a bracketed
   * credit that names a photo, an agency or a newspaper ({@code (The Asahi Shimbun)}, {@code
   * (Reuters/Jane Doe)}). Stricter than {@link #split}, since a paragraph may end in brackets.
   *
   * @param line a line or block of text
   * @return the caption and its credit, or empty when the line does not end with such a credit
   */
  public static Optional<Split> bracketedCredit(String line) {
    return Optional.ofNullable(bracketed(Texts.clean(line)));
  }

  private static @Nullable Split bracketed(String clean) {
    Matcher m = TRAILING_PAREN.matcher(clean);
    if (!m.matches()) {
      return null;
    }
    String credit = bracketContent(m);
    if (!isCredit(credit)) {
      return null;
    }
    return withLabelledBefore(m.group(1), withoutLabel(credit));
  }

  private static String bracketContent(Matcher trailingParen) {
    String inside = trailingParen.group(2) != null ? trailingParen.group(2) : trailingParen.group(3);
    return inside.strip();
  }

  /**
   * The split of a caption whose bracketed credit follows a labelled one: "… Foto: Jane Roe
   * (Keystone)" is credited to {@code Jane Roe (Keystone)}, the label left out.
   */
  private static Split withLabelledBefore(String before, String credit) {
    String caption = before.strip();
    if (mayHaveCredit(caption)) {
      Matcher m = TRAILING_CREDIT.matcher(caption);
      if (m.matches() && m.group(2) != null && CREDIT_LABEL.matcher(m.group(2)).lookingAt()) {
        return new Split(blankToNull(m.group(1)), withoutLabel(m.group(2)) + " (" + credit + ")", null);
      }
    }
    return new Split(blankToNull(caption), credit, null);
  }

  /**
   * Splits a text known to be a caption (a figure's caption, an image's alt text) into caption,
   * credit and notice.
   *
   * @param text the caption as printed, or {@code null}
   * @return the split; {@link Split#NONE} for a blank or null text, the whole text as caption when
   *     it has no credit
   */
  public static Split split(@Nullable String text) {
    String clean = Texts.clean(text);
    if (clean.isEmpty()) {
      return Split.NONE;
    }
    Split bracketed = bracketed(clean);
    if (bracketed != null) {
      return bracketed;
    }
    // In a known caption a bracketed name at the end is the photographer: "(Mika Tanabe)".
    Matcher m = TRAILING_PAREN.matcher(clean);
    if (m.matches() && isName(bracketContent(m))) {
      return withLabelledBefore(m.group(1), bracketContent(m));
    }
    m = JAPANESE_BRACKET_CREDIT.matcher(clean);
    if (m.matches()) {
      return new Split(blankToNull(m.group(1)), m.group(2).strip(), null);
    }
    m = JAPANESE_PHOTOGRAPHER.matcher(clean);
    if (m.matches()) {
      return new Split(blankToNull(m.group(1)), m.group(2).strip(), null);
    }
    m = JAPANESE_EQUALS_CREDIT.matcher(clean);
    if (m.matches() && isCredit(m.group(2).strip())) {
      return new Split(blankToNull(m.group(1)), m.group(2).strip(), null);
    }
    Split agency = agencyCredit(clean);
    if (agency != null) {
      return agency;
    }
    if (mayHaveCredit(clean)) {
      m = TRAILING_CREDIT.matcher(clean);
      if (m.matches() && m.group(2) != null) {
        return new Split(blankToNull(m.group(1)), withoutLabel(m.group(2)), null);
      }
    }
    // last, since a label or a sign before it makes a longer credit: "… — © BELGA"
    Split alone = agencyAtEnd(clean);
    return alone != null ? alone : new Split(clean, null, null);
  }

  /**
   * An agency's credit: the last one in the caption ({@code REUTERS/Name}, {@code via AFP}) with
   * only a notice in capitals after it; null when none.
   */
  private static @Nullable Split agencyCredit(String text) {
    if (text.indexOf('/') < 0 && !containsVia(text)) {
      return null; // the regex needs one or the other: skip its scan of every index
    }
    Matcher m = AGENCY_CREDIT.matcher(text);
    int start = -1;
    int end = -1;
    while (m.find()) {
      // credits in a row are one: "NTB/Ola Berg via REUTERS"
      if (start < 0 || !text.substring(end, m.start(1)).isBlank()) {
        start = m.start(1);
      }
      end = m.end(1);
    }
    String notice = start < 0 ? "" : text.substring(end);
    if (start < 0 || !notice.equals(notice.toUpperCase(Locale.ROOT))) {
      return null; // none, or the caption goes on after it: "sent via AP shows the flood"
    }
    String caption = TRAILING_PUNCT.matcher(text.substring(0, start)).replaceFirst("");
    return new Split(blankToNull(caption), blankToNull(text.substring(start, end)), noticeOrNull(notice));
  }

  /**
   * An agency's name ending the caption, as the vocabulary prints it or in capitals, before
   * nothing but closing brackets: {@code … at dawn. AP}, {@code … REUTERS}, {@code … AFP )}.
   */
  private static @Nullable Split agencyAtEnd(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ')'
        || text.charAt(end - 1) == ']')) {
      end--;
    }
    int start = end;
    // the last two words at most: "Associated Press", "Kyodo News"
    for (int words = 0; words < 3 && start > 0; words++) {
      int s = start;
      while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      String name = text.substring(s, end);
      if (name.isEmpty() || !Character.isLetter(text.charAt(s))) {
        break;
      }
      Optional<NewsAgency> agency = AGENCIES.find(name);
      boolean capitals = name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
      if (agency.isPresent() && afterSlash(text, s) && (capitals || isPrinted(agency.get(), name))) {
        int from = creditBeforeSlash(text, s);
        if (from < 0) {
          return null;
        }
        String caption = OPENING_PUNCT.matcher(text.substring(0, from)).replaceFirst("");
        return new Split(blankToNull(caption), text.substring(from, end), null);
      }
      if (agency.isPresent() && (capitals || isPrinted(agency.get(), name) && followsPunctuation(text, s))) {
        String caption = OPENING_PUNCT.matcher(text.substring(0, s)).replaceFirst("");
        return new Split(blankToNull(caption), name, null);
      }
      start = s;
      while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
    }
    return null;
  }

  /** Whether {@code name} is one of the agency's names exactly as the vocabulary prints it. */
  private static boolean isPrinted(NewsAgency agency, String name) {
    for (NewsAgency.Alias alias : agency.aliases()) {
      if (alias.text().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text before {@code at} ends, after white space, in punctuation or nothing: an
   * agency after a full stop ends the caption as a credit, "Mayor Jane Bloomberg" does not.
   */
  private static boolean followsPunctuation(String text, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /**
   * Where the credit starts that ends with "/ Agency" at {@code at}: at the photographer's name
   * before the slash, one to four capitalised words ("BERTRAND ROE / AFP", "Jane Roe / Reuters",
   * "@someone via X / Reuters"); -1 when no name is there.
   */
  private static int creditBeforeSlash(String text, int at) {
    int slash = text.lastIndexOf('/', at - 1);
    int from = -1;
    int i = slash;
    for (int words = 0; words < 4; words++) {
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      int wordEnd = i;
      while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      if (i == wordEnd) {
        break;
      }
      String word = text.substring(i, wordEnd);
      char first = word.charAt(0);
      char last = word.charAt(word.length() - 1);
      boolean via = word.equals("via") && from >= 0;
      if (!via && !(Character.isUpperCase(first) || first == '@') || ".,;:".indexOf(last) >= 0) {
        break;
      }
      from = via ? from : i;
      if (via) {
        words--; // "via" joins two parts of one credit
      } else if (first == '@') {
        break; // a handle opens the credit
      }
    }
    return from;
  }

  private static boolean afterSlash(String text, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i > 0 && text.charAt(i - 1) == '/';
  }

  private static boolean containsVia(String text) {
    for (int i = text.indexOf('v'), j = text.indexOf('V'); i >= 0 || j >= 0; ) {
      int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
      if (text.regionMatches(true, at, "via ", 0, 4)) {
        return true;
      }
      if (at == i) {
        i = text.indexOf('v', i + 1);
      } else {
        j = text.indexOf('V', j + 1);
      }
    }
    return false;
  }

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
    for (String w : TRAILING_CREDIT_WORDS) {
      if (f.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the text reads as a credit: few words, naming a photo, agency or newspaper. */
  static boolean isCredit(String credit) {
    String[] words = credit.split("[\\s/,]+");
    if (words.length > 8) {
      return false;
    }
    for (String word : words) {
      String letters = NON_LETTERS.matcher(word).replaceAll("");
      if (CREDIT_WORDS.contains(letters.toLowerCase(Locale.ROOT)) || !letters.isEmpty() && AGENCIES.find(letters).isPresent()) {
        return true;
      }
    }
    return credit.endsWith("撮影") || credit.endsWith("提供") || AGENCIES.find(credit).isPresent();
  }

  private static String withoutLabel(String credit) {
    String c = Texts.clean(CREDIT_LABEL.matcher(credit).replaceFirst(""));
    return c.isEmpty() ? credit.strip() : c;
  }

  // two to five capitalised words: one word in brackets is as often a place ("(Jerusalem)") as a name
  private static boolean isName(String text) {
    String[] words = text.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String noticeOrNull(String notice) {
    for (int i = 0; i < notice.length(); i++) {
      if (Character.isLetterOrDigit(notice.charAt(i))) {
        return notice.strip();
      }
    }
    return null;
  }

  private static @Nullable String blankToNull(String text) {
    String t = text.strip();
    return t.isEmpty() ? null : t;
  }
}
