package dev.newsmodel.testing;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Claim;
import dev.newsmodel.Media;
import dev.newsmodel.Quote;
import dev.newsmodel.RemovedText;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on an {@link Article}. Each failure message says what was expected and
 * shows what the article does hold (its headline, its quotes with their speakers, its claims
 * with claimants and stances, ...), so a failing test explains itself. Obtain one with
 * {@link NewsModelAssertions#assertThat(Article)}.
 *
 * <p>Sources are found by their {@linkplain Source#name() name}, compared exactly; quote and
 * claim assertions resolve the speaker's or claimant's id to its source's name.
 */
public final class ArticleAssert extends AbstractAssert<ArticleAssert, Article> {

  ArticleAssert(Article actual) {
    super(actual, ArticleAssert.class);
  }

  // Messages are built here and passed as one %s argument: article text may hold '%'.
  private ArticleAssert fail(String message) {
    failWithMessage("%s", message);
    return this;
  }

  private static String quoted(@Nullable Object value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  private static <T> String listing(List<T> items, Function<T, String> show) {
    if (items.isEmpty()) {
      return "  (none)";
    }
    return items.stream().map(item -> "  - " + show.apply(item)).collect(Collectors.joining("\n"));
  }

  /**
   * Asserts the headline equals {@code expected}.
   *
   * @param expected the expected value
   * @return this assertion object
   */
  public ArticleAssert hasHeadline(String expected) {
    isNotNull();
    if (!expected.equals(actual.headline())) {
      fail("Expecting article headline to be " + quoted(expected) + " but was " + quoted(actual.headline()));
    }
    return this;
  }

  /**
   * Asserts the article has no headline.
   *
   * @return this assertion object
   */
  public ArticleAssert hasNoHeadline() {
    isNotNull();
    if (actual.headline() != null) {
      fail("Expecting article to have no headline but it has " + quoted(actual.headline()));
    }
    return this;
  }

  /**
   * Asserts the publication time equals {@code expected}, an ISO-8601 date-time with offset
   * such as {@code 2025-10-14T16:05:00+02:00}; the offset must match too, not only the instant.
   *
   * @param expected the expected value
   * @return this assertion object
   */
  public ArticleAssert hasPublished(String expected) {
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(expected);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date-time with offset: " + expected, e);
    }
    return hasPublished(time);
  }

  /**
   * Asserts the publication time equals {@code expected}, offset included.
   *
   * @param expected the expected value
   * @return this assertion object
   */
  public ArticleAssert hasPublished(OffsetDateTime expected) {
    isNotNull();
    if (!expected.equals(actual.published())) {
      String hint = actual.published() != null && actual.published().isEqual(expected)
          ? " (the same instant with another offset)" : "";
      fail("Expecting article published at " + expected + " but was " + actual.published() + hint);
    }
    return this;
  }

  /**
   * Asserts the article has no publication time.
   *
   * @return this assertion object
   */
  public ArticleAssert hasNoPublished() {
    isNotNull();
    if (actual.published() != null) {
      fail("Expecting article to have no publication time but it has " + actual.published());
    }
    return this;
  }

  /**
   * Asserts the bylines' names are exactly {@code names}, in order.
   *
   * @param names the expected names, in order
   * @return this assertion object
   */
  public ArticleAssert hasBylines(String... names) {
    isNotNull();
    List<String> actualNames = actual.bylines().stream().map(Byline::name).toList();
    if (!actualNames.equals(Arrays.asList(names))) {
      fail("Expecting article bylines to be " + Arrays.toString(names) + " but were " + actualNames);
    }
    return this;
  }

  /**
   * Asserts the language tag equals {@code expected}.
   *
   * @param expected the expected value
   * @return this assertion object
   */
  public ArticleAssert hasLanguage(String expected) {
    isNotNull();
    if (!expected.equals(actual.language())) {
      fail("Expecting article language " + quoted(expected) + " but was " + quoted(actual.language()));
    }
    return this;
  }

  /**
   * Asserts the outlet's name equals {@code expected}.
   *
   * @param expected the expected value
   * @return this assertion object
   */
  public ArticleAssert hasOutletNamed(String expected) {
    isNotNull();
    String name = actual.outlet() == null ? null : actual.outlet().name();
    if (!expected.equals(name)) {
      fail("Expecting article outlet " + quoted(expected) + " but was " + quoted(name));
    }
    return this;
  }

  /**
   * Asserts the story is syndicated from the agency named {@code agency}.
   *
   * @param agency the agency's name
   * @return this assertion object
   */
  public ArticleAssert hasSyndicationAgency(String agency) {
    isNotNull();
    String actualAgency = actual.syndication() == null ? null : actual.syndication().agency();
    if (!agency.equals(actualAgency)) {
      fail("Expecting article syndicated from " + quoted(agency) + " but "
          + (actualAgency == null ? "it has no syndication" : "it is from " + quoted(actualAgency)));
    }
    return this;
  }

  /**
   * Asserts the body holds exactly {@code expected} blocks of kind {@link BlockKind#PARAGRAPH}.
   *
   * @param expected the expected number of paragraphs
   * @return this assertion object
   */
  public ArticleAssert hasParagraphCount(int expected) {
    isNotNull();
    List<Block> paragraphs = actual.body().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
    if (paragraphs.size() != expected) {
      fail("Expecting article to have " + expected + " paragraphs but it has " + paragraphs.size() + ":\n"
          + listing(paragraphs, b -> b.id() + ": " + abbreviate(b.text())));
    }
    return this;
  }

  /**
   * Asserts the body's text ({@link Article#bodyText()}) contains each of {@code texts}.
   *
   * @param texts the texts the body must contain
   * @return this assertion object
   */
  public ArticleAssert bodyContains(String... texts) {
    isNotNull();
    String body = actual.bodyText();
    List<String> missing = Arrays.stream(texts).filter(t -> !body.contains(t)).toList();
    if (!missing.isEmpty()) {
      fail("Expecting article body to contain " + missing.stream().map(ArticleAssert::quoted).toList()
          + " but its body is:\n" + listing(actual.body(), b -> b.id() + ": " + b.text()));
    }
    return this;
  }

  /**
   * Asserts the body's text contains none of {@code texts}.
   *
   * @param texts the texts the body must not contain
   * @return this assertion object
   */
  public ArticleAssert bodyDoesNotContain(String... texts) {
    isNotNull();
    List<Block> body = actual.body();
    for (String text : texts) {
      for (Block block : body) {
        if (block.text().contains(text)) {
          fail("Expecting article body not to contain " + quoted(text) + " but block " + block.id()
              + " does: " + quoted(block.text()));
        }
      }
    }
    return this;
  }

  /**
   * Asserts some media item's caption contains {@code caption}.
   *
   * @param caption a text the caption must contain
   * @return this assertion object
   */
  public ArticleAssert hasMediaWithCaption(String caption) {
    isNotNull();
    if (actual.media().stream().noneMatch(m -> m.caption() != null && m.caption().contains(caption))) {
      fail("Expecting article to have media with a caption containing " + quoted(caption)
          + " but its media are:\n" + listing(actual.media(), ArticleAssert::showMedia));
    }
    return this;
  }

  /**
   * Asserts some media item's credit equals {@code credit}.
   *
   * @param credit the expected credit
   * @return this assertion object
   */
  public ArticleAssert hasMediaWithCredit(String credit) {
    isNotNull();
    if (actual.media().stream().noneMatch(m -> credit.equals(m.credit()))) {
      fail("Expecting article to have media credited to " + quoted(credit)
          + " but its media are:\n" + listing(actual.media(), ArticleAssert::showMedia));
    }
    return this;
  }

  /**
   * Asserts a source named {@code name} of the given kind exists.
   *
   * @param name the source's name
   * @param kind the source's kind
   * @return this assertion object
   */
  public ArticleAssert hasSourceNamed(String name, SourceKind kind) {
    isNotNull();
    if (actual.sources().stream().noneMatch(s -> s.name().equals(name) && s.kind() == kind)) {
      fail("Expecting article to have a " + kind + " source named " + quoted(name)
          + " but its sources are:\n" + listing(actual.sources(), ArticleAssert::showSource));
    }
    return this;
  }

  /**
   * Asserts no source is named {@code name}.
   *
   * @param name the name no source may have
   * @return this assertion object
   */
  public ArticleAssert hasNoSourceNamed(String name) {
    isNotNull();
    if (actual.sources().stream().anyMatch(s -> s.name().equals(name))) {
      fail("Expecting article to have no source named " + quoted(name)
          + " but its sources are:\n" + listing(actual.sources(), ArticleAssert::showSource));
    }
    return this;
  }

  /**
   * Asserts a quote is attributed to the source named {@code speakerName} and its text starts
   * with {@code textStart} (give the whole text to match it whole).
   *
   * @param speakerName the speaker's name
   * @param textStart the start of the quote's text
   * @return this assertion object
   */
  public ArticleAssert hasQuoteBy(String speakerName, String textStart) {
    isNotNull();
    boolean found = actual.quotes().stream().anyMatch(
        q -> speakerName.equals(nameOf(q.speaker())) && q.text().startsWith(textStart));
    if (!found) {
      fail("Expecting article to have a quote by " + quoted(speakerName) + " starting with "
          + quoted(textStart) + " but its quotes are:\n" + listing(actual.quotes(), this::showQuote));
    }
    return this;
  }

  /**
   * Asserts a claim is made by the source named {@code claimantName} with the given stance.
   *
   * @param claimantName the claimant's name
   * @param stance the claim's stance
   * @return this assertion object
   */
  public ArticleAssert hasClaimBy(String claimantName, Stance stance) {
    isNotNull();
    boolean found = actual.claims().stream().anyMatch(
        c -> claimantName.equals(nameOf(c.claimant())) && c.stance() == stance);
    if (!found) {
      fail("Expecting article to have a claim by " + quoted(claimantName) + " with stance " + stance
          + " but its claims are:\n" + listing(actual.claims(), this::showClaim));
    }
    return this;
  }

  /**
   * Asserts the number of quotes.
   *
   * @param expected the expected number of quotes
   * @return this assertion object
   */
  public ArticleAssert hasQuoteCount(int expected) {
    isNotNull();
    if (actual.quotes().size() != expected) {
      fail("Expecting article to have " + expected + " quotes but it has " + actual.quotes().size()
          + ":\n" + listing(actual.quotes(), this::showQuote));
    }
    return this;
  }

  /**
   * Asserts the number of claims.
   *
   * @param expected the expected number of claims
   * @return this assertion object
   */
  public ArticleAssert hasClaimCount(int expected) {
    isNotNull();
    if (actual.claims().size() != expected) {
      fail("Expecting article to have " + expected + " claims but it has " + actual.claims().size()
          + ":\n" + listing(actual.claims(), this::showClaim));
    }
    return this;
  }

  /**
   * Asserts the provenance records removed text containing {@code text}.
   *
   * @param text a text the removed text must contain
   * @return this assertion object
   */
  public ArticleAssert hasRemoved(String text) {
    isNotNull();
    List<RemovedText> removed = actual.provenance().removed();
    if (removed.stream().noneMatch(r -> r.text().contains(text))) {
      fail("Expecting article provenance to record removed text containing " + quoted(text)
          + " but it removed:\n" + listing(removed, r -> r.reason() + ": " + quoted(r.text())));
    }
    return this;
  }

  /**
   * Asserts a provenance warning contains {@code text}.
   *
   * @param text a text the warning must contain
   * @return this assertion object
   */
  public ArticleAssert hasWarningContaining(String text) {
    isNotNull();
    List<String> warnings = actual.provenance().warnings();
    if (warnings.stream().noneMatch(w -> w.contains(text))) {
      fail("Expecting article provenance to have a warning containing " + quoted(text)
          + " but its warnings are:\n" + listing(warnings, ArticleAssert::quoted));
    }
    return this;
  }

  /**
   * Asserts the provenance has no warnings.
   *
   * @return this assertion object
   */
  public ArticleAssert hasNoWarnings() {
    isNotNull();
    List<String> warnings = actual.provenance().warnings();
    if (!warnings.isEmpty()) {
      fail("Expecting article provenance to have no warnings but it has:\n" + listing(warnings, ArticleAssert::quoted));
    }
    return this;
  }

  private @Nullable String nameOf(@Nullable String sourceId) {
    return sourceId == null ? null : actual.source(sourceId).map(Source::name).orElse(null);
  }

  private String showQuote(Quote q) {
    return q.id() + " " + q.kind() + " by " + (q.speaker() == null ? "nobody" : quoted(nameOf(q.speaker())))
        + (q.cue() == null ? "" : " (" + q.cue() + ")") + ": " + quoted(abbreviate(q.text()));
  }

  private String showClaim(Claim c) {
    return c.id() + " " + c.stance() + " by " + (c.claimant() == null ? "nobody" : quoted(nameOf(c.claimant())))
        + (c.cue() == null ? "" : " (" + c.cue() + ")") + ": " + quoted(abbreviate(c.text()));
  }

  private static String showSource(Source s) {
    return s.kind() + " " + quoted(s.name()) + (s.anonymous() ? " (anonymous)" : "")
        + (s.title() == null ? "" : ", " + s.title());
  }

  private static String showMedia(Media m) {
    return "caption " + quoted(m.caption()) + ", credit " + quoted(m.credit()) + ", url " + quoted(m.url());
  }

  private static String abbreviate(String text) {
    return text.length() <= 100 ? text : text.substring(0, 97) + "...";
  }
}
