package dev.newsmodel.attribution.internal.rules;

import static dev.newsmodel.attribution.internal.rules.Continuations.contentToEnd;
import static dev.newsmodel.attribution.internal.rules.Continuations.lastContentToken;
import static dev.newsmodel.attribution.internal.rules.Subjects.initialSubject;
import static dev.newsmodel.attribution.internal.rules.Subjects.plausibleSubject;
import static dev.newsmodel.attribution.internal.rules.Tokens.hasWord;

import dev.newsmodel.attribution.internal.CueLexicon;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.Found.Span;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Words;
import java.util.List;
import java.util.Set;

/**
 * A cue in the infinitive reports what its understood subject says, or set out to say: "The
 * mayor went on the radio to defend the new fares", "The storm led many to wonder whether the
 * pier would hold", "The vote allowed Roe to claim a mandate". The source is the noun phrase
 * right before "to" when a verb takes it as its object ("led many", "allowed Roe"), else the
 * unit's opening subject; the content is the cue's complement, to the unit's end or a new
 * clause. The cue must be a base form ("to say", not "to saying").
 */
final class InfinitiveCueRule implements AttributionRule {
  /** Pronouns and quantifiers that stand alone as the object before "to": "led many to wonder". */
  private static final Set<String> OBJECTS = Set.of("him", "her", "them", "us", "me", "many", "some", "others",
      "few", "most", "several", "everyone", "anyone", "someone", "people");

  /**
   * Prepositions and conjunctions after which a name before "to" is no object of a verb: "went
   * on CNN to declare", "called Roe and Lee to discuss".
   */
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "with", "to", "on", "in", "at", "by", "from",
      "about", "as", "than", "into", "onto", "over", "under", "after", "before", "during", "against", "like", "and",
      "or", "but");

  @Override
  public int apply(Sentence sentence, int at) {
    List<Token> toks = sentence.unit.tokens();
    int n = toks.size();
    int c = at;
    Token t = toks.get(c);
    String w = t.lower();
    CueLexicon.Entry entry = CueLexicon.lookup(w);
    if (entry == null || c < 2 || t.quoted() || t.isCapitalized() || !baseForm(w) || toks.get(c - 1).quoted()
        || !toks.get(c - 1).lower().equals("to")) {
      return NO_MATCH;
    }
    Token control = toks.get(c - 2);
    if (!control.quoted() && (control.lower().startsWith("declin") || control.lower().startsWith("refus"))) {
      return NO_MATCH; // "declined to comment", "refused to say": the rules of the first verb read it
    }
    int from = c + 1;
    if (entry.kind() == CueLexicon.Kind.TELL && from < n && !toks.get(from).quoted() && toks.get(from).isWord()
        && !toks.get(from).lower().equals("that")) {
      from = CueComplement.afterAddressee(toks, from);
    }
    while (from < n && !toks.get(from).quoted()
        && (toks.get(from).is(":") || toks.get(from).is(",") || toks.get(from).lower().equals("that"))) {
      from++;
    }
    if (from >= n || !hasWord(toks, from, n)) {
      return NO_MATCH;
    }
    int p = sentence.paragraph;
    Span source = objectBeforeTo(toks, c - 2, p);
    if (source == null) {
      int[] subject = initialSubject(toks, c - 1);
      if (subject == null || !clauseSubject(toks, subject, c - 1)) {
        return NO_MATCH;
      }
      source = new Span(p, toks.get(subject[0]).start(), toks.get(subject[1] - 1).end());
    }
    int last = lastContentToken(toks, from);
    Span content = contentToEnd(sentence.text, toks, p, from, sentence.unit);
    if (content.end() <= content.start()) {
      return NO_MATCH;
    }
    int and = coordinatedInfinitive(toks, from, last);
    if (and < 0) {
      sentence.out.add(new Found(source, new Span(p, t.start(), t.end()), t.text(), List.of(content), entry.stance(),
          -1, null));
      return last;
    }
    // "to accuse the council of waste and urge voters to ...": the second infinitive reports
    // a statement of its own, by the same source
    int e = Tokens.trimEnd(sentence.text, content.start(), toks.get(and).start());
    if (e <= content.start()) {
      return NO_MATCH;
    }
    sentence.out.add(new Found(source, new Span(p, t.start(), t.end()), t.text(), List.of(new Span(p, content.start(), e)),
        entry.stance(), -1, null));
    Token v = toks.get(and + 1);
    Span rest = new Span(p, toks.get(and + 2).start(), content.end());
    sentence.out.add(new Found(source, new Span(p, v.start(), v.end()), v.text(), List.of(rest),
        CueLexicon.lookup(v.lower()).stance(), -1, null));
    return last;
  }

  /**
   * The "and" or "or" between tokens {@code from} and {@code last} that a second cue in its base
   * form follows ("to accuse X and urge Y"), with words after it; -1 when there is none.
   */
  static int coordinatedInfinitive(List<Token> toks, int from, int last) {
    for (int k = from + 1; k + 2 <= last; k++) {
      Token t = toks.get(k);
      if (t.quoted() || !(t.lower().equals("and") || t.lower().equals("or"))) {
        continue;
      }
      Token v = toks.get(k + 1);
      if (!v.quoted() && v.isWord() && !v.isCapitalized() && baseForm(v.lower()) && CueLexicon.lookup(v.lower()) != null
          && !Words.AUX.contains(v.lower())) {
        return k;
      }
    }
    return -1;
  }

  /** The most tokens an appositive between the subject and its verb may span. */
  private static final int MAX_APPOSITIVE = 10;

  /** Subjects that stand for no speaker: "It is hard to say ...", "There is no need to deny ...". */
  private static final Set<String> EXPLETIVES = Set.of("it", "this", "that", "there", "what", "his", "her", "its",
      "their", "our", "my", "your");

  /**
   * Whether the unit's opening noun phrase ({@code subject}, token range end exclusive) is the
   * subject of the clause whose infinitive starts at token {@code to}: a plausible speaker (no
   * expletive "it", no opening adverb or participle read as a name: "Recently", "Using"),
   * followed (past one appositive set off by commas) by a lower-case verb, with no further comma
   * between it and "to" (one would put a clause of its own between them).
   */
  static boolean clauseSubject(List<Token> toks, int[] subject, int to) {
    int s = subject[0];
    int e = subject[1];
    if (e >= to || !plausibleSubject(toks, s, e - 1)) {
      return false;
    }
    String first = toks.get(s).lower();
    String head = toks.get(e - 1).lower();
    if (EXPLETIVES.contains(first) || EXPLETIVES.contains(head) || first.endsWith("ly") || first.endsWith("ing")
        || Words.OPENERS.contains(first) || Words.NOT_SUBJECTS.contains(first) && !Words.DETERMINERS.contains(first)) {
      return false;
    }
    int v = e;
    if (toks.get(e).is(",") && !toks.get(e).quoted()) {
      // "The harbour master, a former skipper, went on the radio to defend ...": past one
      // appositive closed by a comma
      int k2 = e + 1;
      while (k2 < to && k2 <= e + MAX_APPOSITIVE && !toks.get(k2).quoted() && !toks.get(k2).is(",")) {
        k2++;
      }
      if (k2 >= to || !toks.get(k2).is(",") || toks.get(k2).quoted() || k2 == e + 1) {
        return false;
      }
      v = k2 + 1;
    }
    Token verb = toks.get(v);
    if (v >= to || verb.quoted() || !verb.isWord() || verb.isCapitalized()) {
      return false;
    }
    for (int k = v; k < to; k++) {
      if (toks.get(k).quoted() || toks.get(k).is(",") || toks.get(k).is(";") || toks.get(k).is(":")) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code w} reads as a verb's base form: no -s, -ed or -ing ending ("discuss" keeps its -ss). */
  static boolean baseForm(String w) {
    return !w.endsWith("ing") && !w.endsWith("ed") && !(w.endsWith("s") && !w.endsWith("ss"));
  }

  /**
   * The object of a verb that ends at token {@code k}, right before "to": a pronoun or quantifier
   * ("led many"), or a name in capitals after a word that is no preposition ("allowed Ann Roe");
   * null when there is none.
   */
  static Span objectBeforeTo(List<Token> toks, int k, int p) {
    if (k < 1 || toks.get(k).quoted() || !toks.get(k).isWord()) {
      return null;
    }
    Token o = toks.get(k);
    if (!o.isCapitalized() && OBJECTS.contains(o.lower())) {
      Token before = toks.get(k - 1);
      return before.isWord() && !before.quoted() && !PREPOSITIONS.contains(before.lower())
          ? new Span(p, o.start(), o.end()) : null;
    }
    int m = k;
    while (m > 0 && toks.get(m).isCapitalized() && toks.get(m).isWord() && !toks.get(m).quoted() && k - m < 3) {
      m--;
    }
    if (m == k || toks.get(m).quoted() || !toks.get(m).isWord() || toks.get(m).isCapitalized()
        || PREPOSITIONS.contains(toks.get(m).lower()) || Words.DETERMINERS.contains(toks.get(m).lower())
        || Words.AUX.contains(toks.get(m).lower())) {
      return null;
    }
    return new Span(p, toks.get(m + 1).start(), o.end());
  }
}
