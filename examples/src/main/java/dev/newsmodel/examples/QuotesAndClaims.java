package dev.newsmodel.examples;

import dev.newsmodel.Article;
import dev.newsmodel.Claim;
import dev.newsmodel.Quote;
import dev.newsmodel.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads who is quoted and who claims what: quotes and claims refer to sources by id, and
 * {@link Article#speaker(Quote)} and {@link Article#claimant(Claim)} look the source up.
 */
public final class QuotesAndClaims {
  private QuotesAndClaims() {}

  /**
   * Returns one line per quote: {@code Speaker: "text"} ({@code unattributed} when none).
   *
   * @param article the article
   * @return one line per quote
   */
  public static List<String> quotes(Article article) {
    List<String> lines = new ArrayList<>();
    for (Quote quote : article.quotes()) {
      lines.add(article.speaker(quote).map(Source::name).orElse("unattributed") + ": \"" + quote.text() + "\"");
    }
    return lines;
  }

  /**
   * Returns one line per claim: {@code Claimant STANCE (cue): text}.
   *
   * @param article the article
   * @return one line per claim
   */
  public static List<String> claims(Article article) {
    List<String> lines = new ArrayList<>();
    for (Claim claim : article.claims()) {
      lines.add(article.claimant(claim).map(Source::name).orElse("unattributed") + " " + claim.stance()
          + (claim.cue() == null ? "" : " (" + claim.cue() + ")") + ": " + claim.text());
    }
    return lines;
  }

  /**
   * Prints the quotes and claims of the first page named on the command line, or of a sample.
   *
   * @param args a page's file name, or nothing for the sample
   * @throws Exception when the page cannot be read or gives no article
   */
  public static void main(String[] args) throws Exception {
    String html = """
        <html><body><article><h1>Dam repairs delayed</h1>
        <p>"The work will take another year," said Sora Ito, the project manager.</p>
        <p>The contractor denied that it had missed any deadline.</p>
        </article></body></html>""";
    Article article = ParseFromString.parse(html, "https://news.example.com/dam");
    quotes(article).forEach(System.out::println);
    claims(article).forEach(System.out::println);
  }
}
