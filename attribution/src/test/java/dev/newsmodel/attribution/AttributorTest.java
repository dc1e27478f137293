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
  private static final Attributor ATTRIBUTOR = Attributor.load();
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
  void regularPluralsOfOrganisationAndGovernmentWordsCountAsTheWords() {
    Article a = attribute(
        "The clinic reopened on Monday, the unions said.",
        "The companies said prices would rise in spring.",
        "Two ministries denied that the tender had been rigged.");
    assertThat(sourceNamed(a, "the unions").kind()).isEqualTo(SourceKind.ORGANIZATION);
    assertThat(sourceNamed(a, "The companies").kind()).isEqualTo(SourceKind.ORGANIZATION);
    assertThat(sourceNamed(a, "Two ministries").kind()).isEqualTo(SourceKind.GOVERNMENT);
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
        "Italy has rejected the claims, and on Tuesday its defence ministry denied that the base existed.",
        "Defence ministry spokesperson Carla Ruggieri said the base was a weather station.");
    Source italy = sourceNamed(a, "Italy");
    Source ministry = sourceNamed(a, "Italian defence ministry");
    assertThat(ministry.kind()).isEqualTo(SourceKind.GOVERNMENT);
    assertThat(ministry.affiliation()).isEqualTo(italy.id());
    Source spokesperson = sourceNamed(a, "Carla Ruggieri");
    assertThat(spokesperson.title()).isEqualTo("Defence ministry spokesperson");
    assertThat(spokesperson.affiliation()).isEqualTo(ministry.id());
    assertThat(claimWithCue(a, "denied").when()).isEqualTo("2024-03-12");
    assertThat(claimWithCue(a, "rejected").stance()).isEqualTo(Stance.DENIES);
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

  private static String text(List<String> paragraphs, @org.jspecify.annotations.Nullable TextSpan span) {
    TextSpan s = Optional.ofNullable(span).orElseThrow();
    return paragraphs.get(s.paragraph()).substring(s.start(), s.end());
  }

  @Test
  void aThatClauseIsTheRelationsContentWithItsThatAndTheClaimsWithout() {
    List<String> paragraphs = List.of("The harbour master warned on Monday that the old pier was unsafe.",
        "Tom Avery insisted that, if the storm held, the ferry would stay in port.",
        "The inspector said the crane that failed had been repaired.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution warned = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("warned"))
        .findFirst().orElseThrow();
    assertThat(warned.content()).extracting(s -> text(paragraphs, s)).containsExactly("that the old pier was unsafe");
    Attribution insisted = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("insisted"))
        .findFirst().orElseThrow();
    assertThat(insisted.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("that, if the storm held, the ferry would stay in port");
    // a "that" inside the content is no complementizer of it
    Attribution said = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("said"))
        .findFirst().orElseThrow();
    assertThat(said.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("the crane that failed had been repaired");
    // the article's claim holds the proposition alone
    Article a = attribute(paragraphs.get(0));
    assertThat(a.claims()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("the old pier was unsafe"));
  }

  @Test
  void quoteClosedByAnUnlistedVerbCreditsItsSubject() {
    List<String> paragraphs = List.of("\u201cWe finally have a harbour again,\u201d beamed Ilse Marwick of Dunmore, a ferry pilot.",
        "\u201cThe levy ends in June for every household,\u201d the council statement read.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    assertThat(found).hasSize(2);
    assertThat(text(paragraphs, found.get(0).source())).isEqualTo("Ilse Marwick of Dunmore");
    assertThat(text(paragraphs, found.get(0).cue())).isEqualTo("beamed");
    assertThat(text(paragraphs, found.get(1).source())).isEqualTo("the council statement");
    assertThat(text(paragraphs, found.get(1).cue())).isEqualTo("read");
  }

  @Test
  void quoteFollowedByNoClauseKeepsTheCarriedSpeaker() {
    List<String> paragraphs = List.of("\u201cThe vote is over and the count is done,\u201d Ada Penrose said.",
        "\u201cWe will publish the tally tomorrow and then we rest,\u201d and nothing more.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).cue()).isNull();
    assertThat(text(paragraphs, found.get(1).source())).isEqualTo("Ada Penrose");
  }

  @Test
  void seemingIsAnImpressionWithNoSource() {
    List<String> paragraphs = List.of("The mayor seemed ready to drop the tram plan after the vote.",
        "The mayor appeared on radio after the vote to explain the tram plan.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution seemed = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("seemed"))
        .findFirst().orElseThrow();
    assertThat(seemed.source()).isNull();
    assertThat(seemed.stance()).isEqualTo(Stance.UNCERTAIN);
    assertThat(seemed.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("The mayor", "ready to drop the tram plan after the vote");
    assertThat(found).noneMatch(a -> a.cue() != null && text(paragraphs, a.cue()).equals("appeared"));
  }

  @Test
  void headlineNameColonStatementIsAttributedButPlainLabelsAreNot() {
    List<String> paragraphs = List.of("Governor Okafor: The Bridge Stays Open Through Winter",
        "Update: The bridge schedule was published on Monday.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    assertThat(found).hasSize(1);
    assertThat(text(paragraphs, found.get(0).source())).isEqualTo("Governor Okafor");
    assertThat(found.get(0).content()).extracting(s -> text(paragraphs, s))
        .containsExactly("The Bridge Stays Open Through Winter");
  }

  @Test
  void aPollNamedWithInIsTheSourceOfItsFinding() {
    List<String> paragraphs = List.of("In a county survey released Friday, most riders backed the later tram schedule.",
        "The incumbent leads the challenger by nine points in the latest regional polls.",
        "In the town hall on Friday, most riders backed the later tram schedule.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution first = found.stream().filter(a -> a.source() != null && a.source().paragraph() == 0).findFirst().orElseThrow();
    assertThat(text(paragraphs, first.source())).isEqualTo("a county survey released Friday");
    assertThat(first.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("most riders backed the later tram schedule");
    Attribution second = found.stream().filter(a -> a.source() != null && a.source().paragraph() == 1).findFirst().orElseThrow();
    assertThat(text(paragraphs, second.source())).isEqualTo("the latest regional polls");
    assertThat(second.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("The incumbent leads the challenger by nine points");
    assertThat(found).noneMatch(a -> a.cue() != null && a.cue().paragraph() == 2 && text(paragraphs, a.cue()).equals("In"));
  }

  @Test
  void anOpeningAdjunctIsNoSubjectAndContractedNegationIsNoSource() {
    List<String> paragraphs = List.of(
        "In the harbour district, Mayor Ruth Calder toured the docks and warned that the pier would close.",
        "Councillor Ivo Brandt wouldn\u2019t say how the levy would be spent.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution warned = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("warned"))
        .findFirst().orElseThrow();
    assertThat(text(paragraphs, warned.source())).isEqualTo("Mayor Ruth Calder");
    Attribution say = found.stream().filter(a -> a.cue() != null && a.cue().paragraph() == 1).findFirst().orElseThrow();
    assertThat(text(paragraphs, say.source())).isEqualTo("Councillor Ivo Brandt");
  }

  @Test
  void whenAskedOpensAQuestionOfItsOwn() {
    List<String> paragraphs = List.of(
        "When asked by a local reporter whether the ferry would keep running, Mayor Tove Lind said it would.",
        "When asked about the levy, the treasurer smiled.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution question = found.stream().filter(a -> a.cue() != null && a.cue().paragraph() == 0
        && text(paragraphs, a.cue()).equals("asked")).findFirst().orElseThrow();
    assertThat(text(paragraphs, question.source())).isEqualTo("a local reporter");
    assertThat(question.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("whether the ferry would keep running");
    Attribution said = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("said"))
        .findFirst().orElseThrow();
    assertThat(text(paragraphs, said.source())).isEqualTo("Mayor Tove Lind");
    Attribution second = found.stream().filter(a -> a.cue() != null && a.cue().paragraph() == 1).findFirst().orElseThrow();
    assertThat(second.source()).isNull();
    assertThat(second.content()).extracting(s -> text(paragraphs, s)).containsExactly("about the levy");
  }

  @Test
  void aShortScareQuoteWithNoSpeakerInReachIsNoAttributionButStaysAQuote() {
    List<String> paragraphs = List.of("Its \u201cquiet zone\u201d starts at the river.");
    assertThat(ATTRIBUTOR.find(paragraphs)).isEmpty();
    Article a = attribute(paragraphs.get(0));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
      assertThat(q.speaker()).isNull();
    });
  }

  @Test
  void aQuestionQuoteCreditedAfterItsMarkGetsThatSpeakerNotThePreviousOne() {
    List<String> paragraphs = List.of(
        "\u201cThe ferry will run all winter,\u201d Harbourmaster Lena Voss said.",
        "\u201cWho is going to pay for the extra crossings?\u201d Councillor Aldo Pike asked. \u201cNot the islanders, surely?\u201d demanded Aldo Pike.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution asked = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("asked"))
        .findFirst().orElseThrow();
    assertThat(text(paragraphs, asked.source())).isEqualTo("Councillor Aldo Pike");
    assertThat(asked.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("\u201cWho is going to pay for the extra crossings?\u201d");
    Attribution demanded = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("demanded"))
        .findFirst().orElseThrow();
    assertThat(text(paragraphs, demanded.source())).isEqualTo("Aldo Pike");
    assertThat(found).noneMatch(a -> a.source() != null && text(paragraphs, a.source()).contains("Voss")
        && a.content().stream().anyMatch(c -> text(paragraphs, c).contains("Who is")));
  }

  @Test
  void aQuestionQuoteFollowedByASentenceWithContentOfItsOwnStillContinuesTheSpeaker() {
    List<String> paragraphs = List.of(
        "\u201cThe ferry will run all winter,\u201d Harbourmaster Lena Voss said.",
        "\u201cWhy would we stop it now?\u201d She said the crossings pay for themselves.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution first = found.get(0);
    assertThat(text(paragraphs, first.source())).isEqualTo("Harbourmaster Lena Voss");
    assertThat(first.content()).extracting(s -> text(paragraphs, s)).contains("\u201cWhy would we stop it now?\u201d");
  }

  @Test
  void anUncuedQuoteWithNoSpeakerInReachIsCreditedToTheNounPhraseOpeningItsSentence() {
    List<String> paragraphs = List.of(
        "The town\u2019s new brochure ends with a promise: \u201cEvery visitor leaves with a story worth telling.\u201d");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(text(paragraphs, a.source())).isEqualTo("The town\u2019s new brochure");
      assertThat(a.cue()).isNull();
    });
  }

  @Test
  void aStatementReportedInsideAnotherIsAnAttributionOfItsOwn() {
    List<String> paragraphs = List.of(
        "Mayor Ruth Calder said the pier stayed open because the harbourmaster had warned that the ferry would close before winter.",
        "The treasurer said she believes the levy will hold.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution outer = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("said")
        && a.cue().paragraph() == 0).findFirst().orElseThrow();
    assertThat(text(paragraphs, outer.source())).isEqualTo("Mayor Ruth Calder");
    assertThat(outer.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("the pier stayed open because the harbourmaster had warned that the ferry would close before winter");
    Attribution inner = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("warned"))
        .findFirst().orElseThrow();
    assertThat(text(paragraphs, inner.source())).isEqualTo("the harbourmaster");
    assertThat(inner.content()).extracting(s -> text(paragraphs, s)).containsExactly("that the ferry would close before winter");
    // a belief inside a statement stays part of it
    assertThat(found).noneMatch(a -> a.cue() != null && text(paragraphs, a.cue()).equals("believes"));
  }

  @Test
  void accordingToAfterAStatementCreditsItsOwnSourceAndRelaysTheStatement() {
    List<String> paragraphs = List.of("Residents said the ferry ran late all week, according to a survey by the harbour office.");
    List<Attribution> found = ATTRIBUTOR.find(paragraphs);
    Attribution according = found.stream().filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("according to"))
        .findFirst().orElseThrow();
    assertThat(text(paragraphs, according.source())).isEqualTo("a survey by the harbour office");
    assertThat(according.content()).extracting(s -> text(paragraphs, s))
        .containsExactly("Residents said the ferry ran late all week");
    // the survey relays what the residents said: no attribution of its own
    assertThat(found).noneMatch(a -> a.cue() != null && text(paragraphs, a.cue()).equals("said"));
  }

  @Test
  void aDatelineInCapitalsOrHeresIsNoSpeakerOfAnUncuedQuote() {
    List<String> dateline = List.of(
        "PORT ELLIS, March 3 (Wire) \u2014 In a new clip, the singer performs \u201cSongs for the long road home tonight\u201d to a crowd.");
    assertThat(ATTRIBUTOR.find(dateline)).allSatisfy(a ->
        assertThat(a.source() == null ? "" : text(dateline, a.source())).doesNotContain("PORT ELLIS"));
    List<String> heres = List.of("Here\u2019s just one example of the problem: \u201cThe pier will close for good next spring.\u201d");
    assertThat(ATTRIBUTOR.find(heres)).allSatisfy(a ->
        assertThat(a.source() == null ? "" : text(heres, a.source())).doesNotContain("Here"));
  }

  private static String sourceOf(List<String> paragraphs, String cue) {
    Attribution a = ATTRIBUTOR.find(paragraphs).stream()
        .filter(x -> x.cue() != null && text(paragraphs, x.cue()).equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution with cue " + cue));
    return a.source() == null ? "" : text(paragraphs, a.source());
  }

  @Test
  void subjectsThatAreAlsoCueWordsOrCarryAModifierOrALabel() {
    // "judge" is a verb of the lexicon; after a determiner it is the subject's noun
    assertThat(sourceOf(List.of("The judge said the ferry contract would stand."), "said")).isEqualTo("The judge");
    // a participle after the subject's noun: "a report published Wednesday said"
    assertThat(sourceOf(List.of("A harbour report published Wednesday said the pier was unsafe."), "said"))
        .isEqualTo("A harbour report");
    // a party label in parentheses before the appositive
    assertThat(sourceOf(List.of("Rep. Ann Roe (D-Md.), chairman of the harbour panel, said members will help raise the levy."), "said"))
        .startsWith("Rep. Ann Roe");
    // an appositive after a name that opens with "noun of" or a participle
    assertThat(sourceOf(List.of("Ruth Pike, dean of the harbour college, said the pier would close."), "said"))
        .startsWith("Ruth Pike");
    assertThat(sourceOf(List.of("Ruth Pike, standing at the end of the old jetty, said the pier would close."), "said"))
        .startsWith("Ruth Pike");
    // an appositive between dashes
    assertThat(sourceOf(List.of("Ruth Pike \u2014 the harbourmaster since 2009 \u2014 said the pier was unsafe."), "said"))
        .startsWith("Ruth Pike");
  }

  @Test
  void anAddresseeWithNoThatIsNotPartOfTheContent() {
    for (String addressee : List.of("reporters", "him", "the Harbour Gazette", "the crowd")) {
      List<String> paragraphs = List.of("Pike told " + addressee + " the old pier was unsafe for ferries.");
      Attribution told = ATTRIBUTOR.find(paragraphs).stream()
          .filter(a -> a.cue() != null && text(paragraphs, a.cue()).equals("told")).findFirst().orElseThrow();
      assertThat(told.content()).extracting(s -> text(paragraphs, s)).containsExactly("the old pier was unsafe for ferries");
      assertThat(text(paragraphs, told.source())).isEqualTo("Pike");
    }
  }

  @Test
  void nestedReportsPerSentenceAreBounded() {
    StringBuilder b = new StringBuilder("Pike");
    for (int i = 0; i < 40; i++) {
      b.append(" said the clerk").append(i).append(" said");
    }
    b.append(" the pier was closed.");
    List<Attribution> found = ATTRIBUTOR.find(List.of(b.toString()));
    // the outer report, then at most eight nested ones: each reads the rest of the sentence
    assertThat(found).hasSizeBetween(2, 9);
  }

  @Test
  void quotedAsideBetweenSubjectAndCueKeepsTheSubject() {
    // the comma closing the quote is inside the marks: not the inverted "“…,” said X"
    assertThat(sourceOf(List.of("Ruth Pike, citing \u201cthe old harbour charts,\u201d said the tide would be late."), "said"))
        .isEqualTo("Ruth Pike");
    assertThat(sourceOf(List.of("Ruth Pike, pointing to \"a very old chart of the bay,\" said the tide would be late."), "said"))
        .isEqualTo("Ruth Pike");
  }

  @Test
  void namedCreditAfterAQuoteMayRunOnToTheNextQuote() {
    List<String> paragraphs = List.of("Mary Ann Pike sang at the pier.",
        "\u201cKeep your lantern high,\u201d Pike hums to the crowd before asking them, \u201cwhere do we go from here?\u201d");
    assertThat(sourceOf(paragraphs, "hums")).isEqualTo("Pike");
  }

  @Test
  void nounsAndVerbsOfActingAreNoCues() {
    for (String sentence : List.of(
        "The harbour emails show the pier was closed for a week.",
        "Ruth Pike handed over the keys of the harbour office to the new clerk.",
        "The ferry company founded a second yard in the old harbour in 2009.")) {
      List<String> paragraphs = List.of(sentence);
      assertThat(ATTRIBUTOR.find(paragraphs))
          .as(sentence)
          .noneMatch(a -> a.cue() != null && List.of("emails", "handed", "founded").contains(text(paragraphs, a.cue())));
    }
    // a verb of saying still is one
    assertThat(sourceOf(List.of("Ruth Pike handed out leaflets and said the pier would close."), "said"))
        .isEqualTo("Ruth Pike");
  }

  @Test
  void findOnAnArticleReadsWhatAttributeReadsAndIndexesTheBody() {
    // A subheading that looks like a statement is no paragraph of the story (attribute() skips
    // it), and the spans of the paragraph after it still index article.body().
    Article article = Article.builder().published(PUBLISHED)
        .addBlock(Block.paragraph("p1", "The ferry to the island stopped running in January."))
        .addBlock(new Block("h1", dev.newsmodel.BlockKind.SUBHEADING, "Mayor says fares must rise"))
        .addBlock(Block.paragraph("p2", "Mayor Ann Roe said the fares would rise in May."))
        .build();

    List<Attribution> found = ATTRIBUTOR.find(article);

    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.cue()).isNotNull();
      assertThat(a.cue().paragraph()).isEqualTo(2);
      String p2 = article.body().get(2).text();
      assertThat(p2.substring(a.cue().start(), a.cue().end())).isEqualTo("said");
      assertThat(a.content()).allSatisfy(span -> assertThat(span.paragraph()).isEqualTo(2));
    });
    assertThat(ATTRIBUTOR.attribute(article).claims()).hasSize(found.size());
  }
}
