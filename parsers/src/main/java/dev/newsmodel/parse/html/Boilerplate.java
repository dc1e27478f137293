package dev.newsmodel.parse.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Tells page furniture from article text by the markup's own words: tag names, ARIA roles and
 * the tokens of {@code class} and {@code id} attributes ({@code share-bar}, {@code related},
 * {@code newsletter}…), and by the short stock phrases sites put between paragraphs
 * ("Advertisement", "Read more"). Reasons are the short words {@link dev.newsmodel.RemovedText}
 * uses. Stateless; every method is cheap enough to call once per element.
 */
public final class Boilerplate {
  /** Reason for navigation menus, breadcrumbs and pagers. */
  public static final String NAVIGATION = "navigation";
  /** Reason for share and social-media bars. */
  public static final String SHARE_BAR = "share-bar";
  /** Reason for advertisements and sponsored slots. */
  public static final String ADVERTISEMENT = "advertisement";
  /** Reason for related-story and recommendation lists. */
  public static final String RELATED = "related";
  /** Reason for reader comments. */
  public static final String COMMENTS = "comments";
  /** Reason for newsletter and subscription boxes. */
  public static final String NEWSLETTER = "newsletter";
  /** Reason for cookie and consent notices. */
  public static final String COOKIE_NOTICE = "cookie-notice";
  /** Reason for sidebars and widgets. */
  public static final String SIDEBAR = "sidebar";
  /** Reason for page and article footers. */
  public static final String FOOTER = "footer";
  /** Reason for page and article headers. */
  public static final String HEADER = "header";
  /** Reason for captions and credits that belong to media. */
  public static final String CAPTION = "caption";
  /** Reason for author boxes. */
  public static final String AUTHOR_BOX = "author-box";
  /** Reason for tag and topic lists. */
  public static final String TAGS = "tags";
  /** Reason for text the page hides. */
  public static final String HIDDEN = "hidden";
  /** Reason for embedded players and their consent placeholders. */
  public static final String EMBED = "embed";
  /** Reason for stock phrases between paragraphs. */
  public static final String PROMO = "promo";

  private static final Map<String, String> EXACT_TOKENS = Map.ofEntries(
      Map.entry("nav", NAVIGATION), Map.entry("navbar", NAVIGATION), Map.entry("navigation", NAVIGATION),
      Map.entry("menu", NAVIGATION), Map.entry("breadcrumb", NAVIGATION), Map.entry("breadcrumbs", NAVIGATION),
      Map.entry("pagination", NAVIGATION), Map.entry("pager", NAVIGATION), Map.entry("masthead", NAVIGATION),
      Map.entry("skiplink", NAVIGATION), Map.entry("toc", NAVIGATION),
      Map.entry("share", SHARE_BAR), Map.entry("sharing", SHARE_BAR), Map.entry("social", SHARE_BAR),
      Map.entry("sns", SHARE_BAR), Map.entry("addthis", SHARE_BAR), Map.entry("sharethis", SHARE_BAR),
      Map.entry("shares", SHARE_BAR),
      Map.entry("ad", ADVERTISEMENT), Map.entry("ads", ADVERTISEMENT), Map.entry("adv", ADVERTISEMENT),
      Map.entry("dfp", ADVERTISEMENT), Map.entry("gpt", ADVERTISEMENT), Map.entry("adslot", ADVERTISEMENT),
      Map.entry("adunit", ADVERTISEMENT), Map.entry("banner", ADVERTISEMENT), Map.entry("outbrain", ADVERTISEMENT),
      Map.entry("taboola", ADVERTISEMENT), Map.entry("commercial", ADVERTISEMENT), Map.entry("adsense", ADVERTISEMENT),
      Map.entry("adcontainer", ADVERTISEMENT), Map.entry("advertising", ADVERTISEMENT),
      Map.entry("trending", RELATED), Map.entry("popular", RELATED), Map.entry("mostread", RELATED),
      Map.entry("readmore", RELATED), Map.entry("morestories", RELATED), Map.entry("teaser", RELATED),
      Map.entry("teasers", RELATED), Map.entry("promo", RELATED), Map.entry("promos", RELATED),
      Map.entry("comment", COMMENTS), Map.entry("comments", COMMENTS), Map.entry("disqus", COMMENTS),
      Map.entry("commentlist", COMMENTS), Map.entry("respond", COMMENTS), Map.entry("replies", COMMENTS),
      Map.entry("signup", NEWSLETTER), Map.entry("subscription", NEWSLETTER),
      Map.entry("consent", COOKIE_NOTICE), Map.entry("gdpr", COOKIE_NOTICE),
      Map.entry("sidebar", SIDEBAR), Map.entry("rail", SIDEBAR), Map.entry("widget", SIDEBAR),
      Map.entry("aside", SIDEBAR), Map.entry("footer", FOOTER), Map.entry("header", HEADER),
      Map.entry("caption", CAPTION), Map.entry("figcaption", CAPTION), Map.entry("credit", CAPTION),
      Map.entry("credits", CAPTION),
      Map.entry("bio", AUTHOR_BOX), Map.entry("tags", TAGS), Map.entry("keywords", TAGS),
      Map.entry("hidden", HIDDEN), Map.entry("hide", HIDDEN), Map.entry("sronly", HIDDEN),
      Map.entry("offscreen", HIDDEN));
  private static final String[][] PREFIX_TOKENS = {
      {"sharebar", SHARE_BAR}, {"sharetool", SHARE_BAR}, {"socialshare", SHARE_BAR}, {"socialmedia", SHARE_BAR},
      {"advert", ADVERTISEMENT}, {"sponsor", ADVERTISEMENT}, {"adslot", ADVERTISEMENT}, {"googlead", ADVERTISEMENT},
      {"related", RELATED}, {"recommend", RELATED}, {"newsletter", NEWSLETTER}, {"subscribe", NEWSLETTER},
      {"cookie", COOKIE_NOTICE}, {"breadcrumb", NAVIGATION}, {"sidebar", SIDEBAR}, {"outbrain", ADVERTISEMENT},
      {"taboola", ADVERTISEMENT}};
  // Two-token phrases that only mean furniture together ("read more", "author box").
  private static final Set<String> PAIRS = Set.of(
      "read more", "more stories", "most read", "most popular", "more from", "author box", "author info",
      "about author", "screen reader", "visually hidden", "sr only", "see also", "you may", "also read",
      "next article", "more news", "top stories", "latest news", "share tools", "social links",
      "author bio", "article tags", "tag list", "story tags", "post tags", "more articles", "print only",
      "ad wrapper", "inline ad", "ad container", "ad slot", "story promo", "article promo", "also like");
  // The first words of PAIRS: only after one of them can a token complete a pair.
  private static final Set<String> PAIR_FIRSTS = PAIRS.stream().map(p -> p.substring(0, p.indexOf(' ')))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  // Class/id words that say "this is the content": readability's exception for unlikely candidates.
  private static final Set<String> CONTENT_WORDS = Set.of(
      "article", "body", "content", "main", "story", "entry", "post", "text", "column", "articlebody",
      "storybody", "richtext", "prose");
  // The first two characters (a-z, 0-9) of every word that can change a verdict: exact tokens,
  // prefixes, both words of the pairs and the content words. A token not starting with one of
  // them is skipped without being made a String (hashed class names, utility classes).
  private static final boolean[] RELEVANT_STARTS = relevantStarts();
  private static final Set<String> WEAK = Set.of(SIDEBAR, HEADER, FOOTER, TAGS, RELATED, NAVIGATION, AUTHOR_BOX);

  private static final Pattern VARIANT_CLASS = Pattern.compile("\\S*:\\S*");
  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  // Package-private: the equivalence test checks isStockPhrase's shortcut against it.
  static final Pattern STOCK_PHRASE = Pattern.compile(
      "(?iu)^\\W*(?:advertisement|advertisements|anzeige|werbung|publicité|publicidad|sponsored( content)?|"
          + "ad|story continues below(?: advertisement)?|article continues below(?: advertisement)?|"
          + "continue reading(?: below| the main story)?|(?:read|see) (?:more|also|next)(?::.*)?|"
          + "related(?: (?:stories|articles|content|coverage|news))?(?::.*)?|"
          + "share(?: this)?(?: (?:article|story|page|on \\w+))?|(?:share|follow us) on .{0,40}|"
          + "(?:click|tap) here.{0,80}|sign up.{0,120}|subscribe.{0,120}|"
          + "(?:facebook|twitter|linkedin|whatsapp|pinterest|email|e-mail|print|copy link|reddit)"
          + "(?:\\s*[,|·/]?\\s*(?:facebook|twitter|linkedin|whatsapp|pinterest|email|e-mail|print|copy link|reddit))*|"
          + "(?:watch|listen)(?: now)?:.{0,100}|(?:photo|image|video|getty images|ap photo)|"
          + "loading.{0,20}|(?:we|this site) uses? cookies.*|"
          + "(?:more|latest) (?:from|on|in) .{0,60}|(?:recommended|most (?:read|popular|viewed))(?: \\w+)?|"
          + "(?:all rights reserved|copyright|©).{0,200}|back to top|skip (?:to|ad).{0,40}|"
          + "(?:don't|do not) miss.{0,100}|(?:also|you may also|you might also) (?:read|like|be interested in).{0,200})\\W*$");

  private Boilerplate() {}

  /**
   * Returns why the element is page furniture, judged by its tag, role, hidden state and the
   * words of its class and id. {@code html}, {@code body}, {@code main}, {@code article} and
   * {@code itemprop=articleBody} elements are never furniture.
   *
   * @param element the element
   * @return the reason, e.g. {@code navigation}; empty when nothing says the element is furniture
   */
  public static Optional<String> reasonFor(Element element) {
    return Optional.ofNullable(reason(element, null));
  }

  /**
   * As {@link #reasonFor(Element)}, with a memo the caller keeps for one document: pages repeat
   * the same class names on many elements, and each distinct class/id string is then judged
   * once. The memo maps those strings to their reason ({@code ""} for none); it is not
   * thread-safe, so keep one per document and thread.
   *
   * @param element the element
   * @param memo the caller's map, or {@code null} for none
   * @return the reason; empty when nothing says the element is furniture
   */
  public static Optional<String> reasonFor(Element element, java.util.@Nullable Map<String, String> memo) {
    return Optional.ofNullable(reason(element, memo));
  }

  private static @Nullable String reason(Element element, java.util.@Nullable Map<String, String> memo) {
    String tag = element.normalName();
    switch (tag) {
      case "html", "body", "main", "article":
        return null;
      case "nav":
        return NAVIGATION;
      case "aside":
        return SIDEBAR;
      case "footer":
        return FOOTER;
      case "figcaption":
        return CAPTION;
      default:
        break;
    }
    int attributes = element.attributesSize();
    if (attributes == 0) {
      return null;
    }
    // Most elements have a class, an id or both and nothing else: then none of the attribute
    // tests below can hold, and their five lookups are skipped.
    if (attributes > 2 || attributes > (element.hasAttr("class") ? 1 : 0) + (element.hasAttr("id") ? 1 : 0)) {
      // An embedded video's consent placeholder or player text is not the article's.
      String itemtype = element.attr("itemtype");
      if (!itemtype.isEmpty() && (itemtype.endsWith("VideoObject") || itemtype.endsWith("AudioObject"))) {
        return EMBED;
      }
      String itemprop = element.attr("itemprop");
      if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
        return null;
      }
      String style = element.attr("style");
      if (element.hasAttr("hidden") || (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find())) {
        return HIDDEN;
      }
      String role = element.attr("role").toLowerCase(Locale.ROOT);
      switch (role) {
        case "navigation", "menubar", "menu":
          return NAVIGATION;
        case "complementary":
          return SIDEBAR;
        case "contentinfo":
          return FOOTER;
        case "banner":
          return HEADER;
        case "dialog", "alertdialog":
          return COOKIE_NOTICE;
        default:
          break;
      }
    }
    // One string of the class and id words; no concatenation when only one is there.
    String className = element.className();
    String id = element.id();
    String words = id.isEmpty() ? className : className.isEmpty() ? id : className + " " + id;
    if (words.isBlank()) {
      return null;
    }
    if (memo == null) {
      return wordsReason(words);
    }
    String known = memo.get(words);
    if (known == null) {
      String reason = wordsReason(words);
      known = reason == null ? "" : reason;
      memo.put(words, known);
    }
    return known.isEmpty() ? null : known;
  }

  /**
   * Returns the furniture reason that the words of a class/id attribute name; a weak reason
   * (sidebar, header, footer…) is dropped when the same words also say content.
   *
   * @param words the class and id words, e.g. {@code share-bar top}
   * @return the reason; empty when the words name none
   */
  public static Optional<String> reasonForWords(String words) {
    return Optional.ofNullable(wordsReason(words));
  }

  private static @Nullable String wordsReason(String words) {
    // Utility classes with a variant prefix ("print:hidden", "md:flex") style other media or
    // states, not what the element is: leave them out.
    String plain = words.indexOf(':') < 0 ? words : VARIANT_CLASS.matcher(words).replaceAll(" ");
    Verdict verdict = new Verdict();
    forEachToken(plain, verdict);
    // Content words cancel weak reasons and words that only begin like furniture
    // ("advertorial", "related-topic-text").
    if (verdict.found != null && verdict.content && (WEAK.contains(verdict.found) || verdict.prefixMatch)) {
      return null;
    }
    return verdict.found;
  }

  /**
   * Returns whether a reason is a weak one: a layout word (sidebar, header, footer, navigation,
   * related, tags, author box) that sites also put on wrappers of the article itself, as
   * opposed to the strong ones (advertisement, comments, hidden, share bar…).
   *
   * @param reason a reason this class returns
   * @return whether content words or content inside the element may cancel it
   */
  public static boolean isWeak(String reason) {
    return WEAK.contains(reason);
  }

  /**
   * Returns whether an element's class/id words name both a weak reason and content, as
   * layout grids name their columns ({@code sidebar-grid__content article__content}): the
   * content column of a layout whose wrappers carry the layout's furniture-like name.
   *
   * @param element the element
   * @return whether its words say a weak reason and content together
   */
  public static boolean namesContentInLayout(Element element) {
    Verdict verdict = new Verdict();
    forEachToken(element.className() + " " + element.id(), verdict);
    return verdict.content && verdict.found != null && WEAK.contains(verdict.found);
  }

  /**
   * Returns whether class/id words also name content ("article-body", "story text").
   *
   * @param element the element whose {@code class} and {@code id} are read
   * @return {@code true} when they name content
   */
  public static boolean namesContent(Element element) {
    Verdict verdict = new Verdict();
    forEachToken(element.className() + " " + element.id(), verdict);
    return verdict.content;
  }

  private static int charIndex(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
  }

  private static boolean[] relevantStarts() {
    java.util.List<String> words = new java.util.ArrayList<>(EXACT_TOKENS.keySet());
    words.addAll(CONTENT_WORDS);
    for (String pair : PAIRS) {
      words.addAll(java.util.Arrays.asList(pair.split(" ")));
    }
    for (String[] prefix : PREFIX_TOKENS) {
      words.add(prefix[0]);
    }
    boolean[] starts = new boolean[36 * 36];
    for (String w : words) {
      if (w.length() < 2 || charIndex(w.charAt(0)) < 0 || charIndex(w.charAt(1)) < 0) {
        throw new IllegalStateException("furniture word not two lower-case alphanumerics long: " + w);
      }
      starts[charIndex(w.charAt(0)) * 36 + charIndex(w.charAt(1))] = true;
    }
    return starts;
  }

  // Whether the token cut in token[0, length) may be one of the furniture, pair or content words.
  private static boolean mayMatter(char[] token, int length) {
    return length >= 2 && RELEVANT_STARTS[charIndex(token[0]) * 36 + charIndex(token[1])];
  }

  /** A known word, its exact-token reason, whether it names content, whether it begins a pair. */
  private record Word(String text, @Nullable String reason, boolean content, boolean pairFirst) {}

  // EXACT_TOKENS, CONTENT_WORDS and PAIR_FIRSTS by the index of their first two characters
  // (RELEVANT_STARTS'): a token is compared with the few words that start as it does, in the
  // caller's char array, instead of being made a String for a map lookup.
  private static final Word[][] WORDS_BY_START = wordsByStart();

  private static Word[][] wordsByStart() {
    Set<String> all = new java.util.TreeSet<>(EXACT_TOKENS.keySet());
    all.addAll(CONTENT_WORDS);
    all.addAll(PAIR_FIRSTS);
    Word[][] byStart = new Word[36 * 36][];
    for (String w : all) {
      int start = charIndex(w.charAt(0)) * 36 + charIndex(w.charAt(1));
      Word word = new Word(w, EXACT_TOKENS.get(w), CONTENT_WORDS.contains(w), PAIR_FIRSTS.contains(w));
      byStart[start] = byStart[start] == null ? new Word[] {word} : java.util.Arrays.copyOf(byStart[start], byStart[start].length + 1);
      byStart[start][byStart[start].length - 1] = word;
    }
    return byStart;
  }

  // The known word that token[0, length) is, or null; start is the index of its first two characters.
  private static @Nullable Word word(char[] token, int length, int start) {
    Word[] words = WORDS_BY_START[start];
    if (words == null) {
      return null;
    }
    for (Word w : words) {
      if (w.text().length() == length && startsWith(token, w.text())) {
        return w;
      }
    }
    return null;
  }

  // Whether the token's characters begin with the word; the caller knows the token is as long.
  private static boolean startsWith(char[] token, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (token[i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // PREFIX_TOKENS by their first letter, in their order.
  private static final String[][][] PREFIXES_BY_FIRST = prefixesByFirst();

  private static String[][][] prefixesByFirst() {
    String[][][] byFirst = new String[36][][];
    for (String[] prefix : PREFIX_TOKENS) {
      int c = charIndex(prefix[0].charAt(0));
      byFirst[c] = byFirst[c] == null ? new String[][] {prefix} : java.util.Arrays.copyOf(byFirst[c], byFirst[c].length + 1);
      byFirst[c][byFirst[c].length - 1] = prefix;
    }
    return byFirst;
  }

  /** What the tokens of one class/id attribute say, token by token. */
  private static final class Verdict implements TokenSink {
    @Nullable String found;
    boolean prefixMatch;
    boolean content;
    String previous = "";
    boolean previousBeginsPair;

    // A token that cannot matter only ends a possible pair, as a word that is no pair's first does.
    @Override
    public void accept(char[] token, int length) {
      int start = length >= 2 ? charIndex(token[0]) * 36 + charIndex(token[1]) : -1;
      if (start >= 0 && RELEVANT_STARTS[start]) {
        add(token, length, start);
      } else {
        previous = "";
        previousBeginsPair = false;
      }
    }

    // token[0, length): two or more of a-z and 0-9 whose first two may begin a word that matters.
    // A String is made of it only to look up a pair after a pair's first word.
    void add(char[] token, int length, int start) {
      Word word = word(token, length, start);
      if (word != null && word.content()) {
        content = true;
      }
      if (found == null) {
        found = word == null ? null : word.reason();
        if (found == null && previousBeginsPair) {
          String text = new String(token, 0, length);
          if (PAIRS.contains(previous + " " + text)) {
            found = previous.equals("author") || previous.equals("about") ? AUTHOR_BOX
                : previous.equals("screen") || previous.equals("visually") || previous.equals("sr") ? HIDDEN
                : text.equals("tags") || text.equals("list") ? TAGS
                : previous.equals("ad") || text.equals("ad") ? ADVERTISEMENT
                : previous.equals("share") || previous.equals("social") ? SHARE_BAR
                : previous.equals("print") ? HIDDEN : RELATED;
          }
        }
        String[][] prefixes = found == null ? PREFIXES_BY_FIRST[charIndex(token[0])] : null;
        if (prefixes != null) {
          for (String[] prefix : prefixes) {
            if (length >= prefix[0].length() && startsWith(token, prefix[0])) {
              found = prefix[1];
              prefixMatch = length != prefix[0].length();
              break;
            }
          }
        }
      }
      // Read only after a pair's first word, which is then a known word: its text is the token's.
      previous = word != null ? word.text() : "";
      previousBeginsPair = word != null && word.pairFirst();
    }
  }

  /** Receives one token, lower-cased in {@code token[0, length)} (the array is reused). */
  private interface TokenSink {
    void accept(char[] token, int length);
  }

  /**
   * Cuts class/id words into lower-case tokens at non-alphanumerics and camelCase humps, in
   * place and without regexes: this runs for every element with a class or id, and a token
   * list, its builder and a string per token were most of its garbage.
   */
  private static void forEachToken(String words, TokenSink sink) {
    int n = words.length();
    char[] token = new char[n];
    int length = 0;
    char prev = ' ';
    for (int i = 0; i < n; i++) {
      char c = words.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean hump = c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z';
      if ((!alnum || hump) && length > 0) {
        sink.accept(token, length);
        length = 0;
      }
      if (alnum) {
        token[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // ASCII only here
      }
      prev = c;
    }
    if (length > 0) {
      sink.accept(token, length);
    }
  }

  /**
   * Returns whether a short text is a stock phrase sites put between paragraphs ("Advertisement").
   *
   * @param text the text of a short block
   * @return {@code true} for a stock phrase
   */
  public static boolean isStockPhrase(String text) {
    return text.length() <= 240 && mayBeStockPhrase(text) && STOCK_PHRASE.matcher(text).matches();
  }

  // The ASCII beginnings of the first words of STOCK_PHRASE's alternatives.
  private static final String[] STOCK_FIRST_WORDS = {
      "advertisement", "advertisements", "anzeige", "werbung", "publicit", "publicidad", "sponsored", "ad", "story",
      "article", "continue", "read", "see", "related", "share", "follow", "click", "tap", "sign", "subscribe",
      "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "email", "e", "print", "copy", "reddit", "watch",
      "listen", "photo", "image", "video", "getty", "ap", "loading", "we", "this", "more", "latest", "recommended",
      "most", "all", "copyright", "back", "skip", "don", "do", "also", "you"};

  // The first words after which STOCK_PHRASE lets a word character follow (".{0,N}" right
  // after the word, or the social names run together); after the others a whole word must
  // be the alternative's own.
  private static final Set<String> STOCK_WORDS_GOING_ON = Set.of(
      "loading", "subscribe", "copyright", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "email",
      "print", "reddit");

  /**
   * Whether STOCK_PHRASE can match: its \W* prefix is ASCII punctuation and white space here,
   * so an alternative starts at the first ASCII word, which must then be one of the
   * alternatives' first words, or begin with one that lets the text go on (when a non-ASCII
   * letter ends the ASCII word, case folding may still make it match, so agreement as far as
   * both go is enough). Text whose prefix holds a character that can begin an alternative
   * (the copyright sign, a case-folding letter) goes to the regex. Most paragraphs start
   * with a word no alternative does and skip a regex of forty alternatives.
   */
  private static boolean mayBeStockPhrase(String text) {
    int n = text.length();
    int start = 0;
    while (start < n && !isAsciiWordChar(text.charAt(start))) {
      if (text.charAt(start) >= 0x80 && startsAlternative(text.charAt(start))) {
        return true;
      }
      start++;
    }
    if (start == n) {
      return false; // no ASCII word and nothing that could begin one: no alternative fits
    }
    int end = start;
    while (end < n && isAsciiWordChar(text.charAt(end))) {
      end++;
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    // Ended by ASCII (or the end), the word is whole: an alternative fits only if its first
    // word is the word or begins it. Ended by a non-ASCII letter, the word may go on.
    boolean whole = end == n || text.charAt(end) < 0x80;
    for (String first : STOCK_FIRST_WORDS) {
      if (whole ? word.equals(first) || (word.startsWith(first) && STOCK_WORDS_GOING_ON.contains(first))
          : word.startsWith(first) || first.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  // The non-ASCII characters an alternative can begin with: the copyright sign, and those that
  // match an ASCII letter by Unicode case folding (long s, dotless i, dotted I, Kelvin sign).
  // Any other is \\W (curly quotes, dashes, letters of other scripts) and only part of the prefix.
  private static boolean startsAlternative(char c) {
    return c == '\u00A9' || c == '\u017F' || c == '\u0131' || c == '\u0130' || c == '\u212A';
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
