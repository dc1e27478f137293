package dev.newsmodel.attribution.ja;

import dev.newsmodel.QuoteKind;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Cue;
import dev.newsmodel.attribution.ja.JapaneseLexicon.Use;
import dev.newsmodel.attribution.ja.Morphemes.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the Japanese engine over paragraphs, in reading order: quotes in 「…」 with the
 * speaker before them (Xは「…」と述べた), after them (「…」。Xからも…の声) or in the next paragraph,
 * indirect attributions (…と発表した, …とみて, …方針を示した), hearsay (Xによると), refusals
 * (コメントを控えた) and hedges (…とみられる). A sentence without a subject continues the source
 * of the sentence before. One instance per call: not thread-safe, never shared.
 */
final class JapaneseFinder {
  /** A span of one paragraph. */
  record Span(int paragraph, int start, int end) {}

  /** A source of the text: a person, organisation or government, with every mention found. */
  static final class Entity {
    final String name;
    final SourceKind kind;
    final boolean anonymous;
    final @Nullable String title;
    final @Nullable String description;
    final List<Span> mentions = new ArrayList<>();
    final List<String> mentionTexts = new ArrayList<>();
    boolean used;

    Entity(String name, SourceKind kind, boolean anonymous, @Nullable String title, @Nullable String description) {
      this.name = name;
      this.kind = kind;
      this.anonymous = anonymous;
      this.title = title;
      this.description = description;
    }

    void mention(Span span, String text) {
      if (!mentions.contains(span)) {
        mentions.add(span);
        mentionTexts.add(text);
      }
    }
  }

  /** One attribution: who, by which words, said what; {@code quote} is the index of its quote or -1. */
  record Found(@Nullable Entity who, @Nullable Span source, @Nullable Span cue, @Nullable String cueText,
      Span content, Stance stance, int quote, Span sentence) {}

  /** A passage in 「」: its inner span, kind, speaker and cue once known. */
  static final class QuoteSpan {
    final Span span;
    QuoteKind kind;
    @Nullable Entity speaker;
    @Nullable String cue;

    QuoteSpan(Span span, QuoteKind kind) {
      this.span = span;
      this.kind = kind;
    }
  }

  /** A noun phrase naming a possible source. */
  private record Np(Span span, String text, String name, SourceKind kind, boolean anonymous, @Nullable String title,
      @Nullable String description, @Nullable Entity coreferent) {}

  private static final Set<String> GOVERNMENT_PARTS = Set.of("庁", "省", "政府", "当局", "警察", "警視庁", "県警", "府警");
  private static final Pattern ADVERBIAL = Pattern.compile(
      ".*([0-9０-９]+日|ごろ|頃|夜|朝|未明|午前|午後|時点|付|で|には|では|に|も)");
  private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー・]{2,}");
  private static final Pattern PEOPLE = Pattern.compile("[0-9０-９一二三四五六七八九十]+人");

  final List<Entity> entities = new ArrayList<>();
  final List<Found> found = new ArrayList<>();
  final List<QuoteSpan> quotes = new ArrayList<>();

  private @Nullable Entity carry;
  private @Nullable Span carrySpan;
  private final List<QuoteSpan> pending = new ArrayList<>();

  // the paragraph being read
  private int p;
  private String text = "";
  private List<Tok> toks = List.of();
  private int[] depth = new int[0];
  // the token starting / ending at each index, or -1: the rules ask at every character
  private int[] startTok = new int[0];
  private int[] endTok = new int[0];
  private final List<Span> usedCues = new ArrayList<>();

  /** Reads the paragraphs, in order. */
  JapaneseFinder read(List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      paragraph(i, paragraphs.get(i));
    }
    return this;
  }

  private void paragraph(int index, String paragraphText) {
    p = index;
    text = paragraphText;
    toks = Morphemes.of(text);
    depth = depths(text);
    startTok = new int[text.length() + 1];
    endTok = new int[text.length() + 1];
    java.util.Arrays.fill(startTok, -1);
    java.util.Arrays.fill(endTok, -1);
    for (int i = 0; i < toks.size(); i++) {
      startTok[toks.get(i).start()] = i;
      endTok[toks.get(i).end()] = i;
    }
    usedCues.clear();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      if (end || (depth[i] == 0 && "。！？".indexOf(text.charAt(i)) >= 0)) {
        if (i > start) {
          sentence(start, end ? i : i);
        }
        start = i + 1;
      }
    }
  }

  // ---- one sentence --------------------------------------------------------------------------

  private void sentence(int ss, int se) {
    List<int[]> qs = quotesIn(ss, se);
    boolean quoteOnly = qs.size() == 1 && text.substring(ss, qs.get(0)[0] - 1).isBlank()
        && text.substring(qs.get(0)[1] + 1, se).isBlank();
    if (!pending.isEmpty() && !quoteOnly) {
      resolvePending(ss, se);
      pending.clear();
    }
    Np topic = topic(ss, se, se);
    if (topic != null && topic.kind != SourceKind.UNKNOWN) {
      entity(topic);
    }
    for (int[] q : qs) {
      quote(q[0], q[1], ss, se, quoteOnly);
    }
    hearsay(ss, se);
    quotative(ss, se);
    refusals(ss, se);
    objects(ss, se);
    positions(ss, se);
    hedges(ss, se);
    Np last = topic(ss, se, se);
    if (last != null && last.kind != SourceKind.UNKNOWN) {
      Entity e = entity(last);
      carry = e;
      carrySpan = last.span;
    }
  }

  /** Top-level 「…」 / 『…』 passages of the sentence: {open+1, close} pairs. */
  private List<int[]> quotesIn(int ss, int se) {
    List<int[]> out = new ArrayList<>();
    for (int i = ss; i < se; i++) {
      char c = text.charAt(i);
      if ((c == '「' || c == '『') && depth[i] == 0) {
        int close = matching(i);
        if (close > i + 1 && close <= se) {
          out.add(new int[] {i + 1, close});
          i = close;
        }
      }
    }
    return out;
  }

  private int matching(int open) {
    int d = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '「' || c == '『') {
        d++;
      } else if (c == '」' || c == '』') {
        d--;
        if (d == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private void quote(int qs, int qe, int ss, int se, boolean quoteOnly) {
    QuoteSpan q = new QuoteSpan(new Span(p, qs, qe), QuoteKind.PARTIAL);
    quotes.add(q);
    int qi = quotes.size() - 1;
    int tail = qe + 1;
    int to = -1;
    if (text.startsWith("と", tail)) {
      to = tail;
    } else if (text.startsWith("だと", tail) || text.startsWith("って", tail)) {
      to = tail + 1;
    } else if (text.startsWith("などと", tail)) {
      to = tail + 2;
    }
    if (to < 0) {
      if (text.substring(tail, se).isBlank() && (quoteOnly || text.substring(ss, qs - 1).isBlank())) {
        q.kind = QuoteKind.DIRECT; // a quote standing alone: its speaker comes next
        pending.add(q);
      }
      return;
    }
    Span cue = tailCue(to, se);
    q.kind = text.startsWith("だと", tail) || (qs >= 2 && text.charAt(qs - 2) == 'を') ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    if (cue == null) {
      return;
    }
    Cue c = cueOf(cue);
    Np subject = topic(ss, se, qs - 1);
    Entity who = subject != null ? entity(subject) : carry;
    Span where = subject != null ? subject.span : carrySpan;
    if (who == null) {
      return;
    }
    who.used = true;
    q.speaker = who;
    q.cue = text.substring(cue.start(), cue.end());
    found.add(new Found(who, where, cue, q.cue, q.span, c == null ? Stance.ASSERTS : c.stance(), qi, new Span(p, ss, se)));
    carry = who;
    carrySpan = where;
  }

  /** The cue after a quote's と: right after it, or a speech verb later in the clause. */
  private @Nullable Span tailCue(int to, int se) {
    int limit = Math.min(se, to + 40);
    for (int k = to; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '「' || c == '『') {
        return null;
      }
      if (c == 'と' && tokenStart(k)) {
        Cue cue = JapaneseLexicon.cueAt(text, k + 1, Use.TO);
        if (cue != null && !skipTo(cue, k + 1)) {
          Span span = new Span(p, k, verbEnd(k + 1 + cue.words().length()));
          usedCues.add(span);
          return span;
        }
      }
      if (k > to && tokenStart(k) && verbAt(k)) {
        Cue cue = JapaneseLexicon.cueAt(text, k, Use.SPEECH);
        if (cue != null) {
          Span span = new Span(p, k, verbEnd(k + cue.words().length()));
          usedCues.add(span);
          return span;
        }
      }
    }
    return null;
  }

  /** として and とすると are not cues; し, み, other one-letter cues must start a verb token. */
  private boolean skipTo(Cue cue, int at) {
    if (cue.words().equals("し")) {
      return text.startsWith("して", at) || text.startsWith("しても", at) || text.startsWith("する", at)
          || text.startsWith("すれば", at);
    }
    if (cue.words().length() == 1) {
      return !tokenStart(at) || !verbAt(at);
    }
    return !tokenStart(at);
  }

  private void resolvePending(int ss, int se) {
    Entity who = null;
    Span where = null;
    String cue = null;
    int from = text.indexOf("から", ss);
    if (from >= 0 && from < se && text.indexOf("声", from) >= 0 && text.indexOf("声", from) < se) {
      Np np = npBefore(from, ss);
      if (np != null && np.kind != SourceKind.UNKNOWN) {
        who = entity(np);
        where = np.span;
        cue = "声";
      }
    }
    if (who == null) {
      Np topic = topic(ss, se, se);
      if (topic != null && topic.kind != SourceKind.UNKNOWN) {
        for (int k = topic.span.end(); k < se; k++) {
          if (depth[k] == 0 && tokenStart(k) && verbAt(k)) {
            Cue c = JapaneseLexicon.cueAt(text, k, Use.SPEECH);
            if (c != null) {
              who = entity(topic);
              where = topic.span;
              cue = text.substring(k, verbEnd(k + c.words().length()));
              break;
            }
          }
        }
      }
    }
    if (who == null) {
      return;
    }
    who.used = true;
    for (QuoteSpan q : pending) {
      q.speaker = who;
      q.cue = cue;
      found.add(new Found(who, where, null, cue, q.span, Stance.ASSERTS, quotes.indexOf(q), new Span(p, ss, se)));
    }
    carry = who;
    carrySpan = where;
  }

  private void hearsay(int ss, int se) {
    for (String marker : List.of("によると", "によれば")) {
      for (int k = text.indexOf(marker, ss); k >= 0 && k < se; k = text.indexOf(marker, k + 1)) {
        if (depth[k] != 0) {
          continue;
        }
        Np np = npBefore(k, ss);
        if (np == null) {
          continue;
        }
        int cs = k + marker.length();
        while (cs < se && (text.charAt(cs) == '、' || Character.isWhitespace(text.charAt(cs)))) {
          cs++;
        }
        int ce = trimEnd(cs, se);
        if (text.startsWith("という", ce - 3) && ce - 3 > cs) {
          ce -= 3; // hearsay's closing という (…したという) is not content
        }
        if (ce <= cs) {
          continue;
        }
        Entity who = entity(np);
        who.used = true;
        Span cue = new Span(p, k, k + marker.length());
        found.add(new Found(who, np.span, cue, marker, new Span(p, cs, ce), Stance.ASSERTS, -1, new Span(p, ss, se)));
        carry = who;
        carrySpan = np.span;
      }
    }
  }

  /** …と発表した, …とみて, …との見方を示した: the content before the quotative と. */
  private void quotative(int ss, int se) {
    for (Tok t : toks) {
      if (t.start() < ss || t.end() > se || depth[t.start()] != 0 || !t.surface().equals("と")
          || !t.pos().startsWith("助詞")) {
        continue;
      }
      int k = t.start();
      if (k > ss && (text.charAt(k - 1) == '」' || text.charAt(k - 1) == '』')) {
        continue;
      }
      if (k > ss + 1 && text.charAt(k - 1) == 'だ' && text.charAt(k - 2) == '」') {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(text, k + 1, Use.TO, Use.IMP);
      if (cue == null || skipTo(cue, k + 1)) {
        continue;
      }
      Span cueSpan = new Span(p, k, verbEnd(k + 1 + cue.words().length()));
      if (overlapsUsed(cueSpan)) {
        continue;
      }
      usedCues.add(cueSpan);
      claim(ss, se, k, cueSpan, cue, cue.use() == Use.IMP);
    }
  }

  /** …人事を発表した, …方針を示した: the object before を / も is the content. */
  private void objects(int ss, int se) {
    for (Tok t : toks) {
      if (t.start() < ss || t.end() > se || depth[t.start()] != 0
          || !(t.surface().equals("を") || t.surface().equals("も")) || !t.pos().startsWith("助詞")) {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(text, t.end(), Use.OBJ);
      if (cue == null || !tokenStart(t.end())) {
        continue;
      }
      Span cueSpan = new Span(p, t.start(), verbEnd(t.end() + cue.words().length()));
      if (overlapsUsed(cueSpan)) {
        continue;
      }
      usedCues.add(cueSpan);
      claim(ss, se, t.start(), cueSpan, cue, false);
    }
  }

  /** …しない方針を示した, …との考えを示した without と: the clause that modifies 方針 / 考え is the content. */
  private void positions(int ss, int se) {
    for (int i = 1; i < toks.size(); i++) {
      Tok t = toks.get(i);
      Tok before = toks.get(i - 1);
      if (t.start() < ss || t.end() > se || depth[t.start()] != 0 || before.start() < ss) {
        continue;
      }
      String pos = before.pos();
      if (!(pos.startsWith("助動詞") || pos.startsWith("動詞") || pos.startsWith("形容詞"))) {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(text, t.start(), Use.OBJ);
      if (cue == null || !cue.words().contains("を示")) {
        continue;
      }
      Span cueSpan = new Span(p, t.start(), verbEnd(t.start() + cue.words().length()));
      if (overlapsUsed(cueSpan)) {
        continue;
      }
      usedCues.add(cueSpan);
      claim(ss, se, t.start(), cueSpan, cue, false);
    }
  }

  private void refusals(int ss, int se) {
    for (int k = ss; k < se; k++) {
      if (depth[k] != 0 || !tokenStart(k)) {
        continue;
      }
      Cue cue = JapaneseLexicon.cueAt(text, k, Use.REFUSE);
      if (cue == null) {
        continue;
      }
      Span cueSpan = new Span(p, k, verbEnd(k + cue.words().length()));
      if (overlapsUsed(cueSpan)) {
        continue;
      }
      Np subject = topic(ss, se, k);
      Entity who = subject != null ? entity(subject) : carry;
      if (who == null) {
        return;
      }
      usedCues.add(cueSpan);
      who.used = true;
      int cs = ss;
      while (cs < se && Character.isWhitespace(text.charAt(cs))) {
        cs++;
      }
      found.add(new Found(who, subject != null ? subject.span : carrySpan, cueSpan,
          text.substring(cueSpan.start(), cueSpan.end()), new Span(p, cs, trimEnd(cs, se)), cue.stance(), -1,
          new Span(p, ss, se)));
      return;
    }
  }

  /** …の可能性がある at the end of a sentence: a hedge, its content before の可能性. */
  private void hedges(int ss, int se) {
    String s = text.substring(ss, se).stripTrailing();
    for (String hedge : List.of("の可能性がある", "可能性がある", "の可能性が高い", "可能性が高い")) {
      if (s.endsWith(hedge)) {
        int k = ss + s.length() - hedge.length();
        Span cueSpan = new Span(p, k, ss + s.length());
        if (!overlapsUsed(cueSpan)) {
          usedCues.add(cueSpan);
          claimFrom(ss, se, k, cueSpan, Stance.UNCERTAIN, hedge, true);
        }
        return;
      }
    }
  }

  private void claim(int ss, int se, int contentEnd, Span cueSpan, Cue cue, boolean impersonal) {
    claimFrom(ss, se, contentEnd, cueSpan, cue.stance(), text.substring(cueSpan.start(), cueSpan.end()), impersonal);
  }

  private void claimFrom(int ss, int se, int contentEnd, Span cueSpan, Stance stance, String cueText, boolean impersonal) {
    Np subject = topic(ss, se, contentEnd);
    int cs = subject != null ? subject.span.end() : ss;
    // past the topic's particle and the adverbials that open the clause (13日、 / 14日の声明で、)
    if (subject != null) {
      while (cs < contentEnd && "はもが".indexOf(text.charAt(cs)) >= 0) {
        cs++;
      }
    }
    cs = skipAdverbials(cs, contentEnd);
    if (contentEnd <= cs || text.substring(cs, contentEnd).isBlank()) {
      return;
    }
    Entity who = null;
    Span where = null;
    if (subject != null && subject.kind != SourceKind.UNKNOWN) {
      who = entity(subject);
      where = subject.span;
    } else if (!impersonal && subject == null) {
      who = carry;
      where = carrySpan;
    }
    if (impersonal) {
      who = null;
      where = null;
    }
    if (who != null) {
      who.used = true;
      carry = who;
      carrySpan = where;
    }
    found.add(new Found(who, where, cueSpan, cueText, new Span(p, cs, contentEnd), stance, -1, new Span(p, ss, se)));
  }

  private int skipAdverbials(int cs, int end) {
    for (int round = 0; round < 3; round++) {
      while (cs < end && (text.charAt(cs) == '、' || Character.isWhitespace(text.charAt(cs)))) {
        cs++;
      }
      int comma = -1;
      for (int k = cs; k < Math.min(end, cs + 20); k++) {
        if (depth[k] == 0 && text.charAt(k) == '、') {
          comma = k;
          break;
        }
      }
      if (comma < 0) {
        break;
      }
      String segment = text.substring(cs, comma);
      if (segment.contains("と") || segment.contains("「") || !ADVERBIAL.matcher(segment).matches()) {
        break;
      }
      cs = comma + 1;
    }
    return cs;
  }

  private int trimEnd(int cs, int se) {
    int ce = se;
    while (ce > cs && (Character.isWhitespace(text.charAt(ce - 1)) || text.charAt(ce - 1) == '、')) {
      ce--;
    }
    return ce;
  }

  private boolean overlapsUsed(Span s) {
    for (Span u : usedCues) {
      if (u.paragraph() == s.paragraph() && u.start() < s.end() && s.start() < u.end()) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Cue cueOf(Span cue) {
    int at = cue.start();
    if (text.charAt(at) == 'と') {
      Cue c = JapaneseLexicon.cueAt(text, at + 1, Use.TO);
      if (c != null) {
        return c;
      }
    }
    return JapaneseLexicon.cueAt(text, at, Use.SPEECH, Use.TO);
  }

  // ---- subjects and noun phrases ---------------------------------------------------------------

  /**
   * The subject of the clause before {@code before}: the first topic (Xは, Xも) that names a
   * source, else the first subject (Xが) that does; null when there is none.
   */
  private @Nullable Np topic(int ss, int se, int before) {
    Np ga = null;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.start() < ss || t.start() >= before || depth[t.start()] != 0) {
        continue;
      }
      boolean wa = (t.surface().equals("は") || t.surface().equals("も")) && t.pos().startsWith("助詞-係助詞");
      boolean isGa = t.surface().equals("が") && t.pos().startsWith("助詞-格助詞");
      if (!wa && !isGa) {
        continue;
      }
      Np np = npBefore(t.start(), ss);
      if (np == null || np.kind == SourceKind.UNKNOWN) {
        continue;
      }
      if (wa) {
        return np;
      }
      if (ga == null) {
        ga = np;
      }
    }
    return ga;
  }

  /** The noun phrase that ends at {@code end} (nouns, の, bracketed groups), or null. */
  private @Nullable Np npBefore(int end, int floor) {
    int j = tokenEndingAt(end);
    if (j < 0) {
      return null;
    }
    int first = -1;
    boolean sawNoun = false;
    while (j >= 0 && toks.get(j).start() >= floor) {
      Tok t = toks.get(j);
      String s = t.surface();
      if (s.equals("）") || s.equals(")") || s.equals("」") || s.equals("』")) {
        int open = openingBefore(t.start());
        if (open < floor) {
          break;
        }
        int k = j;
        while (k >= 0 && toks.get(k).start() > open) {
          k--;
        }
        if (k < 0 || toks.get(k).start() != open) {
          break;
        }
        first = k;
        j = k - 1;
        continue;
      }
      if (t.noun() || (t.pos().startsWith("記号-一般") && s.equals("・"))) {
        first = j;
        sawNoun = true;
        j--;
        continue;
      }
      if (!sawNoun && first < 0 && (s.equals("など") || s.equals("ら"))) {
        first = j;
        j--;
        continue;
      }
      if (s.equals("の") && sawNoun && j > 0 && (toks.get(j - 1).noun() || toks.get(j - 1).surface().equals("）"))
          && toks.get(j - 1).start() >= floor) {
        j--;
        continue;
      }
      if (t.pos().startsWith("記号-空白") && sawNoun && j > 0
          && (toks.get(j - 1).noun() || toks.get(j - 1).surface().equals("）"))) {
        j--;
        continue;
      }
      break;
    }
    if (first < 0 || !sawNoun) {
      return null;
    }
    int start = toks.get(first).start();
    // a relative clause of reporting (Xが報じた合意案) makes X the source
    Np reporter = reporter(first, floor);
    if (reporter != null) {
      return reporter;
    }
    return describe(new Span(p, start, end), first);
  }

  private @Nullable Np reporter(int first, int floor) {
    int j = first - 1;
    while (j >= 0 && toks.get(j).pos().startsWith("助動詞")) {
      j--;
    }
    if (j < 1) {
      return null;
    }
    int verbEnd = toks.get(j).end();
    int k = j;
    while (k >= 0 && (toks.get(k).verb() || toks.get(k).surface().equals("に")) && toks.get(k).start() >= floor) {
      String chunk = text.substring(toks.get(k).start(), verbEnd);
      for (String v : JapaneseLexicon.REPORT_VERBS) {
        if (chunk.startsWith(v) && k > 0 && toks.get(k - 1).surface().equals("が")) {
          Np np = npBefore(toks.get(k - 1).start(), floor);
          return np != null && np.kind != SourceKind.UNKNOWN ? np : null;
        }
      }
      k--;
    }
    return null;
  }

  private Np describe(Span span, int firstTok) {
    String raw = text.substring(span.start(), span.end());
    // drop readings and ages in brackets, spaces, and a trailing など / ら
    String clean = raw.replaceAll("[（(][^）)]*[）)]", "").replaceAll("\\s+", "");
    clean = clean.replaceAll("(など|ら)$", "");
    String description = null;
    String head = clean;
    if (head.endsWith("」") && head.contains("「")) {
      int open = head.lastIndexOf('「');
      description = blankToNull(strip(head.substring(0, open)));
      head = head.substring(open + 1, head.length() - 1);
      SourceKind k = description == null ? kindOf(head, firstTok, span) : kindOf(description, firstTok, span);
      return new Np(span, raw, head.isEmpty() ? clean : head, k == SourceKind.UNKNOWN ? SourceKind.ORGANIZATION : k,
          false, null, description, null);
    }
    int no = head.lastIndexOf('の');
    String last = no >= 0 ? head.substring(no + 1) : head;
    String modifier = no >= 0 ? head.substring(0, no) : null;
    // coreference: 同氏, 同課, 同庁, 同社
    if (last.startsWith("同") && last.length() >= 2 && last.length() <= 4) {
      Entity e = coreferent(last.substring(1));
      if (e != null) {
        return new Np(span, raw, e.name, e.kind, e.anonymous, e.title, e.description, e);
      }
    }
    String honorific = JapaneseLexicon.endingOf(last, JapaneseLexicon.HONORIFICS);
    if (honorific != null && last.length() > honorific.length() && hasName(span)) {
      String name = last.substring(0, last.length() - honorific.length());
      return new Np(span, raw, name, SourceKind.PERSON, false, null, modifier, null);
    }
    String title = JapaneseLexicon.endingOf(last, JapaneseLexicon.TITLES);
    if (title != null) {
      String rest = last.substring(0, last.length() - title.length());
      if (!rest.isEmpty() && (hasName(span) || KATAKANA.matcher(rest).matches())
          && JapaneseLexicon.endingOf(rest, JapaneseLexicon.ORG_ENDINGS) == null) {
        return new Np(span, raw, rest, SourceKind.PERSON, false, title, modifier, null);
      }
      if (JapaneseLexicon.endingOf(last, JapaneseLexicon.ANONYMOUS) == null) {
        return new Np(span, raw, clean, SourceKind.PERSON, false, title, null, null);
      }
    }
    if (JapaneseLexicon.endingOf(last, JapaneseLexicon.ANONYMOUS) != null) {
      return new Np(span, raw, clean, SourceKind.PERSON, true, null, null, null);
    }
    if (PEOPLE.matcher(clean).matches()) {
      return new Np(span, raw, clean, SourceKind.PERSON, false, null, null, null);
    }
    SourceKind kind = kindOf(last, firstTok, span);
    return new Np(span, raw, kind == SourceKind.UNKNOWN ? clean : clean, kind, false, null, null, null);
  }

  private SourceKind kindOf(String name, int firstTok, Span span) {
    for (String part : GOVERNMENT_PARTS) {
      if (name.contains(part)) {
        return SourceKind.GOVERNMENT;
      }
    }
    String ending = JapaneseLexicon.endingOf(name, JapaneseLexicon.ORG_ENDINGS);
    if (ending != null && (name.length() > ending.length() || ending.length() >= 2)) {
      return JapaneseLexicon.ORGANIZATIONS.get(ending);
    }
    boolean person = false;
    boolean org = false;
    boolean country = false;
    boolean other = false;
    for (Tok t : toks) {
      if (t.start() < span.start() || t.end() > span.end()) {
        continue;
      }
      if (t.pos().contains("人名")) {
        person = true;
      } else if (t.pos().contains("組織")) {
        org = true;
      } else if (t.pos().contains("地域")) {
        country = true;
      } else if (t.noun()) {
        other = true;
      }
    }
    if (person && !other) {
      return SourceKind.PERSON;
    }
    if (org) {
      return SourceKind.ORGANIZATION;
    }
    if (country && !other && !person) {
      return SourceKind.GOVERNMENT;
    }
    if (KATAKANA.matcher(name).matches()) {
      return SourceKind.ORGANIZATION;
    }
    return SourceKind.UNKNOWN;
  }

  private boolean hasName(Span span) {
    for (Tok t : toks) {
      if (t.start() >= span.start() && t.end() <= span.end() && t.pos().contains("人名")) {
        return true;
      }
    }
    String s = text.substring(span.start(), span.end());
    return KATAKANA.matcher(s.replaceAll("(氏|さん|様)$", "").replaceAll("[（(][^）)]*[）)]", "")).find();
  }

  private @Nullable Entity coreferent(String head) {
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

  /** The entity a noun phrase names: its coreferent, one with the same or a short name, or a new one. */
  private Entity entity(Np np) {
    String mention = text.substring(np.span.start(), np.span.end());
    Entity e = np.coreferent;
    if (e == null) {
      e = same(np);
    }
    if (e == null) {
      e = new Entity(np.name, np.kind, np.anonymous, np.title, np.description);
      entities.add(e);
    }
    e.mention(np.span, mention);
    return e;
  }

  private @Nullable Entity same(Np np) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.name.equals(np.name)) {
        return e;
      }
    }
    if (np.anonymous) {
      return null;
    }
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.anonymous || (e.kind != np.kind && (e.kind == SourceKind.PERSON || np.kind == SourceKind.PERSON))) {
        continue;
      }
      if (np.kind == SourceKind.PERSON) {
        if (e.name.startsWith(np.name) || np.name.startsWith(e.name)) {
          return e;
        }
        continue;
      }
      // a short form: イオン銀 for イオン銀行 (cut inside a word), 捜査2課 for 警視庁捜査2課
      // organisations, governments and media may differ in kind by the ending the short form keeps
      if (np.name.length() >= 2 && e.name.length() > np.name.length()
          && (e.name.startsWith(np.name) && !wordBoundary(e.name, np.name.length()) || e.name.endsWith(np.name))) {
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

  // ---- tokens --------------------------------------------------------------------------------

  private boolean tokenStart(int at) {
    return at >= 0 && at < startTok.length && startTok[at] >= 0;
  }

  private boolean verbAt(int at) {
    if (!tokenStart(at)) {
      return false;
    }
    Tok t = toks.get(startTok[at]);
    return t.verb() || t.pos().startsWith("形容詞");
  }

  private int tokenEndingAt(int end) {
    return end >= 0 && end < endTok.length ? endTok[end] : -1;
  }

  /** The end of the verb group whose word ends at {@code at}: its inflection and auxiliaries (語った, 話している). */
  private int verbEnd(int at) {
    int end = at;
    int i = 0;
    while (i < toks.size() && toks.get(i).end() <= at) {
      i++;
    }
    if (i < toks.size() && toks.get(i).start() < at) {
      end = toks.get(i).end();
      i++;
    }
    for (; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.start() != end) {
        break;
      }
      String pos = t.pos();
      boolean te = (t.surface().equals("て") || t.surface().equals("で")) && i + 1 < toks.size()
          && toks.get(i + 1).pos().startsWith("動詞-非自立");
      if (pos.startsWith("助動詞") || pos.startsWith("動詞-非自立") || pos.startsWith("動詞-接尾") || te
          || (pos.startsWith("動詞-自立") && (t.base().equals("する") || t.base().equals("いる")))) {
        end = t.end();
      } else {
        break;
      }
    }
    return end;
  }

  private int openingBefore(int close) {
    char c = text.charAt(close);
    char open = c == '）' ? '（' : c == ')' ? '(' : c == '」' ? '「' : '『';
    int d = 0;
    for (int i = close; i >= 0; i--) {
      char x = text.charAt(i);
      if (x == c) {
        d++;
      } else if (x == open) {
        d--;
        if (d == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int[] depths(String text) {
    int[] out = new int[text.length()];
    int d = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '」' || c == '』' || c == '）') {
        d = Math.max(0, d - 1);
        out[i] = d;
        continue;
      }
      out[i] = d;
      if (c == '「' || c == '『' || c == '（') {
        d++;
      }
    }
    return out;
  }

  private static String strip(String s) {
    return s.endsWith("の") ? s.substring(0, s.length() - 1) : s;
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
