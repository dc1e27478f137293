package dev.newsmodel.parse.ja;

import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Dateline;
import dev.newsmodel.RemovedText;
import dev.newsmodel.Syndication;
import dev.newsmodel.agency.NewsAgencies;
import dev.newsmodel.agency.NewsAgency;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a Japanese article's body blocks carry besides the story, read the way Japanese news
 * pages print it, for every parser of Japanese pages:
 *
 * <ul>
 *   <li>an opening credit in 【…】: {@code 【ソウル＝山田太郎】} gives the dateline (ソウル) and a
 *       byline (山田太郎); {@code 【ワシントン共同】}, {@code 【ワシントン＝ロイター】} and
 *       {@code 【1月14日 AFP】} credit an agency (syndication, with the place as dateline);
 *   <li>a closing credit in 【…】 after the last sentence: {@code 【カイロ山田太郎、北京佐藤花子】}
 *       gives bylines with the role {@value #REPORTING} (a katakana place, or one of {@code
 *       dateline-places.txt}, before each name); a closing wire credit {@code （共同）}, {@code （AFP＝時事）}, {@code (c)AFP/Name}
 *       gives the syndication;
 *   <li>membership, paywall and reader-feature notices ({@code membership.txt}: この記事は会員限定です,
 *       カテゴリーをフォロー, …) and the short promotion lines after such a notice;
 *   <li>a date line opening the body ({@code 2025年1月14日 01時28分 (1月14日 01時40分更新)}): the
 *       publication and modification dates, at {@code +09:00};
 *   <li>a short line inside the body without sentence punctuation, before a sentence: a
 *       {@link BlockKind#SUBHEADING}.
 * </ul>
 *
 * <p>Credits, notices and date lines leave the body and are kept in {@link Reading#removed()}
 * (reasons {@code dateline}, {@code byline}, {@code credit-line}, {@code paywall}, {@code date}).
 * Agencies are those of {@link NewsAgencies#standard()}. Stateless and thread-safe.
 */
public final class JapaneseBody {
  /**
   * The role of the reporters a closing credit names: like a wire sign-off's "Reporting by A in
   * X", it credits who reported from where, and the page's own byline (metadata, an opening
   * credit) stays the author.
   */
  public static final String REPORTING = "reporting";

  /** The offset of a Japanese page's dates when the page gives none. */
  public static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private static final NewsAgencies AGENCIES = NewsAgencies.standard();
  private static final List<String> MEMBERSHIP = words("membership.txt");
  private static final Set<String> LABELS = Set.copyOf(words("labels.txt"));
  private static final List<String> HAN_PLACES = words("dateline-places.txt");
  // Agency names written in Japanese (katakana, Han, or Latin as Japanese pages print them),
  // longest first: the end of 【ワシントン共同】.
  private static final List<String> AGENCY_NAMES = AGENCIES.names(NewsAgency.Scope.CREDIT_LINE);

  private static final String SP = "[\\s\\u3000]*";
  private static final Pattern OPENING = Pattern.compile("^" + SP + "【([^【】]{1,40})】" + SP);
  private static final Pattern CLOSING = Pattern.compile(SP + "【([^【】]{1,80})】" + SP + "$");
  private static final Pattern WIRE_CLOSING = Pattern.compile(
      SP + "(?:[（(]" + SP + "([^（）()]{1,20}?)" + SP + "[）)]|(?:\\([cC]\\)|©)" + SP + "([A-Za-zＡ-Ｚａ-ｚ]{2,12})"
          + "(?:" + SP + "[/／]" + SP + "([^/／]{1,40}))?)" + SP + "$");
  private static final Pattern AGENCY_PAIR = Pattern.compile("(.+?)" + SP + "[＝=]" + SP + "(.+)");
  private static final Pattern DATED_AGENCY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日" + SP + "(.+)");
  private static final Pattern PLACE_NAME = Pattern.compile("(.{1,15}?)" + SP + "[＝=]" + SP + "(.+)");
  private static final Pattern KATAKANA_PLACE = Pattern.compile("([\\p{IsKatakana}ー・]{2,15})(.+)");
  // A reporter's name: Han, kana (a foreign correspondent's katakana name with ・), 2 to 12.
  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・々]{2,12}");
  // A desk, an outlet or an office closing a story is no reporter: 社会部, 毎日新聞, 県警.
  private static final Pattern DESK = Pattern.compile("(?:新聞|社|部|局|班|課|庁|省|会|団|県|市|署|警|室|支局|総局)$");
  private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}々]{2,5}");
  private static final String CLOCK = "(?:(午前|午後)" + SP + ")?(\\d{1,2})[時:：]" + SP + "(\\d{1,2})分?";
  private static final Pattern DATE_LINE = Pattern.compile(
      "^(?:(?:公開|配信|掲載|更新)(?:日時|日)?[:：]?" + SP + ")?(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + SP
          + "(?:[（(][日月火水木金土][）)]" + SP + ")?(?:" + CLOCK + ")?" + SP
          + "(?:[（(]?" + SP + "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日" + SP + "(?:" + CLOCK + ")?" + SP + "更新" + SP + "[）)]?)?$");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
  // A line ending in a particle or a quote is a sentence cut short (a step of instructions, a
  // quoted remark), not a heading: …の欄を, 「…を開く」.
  private static final String NOT_HEADING_END = "をがはでとにのもや、」』）)";

  private JapaneseBody() {}

  /** A body block: its kind and text. */
  public record Line(BlockKind kind, String text) {}

  /**
   * What the blocks of a Japanese body gave.
   *
   * @param blocks the body's blocks without credits, notices and date lines, headings marked
   * @param removed what left the body, with its reason
   * @param bylines reporters named in 【…】 credits, in order: an opening credit's without a role,
   *     a closing credit's with the role {@value #REPORTING}
   * @param dateline the place of an opening credit, or {@code null}
   * @param syndication an agency credited in 【…】 or a closing credit, or {@code null}
   * @param published the first date of an opening date line, or {@code null}
   * @param modified its update date, or {@code null}
   */
  public record Reading(List<Line> blocks, List<RemovedText> removed, List<Byline> bylines,
      @Nullable Dateline dateline, @Nullable Syndication syndication, @Nullable OffsetDateTime published,
      @Nullable OffsetDateTime modified) {
    /**
     * Copies the lists.
     *
     * @param blocks the body's blocks without credits, notices and date lines, headings marked
     * @param removed what left the body, with its reason
     * @param bylines reporters named in 【…】 credits, in order: an opening credit's without a role,
     *     a closing credit's with the role {@value #REPORTING}
     * @param dateline the place of an opening credit, or {@code null}
     * @param syndication an agency credited in 【…】 or a closing credit, or {@code null}
     * @param published the first date of an opening date line, or {@code null}
     * @param modified its update date, or {@code null}
     */
    public Reading {
      blocks = List.copyOf(blocks);
      removed = List.copyOf(removed);
      bylines = List.copyOf(bylines);
    }
  }

  /**
   * Reads the blocks of a Japanese article's body.
   *
   * @param blocks the body's blocks in order
   * @return the body without what is not the story, and what that gave
   */
  public static Reading read(List<Line> blocks) {
    Reader reader = new Reader();
    List<Line> out = new ArrayList<>();
    for (Line line : blocks) {
      String text = JapaneseText.closeUpReadings(line.text());
      if (!text.isEmpty()) {
        out.add(new Line(line.kind(), text));
      }
    }
    reader.membership(out);
    reader.dateLine(out);
    reader.opening(out);
    reader.closing(out);
    reader.headings(out);
    return new Reading(out, reader.removed, reader.bylines, reader.dateline, reader.syndication,
        reader.published, reader.modified);
  }

  /** One reading of one body: what is found along the way. */
  private static final class Reader {
    final List<RemovedText> removed = new ArrayList<>();
    final List<Byline> bylines = new ArrayList<>();
    @Nullable Dateline dateline;
    @Nullable Syndication syndication;
    @Nullable OffsetDateTime published;
    @Nullable OffsetDateTime modified;

    void membership(List<Line> blocks) {
      int notice = -1;
      for (int i = 0; i < blocks.size(); i++) {
        if (isMembershipNotice(blocks.get(i).text())) {
          removed.add(new RemovedText("paywall", blocks.remove(i).text()));
          notice = notice < 0 ? i : notice;
          i--;
        }
      }
      // After the first notice that ends the readable text, the short lines left to the end are
      // its promotion (what membership gives), not the story.
      if (notice >= 0 && notice < blocks.size()) {
        boolean allShort = true;
        for (int i = notice; i < blocks.size(); i++) {
          if (blocks.get(i).text().length() > 60) {
            allShort = false;
            break;
          }
        }
        if (allShort && notice > 0) {
          while (blocks.size() > notice) {
            removed.add(new RemovedText("paywall", blocks.remove(notice).text()));
          }
        }
      }
    }

    void dateLine(List<Line> blocks) {
      for (int i = 0; i < Math.min(2, blocks.size()); i++) {
        String text = blocks.get(i).text();
        if (text.length() > 60) {
          continue;
        }
        Matcher m = DATE_LINE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        if (!m.matches()) {
          continue;
        }
        int year = Integer.parseInt(m.group(1));
        published = at(year, m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
        if (m.group(8) != null) {
          int updateYear = m.group(7) != null ? Integer.parseInt(m.group(7)) : year;
          modified = at(updateYear, m.group(8), m.group(9), m.group(10), m.group(11), m.group(12));
          if (modified != null && published != null && modified.isBefore(published) && m.group(7) == null) {
            modified = at(year + 1, m.group(8), m.group(9), m.group(10), m.group(11), m.group(12));
          }
        }
        removed.add(new RemovedText("date", blocks.remove(i).text()));
        return;
      }
    }

    void opening(List<Line> blocks) {
      if (blocks.isEmpty()) {
        return;
      }
      Line first = blocks.get(0);
      Matcher m = OPENING.matcher(first.text());
      if (!m.lookingAt()) {
        return;
      }
      String credit = Normalizer.normalize(m.group(1), Normalizer.Form.NFKC).strip();
      String printed = "【" + m.group(1) + "】";
      boolean read = false;
      // 【1月14日 AFP】
      Matcher dated = DATED_AGENCY.matcher(credit);
      String agency = agency(dated.matches() ? dated.group(3) : credit);
      if (agency != null) {
        syndication = new Syndication(agency, printed, null);
        read = true;
      } else {
        Matcher pair = AGENCY_PAIR.matcher(credit);
        Matcher placeName = PLACE_NAME.matcher(credit);
        String[] placeAgency = placeAndAgency(credit);
        if (pair.matches() && agency(pair.group(2)) != null) {
          // 【ワシントン＝ロイター】
          syndication = new Syndication(agency(pair.group(2)), printed, null);
          dateline = new Dateline(pair.group(1).strip(), printed);
          read = true;
        } else if (placeAgency != null) {
          // 【ワシントン共同】
          syndication = new Syndication(placeAgency[1], printed, null);
          dateline = new Dateline(placeAgency[0], printed);
          read = true;
        } else if (placeName.matches()) {
          // 【ソウル＝山田太郎】, 【ソウル＝山田太郎、佐藤花子】
          List<String> names = new ArrayList<>();
          for (String part : placeName.group(2).split("[、，,]")) {
            String name = part.strip();
            if (!NAME.matcher(name).matches() || LABELS.contains(name)) {
              names.clear();
              break;
            }
            names.add(name);
          }
          if (!names.isEmpty()) {
            dateline = new Dateline(placeName.group(1).strip(), printed);
            names.forEach(name -> addByline(name, null));
            read = true;
          }
        }
      }
      if (!read) {
        return;
      }
      String rest = first.text().substring(m.end());
      removed.add(new RemovedText(dateline != null ? "dateline" : "credit-line", printed));
      if (rest.isEmpty()) {
        blocks.remove(0);
      } else {
        blocks.set(0, new Line(first.kind(), rest));
      }
    }

    void closing(List<Line> blocks) {
      if (blocks.isEmpty()) {
        return;
      }
      int lastIndex = blocks.size() - 1;
      Line last = blocks.get(lastIndex);
      String text = last.text();
      // A wire credit closing the story: （共同）, （AFP＝時事）, (c)AFP/Name.
      Matcher wire = WIRE_CLOSING.matcher(text);
      if (wire.find()) {
        String name = wire.group(1) != null ? wire.group(1) : wire.group(2);
        Matcher pair = AGENCY_PAIR.matcher(name);
        String agency = pair.matches() && agency(pair.group(1)) != null ? agency(pair.group(1)) : agency(name);
        boolean afterSentence = wire.start() == 0 || endsSentence(text.substring(0, wire.start()));
        if (agency != null && afterSentence) {
          String printed = wire.group().strip();
          if (syndication == null) {
            syndication = new Syndication(agency, printed, null);
          }
          removed.add(new RemovedText("credit-line", printed));
          text = text.substring(0, wire.start()).strip();
        }
      }
      // Reporters closing the story: 【エルサレム山田太郎、カイロ佐藤花子】, 【山田太郎】.
      Matcher m = CLOSING.matcher(text);
      if (m.find() && (m.start() == 0 || endsSentence(text.substring(0, m.start())))) {
        List<String> names = new ArrayList<>();
        String credit = m.group(1).strip();
        String agency = agency(credit);
        for (String part : credit.split("[、，,]")) {
          String name = agency != null ? null : reporter(part.strip());
          if (name == null) {
            names.clear();
            break;
          }
          names.add(name);
        }
        if (agency != null || !names.isEmpty()) {
          if (agency != null && syndication == null) {
            syndication = new Syndication(agency, "【" + m.group(1) + "】", null);
          }
          names.forEach(name -> addByline(name, REPORTING));
          removed.add(new RemovedText(agency != null ? "credit-line" : "byline", "【" + m.group(1) + "】"));
          text = text.substring(0, m.start()).strip();
        }
      }
      if (text.isEmpty()) {
        blocks.remove(lastIndex);
      } else if (!text.equals(last.text())) {
        blocks.set(lastIndex, new Line(last.kind(), text));
      }
    }

    void headings(List<Line> blocks) {
      for (int i = 1; i + 1 < blocks.size(); i++) {
        Line line = blocks.get(i);
        String text = line.text();
        if (line.kind() == BlockKind.PARAGRAPH && text.length() >= 4 && text.length() <= 40
            && !SENTENCE_END.matcher(text).find() && text.indexOf('：') < 0 && text.indexOf(':') < 0
            && NOT_HEADING_END.indexOf(text.charAt(text.length() - 1)) < 0 && (hasKana(text) || hasHan(text))
            && blocks.get(i - 1).kind() != BlockKind.SUBHEADING
            && endsSentence(blocks.get(i + 1).text())) {
          blocks.set(i, new Line(BlockKind.SUBHEADING, text));
        }
      }
    }

    /** The reporter a part of a closing credit names, without the place before it; null when none. */
    private static @Nullable String reporter(String part) {
      Matcher pair = PLACE_NAME.matcher(part);
      String name = pair.matches() ? pair.group(2).strip() : part;
      if (!pair.matches()) {
        Matcher katakana = KATAKANA_PLACE.matcher(part);
        if (katakana.matches() && HAN_NAME.matcher(katakana.group(2)).matches()) {
          name = katakana.group(2);
        } else {
          for (String place : HAN_PLACES) {
            if (part.startsWith(place) && HAN_NAME.matcher(part.substring(place.length())).matches()) {
              name = part.substring(place.length());
              break;
            }
          }
        }
      }
      if (LABELS.contains(name) || !NAME.matcher(name).matches() || DESK.matcher(name).find()) {
        return null;
      }
      // A name alone must look like a Japanese full name (Han); a place alone is no reporter.
      return HAN_NAME.matcher(name).matches() || name.indexOf('・') > 0 ? name : null;
    }

    private void addByline(String name, @Nullable String role) {
      if (bylines.stream().noneMatch(b -> b.name().equals(name))) {
        bylines.add(new Byline(name, role));
      }
    }
  }

  /** The agency an opening or closing credit names as a whole, in the model's spelling; null when none. */
  static @Nullable String agency(String credit) {
    String name = credit.strip();
    if (name.isEmpty()) {
      return null;
    }
    return AGENCIES.find(name).map(NewsAgency::name).orElse(null);
  }

  // 【ワシントン共同】: a place, then an agency's name; null when the credit is not that.
  private static String @Nullable [] placeAndAgency(String credit) {
    for (String name : AGENCY_NAMES) {
      if (credit.length() > name.length() && credit.endsWith(name)
          && (!isAscii(name.charAt(0)) || hasSpaceBefore(credit, name))) {
        String place = credit.substring(0, credit.length() - name.length()).strip();
        if (!place.isEmpty() && place.length() <= 15 && NAME.matcher(place).matches()) {
          String agency = agency(name);
          return agency == null ? null : new String[] {place, agency};
        }
      }
    }
    return null;
  }

  private static boolean hasSpaceBefore(String credit, String name) {
    int at = credit.length() - name.length() - 1;
    return at >= 0 && (credit.charAt(at) == ' ' || credit.charAt(at) == '\u3000');
  }

  private static boolean isAscii(char c) {
    return c < 0x80;
  }

  static boolean isMembershipNotice(String text) {
    if (text.length() > 80) {
      return false;
    }
    String key = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    for (String phrase : MEMBERSHIP) {
      if (key.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last == '。' || last == '」' || last == '！' || last == '？' || last == '）' || last == '.' || last == '』';
  }

  private static boolean hasKana(String text) {
    return text.codePoints().anyMatch(c -> (c >= 0x3041 && c <= 0x30FF));
  }

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static @Nullable OffsetDateTime at(int year, String month, String day, @Nullable String half,
      @Nullable String hour, @Nullable String minute) {
    try {
      int h = hour == null ? 0 : Integer.parseInt(hour);
      if ("午後".equals(half) && h < 12) {
        h += 12;
      }
      LocalDateTime local = LocalDateTime.of(year, Integer.parseInt(month), Integer.parseInt(day), h,
          minute == null ? 0 : Integer.parseInt(minute));
      return local.atOffset(JST);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  // The phrases of a word list, NFKC and without white space, in file order.
  private static List<String> words(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = JapaneseBody.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = Normalizer.normalize(line, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (!word.isEmpty() && !word.startsWith("#")) {
          if (out.contains(word)) {
            throw new IllegalStateException(resource + ": '" + word + "' is listed twice");
          }
          out.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
