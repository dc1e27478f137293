package dev.newsmodel.attribution.ja;

import dev.newsmodel.SourceKind;
import dev.newsmodel.attribution.ja.Morphemes.Tok;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The noun phrases of one paragraph that may name a source, and what they say of it: subjects
 * (Xは, Xが), the phrase before a particle or marker, a reporter in a relative clause (Xが報じた…),
 * and the description of a phrase (name, title, honorific, age, kind, anonymity, 同 coreference
 * through {@link Sources}).
 */
final class NounPhrases {
  private static final Set<String> GOVERNMENT_PARTS = Set.of("庁", "省", "政府", "当局", "警察", "警視庁", "県警", "府警");
  private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー・]{2,}");
  private static final Pattern PEOPLE = Pattern.compile("[0-9０-９一二三四五六七八九十]+人");

  private final Paragraph par;
  private final String text;
  private final List<Tok> toks;
  private final Sources sources;

  NounPhrases(Paragraph par, Sources sources) {
    this.par = par;
    this.text = par.text;
    this.toks = par.toks;
    this.sources = sources;
  }

  /**
   * The subject of the clause before {@code before} in the sentence {@code ss}–{@code se}: the
   * first topic (Xは, Xも) that names a source, else the first subject (Xが) that does; null when
   * there is none.
   */
  @Nullable NounPhrase topic(int ss, int se, int before) {
    NounPhrase ga = null;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.start() < ss || t.start() >= before || par.depth(t.start()) != 0) {
        continue;
      }
      boolean wa = (t.surface().equals("は") || t.surface().equals("も")) && t.pos().startsWith("助詞-係助詞");
      boolean isGa = t.surface().equals("が") && t.pos().startsWith("助詞-格助詞");
      if (!wa && !isGa) {
        continue;
      }
      NounPhrase np = before(t.start(), ss);
      if (np == null || np.kind() == SourceKind.UNKNOWN) {
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

  /**
   * The noun phrase that ends at {@code end} (nouns, の, bracketed groups), not reaching before
   * {@code floor}, or null; a relative clause of reporting before it (Xが報じた合意案) gives X.
   */
  @Nullable NounPhrase before(int end, int floor) {
    int j = par.tokenEndingAt(end);
    if (j < 0) {
      return null;
    }
    int first = -1;
    boolean sawNoun = false;
    while (j >= 0 && toks.get(j).start() >= floor) {
      Tok t = toks.get(j);
      String s = t.surface();
      if (s.equals("）") || s.equals(")") || s.equals("」") || s.equals("』")) {
        int open = par.openingBefore(t.start());
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
    NounPhrase reporter = reporter(first, floor);
    if (reporter != null) {
      return reporter;
    }
    return describe(new Span(par.index, start, end));
  }

  private @Nullable NounPhrase reporter(int first, int floor) {
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
          NounPhrase np = before(toks.get(k - 1).start(), floor);
          return np != null && np.kind() != SourceKind.UNKNOWN ? np : null;
        }
      }
      k--;
    }
    return null;
  }

  /** What the phrase at {@code span} says of its source. */
  private NounPhrase describe(Span span) {
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
      SourceKind k = description == null ? kindOf(head, span) : kindOf(description, span);
      return new NounPhrase(span, raw, head.isEmpty() ? clean : head, k == SourceKind.UNKNOWN ? SourceKind.ORGANIZATION : k,
          false, null, description, null);
    }
    int no = head.lastIndexOf('の');
    String last = no >= 0 ? head.substring(no + 1) : head;
    String modifier = no >= 0 ? head.substring(0, no) : null;
    // coreference: 同氏, 同課, 同庁, 同社
    if (last.startsWith("同") && last.length() >= 2 && last.length() <= 4) {
      Entity e = sources.coreferent(last.substring(1));
      if (e != null) {
        return new NounPhrase(span, raw, e.name, e.kind, e.anonymous, e.title, e.description, e);
      }
    }
    String honorific = JapaneseLexicon.endingOf(last, JapaneseLexicon.HONORIFICS);
    if (honorific != null && last.length() > honorific.length() && hasName(span)) {
      String name = last.substring(0, last.length() - honorific.length());
      return new NounPhrase(span, raw, name, SourceKind.PERSON, false, null, modifier, null);
    }
    String title = JapaneseLexicon.endingOf(last, JapaneseLexicon.TITLES);
    if (title != null) {
      String rest = last.substring(0, last.length() - title.length());
      if (!rest.isEmpty() && (hasName(span) || KATAKANA.matcher(rest).matches())
          && JapaneseLexicon.endingOf(rest, JapaneseLexicon.ORG_ENDINGS) == null) {
        return new NounPhrase(span, raw, rest, SourceKind.PERSON, false, title, modifier, null);
      }
      if (JapaneseLexicon.endingOf(last, JapaneseLexicon.ANONYMOUS) == null) {
        return new NounPhrase(span, raw, clean, SourceKind.PERSON, false, title, null, null);
      }
    }
    if (JapaneseLexicon.endingOf(last, JapaneseLexicon.ANONYMOUS) != null) {
      return new NounPhrase(span, raw, clean, SourceKind.PERSON, true, null, null, null);
    }
    if (PEOPLE.matcher(clean).matches()) {
      return new NounPhrase(span, raw, clean, SourceKind.PERSON, false, null, null, null);
    }
    return new NounPhrase(span, raw, clean, kindOf(last, span), false, null, null, null);
  }

  /**
   * The kind of source {@code name} is, by its government part or organisation ending, else by
   * the proper-noun classes of the tokens of {@code span}; {@code UNKNOWN} when none tells.
   */
  private SourceKind kindOf(String name, Span span) {
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

  /** Whether {@code span} holds a person's name: a 人名 token, or katakana once honorific and brackets are gone. */
  private boolean hasName(Span span) {
    for (Tok t : toks) {
      if (t.start() >= span.start() && t.end() <= span.end() && t.pos().contains("人名")) {
        return true;
      }
    }
    String s = text.substring(span.start(), span.end());
    return KATAKANA.matcher(s.replaceAll("(氏|さん|様)$", "").replaceAll("[（(][^）)]*[）)]", "")).find();
  }

  private static String strip(String s) {
    return s.endsWith("の") ? s.substring(0, s.length() - 1) : s;
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
