package dev.newsmodel.examples;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Claim;
import dev.newsmodel.ClaimMode;
import dev.newsmodel.Mention;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.attribution.Attribution;
import dev.newsmodel.attribution.AttributionEngine;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.attribution.TextSpan;
import dev.newsmodel.parse.NewsModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribution engine of your own, for a language the library has none for: Toki Pona
 * ({@code tok}), whose reported speech reads {@code jan Sonja li toki e ni: "…"} ("person Sonja
 * says this: …"). It finds the speaker after {@code jan}, the cue {@code toki} and the quoted
 * content, and builds sources, quotes and claims from them.
 *
 * <p>To have {@link Attributor#load()} and {@link NewsModel#create()} find it on the class
 * path, list the class in {@code META-INF/services/dev.newsmodel.attribution.AttributionEngine}
 * of your jar (and, in a named module, {@code provides dev.newsmodel.attribution.AttributionEngine
 * with ...}). Or add it by hand, as {@link #newsModel()} does. An engine must be stateless and
 * thread-safe.
 */
public final class CustomAttributionEngine implements AttributionEngine {
  // jan NAME li toki e ni: "CONTENT"   (NAME: capitalised words, as Toki Pona writes names)
  private static final Pattern SPEECH = Pattern.compile(
      "\\bjan ((?:\\p{Lu}\\p{Ll}+ ?)+) li (toki) e ni: [\"\u201c]([^\"\u201d]+)[\"\u201d]");

  /** Creates the engine (ServiceLoader needs a public no-argument constructor). */
  public CustomAttributionEngine() {}

  /**
   * Returns the library's front door with this engine added to the ones on the class path.
   *
   * @return the front door
   */
  public static NewsModel newsModel() {
    return NewsModel.create().withAttribution(Attributor.load().with(new CustomAttributionEngine()));
  }

  @Override
  public String name() {
    return "toki-pona-example";
  }

  @Override
  public Set<String> languages() {
    return Set.of("tok");
  }

  @Override
  public List<Attribution> find(List<String> paragraphs) {
    List<Attribution> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Matcher m = SPEECH.matcher(paragraphs.get(p));
      while (m.find()) {
        out.add(new Attribution(new TextSpan(p, m.start(1), m.end(1) - (m.group(1).endsWith(" ") ? 1 : 0)),
            new TextSpan(p, m.start(2), m.end(2)), List.of(new TextSpan(p, m.start(3), m.end(3))), Stance.ASSERTS));
      }
    }
    return out;
  }

  @Override
  public Article attribute(Article article) {
    List<Block> blocks = article.body().stream().filter(b -> b.kind() != BlockKind.SUBHEADING).toList();
    List<String> texts = blocks.stream().map(Block::text).toList();
    Map<String, String> ids = new LinkedHashMap<>(); // speaker name -> source id, in order of first mention
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    List<Quote> quotes = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Attribution a : find(texts)) {
      TextSpan who = a.source();
      TextSpan what = a.content().get(0);
      String block = blocks.get(what.paragraph()).id();
      String text = texts.get(what.paragraph());
      String name = text.substring(who.start(), who.end());
      String id = ids.computeIfAbsent(name, n -> "s" + (ids.size() + 1));
      mentions.computeIfAbsent(name, n -> new ArrayList<>()).add(new Mention(block, who.start(), who.end(), name));
      String quoteId = "q" + (quotes.size() + 1);
      quotes.add(Quote.builder(quoteId).kind(QuoteKind.DIRECT).text(text.substring(what.start(), what.end()))
          .speaker(id).cue("toki").span(block, what.start(), what.end()).build());
      claims.add(Claim.builder("c" + (claims.size() + 1)).claimant(id).cue("toki").stance(Stance.ASSERTS)
          .mode(ClaimMode.DIRECT).text(text.substring(what.start(), what.end())).addQuote(quoteId)
          .span(block, what.start(), what.end()).build());
    }
    List<Source> sources = new ArrayList<>();
    ids.forEach((name, id) -> sources.add(Source.builder(id, name, SourceKind.PERSON).mentions(mentions.get(name)).build()));
    return article.toBuilder().sources(sources).quotes(quotes).claims(claims).build();
  }
}
