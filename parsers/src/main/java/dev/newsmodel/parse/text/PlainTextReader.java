package dev.newsmodel.parse.text;

import dev.newsmodel.Block;
import dev.newsmodel.Byline;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.RemovedText;
import dev.newsmodel.Syndication;
import dev.newsmodel.parse.html.CaptionCredits;
import dev.newsmodel.parse.html.Dates;
import dev.newsmodel.parse.html.Texts;
import dev.newsmodel.parse.wire.Datelines;
import dev.newsmodel.parse.wire.SignOffs;
import dev.newsmodel.parse.wire.WireAgencies;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of a text scrape. The head of the text (its first lines, until the first
 * line that is none of these) may hold a headline, a wire credit line, timestamp lines,
 * {@code By …} lines and photo captions; the rest is body, where caption lines still become
 * media; the trailing promo lines ({@link PromoDetector}) are removed. Stateless and
 * thread-safe; one instance per assumed zone.
 */
public final class PlainTextReader {
  // A head longer than this is not a head: the body has begun.
  private static final int MAX_HEAD_LINES = 8;
  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(.{2,120})$");
  private static final Pattern BYLINE_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
  private static final Pattern BYLINE_ROLE = Pattern.compile("\\s*/\\s*(.+)$");
  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?i)^(published|posted|updated|last\\s+updated|modified|first\\s+published)\\s*(?:on|at)?\\s*:?\\s*");
  private static final Pattern UPDATE_LABEL = Pattern.compile("(?i)^(?:updated|last\\s+updated|modified)");

  private final ZoneId zone;

  /**
   * Returns a reader.
   *
   * @param zone the zone of timestamps without a zone of their own (the outlet's home zone)
   */
  public PlainTextReader(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Reads the text; never throws.
   *
   * @param text the plain text of one story
   * @return what the reader found
   */
  public TextScrape read(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = Texts.clean(raw);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    String headline = null;
    List<Byline> bylines = new ArrayList<>();
    Syndication syndication = null;
    OffsetDateTime published = null;
    OffsetDateTime modified = null;
    boolean zoneAssumed = false;
    List<Media> media = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<RemovedText> removed = new ArrayList<>();

    int i = 0;
    while (i < lines.size() && i < MAX_HEAD_LINES) {
      String line = lines.get(i);
      Optional<Syndication> credit = WireAgencies.creditLine(line);
      if (credit.isPresent()) {
        if (syndication == null) {
          syndication = credit.get();
        } else {
          removed.add(new RemovedText("credit-line", line));
        }
        i++;
        continue;
      }
      Optional<DatedLine> date = timestamp(line);
      if (date.isPresent()) {
        if (date.get().update() && modified == null) {
          modified = date.get().date().dateTime();
        } else if (published == null) {
          published = date.get().date().dateTime();
          zoneAssumed = date.get().date().zoneAssumed();
        } else {
          removed.add(new RemovedText("timestamp", line));
        }
        i++;
        continue;
      }
      List<Byline> credited = byline(line);
      if (!credited.isEmpty()) {
        bylines.addAll(credited);
        i++;
        continue;
      }
      Optional<CaptionCredits.Split> caption = CaptionCredits.bracketedCredit(line);
      if (caption.isPresent() && !endsSentence(line)) {
        media.add(caption.get().toMedia(null));
        i++;
        continue;
      }
      if (isShoutedCredit(line)) {
        // "THE ASAHI SHIMBUN", a desk or a non-wire credit in capitals: a credit, never a headline.
        removed.add(new RemovedText("credit-line", line));
        i++;
        continue;
      }
      if (i == 0 && headline == null && lines.size() > 2 && isTitleLike(line) && headFollows(lines)) {
        headline = line;
        i++;
        continue;
      }
      break;
    }

    List<String> paragraphs = new ArrayList<>();
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      Optional<CaptionCredits.Split> caption = CaptionCredits.bracketedCredit(line);
      Optional<CaptionCredits.Split> japanese = japaneseCaption(line);
      if (caption.isPresent() && !endsSentence(line)) {
        media.add(caption.get().toMedia(null));
      } else if (japanese.isPresent()) {
        media.add(japanese.get().toMedia(null));
      } else if (timestamp(line).isPresent()) {
        removed.add(new RemovedText("timestamp", line));
      } else if (!SignOffs.read(line).isEmpty()) {
        bylines.addAll(SignOffs.read(line));
        removed.add(new RemovedText("sign-off", line));
      } else {
        paragraphs.add(line);
      }
    }
    int promos = PromoDetector.trailingPromoCount(paragraphs);
    for (String promo : paragraphs.subList(paragraphs.size() - promos, paragraphs.size())) {
      removed.add(new RemovedText("promo", promo));
    }
    paragraphs = paragraphs.subList(0, paragraphs.size() - promos);

    List<Block> body = new ArrayList<>();
    for (String paragraph : paragraphs) {
      body.add(Block.paragraph("p" + (body.size() + 1), paragraph));
    }
    Dateline dateline = null;
    if (!paragraphs.isEmpty()) {
      Optional<Datelines.Split> wire = Datelines.split(paragraphs.get(0));
      if (wire.isPresent()) {
        dateline = wire.get().dateline();
        if (syndication == null) {
          syndication = new Syndication(wire.get().agency(), wire.get().credit(), null);
        }
      }
    }

    if (headline == null) {
      warnings.add("No headline: the text has no headline line.");
    }
    if (published == null) {
      warnings.add("No publication date: the text has no timestamp line.");
    } else if (zoneAssumed) {
      warnings.add("The timestamp gives no zone; read at " + zone.getId() + ".");
    }
    if (body.isEmpty()) {
      warnings.add("No body: the text has no paragraphs.");
    }
    String language = Texts.guessLanguage(String.join("\n", paragraphs.isEmpty() ? lines : paragraphs)).orElse(null);
    return new TextScrape(headline, bylines, syndication, published, modified, dateline, language,
        media, body, removed, warnings);
  }

  private record DatedLine(Dates.ReadDate date, boolean update) {}

  private Optional<DatedLine> timestamp(String line) {
    Matcher label = DATE_LABEL.matcher(line);
    boolean update = UPDATE_LABEL.matcher(line).lookingAt();
    String rest = label.lookingAt() ? line.substring(label.end()) : line;
    return Dates.parseWritten(rest, zone).map(d -> new DatedLine(d, update));
  }

  /**
   * Returns the people a {@code By …} line credits ({@code By TARO YAMADA/ Staff Writer} gives
   * {@code TARO YAMADA} with role {@code Staff Writer}); empty when the line is not a byline.
   *
   * @param line one line of text
   * @return the bylines, or empty
   */
  public static List<Byline> byline(String line) {
    Matcher m = BYLINE.matcher(line);
    if (!m.matches() || line.split("\\s+").length > 16 || endsSentence(line)) {
      return List.of();
    }
    String names = m.group(1);
    String role = null;
    Matcher r = BYLINE_ROLE.matcher(names);
    if (r.find()) {
      role = r.group(1).strip();
      names = names.substring(0, r.start());
    }
    List<Byline> out = new ArrayList<>();
    for (String name : BYLINE_SPLIT.split(names)) {
      String n = name.strip();
      if (!n.isEmpty() && Character.isUpperCase(n.codePointAt(0))) {
        out.add(new Byline(n, role));
      }
    }
    return out;
  }

  // A Japanese photo caption ends with its credit ("…、山田花子撮影", "…=ロイター") and is no sentence.
  private static Optional<CaptionCredits.Split> japaneseCaption(String line) {
    if (!Texts.isCjk(line.codePointAt(0)) || line.length() > 120 || line.endsWith("。")) {
      return Optional.empty();
    }
    return Optional.of(CaptionCredits.split(line)).filter(c -> c.credit() != null && c.caption() != null);
  }

  private static boolean isShoutedCredit(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2 && line.split("\\s+").length <= 6 && !endsSentence(line) && !Texts.isCjk(line.codePointAt(0));
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '。';
  }

  private static boolean isTitleLike(String line) {
    int words = line.split("\\s+").length;
    return !endsSentence(line) && (words <= 25 || Texts.isCjk(line.codePointAt(0)) && line.length() <= 80)
        && !Character.isLowerCase(line.codePointAt(0));
  }

  // A first line is a headline only when the head (credit, timestamp, byline) comes right after it.
  private boolean headFollows(List<String> lines) {
    String next = lines.get(1);
    return WireAgencies.creditLine(next).isPresent() || timestamp(next).isPresent() || !byline(next).isEmpty();
  }

  /**
   * Returns the zone timestamps without a zone are read at.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

}
