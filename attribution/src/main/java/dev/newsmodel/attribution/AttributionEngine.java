package dev.newsmodel.attribution;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who said what in the text of one or more languages: the service an {@link Attributor}
 * chooses by an article's language.
 *
 * <p>Engines are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.newsmodel.attribution.AttributionEngine} of your jar and, in a
 * named module, declare {@code provides dev.newsmodel.attribution.AttributionEngine with ...}.
 * A provider needs a public no-argument constructor. The library's English engine serves
 * {@code en}. An engine reads text only, never HTML, and must be stateless and thread-safe: one
 * instance serves every thread.
 */
public interface AttributionEngine {

  /**
   * Returns a short name for listings and messages, e.g. {@code english-rules}.
   *
   * @return a non-blank name, unique among the engines on the class path
   */
  String name();

  /**
   * Returns the languages this engine serves, as lower-case BCP 47 primary language subtags
   * ({@code en}, {@code ja}, {@code tok}): an article tagged {@code en-GB} is served by the
   * engine for {@code en}.
   *
   * @return a non-empty set of primary subtags
   */
  Set<String> languages();

  /**
   * Returns a copy of {@code article} whose sources, quotes and claims are replaced by those
   * found in its body blocks; every other field, the body included, stays as it was (an engine
   * may add provenance warnings). An article whose body attributes nothing comes back with
   * empty sources, quotes and claims.
   *
   * @param article the article whose body is read; its language is one of {@link #languages()}
   *     or absent
   * @return the attributed article, valid by {@link Article}'s own checks
   */
  Article attribute(Article article);

  /**
   * Finds the attribution relations of bare paragraphs, in reading order.
   *
   * @param paragraphs the texts, in reading order; spans index them as given (UTF-16)
   * @return the relations found; empty when there are none
   */
  List<Attribution> find(List<String> paragraphs);

  /**
   * Returns the body blocks an engine reads: every block but subheadings, in order. One rule for
   * every engine, so that engines for different languages read the same text of an article.
   *
   * @param article the article
   * @return its body without {@link BlockKind#SUBHEADING} blocks; empty when it has none
   */
  static List<Block> attributedBlocks(Article article) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : article.body()) {
      if (b.kind() != BlockKind.SUBHEADING) {
        blocks.add(b);
      }
    }
    return blocks;
  }
}
