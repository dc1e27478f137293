package dev.newsmodel.attribution.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.attribution.internal.AttributionFinder;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.QuoteFinder;
import dev.newsmodel.attribution.internal.TextUnits;
import dev.newsmodel.attribution.internal.Token;
import dev.newsmodel.attribution.internal.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the English engine on sentences written for these tests: once through the whole
 * engine ({@link AttributionFinder#find}), where only that rule gives the expected attribution,
 * and once alone. An attribution is shown as {@code source | cue | [content]... | stance}, with
 * {@code -} for no source, {@code cont=i} for a continuation of attribution i and
 * {@code guessed} for one the rules guessed.
 */
class EnglishRulesTest {

  @Test
  void speakerLabelInCapitalsOrAsANameTakesTheParagraph() {
    assertThat(find("ROE: We rebuilt the pier in a single month."))
        .containsExactly("ROE | : | [We rebuilt the pier in a single month] | ASSERTS");
    assertThat(find("Ann Roe: We rebuilt the pier in a single month."))
        .containsExactly("Ann Roe | : | [We rebuilt the pier in a single month] | ASSERTS");
    assertThat(alone(new SpeakerLabelRule(), null, "Ann Roe: We rebuilt the pier in a single month."))
        .containsExactly("Ann Roe | : | [We rebuilt the pier in a single month] | ASSERTS");
  }

  @Test
  void aLabelThatNamesNoOneIsNoSpeaker() {
    assertThat(alone(new SpeakerLabelRule(), null, "Update: the pier reopened on Monday morning.")).isEmpty();
  }

  @Test
  void aCreditLineInCapitalsIsNoSpeaker() {
    // a credit or kicker line in capitals names no one who speaks, as its title-case form does not
    assertThat(find("BYLINE: Ann Roe and Tom Kell, harbour desk.")).isEmpty();
    assertThat(find("CONTRIBUTING: Ann Roe, Tom Kell and Lee Vance.")).isEmpty();
    assertThat(find("Contributing: Ann Roe, Tom Kell and Lee Vance.")).isEmpty();
  }

  @Test
  void aDashLineCreditsTheQuoteOfTheParagraphBefore() {
    assertThat(find("The claims of the evening, checked one by one.",
        "\"Every pier on this coast will be rebuilt before the winter.\"", "- Ann Roe."))
        .containsExactly("Ann Roe | - | [\"Every pier on this coast will be rebuilt before the winter.\"] | ASSERTS");
    // the description after the comma is not the speaker; a speaker carried over gives way
    assertThat(find("Tom Kell spoke first, and the council clapped, he said.",
        "\u201cThe ferry runs again on Monday.\u201d", "\u2014Ann Roe, writing on the council blog."))
        .containsExactly("he | said | [Tom Kell spoke first, and the council clapped] | ASSERTS",
            "Ann Roe | \u2014 | [\u201cThe ferry runs again on Monday.\u201d] | ASSERTS");
  }

  @Test
  void aDashLineAfterProseOrAHeadingInDashesCreditsNothing() {
    assertThat(find("The pier reopened on Monday after a month of repairs.", "- Ann Roe.")).isEmpty();
    assertThat(find("\u201cThe ferry runs again on Monday.\u201d", "\u2013 Old hands \u2013.")).isEmpty();
  }

  @Test
  void aSettingBeforeACueAndAColonIsNoContent() {
    // the words before "declared:" set the scene; what was declared is the next paragraph
    assertThat(find("In a speech on the quay in May, the mayor declared:",
        "\u201cEvery pier on this coast will be rebuilt before the winter.\u201d"))
        .containsExactly("the mayor | declared | [\u201cEvery pier on this coast will be rebuilt before the winter.\u201d]"
            + " | ASSERTS");
  }

  @Test
  void contentThatOnlyAnnouncesWhatFollowsTheColonGivesWay() {
    assertThat(find("The harbour board released the following statement:",
        "\u201cEvery pier on this coast will be rebuilt before the winter.\u201d"))
        .containsExactly("The harbour board | released | [\u201cEvery pier on this coast will be rebuilt before the winter.\u201d]"
            + " | ASSERTS");
  }

  @Test
  void colonAtAParagraphEndTakesTheNextParagraphAsContent() {
    assertThat(find("The harbour master told the council on Monday:", "\u201cThe pier is safe again.\u201d"))
        .containsExactly("The harbour master | told | [\u201cThe pier is safe again.\u201d] | ASSERTS");
  }

  @Test
  void aQuestionIsCreditedInTheNextUnit() {
    assertThat(find("\u201cWho will pay for the new pier?\u201d Roe asked. She did not wait."))
        .containsExactly("Roe | asked | [\u201cWho will pay for the new pier?\u201d] | ASSERTS");
    assertThat(find("\u201cWho will pay for the new pier?\u201d asked Ann Roe."))
        .containsExactly("Ann Roe | asked | [\u201cWho will pay for the new pier?\u201d] | ASSERTS");
    assertThat(alone(new QuoteCreditRule(), null, "\u201cWho will pay for the new pier?\u201d Roe asked."))
        .containsExactly("Roe | asked | [\u201cWho will pay for the new pier?\u201d] | ASSERTS");
  }

  @Test
  void aCreditWithAnAdjunctAfterItsCueStillCreditsTheQuote() {
    assertThat(find("\u201cThe pier is open to everyone!\u201d Ann Roe said as she cut the ribbon."))
        .containsExactly("Ann Roe | said | [\u201cThe pier is open to everyone!\u201d] | ASSERTS");
    assertThat(find("\u201cWho will pay for it?\u201d the mayor asked at the meeting on Monday."))
        .containsExactly("the mayor | asked | [\u201cWho will pay for it?\u201d] | ASSERTS");
    // content of its own after the cue: the credit is no credit of the quote
    assertThat(find("\u201cWho will pay for it?\u201d Roe said the council would."))
        .doesNotContain("Roe | said | [\u201cWho will pay for it?\u201d] | ASSERTS");
  }

  @Test
  void aQuoteStandingAloneContinuesTheLastAttribution() {
    assertThat(find("\u201cThe pier is safe,\u201d Roe said on Monday. \u201cWe rebuilt it in a single month.\u201d"))
        .containsExactly("Roe | said | [\u201cThe pier is safe,\u201d] | ASSERTS",
            "- | null | [\u201cWe rebuilt it in a single month.\u201d] | ASSERTS cont=0");
  }

  @Test
  void aQuoteStandingAloneAfterACreditsParticipleContinuesTheQuotationNotTheParticiple() {
    assertThat(find("\u201cThe pier is safe,\u201d Roe said on Monday, noting that the divers had checked every pile."
        + " \u201cWe rebuilt it in a single month.\u201d"))
        .containsExactly("Roe | said | [\u201cThe pier is safe,\u201d] | ASSERTS",
            "Roe | noting | [the divers had checked every pile.] | ASSERTS",
            "- | null | [\u201cWe rebuilt it in a single month.\u201d] | ASSERTS cont=0");
    // another speaker in between: the quote goes on with the latest statement, as before
    assertThat(find("\u201cThe pier is safe,\u201d Roe said. The inspector, Ann Lee, said the divers had checked every"
        + " pile. \u201cWe found nothing wrong.\u201d"))
        .contains("- | null | [\u201cWe found nothing wrong.\u201d] | ASSERTS cont=1");
  }

  @Test
  void aQuotationSplitByItsCreditIsOneStatement() {
    // the second half of the quotation, in the credit's own sentence, continues the first
    assertThat(find("\u201cThe ferry is our lifeline,\u201d said the harbour master, \u201cand nobody on the island"
        + " can do without it.\u201d"))
        .containsExactly("the harbour master | said | [\u201cThe ferry is our lifeline,\u201d] | ASSERTS",
            "- | null | [\u201cand nobody on the island can do without it.\u201d] | ASSERTS"
                + " cont=0");
    assertThat(find("\u201cWe have done all we can,\u201d Roe said of the repairs on Monday. \u201cNow the state has to pay"
        + " its share.\u201d"))
        .containsExactly("Roe | said | [\u201cWe have done all we can,\u201d] | ASSERTS",
            "- | null | [\u201cNow the state has to pay its share.\u201d] | ASSERTS cont=0");
  }

  @Test
  void aQuoteAfterIndirectSpeechOrInsideAClauseContinuesNothing() {
    // the speaker's statement before is no quotation: the quote is a statement of its own
    assertThat(find("Roe called the ferry \u201ca lifeline for the whole island.\u201d But, \u201cnobody here can count on it"
        + " every winter.\u201d"))
        .allSatisfy(a -> assertThat(a).doesNotContain("cont="));
    // a quote after a verb or a preposition is the object of the clause it closes, not the
    // quotation going on
    assertThat(find("\u201cThe ferry is our lifeline,\u201d Roe said as islanders waited for \u201cyears and years of a"
        + " decent service.\u201d"))
        .allSatisfy(a -> assertThat(a).doesNotContain("cont="));
  }

  @Test
  void aCueInsideContentReportsAStatementOfItsOwn() {
    assertThat(find("Roe said the pier stayed shut because the inspector had warned that it was unsafe."))
        .containsExactly("Roe | said | [the pier stayed shut because the inspector had warned that it was unsafe] | ASSERTS",
            "the inspector | warned | [it was unsafe] | ASSERTS");
  }

  @Test
  void aCreditAfterTheStatementRelaysTheClausesInIt() {
    assertThat(find("The council approved the pier budget and the mayor welcomes it, an aide said."))
        .containsExactly("an aide | said | [The council approved the pier budget and the mayor welcomes it] | ASSERTS");
    assertThat(find("The harbour master warned that the planks were rotten, two inspectors said on Friday."))
        .containsExactly("two inspectors | said | [The harbour master warned that the planks were rotten] | ASSERTS");
  }

  @Test
  void aParticipleAfterATrailingCreditIsTheCreditorsStatementOfItsOwn() {
    // the participle after the credit's comma opens a second statement, not a second content part
    assertThat(find("The ferry will stop next month, Roe said, adding that the council would vote on it."))
        .containsExactly("Roe | said | [The ferry will stop next month] | ASSERTS",
            "Roe | adding | [the council would vote on it.] | ASSERTS");
    // a cue in the statement before the credit is relayed, its participle too
    assertThat(find("The harbour board warned the pier was unsafe, Roe said, noting that repairs would take a year."))
        .containsExactly("Roe | said | [The harbour board warned the pier was unsafe] | ASSERTS",
            "Roe | noting | [repairs would take a year.] | ASSERTS");
    // a credit headed by a source noun after a clause with its own cue
    assertThat(find("Officials did not complain when the fares rose, a harbour official said, adding that the ferry was full."))
        .containsExactly("a harbour official | said | [Officials did not complain when the fares rose] | ASSERTS",
            "a harbour official | adding | [the ferry was full.] | ASSERTS");
  }

  @Test
  void aTrailingAccordingToRelaysTheClauseBeforeIt() {
    assertThat(find("The harbour council approved the pier budget on Monday, according to the Gazette."))
        .containsExactly("the Gazette | according to | [The harbour council approved the pier budget on Monday] | ASSERTS");
    assertThat(find("The mayor insists the pier is safe, according to two aides."))
        .containsExactly("two aides | according to | [The mayor insists the pier is safe] | ASSERTS");
  }

  @Test
  void aReportWhoseWholeContentIsAStatementRelaysIt() {
    assertThat(find("The harbour gazette reported that the inspector had warned the pier was unsafe."))
        .containsExactly("The harbour gazette | reported | [the inspector had warned the pier was unsafe] | ASSERTS");
    assertThat(find("According to the council's survey, most residents said they wanted the pier rebuilt."))
        .containsExactly("the council's survey | according to | [most residents said they wanted the pier rebuilt] | ASSERTS");
  }

  @Test
  void anOpeningAccordingToOrPollRelaysTheClauseAfterIt() {
    // the gazette and the survey report what the named speaker and the share of residents said
    assertThat(find("According to the harbour gazette, Ann Roe said the planks were rotten."))
        .containsExactly("the harbour gazette | according to | [Ann Roe said the planks were rotten] | ASSERTS");
    assertThat(find("According to the harbour gazette, Ann Roe called the repairs \u201ca waste of money.\u201d"))
        .containsExactly("the harbour gazette | according to | [Ann Roe called the repairs \u201ca waste of money.\u201d] | ASSERTS");
    assertThat(find("In a survey released Monday, 60 percent of residents said they wanted the pier rebuilt."))
        .containsExactly("a survey released Monday | In | [60 percent of residents said they wanted the pier rebuilt] | ASSERTS guessed");
  }

  @Test
  void seemingIsAnImpressionWithNoSource() {
    assertThat(find("The pier seemed ready to reopen by the end of May."))
        .containsExactly("- | seemed | [The pier][ready to reopen by the end of May] | UNCERTAIN guessed");
    assertThat(alone(new SeemingRule(), "seemed", "The pier seemed ready to reopen by the end of May."))
        .containsExactly("- | seemed | [The pier][ready to reopen by the end of May] | UNCERTAIN guessed");
    assertThat(alone(new SeemingRule(), "appeared", "The mayor appeared on television with the harbour master.")).isEmpty();
  }

  @Test
  void aPollIsTheSourceOfItsFinding() {
    assertThat(find("In a poll released Monday, the harbour plan leads by four points."))
        .containsExactly("a poll released Monday | In | [the harbour plan leads by four points] | ASSERTS guessed");
  }

  @Test
  void aPollWordInsideAnotherPhraseIsNoSource() {
    // "in" opens a phrase of place or measure; the poll word belongs to a clause or phrase after it
    assertThat(find("The campaign opened ten offices in coastal towns to win back voters tired of polls."))
        .noneMatch(a -> a.contains("| in |"));
    assertThat(find("The ferry plan has trailed for weeks in towns where polls show little interest."))
        .noneMatch(a -> a.contains("| in |"));
    // the poll word heading the phrase still credits it
    assertThat(find("The harbour plan leads by four points in the latest polls."))
        .containsExactly("the latest polls | in | [The harbour plan leads by four points] | ASSERTS guessed");
  }

  @Test
  void theGenericPollsAreNoSource() {
    // "in the polls" bare says how a candidate stands in general, not what one poll found
    assertThat(find("The governor has built a comfortable lead in the polls."))
        .noneMatch(a -> a.contains("| in |"));
    assertThat(find("Her rival slipped further behind in polls after the harbour vote."))
        .noneMatch(a -> a.contains("| in |"));
    // a qualified or named poll still credits its finding
    assertThat(find("The governor has built a comfortable lead in statewide polls."))
        .containsExactly("statewide polls | in | [The governor has built a comfortable lead] | ASSERTS guessed");
  }

  @Test
  void markupLeftInTheTextIsNoQuotation() {
    // a scrape that kept an embed's tag: its attribute values are no quotations
    assertThat(find("Residents posted their reactions overnight:",
        "<tweet pic=\"\" author=\"harbourwatch\" timestamp=\"1449075600\">The pier is open again</tweet>."))
        .noneMatch(a -> a.contains("author="));
  }

  @Test
  void askedAboutOpensWithAQuestionToNoOne() {
    assertThat(find("Asked about the pier, Roe said it was safe for visitors."))
        .containsExactly("- | Asked | [about the pier] | ASSERTS guessed",
            "Roe | said | [it was safe for visitors] | ASSERTS");
  }

  @Test
  void whenAskedGivesTheQuestionToTheAsker() {
    assertThat(find("When asked by reporters whether the pier was safe, Roe said it was."))
        .startsWith("reporters | asked | [whether the pier was safe] | ASSERTS guessed");
    assertThat(alone(new WhenAskedRule(), "asked", "When asked by reporters whether the pier was safe, Roe said it was."))
        .containsExactly("reporters | asked | [whether the pier was safe] | ASSERTS guessed");
  }

  @Test
  void accordingToBeforeOrAfterTheContent() {
    assertThat(find("According to the harbour board, the pier is safe for visitors."))
        .containsExactly("the harbour board | according to | [the pier is safe for visitors] | ASSERTS");
    assertThat(find("The pier is safe for visitors, according to the harbour board."))
        .containsExactly("the harbour board | according to | [The pier is safe for visitors] | ASSERTS");
  }

  @Test
  void verbCueWithItsSubjectBeforeIt() {
    assertThat(find("The mayor said the pier was safe for visitors."))
        .containsExactly("The mayor | said | [the pier was safe for visitors] | ASSERTS");
    assertThat(find("Roe denied that the pier had ever been unsafe."))
        .containsExactly("Roe | denied | [the pier had ever been unsafe] | DENIES");
    assertThat(find("The harbour council declined to comment."))
        .containsExactly("The harbour council | declined to comment | [declined to comment] | NO_COMMENT");
    assertThat(alone(new VerbCueRule(), "said", "The mayor said the pier was safe for visitors."))
        .containsExactly("The mayor | said | [the pier was safe for visitors] | ASSERTS");
  }

  @Test
  void aRelativeClauseInTheSubjectIsAnAttributionOfItsOwn() {
    assertThat(find("The mayor, who called the repairs a fine job, said the pier would reopen in May."))
        .containsExactly("mayor, who | called | [the repairs a fine job] | ASSERTS",
            "The mayor, who called the repairs a fine job, | said | [the pier would reopen in May] | ASSERTS");
    // a predicate of the main clause without a cue ("resigned") closes the relative clause too
    assertThat(find("Ann Roe, who said the pier was unsafe, resigned from the board in June."))
        .containsExactly("Roe, who | said | [the pier was unsafe] | ASSERTS");
    // the comma closing an appositive inside the content does not
    assertThat(find("Ann Roe, who said the pier, a relic of the old port, was unsafe, resigned in June."))
        .containsExactly("Roe, who | said | [the pier, a relic of the old port, was unsafe] | ASSERTS");
    assertThat(VerbCueRule.relativeClauseEnd(units("The clerk, who denied it, added that the pier was safe.").get(0).tokens(), 3, 5))
        .isEqualTo(6);
  }

  @Test
  void aRestrictiveRelativeClauseEndsBeforeTheMainVerbOfSaying() {
    // the relative clause's cue does not swallow the main clause's "said"
    assertThat(find("A harbour official who spoke on condition of anonymity said the pier would stay shut."))
        .containsExactly("A harbour official who | spoke | [on condition of anonymity] | ASSERTS",
            "A harbour official | said | [the pier would stay shut] | ASSERTS");
    // a verb after a pronoun has a subject of its own: no main clause ends the relative clause there
    List<Token> own = units("The captain who he says misled the board resigned.").get(0).tokens();
    assertThat(VerbCueRule.relativeClauseEnd(own, 2, 3)).isEqualTo(-1);
  }

  @Test
  void anAsideBetweenDoubleHyphensIsPartOfTheSubject() {
    // "--" reads as the dash it stands for: the aside closes before the main clause's cue
    assertThat(find("The mayor -- who has feuded with the harbour board for years -- said the pier would reopen."))
        .containsExactly("The mayor -- who has feuded with the harbour board for years | said | [the pier would reopen] | ASSERTS");
    assertThat(find("Ann Roe -- who has accused the board of waste -- told reporters the pier would reopen."))
        .contains("Ann Roe -- who has accused the board of waste | told | [the pier would reopen] | ASSERTS");
  }

  @Test
  void aCueAfterACommaAndItsOwnSubjectEndsTheContentBeforeIt() {
    assertThat(find("While he conceded the storm was severe, he insisted that the pier was safe."))
        .containsExactly("he | conceded | [the storm was severe] | ASSERTS",
            "he | insisted | [the pier was safe] | ASSERTS");
    // a WordNet cue opens the new clause too
    assertThat(find("While Roe conceded the storm was severe, Ann Lee surmised that the pier was safe."))
        .containsExactly("Roe | conceded | [the storm was severe] | ASSERTS",
            "Ann Lee | surmised | [the pier was safe] | ASSERTS");
    // a parenthetical cue and a clause without a cue stay in the content
    assertThat(find("Roe said the pier, she believed, was safe."))
        .containsExactly("Roe | said | [the pier, she believed, was safe] | ASSERTS");
    assertThat(find("Roe said that if it rains, she will stay home."))
        .containsExactly("Roe | said | [if it rains, she will stay home] | ASSERTS");
    // content that opens with a subordinate clause runs on past the comma that closes it
    assertThat(find("Roe warned that if the council refused, she would insist that the pier close."))
        .startsWith("Roe | warned | [if the council refused, she would insist that the pier close] | ASSERTS");
  }

  @Test
  void aCueAfterSeemToReportsItsSubjectsWords() {
    assertThat(find("The harbour master seemed to blame the ferry company for the delays."))
        .containsExactly("The harbour master | seemed to blame | [the ferry company for the delays] | UNCERTAIN");
    assertThat(find("She appeared to suggest that the ferry would stay in port."))
        .containsExactly("She | appeared to suggest | [the ferry would stay in port] | UNCERTAIN");
    // no cue after "to": the writer's impression, with no source
    assertThat(find("The old ferry seemed ready to sail.")).containsExactly("- | seemed | [The old ferry][ready to sail] | UNCERTAIN guessed");
  }

  @Test
  void aCueInTheInfinitiveReportsItsUnderstoodSubject() {
    // the clause's subject
    assertThat(find("The mayor went on local radio to defend the new ferry fares."))
        .containsExactly("The mayor | defend | [the new ferry fares] | ASSERTS");
    // past an appositive of the subject
    assertThat(find("Ann Lee, the harbour master, went on the radio to defend the new fares."))
        .containsExactly("Ann Lee | defend | [the new fares] | ASSERTS");
    // the object of the verb before "to"
    assertThat(find("The long delays led many to question whether the ferry would ever run."))
        .containsExactly("many | question | [whether the ferry would ever run] | ASSERTS");
    assertThat(find("The vote allowed Ann Lee to claim a clear mandate."))
        .containsExactly("Ann Lee | claim | [a clear mandate] | ASSERTS");
    // a second infinitive after "and" is a statement of its own
    assertThat(find("Ann Lee took to the radio to accuse the council of waste and urge voters to reject the budget."))
        .containsExactly("Ann Lee | accuse | [the council of waste] | ASSERTS",
            "Ann Lee | urge | [voters to reject the budget] | ASSERTS");
    // no speaker: an expletive subject
    assertThat(alone(new InfinitiveCueRule(), "say", "It is too early to say whether the ferry will run.")).isEmpty();
    // "declined to comment" is the first verb's to read
    assertThat(alone(new InfinitiveCueRule(), "comment", "A spokeswoman for the port declined to comment, saying nothing."))
        .isEmpty();
  }

  @Test
  void anAdjectiveOfAttitudeAfterACopulaReportsItsSubjectsStance() {
    assertThat(find("The harbour board is confident that the new breakwater will hold."))
        .containsExactly("The harbour board | confident | [the new breakwater will hold] | ASSERTS");
    assertThat(find("She was deeply skeptical of the ferry timetable."))
        .containsExactly("She | skeptical | [of the ferry timetable] | UNCERTAIN");
    // a cue word used as an adjective: no passive without an agent
    assertThat(find("The residents remain opposed to the new mooring fees."))
        .containsExactly("The residents | opposed | [to the new mooring fees] | UNCERTAIN");
    // "clear" reports a statement only after "made"
    assertThat(find("He made it clear that the ferry would sail on Sunday."))
        .containsExactly("He | clear | [the ferry would sail on Sunday] | ASSERTS");
    assertThat(find("The slipway was clear of debris by noon.")).isEmpty();
  }

  @Test
  void aPronounContractedWithItsCopulaHoldsTheAttitude() {
    // one token: the pronoun is read inside it, with a curly or a straight apostrophe
    assertThat(find("They\u2019re supportive of the plan to dredge the channel."))
        .containsExactly("They | supportive | [of the plan to dredge the channel] | UNCERTAIN");
    assertThat(find("We're confident that the new breakwater will hold."))
        .containsExactly("We | confident | [the new breakwater will hold] | ASSERTS");
    assertThat(find("Still, she\u2019s skeptical of the ferry timetable."))
        .containsExactly("she | skeptical | [of the ferry timetable] | UNCERTAIN");
  }

  @Test
  void aSubjectWalkCutShortAcrossAnAdverbialOfTimeIsNoSource() {
    // where "fellow captains" opens is not known: "the pilot in 2019 fellow captains" is no source
    assertThat(alone(new AttitudeRule(), "eager",
        "After a profile of the pilot in 2019 fellow captains seemed eager to talk about his temper.")).isEmpty();
    // a subject that opens the clause keeps its adverbial
    assertThat(alone(new AttitudeRule(), "eager", "Officials from the harbour union seemed eager to talk about the tides."))
        .containsExactly("Officials from the harbour union | eager | [to talk about the tides] | UNCERTAIN");
  }

  @Test
  void aVerbWithTheWordsThatMakeItAStanceIsOneCue() {
    assertThat(find("The mayor took issue with the council's tide tables."))
        .containsExactly("The mayor | took issue with | [the council's tide tables] | ASSERTS");
    assertThat(find("Two of her former aides have vouched for the new pilot."))
        .containsExactly("Two of her former aides | vouched for | [the new pilot] | ASSERTS");
    assertThat(find("The fishermen's union came out against the mooring levy on Friday."))
        .containsExactly("The fishermen's union | came out against | [the mooring levy on Friday] | ASSERTS");
    // a cue word opening the phrase takes the whole phrase, not its particle, as the cue
    assertThat(find("The mayor spoke out against the closure of the slipway."))
        .containsExactly("The mayor | spoke out against | [the closure of the slipway] | ASSERTS");
    assertThat(alone(new PhraseCueRule(), "poked", "The senator poked fun at the ferry timetable."))
        .containsExactly("The senator | poked fun at | [the ferry timetable] | ASSERTS");
    assertThat(find("The governor played down the storm damage at the harbour."))
        .containsExactly("The governor | played down | [the storm damage at the harbour] | ASSERTS");
    assertThat(find("The mayor made the case that the pier needs a new deck."))
        .containsExactly("The mayor | made the case | [the pier needs a new deck] | ASSERTS");
    // the verb alone is an act
    assertThat(find("The mayor took the ferry to the island.")).isEmpty();
    assertThat(find("The governor played golf at the harbour club.")).isEmpty();
    assertThat(find("The new ferry came out of the dry dock on Friday.")).isEmpty();
  }

  @Test
  void aPhraseOfSpeakingCreditsAQuotationBeforeIt() {
    assertThat(find("\u201cThe slipway floods at every spring tide,\u201d Roe points out."))
        .containsExactly("Roe | points out | [\u201cThe slipway floods at every spring tide,\u201d] | ASSERTS");
    // the particle is part of the cue, not of what was said
    assertThat(find("Harbour officials pointed out that the ferry has never once sailed late."))
        .containsExactly("Harbour officials | pointed out | [the ferry has never once sailed late] | ASSERTS");
  }

  @Test
  void anInvertedCreditReadsTheWholePhrase() {
    // "points out X" after a quotation or a statement: the phrase is the cue, X its source
    assertThat(find("\u201cThe slipway floods at every spring tide,\u201d points out the harbour master."))
        .containsExactly("the harbour master | points out | [\u201cThe slipway floods at every spring tide,\u201d] | ASSERTS");
    assertThat(find("The slipway floods at every spring tide, pointed out Ann Roe, who runs the yard."))
        .anyMatch(a -> a.startsWith("Ann Roe | pointed out | [The slipway floods at every spring tide]"));
  }

  @Test
  void aPhraseCueStopsBeforeAQuotationAfterIt() {
    // what the phrase is about ends where a quotation, a statement of its own, opens
    assertThat(find("Ann Roe spoke out against the closure because to her, \u201cthe slipway is all we have.\u201d"))
        .containsExactly("Ann Roe | spoke out against | [the closure because to her] | ASSERTS",
            "Ann Roe | null | [\u201cthe slipway is all we have.\u201d] | ASSERTS guessed");
  }

  @Test
  void aNounVerbHomographOfStanceIsACueWhereOnlyAVerbCanStand() {
    assertThat(find("They support the new mooring fees."))
        .containsExactly("They | support | [the new mooring fees] | ASSERTS");
    assertThat(find("We can't support a ferry timetable like this one."))
        .containsExactly("We | support | [a ferry timetable like this one] | ASSERTS");
    // after a plural that can speak or show
    assertThat(find("Recent surveys show the ferry well ahead of the bridge."))
        .containsExactly("Recent surveys | show | [the ferry well ahead of the bridge] | ASSERTS");
    // a noun after a determiner or possessive is no verb
    assertThat(find("The support of the fishermen surprised the council.")).isEmpty();
    assertThat(find("The harbour show drew a large crowd.")).isEmpty();
    assertThat(alone(new HomographVerbRule(), "plans", "Her plans for the harbour were shelved.")).isEmpty();
  }

  @Test
  void aPassiveOfJudgingIsAnOpinionWithNoSource() {
    assertThat(find("The harbour council is widely expected to approve the budget on Friday."))
        .containsExactly("- | is widely expected | [The harbour council][to approve the budget on Friday] | UNCERTAIN guessed");
    assertThat(find("After the storm, the old pier was considered a danger to swimmers."))
        .containsExactly("- | was considered | [the old pier][a danger to swimmers] | UNCERTAIN guessed");
    // an agent, a place, or an expletive subject: no such opinion
    assertThat(alone(new PassiveCueRule(), "seen", "The mayor was seen in the harbour on Monday.")).isEmpty();
    assertThat(alone(new PassiveCueRule(), "reported", "The leak was reported by the harbour master.")).isEmpty();
    assertThat(alone(new PassiveCueRule(), "expected", "It is expected to rain on Friday.")).isEmpty();
  }

  @Test
  void aNounOfSayingWithAPossessorIsACue() {
    assertThat(find("The mayor's criticism of the harbour plan grew louder over the summer."))
        .containsExactly("The mayor's | criticism of | [the harbour plan grew louder over the summer] | ASSERTS");
    assertThat(find("Her call for a recount of the harbour vote, filed on Monday, was refused."))
        .containsExactly("Her | call for | [a recount of the harbour vote] | ASSERTS");
    assertThat(alone(new NominalCueRule(), "claim", "Ann Roe's claim that the pier is safe surprised the council."))
        .containsExactly("Ann Roe's | claim that | [the pier is safe surprised the council] | ASSERTS");
    // a possessive pronoun after the clause's subject: the subject is the source
    assertThat(alone(new NominalCueRule(), "criticism", "Ann Roe is doubling down on her criticism of the harbour plan."))
        .containsExactly("Ann Roe | criticism of | [the harbour plan] | ASSERTS");
    assertThat(alone(new NominalCueRule(), "attacks", "He has stepped up his attacks on the council."))
        .containsExactly("He | attacks on | [the council] | ASSERTS");
    // no possessor, a time for a possessor, or a preposition that takes no content: no cue
    assertThat(alone(new NominalCueRule(), "call", "A call for papers went out to every school.")).isEmpty();
    assertThat(alone(new NominalCueRule(), "call", "Last year's call for papers went out to every school.")).isEmpty();
    assertThat(alone(new NominalCueRule(), "support", "Her support to the harbour club never wavered.")).isEmpty();
  }

  @Test
  void toldSkipsItsAddressee() {
    assertThat(find("The harbour master told reporters the old pier was unsafe."))
        .containsExactly("The harbour master | told | [the old pier was unsafe] | ASSERTS");
  }

  @Test
  void invertedCueTakesTheNameAfterIt() {
    assertThat(find("\u201cThe pier is safe for visitors,\u201d said Ann Roe."))
        .containsExactly("Ann Roe | said | [\u201cThe pier is safe for visitors,\u201d] | ASSERTS");
  }

  @Test
  void saysIsAVerbAfterAnySubject() {
    // a subject head outside the source nouns: "says" cannot be a plural noun, so it still cues
    assertThat(find("The veteran ferry captain says the new timetable is a mistake."))
        .containsExactly("The veteran ferry captain | says | [the new timetable is a mistake] | ASSERTS");
  }

  @Test
  void aVerbBeforeThatTakesAnySubjectNounAsItsSource() {
    // "inquiry" and "tallies" name no speaker, but "found that" and "indicate that" are verbs
    assertThat(find("The inquiry found that the harbour office had never checked the ferry's hull."))
        .containsExactly("The inquiry | found | [the harbour office had never checked the ferry's hull] | ASSERTS");
    assertThat(find("Indeed, the tallies indicate that ferry riders are older than bus riders."))
        .containsExactly("the tallies | indicate | [ferry riders are older than bus riders] | ASSERTS");
    // without "that" such a subject still does not speak
    assertThat(find("The inquiry found the harbour office closed.")).isEmpty();
    // a noun in an adjunct is no subject: "report" there is a noun
    assertThat(find("The council noted in a follow-up report that the ferry was late."))
        .containsExactly("The council | noted | [the ferry was late] | ASSERTS");
  }

  @Test
  void aParticipleCueAfterAPrepositionReportsTheClausesSubject() {
    assertThat(find("The mayor left the quay after saying that the ferry was unsafe."))
        .containsExactly("The mayor | saying | [the ferry was unsafe] | ASSERTS");
    assertThat(find("The inspector quit the union before announcing her run for the council."))
        .containsExactly("The inspector | announcing | [her run for the council] | ASSERTS");
  }

  @Test
  void aShortObjectAfterAnOpeningAdverbialIsTheContentNotTheAdverbial() {
    // two words after the cue are no adjunct when an article or possessive opens them, and an
    // opening adverbial is no statement the credit could follow
    assertThat(find("Shortly after the vote, the mayor announced his resignation."))
        .containsExactly("the mayor | announced | [his resignation] | ASSERTS");
    // a statement before the credit keeps it, and a short adjunct after the cue stays one
    assertThat(find("The pier will close for the winter, the mayor said on Friday."))
        .containsExactly("the mayor | said | [The pier will close for the winter] | ASSERTS");
  }

  @Test
  void aGerundAfterAPrepositionThatAlsoDeterminesNounsIsAVerb() {
    // "by", "in", "for" and "of" also stand before nouns ("in response"); before a participle
    // they take a gerund, whose subject is the clause's
    assertThat(find("The mayor angered the divers by denouncing the new harbour fees."))
        .containsExactly("The mayor | denouncing | [the new harbour fees] | ASSERTS");
    assertThat(find("The council drew praise for criticizing the ferry company."))
        .containsExactly("The council | criticizing | [the ferry company] | ASSERTS");
    assertThat(find("In rejecting the appeal, the board said the pier was sound."))
        .containsExactly("the board | rejecting | [the appeal] | DENIES",
            "the board | said | [the pier was sound] | ASSERTS");
    // a noun after such a preposition stays a noun
    assertThat(find("The ferry left early in response to the storm warning.")).isEmpty();
  }

  @Test
  void verbsOfPraiseBlameAndPleadingAreCues() {
    assertThat(find("The mayor lauded the new timetable."))
        .containsExactly("The mayor | lauded | [the new timetable] | ASSERTS");
    assertThat(find("The inspector castigated the ferry company for its late repairs."))
        .containsExactly("The inspector | castigated | [the ferry company for its late repairs] | ASSERTS");
    assertThat(find("The skipper implored the council to keep the ferry running."))
        .containsExactly("The skipper | implored | [the council to keep the ferry running] | ASSERTS");
  }

  @Test
  void aWeakCueInThePastAfterAndReportsTheOpeningSubject() {
    assertThat(find("Tom Avery went on the radio and defended the new timetable."))
        .containsExactly("Tom Avery | defended | [the new timetable] | ASSERTS");
    // a participle with an agent is no second predicate; nor is an adverb a subject
    assertThat(find("Tom Avery went on the radio and backed by the union.")).isEmpty();
    assertThat(find("Ultimately, the ferry left the port and defended nothing.")).isEmpty();
  }

  @Test
  void aNounOfSayingAsAVerbsObjectReportsTheVerbsSubject() {
    assertThat(find("Ann Roe made an urgent call for calm on the quay."))
        .containsExactly("Ann Roe | call for | [calm on the quay] | ASSERTS");
    // with no verb before the article, or no subject named, it is no cue
    assertThat(find("A call for papers went out.")).isEmpty();
    assertThat(find("The storm raised an old demand for a sea wall.")).isEmpty();
  }

  @Test
  void addingContinuesAStatementWithOneOfItsOwn() {
    assertThat(find("The mayor said the pier was safe, adding that it would reopen in May."))
        .containsExactly("The mayor | said | [the pier was safe] | ASSERTS",
            "The mayor | adding | [it would reopen in May] | ASSERTS");
  }

  @Test
  void aParticipleAfterAnInvertedSubjectContinuesIt() {
    assertThat(find("\u201cThe ferry will run all winter,\u201d said Tom Avery, adding that fares would not rise."))
        .containsExactly("Tom Avery | said | [\u201cThe ferry will run all winter,\u201d] | ASSERTS",
            "Tom Avery | adding | [fares would not rise.] | ASSERTS");
    // a relative clause after the name speaks of the speaker: no statement of his
    assertThat(find("\u201cThe ferry will run all winter,\u201d said Tom Avery, who has backed the new timetable."))
        .containsExactly("Tom Avery | said | [\u201cThe ferry will run all winter,\u201d] | ASSERTS");
  }

  @Test
  void aQuestionAfterACreditIsAnAttributionOfItsOwn() {
    assertThat(find("\u201cThe ferry will sail,\u201d Tom Avery said when asked whether the storm had passed."))
        .containsExactly("Tom Avery | said | [\u201cThe ferry will sail,\u201d] | ASSERTS",
            "- | asked | [whether the storm had passed] | ASSERTS guessed");
    // "asked to" is a request, not a question
    assertThat(find("\u201cThe ferry will sail,\u201d Tom Avery said when asked to comment on the storm."))
        .containsExactly("Tom Avery | said | [\u201cThe ferry will sail,\u201d] | ASSERTS");
  }

  @Test
  void aDashCreditsTheQuoteBeforeIt() {
    assertThat(find("\u201cWe rebuilt the pier in a single month.\u201d \u2015 Ann Roe"))
        .containsExactly("Ann Roe | \u2015 | [\u201cWe rebuilt the pier in a single month.\u201d] | ASSERTS");
  }

  @Test
  void aSubjectAndAVerbOfStanceWithNoCue() {
    assertThat(find("Roe cherishes the old pier and its lamps."))
        .containsExactly("Roe | cherishes | [the old pier and its lamps] | ASSERTS guessed");
    assertThat(alone(new SubjectVerbRule(), null, "Roe cherishes the old pier and its lamps."))
        .containsExactly("Roe | cherishes | [the old pier and its lamps] | ASSERTS guessed");
  }

  @Test
  void commonNounsOfPeopleAreSubjectsOfAVerbOfStance() {
    assertThat(find("Local councillors oppose the new car park on the quay."))
        .containsExactly("Local councillors | oppose | [the new car park on the quay] | ASSERTS");
    assertThat(find("Most teachers back the plan to lengthen the school day."))
        .containsExactly("Most teachers | back | [the plan to lengthen the school day] | ASSERTS");
    assertThat(find("Harbour developers see the marshes as wasted land."))
        .containsExactly("Harbour developers | see | [the marshes as wasted land] | ASSERTS");
    assertThat(find("The ship\u2019s captains welcomed the plan to dredge the channel."))
        .containsExactly("The ship\u2019s captains | welcomed | [the plan to dredge the channel] | ASSERTS");
  }

  @Test
  void aWordInSAfterAnAuxiliaryIsANounNotAVerbOfStance() {
    assertThat(alone(new SubjectVerbRule(), null, "The mayor still has fences to mend with the dockers.")).isEmpty();
    assertThat(alone(new SubjectVerbRule(), null, "Roe has cherished the old pier for decades."))
        .containsExactly("Roe | cherished | [the old pier for decades] | ASSERTS guessed");
  }

  @Test
  void shortQuotesClosingOneClauseGiveOneGuessedAttribution() {
    assertThat(find("The old ferry timetable lists \u201cquiet\u201d and \u201cscenic\u201d crossings for the winter."))
        .containsExactly("- | null | [The old ferry timetable lists \u201cquiet\u201d and \u201cscenic\u201d] | ASSERTS guessed");
  }

  @Test
  void quotesInsideALaterShortQuotesClauseAreNoAttributionsOfTheirOwn() {
    // the last short quote takes the clause, and with it the quotes listed before it
    assertThat(find("The ferry posters went from \u201ca harbour for everyone\u201d to \u201crebuild the old pier\u201d and \u201cours again.\u201d"))
        .containsExactly("The ferry posters | null | [The ferry posters went from \u201ca harbour for everyone\u201d to "
            + "\u201crebuild the old pier\u201d and \u201cours again.\u201d] | ASSERTS guessed");
  }

  @Test
  void aQuoteNoRuleAttributedGoesToTheNounPhraseBeforeIt() {
    assertThat(find("The pamphlet ends with \u201cwe will rebuild every pier on this coast\u201d and a map."))
        .containsExactly("The pamphlet | null | [\u201cwe will rebuild every pier on this coast\u201d] | ASSERTS guessed");
  }

  @Test
  void aProgrammeTitleAfterAPrepositionAndAPossessiveIsNoQuote() {
    assertThat(find("The harbour master was a guest on WXYZ\u2019s \u201cMorning Round With Tom,\u201d last week.")).isEmpty();
    assertThat(find("The harbour master was a guest on the network's \u201cPier Talk\u201d on Monday.")).isEmpty();
    // a possessive without a preposition before it, or words no title has: quotes as before
    assertThat(find("Roe sang the ferryman\u2019s \u201cHarbour Lights Are Burning\u201d for the crowd."))
        .containsExactly("Roe | sang | [the ferryman\u2019s \u201cHarbour Lights Are Burning\u201d for the crowd] | ASSERTS guessed");
    assertThat(find("The harbour master was asked on WXYZ\u2019s show about \u201cthe worst storm in fifty years\u201d on Monday."))
        .hasSize(1);
  }

  @Test
  void aVerbOfSpeakingWithoutATopicReportsNothing() {
    assertThat(find("The harbour master spoke at the ferry terminal for almost an hour on Monday.")).isEmpty();
    assertThat(find("Ann Roe talked with fishermen outside the old boathouse.")).isEmpty();
    // with a topic, an attitude or a quote it reports
    assertThat(find("The harbour master spoke about the storm damage for almost an hour."))
        .containsExactly("The harbour master | spoke | [about the storm damage for almost an hour] | ASSERTS");
    assertThat(find("Ann Roe spoke out against the new ferry fares."))
        .containsExactly("Ann Roe | spoke out against | [the new ferry fares] | ASSERTS");
  }

  @Test
  void aParticipleBetweenANumberAndItsNounIsNoCue() {
    assertThat(find("The ferry party leads the harbour race by 120 pledged votes after the count.")).isEmpty();
    assertThat(find("There are 48 reported leaks in the old pier.")).isEmpty();
    // a number that is the subject, or a cue with a clause after it, stays a cue
    assertThat(find("Of the dockers asked, 48 said the pier was unsafe."))
        .containsExactly("48 | said | [the pier was unsafe] | ASSERTS");
  }

  @Test
  void aReportFiledFromAPlaceReportsNothing() {
    assertThat(find("Ann Roe reported from Ashton, Md.")).isEmpty();
    assertThat(find("Roe reported from Ashton; Lee, from Dover.")).isEmpty();
    assertThat(find("Ann Roe reported from Ashton that the pier had closed."))
        .containsExactly("Ann Roe | reported | [from Ashton that the pier had closed] | ASSERTS");
  }

  @Test
  void aVerbOfSayingWithOnlyAnAdjunctAfterItReportsNothing() {
    assertThat(find("Roe wrote in a memo to the council.")).isEmpty();
    assertThat(find("Ann Roe said from her office in Ashton.")).isEmpty();
    assertThat(find("The harbour master claimed at one point.")).isEmpty();
    assertThat(find("Ann Roe wrote while a student in Ashton.")).isEmpty();
    // a clause, a topic or a stance after the preposition, or "that" before it: a statement
    assertThat(find("Ann Roe said in hindsight she would have closed the pier."))
        .containsExactly("Ann Roe | said | [in hindsight she would have closed the pier] | ASSERTS");
    assertThat(find("Ann Roe argued in favor of a new pier."))
        .containsExactly("Ann Roe | argued | [in favor of a new pier] | ASSERTS");
    assertThat(find("Ann Roe noted that at the last meeting, the council voted for the pier."))
        .anyMatch(a -> a.startsWith("Ann Roe | noted |"));
  }

  @Test
  void addingToANounPhraseIsNoStatement() {
    assertThat(find("The late ferry added to the confusion at the pier.")).isEmpty();
    assertThat(find("Roe won the harbour vote, adding to her lead on the council."))
        .noneMatch(a -> a.contains("adding"));
    // "added" with a statement after it still reports
    assertThat(find("Roe added that the pier would reopen in May."))
        .containsExactly("Roe | added | [the pier would reopen in May] | ASSERTS");
  }

  @Test
  void verbsOfActionAndNounsAreNoCues() {
    // right in under a quarter of their uses on the train and dev splits: left out of the lexicon
    assertThat(find("The ferry company could avoid a long strike at the pier.")).isEmpty();
    assertThat(find("Reporters covering the harbour vote waited outside the hall.")).isEmpty();
    assertThat(find("The council is projecting a small surplus for the harbour fund.")).isEmpty();
    assertThat(find("Inspectors surveying the pier found rust on every pile.")).isEmpty();
  }

  @Test
  void anOpeningAdverbialAloneIsNoStatement() {
    // the opener is never the content; an object after the cue ("the same") is
    assertThat(find("Last month, 40 percent of the dockers said the same."))
        .containsExactly("40 percent of the dockers | said | [the same] | ASSERTS");
    assertThat(find("Then, the harbour master apologized.")).isEmpty();
    assertThat(find("Meanwhile, the ferry union agreed.")).isEmpty();
    // a clause of its own, or a quotation after the credit, is still reported
    assertThat(find("And that's what the mayor is promising."))
        .containsExactly("the mayor | promising | [And that's what] | ASSERTS");
    assertThat(find("But, Roe said, \u201cthe pier will close in May.\u201d"))
        .anyMatch(a -> a.startsWith("Roe | said |"));
  }

  @Test
  void aParticleAloneIsNoContent() {
    assertThat(find("The ferry union backed down.")).isEmpty();
    assertThat(find("Hundreds of dockers showed up.")).isEmpty();
    // an object between the cue and the particle: what was ruled out
    assertThat(find("The harbour master ruled that out.")).hasSize(1)
        .allMatch(a -> a.startsWith("The harbour master | ruled |"));
  }

  @Test
  void aTitleAfterTheNounOfAWorkIsNoQuote() {
    assertThat(find("The harbour master still listens to the podcast \u201cTides of Ashton\u201d every week.")).isEmpty();
    assertThat(find("Her second memoir, \u201cSalt and Stone,\u201d sold well in the port towns.")).isEmpty();
    // words no title has, or no noun of a work before it: a quote as before
    assertThat(find("The harbour master still quotes the podcast \u201cwe never close\u201d every week."))
        .containsExactly("The harbour master | null | [\u201cwe never close\u201d] | ASSERTS guessed");
  }

  @Test
  void aTitleRightAfterOnIsNoQuote() {
    assertThat(find("The harbour master was a guest on \u201cMorning Round With Tom\u201d last week.")).isEmpty();
    // words no title has: a quote as before
    assertThat(find("The harbour master insisted on \u201cno new piers this year\u201d at the meeting."))
        .containsExactly("The harbour master | insisted | [on \u201cno new piers this year\u201d at the meeting] | ASSERTS");
  }

  @Test
  void aShortTitleAfterAnArticleOrPrepositionIsNoQuote() {
    assertThat(find("Hundreds of fishermen joined the \u201cHarbour Lights\u201d parade on Saturday night.")).isEmpty();
    assertThat(find("Tickets for \u201cHarbour Lights\u201d sold out within an hour.")).isEmpty();
    // four words or more, or words no title has: a quote as before
    assertThat(find("Hundreds of fishermen joined the \u201cwe never close\u201d parade on Saturday night."))
        .isNotEmpty();
  }

  @Test
  void aHeadlineCreditedToItsWriterIsNoQuote() {
    // a link list's entry: the headline, then its writer
    assertThat(find("\u2014\u201cFerry service to resume on the north shore in May,\u201d by Ann Roe: http://example.com/x"))
        .isEmpty();
    // with no comma, "by" goes on inside the speaker's sentence: a quote as before
    assertThat(find("Roe spoke at the pier on Monday.",
        "\u201cIf there had been no warning\u201d by the coast guard, the ferry would have sailed, she went on."))
        .anyMatch(a -> a.contains("If there had been no warning"));
  }

  @Test
  void aQuoteClosedByAnUnlistedVerbAndAName() {
    assertThat(find("\u201cWe will rebuild every pier,\u201d beamed Ann Roe."))
        .containsExactly("Ann Roe | beamed | [\u201cWe will rebuild every pier,\u201d] | ASSERTS guessed");
  }

  @Test
  void aSentenceWithoutAttributionGivesNone() {
    assertThat(find("The pier opened in May after a long winter.")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------

  /** The attributions the engine finds in {@code paragraphs}, shown as strings. */
  @Test
  void aParticipleAfterACommaKeepsTheClauseSubjectAndNeverInverts() {
    assertThat(find("The mayor closed the pier on Monday, warning that the planks had rotted."))
        .containsExactly("The mayor | warning | [the planks had rotted] | ASSERTS");
    assertThat(find("The council met on Friday, arguing the pier was the port's to mend."))
        .containsExactly("The council | arguing | [the pier was the port's to mend] | ASSERTS");
    assertThat(alone(new VerbCueRule(), "suggesting",
        "Ann Roe left the meeting early, suggesting the town sell the pier."))
        .containsExactly("Ann Roe | suggesting | [the town sell the pier] | ASSERTS");
  }

  @Test
  void aWordNetVerbOfSayingOrThinkingIsACueBeforeAClause() {
    assertThat(find("The inspector surmised that the pier was unsafe."))
        .containsExactly("The inspector | surmised | [the pier was unsafe] | ASSERTS");
    assertThat(find("Ann Roe reckons it will not last the winter."))
        .containsExactly("Ann Roe | reckons | [it will not last the winter] | ASSERTS");
    assertThat(alone(new ClauseCueRule(), "resolved", "The council resolved to sell the pier."))
        .containsExactly("The council | resolved | [to sell the pier] | ASSERTS");
  }

  @Test
  void supportWonOrHeldIsTheSupportOfWhoGivesIt() {
    assertThat(find("Ann Roe won the endorsement of the dock union."))
        .containsExactly("the dock union | won the endorsement of | [Ann Roe] | ASSERTS");
    assertThat(find("The harbour bill has the backing of most councillors."))
        .containsExactly("most councillors | has the backing of | [The harbour bill] | ASSERTS");
    assertThat(find("She drew strong support from fishermen in the north."))
        .containsExactly("fishermen in the north | drew strong support from | [She] | ASSERTS");
    // no support given: a modal, a negation, or "no" support
    assertThat(find("Ann Roe could win the endorsement of the dock union.")).noneMatch(f -> f.contains("win the"));
    assertThat(find("Ann Roe has not won the backing of the union.")).noneMatch(f -> f.contains("won the"));
    assertThat(find("Ann Roe has no support from the union.")).noneMatch(f -> f.contains("has no"));
    // "has" before another verb is its auxiliary, not the verb of holding
    assertThat(find("Ann Roe has lost the backing of the union.")).noneMatch(f -> f.contains("has lost"));
  }

  @Test
  void aWordNetVerbWithoutAClauseIsNoCue() {
    assertThat(alone(new ClauseCueRule(), "mumbled", "The mayor mumbled to the crowd.")).isEmpty();
    assertThat(alone(new ClauseCueRule(), "resolved", "The council resolved the dispute over the pier.")).isEmpty();
  }

  @Test
  void inATitleCaseHeadlineACapitalisedCueIsNoName() {
    assertThat(find("Harbour Master Says Pier Will Reopen Before Winter"))
        .containsExactly("Harbour Master | Says | [Pier Will Reopen Before Winter] | ASSERTS");
    // in running text a capitalised cue word after a name stays part of the name
    assertThat(Tokens.isTitleCase(TextUnits.units(0, "The harbour master Says Pier reopened.",
        List.of()).get(0).tokens())).isFalse();
  }

  @Test
  void aSubjectWithAnAsideWithoutAVerbIsNoInvertedContent() {
    assertThat(find("Ann Roe, another partner at the firm, suggested that the council sell the pier."))
        .containsExactly("Ann Roe, another partner at the firm, | suggested | [the council sell the pier] | ASSERTS");
    assertThat(find("The survey, conducted by a university in Ohio, finds the mayor well ahead of her rival."))
        .containsExactly("The survey, conducted by a university in Ohio, | finds | [the mayor well ahead of her rival] | ASSERTS");
    // a clause before the comma is content: the cue is inverted
    assertThat(find("The pier is safe, said Ann Roe, the harbour master."))
        .containsExactly("Ann Roe | said | [The pier is safe] | ASSERTS");
  }

  @Test
  void anAsideOfItsOwnBeforeTheSubjectsCueIsNoSubject() {
    assertThat(CueSubject.openingSubjectBeforeAside(units("Ann Roe, along with two divers, said the pier was safe.")
        .get(0).tokens(), 7, 0)).isNotNull();
    // "he said" is a clause, not an aside
    assertThat(CueSubject.openingSubjectBeforeAside(units("The pier, he said, was safe.").get(0).tokens(), 5, 0))
        .isNull();
  }

  @Test
  void aParticipleInAnAsideAfterTheSubjectReportsWhatTheSubjectCites() {
    assertThat(find("The council, citing a new study, said the pier was safe."))
        .containsExactly("The council | citing | [a new study] | ASSERTS",
            "The council, citing a new study, | said | [the pier was safe] | ASSERTS");
  }

  @Test
  void aSurnameWithAnApostropheIsASubject() {
    assertThat(find("Ann O\u2019Hara argues that the pier should be sold."))
        .containsExactly("Ann O\u2019Hara | argues | [the pier should be sold] | ASSERTS");
    assertThat(Subjects.isApostropheName("O'Hara")).isTrue();
    assertThat(Subjects.isApostropheName("D\u2019Arcy")).isTrue();
    assertThat(Subjects.isApostropheName("Roe's")).isFalse();
    assertThat(Subjects.isApostropheName("O'Hara's")).isFalse();
    assertThat(Subjects.isApostropheName("It's")).isFalse();
  }

  @Test
  void anAsClauseReportsTheClauseItInterrupts() {
    assertThat(find("As the inspector noted, the pier was closed for two years."))
        .containsExactly("the inspector | noted | [the pier was closed for two years] | ASSERTS");
    assertThat(find("The pier, as Roe said on Monday, was closed for two years."))
        .containsExactly("Roe | said | [The pier][was closed for two years] | ASSERTS");
    assertThat(find("But as the mayor told reporters, the pier will reopen in May."))
        .containsExactly("the mayor | told | [the pier will reopen in May] | ASSERTS");
  }

  @Test
  void aCueAfterAnAuxiliaryOrBeforeAnObjectAndAClauseIsNotInverted() {
    // "have argued" and "asked the mayor if" take their subject on the left, never after them
    assertThat(find("Many residents of the old harbour district, often the first to complain, have argued the pier is unsafe."))
        .noneMatch(a -> a.startsWith("the pier"));
    assertThat(InvertedCue.auxiliaryBetween(units("The pier is unsafe, have argued residents.").get(0).tokens(), 4, 6))
        .isTrue();
    assertThat(InvertedCue.auxiliaryBetween(units("The pier is unsafe, argued residents.").get(0).tokens(), 4, 5))
        .isFalse();
  }

  @Test
  void aCueAfterARelativeWhichIsAVerbWhoseContentEndsWithTheRelativeClause() {
    assertThat(find("The harbour union, which endorsed Ann Roe in November, met on Monday."))
        .containsExactly("which | endorsed | [Ann Roe in November] | ASSERTS");
    assertThat(find("The harbour union, which opposed the sale, is widely seen as the strongest."))
        .contains("which | opposed | [the sale] | ASSERTS");
  }

  @Test
  void aParticipleOpeningTheSentenceHasTheMainClausesSubjectAsSource() {
    assertThat(find("Citing a new study, the council said the pier was safe."))
        .containsExactly("the council | Citing | [a new study] | ASSERTS",
            "the council | said | [the pier was safe] | ASSERTS");
    assertThat(alone(new OpeningParticipleRule(), "criticizing", "Despite criticizing the plan, she voted for it."))
        .containsExactly("she | criticizing | [the plan] | ASSERTS");
    // "according to" is a rule of its own; a participle inside the clause opens nothing
    assertThat(alone(new OpeningParticipleRule(), "according", "According to the council, the pier is safe.")).isEmpty();
    assertThat(alone(new OpeningParticipleRule(), "citing", "The council met, citing a new study, and the mayor left."))
        .isEmpty();
    // no subject and verb after the comma: no clause to take the source from
    assertThat(alone(new OpeningParticipleRule(), "citing", "Citing a new study, “The pier is safe.”")).isEmpty();
  }

  @Test
  void itAndAQuantifierStandingAloneAreSubjects() {
    assertThat(find("The harbour rules were written in 1990. It says foreign boats must moor at the north pier."))
        .containsExactly("It | says | [foreign boats must moor at the north pier] | ASSERTS");
    assertThat(find("Some accused the mayor of ignoring the divers."))
        .containsExactly("Some | accused | [the mayor of ignoring the divers] | ASSERTS");
    assertThat(find("The council is split, but most say the pier should be rebuilt."))
        .containsExactly("most | say | [the pier should be rebuilt] | ASSERTS");
    // a quantifier inside a noun phrase still determines a noun
    assertThat(EnglishRules.quantifierSubject(units("The mayor ignored some claims of the divers.").get(0).tokens(), 4))
        .isFalse();
  }

  @Test
  void aNumberOrAShareStandingAloneIsASubject() {
    assertThat(find("Two in three said the ferry should run at night."))
        .containsExactly("Two in three | said | [the ferry should run at night] | ASSERTS");
    assertThat(find("On fares, 42% say the ferry costs too much."))
        .containsExactly("42% | say | [the ferry costs too much] | ASSERTS");
    assertThat(find("The two admit that the ferry is slow."))
        .containsExactly("The two | admit | [the ferry is slow] | ASSERTS");
    assertThat(find("One says the ferry is late, and another says it is early."))
        .containsExactly("One | says | [the ferry is late] | ASSERTS", "another | says | [it is early] | ASSERTS");
    assertThat(find("Both said the ferry was late."))
        .containsExactly("Both | said | [the ferry was late] | ASSERTS");
    assertThat(find("The riders grumbled, and few expressed surprise about the fares."))
        .containsExactly("few | expressed | [surprise about the fares] | ASSERTS");
  }

  @Test
  void aQuantifierBeforeACueThatDoesNotAgreeDeterminesANoun() {
    // "reports" after a plural quantifier, "report" after a singular one: nouns, not verbs
    assertThat(find("Some reports say the ferry is late."))
        .containsExactly("Some reports | say | [the ferry is late] | ASSERTS");
    assertThat(find("One report said the ferry was late."))
        .containsExactly("One report | said | [the ferry was late] | ASSERTS");
    assertThat(EnglishRules.quantifierSubject(units("Two reports said the ferry was late.").get(0).tokens(), 1))
        .isFalse();
    assertThat(EnglishRules.quantifierSubject(units("One in three said the ferry was late.").get(0).tokens(), 3))
        .isTrue();
    // a number that is no subject of its own: "lop five figures off", not "five ... figures"
    assertThat(find("The new timetable could easily lop five figures off the cost.")).isEmpty();
  }

  @Test
  void aCueNounRightBeforeAVerbHeadsItsSubject() {
    assertThat(find("Polls suggest the ferry will keep running."))
        .containsExactly("Polls | suggest | [the ferry will keep running] | ASSERTS");
    assertThat(find("A federal judge ruled that the ferry fares were unlawful."))
        .containsExactly("A federal judge | ruled | [the ferry fares were unlawful] | ASSERTS");
    assertThat(find("The Ashton Post reports the ferry will close."))
        .containsExactly("The Ashton Post | reports | [the ferry will close] | ASSERTS");
    // a verb after a pronoun or a conjunction stays the verb
    assertThat(CueSubject.nounBeforeVerb(units("They judge reports of delays fairly.").get(0).tokens(), 1, 2)).isFalse();
    assertThat(CueSubject.nounBeforeVerb(units("Riders flag and report posts about delays.").get(0).tokens(), 3, 4))
        .isFalse();
  }

  @Test
  void aPluralOfEvidenceOpeningTheSentenceIsTheSubjectOfShow() {
    // "show" is a noun as often as a verb; after a plural of evidence it is the verb, even where
    // the plural opens the sentence with a capital
    assertThat(find("Polls show the ferry operator losing support along the coast."))
        .containsExactly("Polls | show | [the ferry operator losing support along the coast] | ASSERTS");
  }

  @Test
  void pollsIsANounBeforeAVerbOfShowing() {
    // "polls" as a verb ("the firm polls voters") is rare in news; before "showed" it is the subject
    assertThat(find("Exit polls showed that turnout at the harbour precincts was higher than expected."))
        .containsExactly("Exit polls | showed | [turnout at the harbour precincts was higher than expected] | ASSERTS");
  }

  @Test
  void aFormOfShowAfterACommaCreditsTheFindingBeforeIt() {
    assertThat(find("The ferry company paid no tax in 2014, court records show."))
        .containsExactly("court records | show | [The ferry company paid no tax in 2014] | ASSERTS");
    assertThat(find("The operator lost money on every crossing, a state analysis showed."))
        .containsExactly("a state analysis | showed | [The operator lost money on every crossing] | ASSERTS");
    // another weak cue there is a clause of its own, not a credit
    assertThat(find("The council approved the fares, and the riders support them."))
        .noneMatch(a -> a.startsWith("the riders | support | [The council"));
  }

  @Test
  void seeOrViewWithAnObjectAndAsIsAJudgement() {
    assertThat(find("Union leaders see the new ferry as a threat to their livelihood."))
        .containsExactly("Union leaders | see | [the new ferry as a threat to their livelihood] | ASSERTS");
    assertThat(alone(new SeeAsRule(), "saw", "The mayor saw the vote as a rebuke of her plan."))
        .containsExactly("The mayor | saw | [the vote as a rebuke of her plan] | ASSERTS");
    // perception, a noun, an "as" past a comma: no judgement
    assertThat(alone(new SeeAsRule(), "saw", "The harbour master saw the ferry at the pier.")).isEmpty();
    assertThat(alone(new SeeAsRule(), "view", "The view from the pier as the sun sets is lovely.")).isEmpty();
    assertThat(alone(new SeeAsRule(), "saw", "The harbour master saw the ferry, as did the divers.")).isEmpty();
  }

  @Test
  void aParticipleAfterANounAndBeforeItsAgentReportsTheNounAsWhatTheAgentBackedOrSaid() {
    // a reduced passive: the noun phrase is the content, the agent after "by" the source
    assertThat(find("The ferry plan backed by the harbour union would double dock fees."))
        .containsExactly("the harbour union | backed | [The ferry plan] | ASSERTS");
    assertThat(find("The island has two piers, and a third pier proposed by the mayor would cost $4 million."))
        .containsExactly("the mayor | proposed | [a third pier] | ASSERTS");
    // an amount's currency sign and the determiner before it belong to the noun phrase
    assertThat(find("A record $4 million fine imposed by the state regulator would close the ferry line."))
        .containsExactly("the state regulator | imposed | [A record $4 million fine] | ASSERTS");
    // inside a phrase with a preposition, the noun is an adjunct: the main clause's cue reports
    assertThat(find("In a statement released by the council, the harbour master said the pier was safe."))
        .containsExactly("the harbour master | said | [the pier was safe] | ASSERTS");
    // a finite cue after the agent keeps the participle's reading as before; so do a passive with
    // its auxiliary and "by" before a gerund
    assertThat(find("A report released by the council on Monday found that the pier was unsafe."))
        .containsExactly("A report | released | [found that the pier was unsafe] | ASSERTS");
    assertThat(find("The ferry plan was backed by the harbour union."))
        .containsExactly("the harbour union | backed | [The ferry plan] | ASSERTS");
    assertThat(find("The harbour master responded by saying the pier was safe."))
        .containsExactly("The harbour master | responded | [by saying the pier was safe] | ASSERTS");
  }

  private static List<Unit> units(String paragraph) {
    return TextUnits.units(0, paragraph, QuoteFinder.find(List.of(paragraph)).get(0));
  }

  private static List<String> find(String... paragraphs) {
    List<String> ps = List.of(paragraphs);
    return show(ps, AttributionFinder.find(ps).found());
  }

  /**
   * What {@code rule} alone adds for the first unit of {@code paragraph}, applied at the first
   * token that is {@code word} (any case), or at token 0 when {@code word} is null.
   */
  private static List<String> alone(AttributionRule rule, String word, String paragraph) {
    List<String> ps = List.of(paragraph);
    List<Unit> units = TextUnits.units(0, paragraph, QuoteFinder.find(ps).get(0));
    ArticleContext context = new ArticleContext();
    Sentence sentence = new Sentence(paragraph, 0, units, 0, context);
    int at = 0;
    if (word != null) {
      List<Token> toks = units.get(0).tokens();
      while (!toks.get(at).lower().equals(word)) {
        at++;
      }
    }
    rule.apply(sentence, at);
    return show(ps, context.found());
  }

  private static List<String> show(List<String> ps, List<Found> found) {
    List<String> out = new ArrayList<>();
    for (Found f : found) {
      StringBuilder b = new StringBuilder();
      b.append(f.source() == null ? "-" : text(ps, f.source())).append(" | ").append(f.cueText()).append(" | ");
      for (Found.Span s : f.content()) {
        b.append('[').append(text(ps, s)).append(']');
      }
      b.append(" | ").append(f.stance());
      if (f.continues() >= 0) {
        b.append(" cont=").append(f.continues());
      }
      if (f.guessed()) {
        b.append(" guessed");
      }
      out.add(b.toString());
    }
    return out;
  }

  private static String text(List<String> ps, Found.Span s) {
    return ps.get(s.paragraph()).substring(s.start(), s.end());
  }
}
