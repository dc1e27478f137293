package dev.newsmodel.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.Claim;
import dev.newsmodel.ClaimMode;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Attribution patterns, source kinds, stances and quote shapes on short articles written for these tests. */
class AttributorTest {
  private static final Attributor ATTRIBUTOR = new Attributor();
  /** A Thursday. */
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-14T10:00:00+01:00");

  private static Article attribute(String... paragraphs) {
    Article.Builder b = Article.builder().published(PUBLISHED);
    for (int i = 0; i < paragraphs.length; i++) {
      b.addBlock(Block.paragraph("p" + (i + 1), paragraphs[i]));
    }
    return ATTRIBUTOR.attribute(b.build());
  }

  private static Source source(Article a, String id) {
    return a.source(id).orElseThrow();
  }

  private static Source sourceNamed(Article a, String name) {
    return a.sources().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no source named " + name + " in " + a.sources()));
  }

  private static Claim claimWithCue(Article a, String cue) {
    return a.claims().stream().filter(c -> cue.equals(c.cue())).findFirst()
        .orElseThrow(() -> new AssertionError("no claim with cue " + cue + " in " + a.claims()));
  }

  private static String claimant(Article a, Claim c) {
    return source(a, c.claimant()).name();
  }

  @Test
  void quoteThenSaidWithNamedSpeaker() {
    Article a = attribute("\u201cThe bridge will reopen in May,\u201d Harriet Lindqvist said.");
    Quote q = a.quotes().get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("The bridge will reopen in May,");
    assertThat(source(a, q.speaker()).name()).isEqualTo("Harriet Lindqvist");
    assertThat(source(a, q.speaker()).kind()).isEqualTo(SourceKind.PERSON);
    Claim c = claimWithCue(a, "said");
    assertThat(c.mode()).isEqualTo(ClaimMode.DIRECT);
    assertThat(c.quotes()).containsExactly(q.id());
  }

  @Test
  void quoteThenInvertedSaid() {
    Article a = attribute("\"We expected more rain this spring,\" said Tomas Ferreira, a farmer near the river.");
    Quote q = a.quotes().get(0);
    assertThat(source(a, q.speaker()).name()).isEqualTo("Tomas Ferreira");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void speakerSaidColonQuote() {
    Article a = attribute("Mayor Ines Alvarado said: \u201cThe budget is balanced for the first time.\u201d");
    Quote q = a.quotes().get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    Source s = source(a, q.speaker());
    assertThat(s.name()).isEqualTo("Ines Alvarado");
    assertThat(s.title()).isEqualTo("Mayor");
  }

  @Test
  void toldAddresseeThatIsNotTheContent() {
    Article a = attribute("Petra Novak told reporters that the factory would close next year.");
    Claim c = claimWithCue(a, "told");
    assertThat(c.text()).isEqualTo("the factory would close next year");
    assertThat(c.mode()).isEqualTo(ClaimMode.INDIRECT);
    assertThat(claimant(a, c)).isEqualTo("Petra Novak");
  }

  @Test
  void accordingToBeforeAndAfterTheContent() {
    Article a = attribute(
        "According to the regional health office, infections fell by a third.",
        "The vaccine supply is stable, according to Dr. Amara Okafor.");
    List<Claim> claims = a.claims().stream().filter(c -> "according to".equals(c.cue())).toList();
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).text()).isEqualTo("infections fell by a third");
    assertThat(claims.get(1).text()).isEqualTo("The vaccine supply is stable");
    assertThat(claimant(a, claims.get(1))).contains("Amara Okafor");
  }

  @Test
  void speakerWithRelativeClauseThenSaid() {
    Article a = attribute("Lena Brandt, who has led the union since 2019, said the strike would continue.");
    Claim c = claimWithCue(a, "said");
    assertThat(claimant(a, c)).isEqualTo("Lena Brandt");
    assertThat(c.text()).isEqualTo("the strike would continue");
  }

  @Test
  void addedNotedInsistedWarnedAreCues() {
    Article a = attribute(
        "Oskar Lind said the plan was sound. Lind added that costs would fall.",
        "He noted that the ferry runs twice a day.",
        "Lind insisted the schedule was realistic.",
        "He warned that delays were possible.");
    for (String cue : List.of("said", "added", "noted", "insisted", "warned")) {
      assertThat(claimant(a, claimWithCue(a, cue))).as(cue).isEqualTo("Oskar Lind");
    }
    assertThat(sourceNamed(a, "Oskar Lind").mentions()).extracting(m -> m.text())
        .contains("Oskar Lind", "Lind", "He");
  }

  @Test
  void declinedToCommentIsNoComment() {
    Article a = attribute("A spokeswoman for the port authority declined to comment.");
    Claim c = claimWithCue(a, "declined to comment");
    assertThat(c.stance()).isEqualTo(Stance.NO_COMMENT);
    Source s = source(a, c.claimant());
    assertThat(s.anonymous()).isTrue();
    assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void reportForms() {
    Article a = attribute(
        "Fishing quotas were exceeded in four regions, the Marine Stewardship Council said in a report.",
        "A report by Coastal Watch alleged that the catch data had been altered.");
    Claim said = claimWithCue(a, "said");
    assertThat(said.text()).isEqualTo("Fishing quotas were exceeded in four regions");
    assertThat(claimant(a, said)).isEqualTo("Marine Stewardship Council");
    assertThat(source(a, said.claimant()).kind()).isEqualTo(SourceKind.ORGANIZATION);
    Claim alleged = claimWithCue(a, "alleged");
    assertThat(alleged.text()).isEqualTo("the catch data had been altered");
    assertThat(source(a, alleged.claimant()).mentions().get(0).text()).contains("Coastal Watch");
  }

  @Test
  void sourceKinds() {
    Article a = attribute(
        "Kyodo news agency said the talks had stalled.",
        "French authorities said the border would stay open.",
        "Greenline, an environmental group based in Lyon, said the river was polluted.",
        "People familiar with the matter said the deal was close.");
    assertThat(sourceNamed(a, "Kyodo").kind()).isEqualTo(SourceKind.NEWS_AGENCY);
    assertThat(sourceNamed(a, "France").kind()).isEqualTo(SourceKind.GOVERNMENT);
    Source group = sourceNamed(a, "Greenline");
    assertThat(group.kind()).isEqualTo(SourceKind.ORGANIZATION);
    assertThat(group.description()).isEqualTo("an environmental group based in Lyon");
    Claim deal = a.claims().stream().filter(c -> c.text().contains("deal was close")).findFirst().orElseThrow();
    assertThat(source(a, deal.claimant()).anonymous()).isTrue();
  }

  @Test
  void stances() {
    Article a = attribute(
        "Rivertown Mining denied that the spill had reached the lake.",
        "The ministry rejected the figures.",
        "Inspector Juno Park believes the leak started in January.",
        "\u201cThese claims are baseless,\u201d the company said.");
    assertThat(claimWithCue(a, "denied").stance()).isEqualTo(Stance.DENIES);
    assertThat(claimWithCue(a, "rejected").stance()).isEqualTo(Stance.DENIES);
    assertThat(claimWithCue(a, "believes").stance()).isEqualTo(Stance.UNCERTAIN);
    assertThat(claimWithCue(a, "said").stance()).isEqualTo(Stance.DENIES);
  }

  @Test
  void denialRespondsToTheAllegation() {
    Article a = attribute(
        "Watchdog group Clearwater alleged that the mill dumped 40 tonnes of waste into the river.",
        "The mill's owner, Norrland Paper, denied that it dumped waste.");
    Claim allegation = claimWithCue(a, "alleged");
    Claim denial = claimWithCue(a, "denied");
    assertThat(denial.stance()).isEqualTo(Stance.DENIES);
    assertThat(denial.respondsTo()).isEqualTo(allegation.id());
    assertThat(allegation.quantities()).extracting(q -> q.value()).containsExactly(new BigDecimal("40"));
  }

  @Test
  void partialQuoteInsideReportedSpeechGetsTheSpeaker() {
    Article a = attribute("Governor Elif Demir said the cuts would be \u201cpainful but necessary.\u201d");
    Quote q = a.quotes().get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.text()).isEqualTo("painful but necessary");
    assertThat(source(a, q.speaker()).name()).isEqualTo("Elif Demir");
    assertThat(claimWithCue(a, "said").mode()).isEqualTo(ClaimMode.MIXED);
  }

  @Test
  void standaloneQuoteContinuesThePreviousSpeaker() {
    Article a = attribute(
        "\u201cWe will rebuild the school,\u201d Principal Maya Chen said on Thursday.",
        "\u201cThe children deserve nothing less.\u201d");
    Quote second = a.quotes().get(1);
    assertThat(second.continuation()).isTrue();
    assertThat(second.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(second.speaker()).isEqualTo(a.quotes().get(0).speaker());
    assertThat(second.cue()).isNull();
    assertThat(claimWithCue(a, "said").when()).isEqualTo("2024-03-14");
  }

  @Test
  void scareQuoteHasNoSpeaker() {
    Article a = attribute("The so-called \u201cgreen corridor\u201d opened last year along the old railway.");
    Quote q = a.quotes().get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.speaker()).isNull();
    assertThat(a.claims()).isEmpty();
    assertThat(a.sources()).isEmpty();
  }

  @Test
  void apostrophesAreNotQuotes() {
    Article a = attribute("The council's plan isn't final, and the players' union hasn't seen it, Mia Torres said.");
    assertThat(a.quotes()).isEmpty();
    Claim c = claimWithCue(a, "said");
    assertThat(c.text()).isEqualTo("The council's plan isn't final, and the players' union hasn't seen it");
  }

  @Test
  void noBreakSpacesAreSpaces() {
    Article a = attribute("Mayor\u00a0Ines Alvarado said\u00a0the budget\u00a0was balanced.");
    Claim c = claimWithCue(a, "said");
    assertThat(claimant(a, c)).isEqualTo("Ines Alvarado");
    assertThat(c.text()).isEqualTo("the budget\u00a0was balanced");
  }

  @Test
  void nestedQuotesStayInsideTheirQuote() {
    Article a = attribute("\u201cHe told me \u2018never again\u2019 twice,\u201d Ruth Adler said.");
    assertThat(a.quotes()).hasSize(1);
    assertThat(a.quotes().get(0).text()).isEqualTo("He told me \u2018never again\u2019 twice,");
    assertThat(source(a, a.quotes().get(0).speaker()).name()).isEqualTo("Ruth Adler");
  }

  @Test
  void quoteSpanningThreeParagraphs() {
    Article a = attribute(
        "Captain Ivo Mares said: \u201cThe storm came from the west without warning.",
        "\u201cWe lost the radio within minutes.",
        "\u201cEveryone on board survived.\u201d");
    assertThat(a.quotes()).hasSize(3);
    String speaker = a.quotes().get(0).speaker();
    assertThat(source(a, speaker).name()).isEqualTo("Ivo Mares");
    assertThat(a.quotes()).allMatch(q -> speaker.equals(q.speaker()));
    assertThat(a.quotes().get(0).continuation()).isFalse();
    assertThat(a.quotes().get(1).continuation()).isTrue();
    assertThat(a.quotes().get(2).continuation()).isTrue();
    assertThat(a.quotes().get(0).text()).endsWith("without warning.");
  }

  @Test
  void pronounGoesToTheNearestPrecedingSpeaker() {
    Article a = attribute(
        "Nadia Ferro said the museum would expand. Julia Marsh said the plan lacked funding.",
        "\u201cWe cannot build on promises,\u201d she said.");
    Quote q = a.quotes().get(0);
    assertThat(source(a, q.speaker()).name()).isEqualTo("Julia Marsh");
  }

  @Test
  void governmentTitlesAndAffiliations() {
    Article a = attribute(
        "Italy has dismissed the report, and on Tuesday its foreign ministry denied that the base existed.",
        "Foreign ministry spokesperson Carla Ruggieri said the base was a weather station.");
    Source italy = sourceNamed(a, "Italy");
    Source ministry = sourceNamed(a, "Italian foreign ministry");
    assertThat(ministry.kind()).isEqualTo(SourceKind.GOVERNMENT);
    assertThat(ministry.affiliation()).isEqualTo(italy.id());
    Source spokesperson = sourceNamed(a, "Carla Ruggieri");
    assertThat(spokesperson.title()).isEqualTo("Foreign ministry spokesperson");
    assertThat(spokesperson.affiliation()).isEqualTo(ministry.id());
    assertThat(claimWithCue(a, "denied").when()).isEqualTo("2024-03-12");
    assertThat(claimWithCue(a, "dismissed").stance()).isEqualTo(Stance.DENIES);
  }

  @Test
  void quantitiesAndMonths() {
    Article a = attribute("The agency said in September that $3 billion had been spent and that prices rose 20% after the 6.9 magnitude quake.");
    Claim c = claimWithCue(a, "said");
    assertThat(c.when()).isEqualTo("2023-09");
    assertThat(c.quantities()).extracting(q -> q.value().stripTrailingZeros().toPlainString())
        .contains("3000000000", "20", "6.9");
    assertThat(c.quantities()).anyMatch(q -> "USD".equals(q.unit()) && q.text().equals("$3 billion"));
  }

  @Test
  void theReportersOwnStatementsAreNoClaims() {
    Article a = attribute("The city is investigating a report that the bridge was unsafe.", "Traffic was light on Monday.");
    assertThat(a.claims()).isEmpty();
    assertThat(a.sources()).isEmpty();
  }

  @Test
  void returnsACopyAndKeepsTheDocumentLayer() {
    Article in = Article.builder().headline("Ferry returns").published(PUBLISHED)
        .addBlock(Block.paragraph("b7", "Harbour master Olav Berg said the ferry would return on Friday.")).build();
    Article out = ATTRIBUTOR.attribute(in);
    assertThat(out.headline()).isEqualTo("Ferry returns");
    assertThat(out.body()).isEqualTo(in.body());
    assertThat(in.claims()).isEmpty();
    assertThat(out.claims()).hasSize(1);
    assertThat(out.claims().get(0).paragraph()).isEqualTo("b7");
    assertThat(out.sources().get(0).id()).isEqualTo("s1");
    assertThat(out.claims().get(0).id()).isEqualTo("c1");
  }

  @Test
  void emptyBodyGivesNothing() {
    Article out = ATTRIBUTOR.attribute(Article.builder().build());
    assertThat(out.sources()).isEmpty();
    assertThat(out.quotes()).isEmpty();
    assertThat(out.claims()).isEmpty();
  }

  @Test
  void lowLevelFindGivesSpansIntoTheParagraphs() {
    List<String> paragraphs = List.of("Intro text here.", "\u201cIt works,\u201d Sam Okoro said.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    assertThat(found).hasSize(1);
    Attribution at = found.get(0);
    TextSpan src = Optional.ofNullable(at.source()).orElseThrow();
    assertThat(paragraphs.get(src.paragraph()).substring(src.start(), src.end())).isEqualTo("Sam Okoro");
    TextSpan content = at.content().get(0);
    assertThat(paragraphs.get(1).substring(content.start(), content.end())).isEqualTo("\u201cIt works,\u201d");
  }
}
