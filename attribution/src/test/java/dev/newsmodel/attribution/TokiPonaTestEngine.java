package dev.newsmodel.attribution;

import dev.newsmodel.Article;
import dev.newsmodel.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A test engine for Toki Pona ({@code tok}), registered in this module's test
 * {@code META-INF/services}: it finds the cue word {@code toki} ("says") and marks the article's
 * provenance so a test can tell it ran.
 */
public final class TokiPonaTestEngine implements AttributionEngine {
  /** The warning this engine adds to every article it attributes. */
  static final String MARK = "attributed by the Toki Pona test engine";

  /** Creates the engine (ServiceLoader needs a public no-argument constructor). */
  public TokiPonaTestEngine() {}

  @Override
  public String name() {
    return "toki-pona-test";
  }

  @Override
  public Set<String> languages() {
    return Set.of("tok");
  }

  @Override
  public Article attribute(Article article) {
    List<String> warnings = new ArrayList<>(article.provenance().warnings());
    warnings.add(MARK);
    return article.toBuilder().sources(List.of()).quotes(List.of()).claims(List.of())
        .provenance(new Provenance(article.provenance().parser(), warnings, article.provenance().removed())).build();
  }

  @Override
  public List<Attribution> find(List<String> paragraphs) {
    List<Attribution> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      int cue = text.indexOf(" li toki e ni: ");
      if (cue > 0) {
        int content = cue + " li toki e ni: ".length();
        out.add(new Attribution(new TextSpan(p, 0, cue), new TextSpan(p, cue + 4, cue + 8),
            List.of(new TextSpan(p, content, text.length())), dev.newsmodel.Stance.ASSERTS));
      }
    }
    return out;
  }
}
