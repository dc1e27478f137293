package dev.newsmodel.attribution.internal;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Claim;
import dev.newsmodel.ClaimMode;
import dev.newsmodel.Mention;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.Source;
import dev.newsmodel.Stance;
import dev.newsmodel.attribution.AttributionEngine;
import dev.newsmodel.attribution.internal.lexicon.LexiconFile;
import dev.newsmodel.attribution.internal.rules.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Builds the sources, quotes and claims of an article from the attributions in its body. */
public final class ArticleAssembler {
  private ArticleAssembler() {}

  private static final Pattern DENIAL_CONTENT = Pattern.compile(
      "(?i)\\b(?:do|does|did)\\s+not\\s+exist\\b|\\bdon['\u2019]t\\s+exist\\b|\\bnot\\s+true\\b|\\bbaseless\\b"
      + "|\\bgroundless\\b|\\bunfounded\\b|\\bfabricat\\w*|\\bno\\s+such\\b");
  private static final Pattern ALLEGATION_CUE = Pattern.compile(
      "(?i)^(?:alleg|accus|claim|report|charg|assert|indicat|said|say)");
  private static final Set<String> STOP = LexiconFile.words("stop-words.txt");
  // a content word: [\p{L}\p{N}][\p{L}\p{N}\-]*, scanned by hand in contentWords

  /**
   * Returns the article with sources, quotes and claims replaced by those its body gives. The
   * phases (attributions kept, claimants, sources, quotes, claims) are separate methods: one
   * method of all of them was among the costliest for the JIT to compile.
   *
   * @param article the article whose body is read
   * @return the attributed article
   */
  public static Article assemble(Article article) {
    List<Block> blocks = AttributionEngine.attributedBlocks(article);
    List<String> paragraphs = blocks.stream().map(Block::text).toList();
    LocalDate published = article.published() == null ? null : article.published().toLocalDate();
    AttributionFinder.Result result = AttributionFinder.find(paragraphs);
    List<Found> found = withCue(result.found());
    SourceResolver resolver = new SourceResolver(paragraphs);
    List<SourceResolver.@Nullable Entity> claimants = claimants(resolver, result, paragraphs, found);
    FurtherMentions.add(resolver, paragraphs);

    // ids: sources in order of first mention
    List<SourceResolver.Entity> entities = new ArrayList<>(resolver.entities());
    entities.sort(Comparator.comparing(ArticleAssembler::firstMention,
        Comparator.comparingInt(Found.Span::paragraph).thenComparingInt(Found.Span::start)));
    Map<SourceResolver.Entity, String> ids = new LinkedHashMap<>();
    for (SourceResolver.Entity e : entities) {
      ids.put(e, "s" + (ids.size() + 1));
    }
    List<Source> sources = new ArrayList<>();
    for (SourceResolver.Entity e : entities) {
      sources.add(source(e, ids, paragraphs, blocks));
    }
    Map<Integer, List<String>> quotesOfFound = new HashMap<>();
    List<Quote> quotes = quotes(result, paragraphs, blocks, found, claimants, ids, quotesOfFound);
    List<Claim> claims = claims(result, paragraphs, blocks, published, found, claimants, ids, quotes, quotesOfFound);
    return article.toBuilder().sources(sources).quotes(quotes).claims(claims).build();
  }

  /**
   * The attributions that have a cue, with continuations renumbered: guessed attributions
   * (quotes with no cue) never become claims or speakers of an article, nor do their continuations.
   */
  private static List<Found> withCue(List<Found> all) {
    List<Found> found = new ArrayList<>();
    int[] newIndex = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Found f = all.get(i);
      boolean parentDropped = f.continues() >= 0 && newIndex[f.continues()] < 0;
      if (f.guessed() || parentDropped) {
        newIndex[i] = -1;
        continue;
      }
      newIndex[i] = found.size();
      found.add(f.continues() >= 0 ? new Found(f.source(), f.cue(), f.cueText(), f.content(), f.stance(),
          newIndex[f.continues()], f.appositive(), false) : f);
    }
    return found;
  }

  /** The source each attribution resolves to (a continuation's is its parent's), null where none. */
  private static List<SourceResolver.@Nullable Entity> claimants(SourceResolver resolver, AttributionFinder.Result result,
      List<String> paragraphs, List<Found> found) {
    List<SourceResolver.@Nullable Entity> claimants = new ArrayList<>();
    for (Found f : found) {
      SourceResolver.@Nullable Entity e = null;
      if (f.source() != null) {
        e = resolver.resolve(f.source(), f.appositive(), unitText(result, paragraphs, f));
      } else if (f.continues() >= 0) {
        e = claimants.get(f.continues());
      }
      claimants.add(e);
    }
    return claimants;
  }

  /** The source of entity {@code e}: its mentions in text order, overlapping and blank ones left out. */
  private static Source source(SourceResolver.Entity e, Map<SourceResolver.Entity, String> ids, List<String> paragraphs,
      List<Block> blocks) {
    List<Mention> mentions = new ArrayList<>();
    List<Found.Span> spans = new ArrayList<>(e.mentions());
    spans.sort(Comparator.comparingInt(Found.Span::paragraph).thenComparingInt(Found.Span::start));
    int lastP = -1;
    int lastEnd = -1;
    for (Found.Span m : spans) {
      if (m.paragraph() == lastP && m.start() < lastEnd) {
        continue;
      }
      String text = paragraphs.get(m.paragraph()).substring(m.start(), m.end());
      if (text.isBlank()) {
        continue;
      }
      mentions.add(new Mention(blocks.get(m.paragraph()).id(), m.start(), m.end(), text));
      lastP = m.paragraph();
      lastEnd = m.end();
    }
    return Source.builder(ids.get(e), e.name(), e.kind()).anonymous(e.anonymous()).title(e.title())
        .description(e.description()).affiliation(e.affiliation() == null ? null : ids.get(e.affiliation()))
        .mentions(mentions).build();
  }

  /** The indexes of the attributions with content in each paragraph, in order, each once per paragraph. */
  private static Map<Integer, List<Integer>> foundByParagraph(List<Found> found) {
    Map<Integer, List<Integer>> foundByParagraph = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      for (Found.Span s : found.get(i).content()) {
        List<Integer> list = foundByParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    return foundByParagraph;
  }

  /**
   * The quotes of the body, each with the speaker of the attribution whose content holds it.
   * Adds the ids of each attribution's quotes to {@code quotesOfFound} (by attribution index).
   */
  private static List<Quote> quotes(AttributionFinder.Result result, List<String> paragraphs, List<Block> blocks,
      List<Found> found, List<SourceResolver.@Nullable Entity> claimants, Map<SourceResolver.Entity, String> ids,
      Map<Integer, List<String>> quotesOfFound) {
    Map<Integer, List<Integer>> foundByParagraph = foundByParagraph(found);
    List<Quote> quotes = new ArrayList<>();
    for (List<QuoteSpan> inParagraph : result.quotes()) {
      for (QuoteSpan q : inParagraph) {
        String para = paragraphs.get(q.paragraph());
        int s = q.wordsStart(para);
        int e = q.wordsEnd(para);
        if (e <= s) {
          continue;
        }
        int owner = ownerOf(found, foundByParagraph, q);
        String id = "q" + (quotes.size() + 1);
        SourceResolver.Entity speaker = owner < 0 ? null : claimants.get(owner);
        Found f = owner < 0 ? null : found.get(owner);
        boolean continuation = f != null && f.continues() >= 0 || q.continued() && speaker != null;
        QuoteKind kind = f != null && (continuation || isWholeContent(f, q)) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        String cue = f == null || f.continues() >= 0 ? null : f.cueText();
        if (kind == QuoteKind.PARTIAL) {
          while (e > s + 1 && ".,;:".indexOf(para.charAt(e - 1)) >= 0) {
            e--; // a fragment's closing punctuation belongs to the sentence
          }
        }
        quotes.add(new Quote(id, kind, para.substring(s, e), speaker == null ? null : ids.get(speaker), cue,
            blocks.get(q.paragraph()).id(), s, e, continuation));
        if (owner >= 0) {
          quotesOfFound.computeIfAbsent(owner, k -> new ArrayList<>()).add(id);
        }
      }
    }
    return quotes;
  }

  /** The claims of the attributions, with their modes, stances, quantities, dates and denials' targets. */
  private static List<Claim> claims(AttributionFinder.Result result, List<String> paragraphs, List<Block> blocks,
      @Nullable LocalDate published, List<Found> found, List<SourceResolver.@Nullable Entity> claimants,
      Map<SourceResolver.Entity, String> ids, List<Quote> quotes, Map<Integer, List<String>> quotesOfFound) {
    Map<String, QuoteKind> quoteKinds = new HashMap<>();
    for (Quote q : quotes) {
      quoteKinds.put(q.id(), q.kind());
    }
    List<Claim> claims = new ArrayList<>();
    Map<String, List<Integer>> claimsByWord = new HashMap<>();
    List<Integer> unindexed = new ArrayList<>(); // assertions not yet in claimsByWord, in order
    List<String> unindexedTexts = new ArrayList<>(); // and their texts
    List<Integer> allegations = new ArrayList<>();
    List<SourceResolver.@Nullable Entity> claimClaimant = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Found.Span span = longest(f.content());
      String para = paragraphs.get(span.paragraph());
      String unit = unitText(result, paragraphs, f);
      int[] range = claimRange(result, found, i, span, para);
      int s = range[0];
      int e = range[1];
      if (e <= s || para.substring(s, e).isBlank()) {
        continue;
      }
      String text = para.substring(s, e);
      List<String> qids = quotesOfFound.getOrDefault(i, List.of());
      ClaimMode mode = qids.isEmpty() ? ClaimMode.INDIRECT
          : qids.stream().allMatch(q -> quoteKinds.get(q) == QuoteKind.DIRECT)
              ? ClaimMode.DIRECT : ClaimMode.MIXED;
      Stance stance = f.stance();
      if (stance == Stance.ASSERTS && mayDeny(text) && DENIAL_CONTENT.matcher(text).find()) {
        stance = Stance.DENIES;
      }
      SourceResolver.Entity claimant = claimants.get(i);
      String id = "c" + (claims.size() + 1);
      String respondsTo = null;
      if (stance == Stance.DENIES) {
        // The word index of the assertions so far is built at the first denial: most articles
        // have none, and their assertions' words were never needed.
        for (int k = 0; k < unindexed.size(); k++) {
          int index = unindexed.get(k);
          for (String w : contentWords(unindexedTexts.get(k))) {
            claimsByWord.computeIfAbsent(w, x -> new ArrayList<>()).add(index);
          }
        }
        unindexed.clear();
        unindexedTexts.clear();
        respondsTo = respondsTo(claims, claimsByWord, allegations, claimClaimant, claimant, contentWords(text));
      }
      claims.add(Claim.builder(id).claimant(claimant == null ? null : ids.get(claimant)).cue(f.continues() >= 0 ? null : f.cueText())
          .stance(stance).mode(mode).text(text).quotes(qids).quantities(Quantities.find(text))
          .when(Dates.resolve(unit, published)).respondsTo(respondsTo)
          .span(blocks.get(span.paragraph()).id(), s, e).build());
      claimClaimant.add(claimant);
      if (stance == Stance.ASSERTS) {
        // only assertions can be answered by a denial: index them by word, once
        int index = claims.size() - 1;
        unindexed.add(index);
        unindexedTexts.add(text);
        String cue = f.cueText() == null ? "" : f.cueText();
        if (ALLEGATION_CUE.matcher(cue).find() && cue.toLowerCase(Locale.ROOT).startsWith("alleg")) {
          allegations.add(index);
        }
      }
    }
    return claims;
  }

  /**
   * The range {start, end} in {@code para} of the claim of attribution {@code i}, whose longest
   * content is {@code span}: a refusal's claim is its sentence up to a further statement in it;
   * a leading "that " is left out.
   */
  private static int[] claimRange(AttributionFinder.Result result, List<Found> found, int i, Found.Span span, String para) {
    Found f = found.get(i);
    int s = span.start();
    int e = span.end();
    if (f.stance() == Stance.NO_COMMENT) {
      Unit u = unitOf(result, f);
      if (u != null) {
        s = u.start();
        e = Tokens.trimEnd(para, u.start(), u.end());
        // the refusal's sentence stops where a further statement in it begins ("... but added: ...")
        if (i + 1 < found.size() && found.get(i + 1).cue() != null && found.get(i + 1).cue().paragraph() == span.paragraph()
            && found.get(i + 1).cue().start() > s && found.get(i + 1).cue().start() < e) {
          int cut = found.get(i + 1).cue().start();
          String head = para.substring(s, cut);
          int conj = Math.max(head.lastIndexOf(" but "), head.lastIndexOf(" and "));
          e = Tokens.trimEnd(para, s, conj > 0 ? s + conj : cut);
        }
      }
    }
    if (para.regionMatches(true, s, "that ", 0, 5)) {
      s += 5;
    }
    return new int[] {s, e};
  }

  /** Whether {@code text} holds a word DENIAL_CONTENT needs (a cheap test before the regex). */
  private static boolean mayDeny(String text) {
    return AsciiText.containsAny(AsciiText.lower(text), "exist", "true", "baseless", "groundless", "unfounded",
        "fabricat", "such");
  }

  /**
   * The claim a denial answers: the earlier assertion by another side that shares most words
   * (an allegation counts extra). Only assertions sharing a word, and allegations, are scored,
   * through the word index, so the work grows with the words shared, not with claims squared.
   */
  private static @Nullable String respondsTo(List<Claim> claims, Map<String, List<Integer>> claimsByWord,
      List<Integer> allegations, List<SourceResolver.@Nullable Entity> claimants, SourceResolver.@Nullable Entity claimant,
      Set<String> mine) {
    Map<Integer, Integer> overlap = new HashMap<>();
    for (String w : mine) {
      for (int i : claimsByWord.getOrDefault(w, List.of())) {
        overlap.merge(i, 1, Integer::sum);
      }
    }
    Set<Integer> allegation = new HashSet<>(allegations);
    Set<Integer> candidates = new HashSet<>(overlap.keySet());
    candidates.addAll(allegation);
    int best = -1;
    double bestScore = 0;
    for (int i : candidates) {
      if (sameSide(claimants.get(i), claimant)) {
        continue;
      }
      boolean alleged = allegation.contains(i);
      double score = overlap.getOrDefault(i, 0) + (alleged ? 1.5 : 0) + (mine.contains("allegations") && alleged ? 2 : 0);
      if (score > bestScore || score == bestScore && score > 0 && i < best) {
        best = i;
        bestScore = score;
      }
    }
    return best < 0 ? null : claims.get(best).id();
  }

  private static boolean sameSide(SourceResolver.@Nullable Entity a, SourceResolver.@Nullable Entity b) {
    if (a == null || b == null) {
      return false;
    }
    Set<SourceResolver.Entity> chain = new HashSet<>();
    for (SourceResolver.Entity e = a; e != null && chain.add(e); e = e.affiliation()) {
      // walk up the affiliations
    }
    for (SourceResolver.Entity e = b; e != null; e = e.affiliation()) {
      if (chain.contains(e)) {
        return true;
      }
      if (e.affiliation() == e) {
        break;
      }
    }
    return false;
  }

  private static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    // the words WORD matches, scanned by hand: the regex was a third of this method's time
    int i = 0;
    while (i < lower.length()) {
      int cp = lower.codePointAt(i);
      if (!TextUnits.isLetterOrNumber(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = i + Character.charCount(cp);
      while (end < lower.length()) {
        int next = lower.codePointAt(end);
        if (next != '-' && !TextUnits.isLetterOrNumber(next)) {
          break;
        }
        end += Character.charCount(next);
      }
      if (end - i > 2) { // short words are never content: no substring for them
        String w = lower.substring(i, end);
        if (!STOP.contains(w)) {
          out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
        }
      }
      i = end;
    }
    return out;
  }

  private static Found.Span longest(List<Found.Span> spans) {
    Found.Span best = spans.get(0);
    for (Found.Span s : spans) {
      if (s.end() - s.start() > best.end() - best.start() && s.paragraph() == spans.get(0).paragraph()) {
        best = s;
      }
    }
    return best;
  }

  private static int ownerOf(List<Found> found, Map<Integer, List<Integer>> byParagraph, QuoteSpan q) {
    for (int i : byParagraph.getOrDefault(q.paragraph(), List.of())) {
      for (Found.Span s : found.get(i).content()) {
        if (s.paragraph() == q.paragraph() && s.start() <= q.start() + 1 && q.start() < s.end()) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isWholeContent(Found f, QuoteSpan q) {
    for (Found.Span s : f.content()) {
      if (s.paragraph() == q.paragraph() && s.start() <= q.start() + 1 && q.start() < s.end()) {
        int len = s.end() - s.start();
        return (q.end() - q.start()) * 10 >= len * 8;
      }
    }
    return false;
  }

  private static @Nullable Unit unitOf(AttributionFinder.Result result, Found f) {
    Found.Span at = f.cue() != null ? f.cue() : f.content().get(0);
    for (Unit u : result.units().get(at.paragraph())) {
      if (u.start() <= at.start() && at.start() < u.end()) {
        return u;
      }
    }
    return null;
  }

  private static String unitText(AttributionFinder.Result result, List<String> paragraphs, Found f) {
    Unit u = unitOf(result, f);
    Found.Span at = f.cue() != null ? f.cue() : f.content().get(0);
    return u == null ? paragraphs.get(at.paragraph()) : paragraphs.get(at.paragraph()).substring(u.start(), u.end());
  }

  private static Found.Span firstMention(SourceResolver.Entity e) {
    Found.Span first = null;
    for (Found.Span m : e.mentions()) {
      if (first == null || m.paragraph() < first.paragraph() || m.paragraph() == first.paragraph() && m.start() < first.start()) {
        first = m;
      }
    }
    return first == null ? new Found.Span(Integer.MAX_VALUE, e.index(), e.index()) : first;
  }
}
