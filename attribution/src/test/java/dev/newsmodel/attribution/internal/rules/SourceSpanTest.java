package dev.newsmodel.attribution.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.attribution.internal.AttributionFinder;
import dev.newsmodel.attribution.internal.Found;
import dev.newsmodel.attribution.internal.QuoteFinder;
import dev.newsmodel.attribution.internal.TextUnits;
import dev.newsmodel.attribution.internal.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which words of a sentence the English engine takes as the source of a verb cue: past
 * adverbials, a passive's agent, a participle's clause subject, a dateline, an opening subject
 * with several asides. Sentences written for these tests; each attribution is shown as
 * {@code source -> cue}, with {@code -} for none.
 */
class SourceSpanTest {

  @Test
  void adverbialsBetweenSubjectAndCueAreSkippedInAnyOrder() {
    assertThat(sources("The harbour board has never formally accused the council of neglect."))
        .contains("The harbour board -> accused");
    assertThat(sources("The harbour master two weeks ago said the pier was safe."))
        .contains("The harbour master -> said");
    assertThat(sources("The ferry union has sometimes acknowledged that the fares are high."))
        .contains("The ferry union -> acknowledged");
    // a lower-case time word after a comma: "X, who ..., last week said"
    assertThat(sources("Ann Roe, who chairs the harbour board, last week said the pier was safe."))
        .anyMatch(s -> s.startsWith("Ann Roe") && s.endsWith("-> said"));
  }

  @Test
  void anOpeningAsClauseIsNoSubject() {
    // the main clause's subject speaks, not the subject of the "as" clause before it
    assertThat(sources("As the ferry left the harbour, the union sent out a statement and accused the board of neglect."))
        .containsExactly("the union -> accused");
    // "As X put it" and "As X said" keep their speaker, without the "As"
    assertThat(sources("As the harbour master said on Monday, the pier is finished."))
        .containsExactly("the harbour master -> said");
    assertThat(Subjects.asClauseEnd(tokens("As Roe said on Monday, the pier is finished"), 0, 10)).isEqualTo(-1);
    assertThat(Subjects.asClauseEnd(tokens("As the storm moved north, the ferry"), 0, 8)).isEqualTo(5);
  }

  @Test
  void aPronounContractedWithIsOrHasIsTheSubjectNotAPossessor() {
    // "He’s said ..." is "he has said", not "his saying": the cue is a verb with the pronoun as subject
    // and the source is the pronoun alone, without the contracted auxiliary
    assertThat(sources("He\u2019s said the ferry fares are far too high.")).containsExactly("He -> said");
    assertThat(sources("And she's warned that the pier could close.")).containsExactly("she -> warned");
    assertThat(sources("They\u2019ve argued that the fares are far too high.")).containsExactly("They -> argued");
    // a name before "'s" still owns the noun after it
    assertThat(Tokens.isPossessive("roe's")).isTrue();
    assertThat(Tokens.isPossessive("he\u2019s")).isFalse();
  }

  @Test
  void skippingAdverbialsStopsAtTheSubject() {
    assertThat(CueSubject.skipAdverbials(tokens("Roe has never formally accused"), 3)).isZero();
    assertThat(CueSubject.skipAdverbials(tokens("Roe days ago said"), 2)).isZero();
    assertThat(CueSubject.skipAdverbials(tokens("Roe on Friday said"), 2)).isZero();
    // nothing to skip: the token itself
    assertThat(CueSubject.skipAdverbials(tokens("the mayor said"), 1)).isEqualTo(1);
  }

  @Test
  void aRelativeClauseBeforeTheCueLeavesItsAntecedentAsSource() {
    // the word before the cue is the relative clause's object or the end of a phrase in it
    assertThat(sources("Ferry operators that have criticized the mayor say the fares will rise."))
        .contains("Ferry operators -> say");
    assertThat(sources("Many of the harbour workers who would rather see a new pier for Roe or Lee said they would wait."))
        .contains("Many of the harbour workers -> said");
    assertThat(sources("Those who know the mayor say she will not back down."))
        .contains("Those -> say");
    // a clause with a subject of its own keeps it; so does a subject after another clause's opener
    assertThat(sources("The union backs a plan that the harbour officials say is too costly."))
        .contains("the harbour officials -> say");
    assertThat(sources("The union backs a plan that harbour officials say is too costly."))
        .contains("harbour officials -> say");
    assertThat(sources("Roe backed rules that would end what she said were unfair fares."))
        .contains("she -> said");
    assertThat(CueSubject.relativeAntecedent(tokens("voters who lost the vote because officials refused"), 6, 6))
        .isEqualTo(-1);
    assertThat(CueSubject.relativeAntecedent(tokens("among several speakers who praised Roe said"), 5, 5)).isEqualTo(-1);
    assertThat(CueSubject.relativeAntecedent(tokens("ferry operators that have criticized the mayor say"), 6, 6))
        .isEqualTo(1);
  }

  @Test
  void anOpeningParticipleOrTimePhraseIsNoSource() {
    // a participle or "and" + cue reads the opening subject: past the phrase, not its first word
    assertThat(sources("Hours later, the mayor met the union leaders, telling reporters the deal was fair."))
        .contains("the mayor -> telling");
    assertThat(sources("Pressed about the budget, the mayor just starts talking about the pier."))
        .contains("the mayor -> talking");
    assertThat(sources("Likewise, the governor went after her rival and called for a new inquiry."))
        .contains("the governor -> called");
    // a name in -ing stays a subject: no preposition or determiner follows it
    assertThat(Subjects.initialSubject(tokens("Manning told reporters on Monday, before the vote, that it was safe"), 12))
        .containsExactly(0, 1);
    assertThat(Subjects.initialSubject(tokens("Two weeks after the vote, Roe took the podium"), 9)).containsExactly(6, 7);
    // "Just" before an opening time phrase is an opener, not a subject
    assertThat(sources("Just before the ferry left, the captain checked the load and asked for volunteers."))
        .containsExactly("the captain -> asked");
    // an opening participle before any lower-case word that is no cue: its phrase is passed over
    assertThat(sources("Rallying hundreds of ferry workers, the mayor praised them and promised to keep the pier open."))
        .contains("the mayor -> promised");
    assertThat(Subjects.initialSubject(tokens("Utilizing green language, the group attacked the plan"), 8))
        .containsExactly(4, 6);
    // a name or a compound in -ing before a noun stays in the subject
    assertThat(Subjects.initialSubject(tokens("Oscar-winning actress Ann Roe, 58, said"), 6)).containsExactly(0, 4);
    assertThat(Subjects.initialSubject(tokens("Manning has said that the pier is safe"), 4)).containsExactly(0, 1);
  }

  @Test
  void aPassiveCueTakesItsAgentAsSource() {
    assertThat(sources("Roe was asked by a harbour inspector whether the pier was safe."))
        .contains("a harbour inspector -> asked");
    assertThat(sources("The plan has been criticized by ferry operators for its cost."))
        .contains("ferry operators -> criticized");
    assertThat(sources("The fares were criticized to reporters by Ann Lee, the harbour clerk."))
        .contains("Ann Lee -> criticized");
  }

  @Test
  void anAdverbBeforeAPassiveParticipleKeepsItPassive() {
    // the subject of "was sharply criticized" is what was criticized, the agent who did it
    assertThat(sources("The new timetable was sharply criticized by ferry crews for its early starts."))
        .containsExactly("ferry crews -> criticized");
    assertThat(sources("The toll has been loudly denounced by drivers.")).containsExactly("drivers -> denounced");
  }

  @Test
  void aPassiveCueWithoutAnAgentHasNoSource() {
    assertThat(sources("The plan was criticized for its cost.")).contains("- -> criticized");
    // an irregular participle is passive too: the subject is not the one who told
    assertThat(sources("Roe had been told that the pier would close.")).contains("- -> told");
    // "by" after another phrase belongs to it, not to the cue
    assertThat(sources("Roe was asked during a dinner hosted by the harbour club whether the pier would close."))
        .doesNotContain("the harbour club -> asked");
  }

  @Test
  void anAgentNamedAfterATitleOrPastAnObjectIsTheSource() {
    assertThat(sources("Roe was asked by host Ann Lee whether the pier was safe."))
        .contains("host Ann Lee -> asked");
    assertThat(sources("The mayor has been pushed to a harder line by harbour inspectors."))
        .contains("harbour inspectors -> pushed");
  }

  @Test
  void aPassiveAgentDoesNotTakeTheSubjectsAppositive() {
    // the subject's appositive ("the harbour master") lies before the agent: it is not the agent's
    List<Found> found = AttributionFinder.find(List.of(
        "Ann Roe, the harbour master, was asked by reporters whether the pier was safe.")).found();
    assertThat(found).anySatisfy(f -> {
      assertThat(f.source()).isNotNull();
      assertThat(f.appositive()).isNull();
    });
  }

  @Test
  void anArticleWithAPassiveAfterAnAppositiveGetsTheAgentAsClaimant() {
    dev.newsmodel.Article article = dev.newsmodel.attribution.Attributor.load().attribute(dev.newsmodel.Article.builder()
        .addBlock(dev.newsmodel.Block.paragraph("p1",
            "Ann Roe, the harbour master, was asked by Tom Lee whether the pier was safe."))
        .build());
    assertThat(article.claims()).anySatisfy(c -> assertThat(article.source(c.claimant()).orElseThrow().name())
        .isEqualTo("Tom Lee"));
  }

  @Test
  void aQuestionOpeningTheSentenceIsTheAskersWhenByNamesOne() {
    assertThat(sources("Asked by reporters whether the pier was safe, Roe said it was."))
        .contains("reporters -> Asked");
    assertThat(sources("Asked about the pier, Roe said it was safe.")).contains("- -> Asked");
  }

  @Test
  void byAgentReadsTheNounPhraseAfterBy() {
    List<Token> toks = tokens("asked by Mayor Ann Roe whether it was safe");
    int[] agent = CueSubject.byAgent(toks, 1);
    assertThat(agent).isNotNull();
    assertThat(toks.get(agent[0]).text()).isEqualTo("Mayor");
    assertThat(toks.get(agent[1] - 1).text()).isEqualTo("Roe");
    assertThat(CueSubject.byAgent(tokens("criticized by Friday"), 1)).isNull();
    assertThat(CueSubject.byAgent(tokens("criticized, by all accounts"), 1)).isNull();
  }

  @Test
  void aParticipleAfterAnObjectContinuesTheClauseSubject() {
    assertThat(sources("Harbour Watch put up posters calling the fare rise a mistake."))
        .contains("Harbour Watch -> calling");
    assertThat(sources("Ann Roe was blunt about her rival, the harbour master, saying he had failed the town."))
        .contains("Ann Roe -> saying");
  }

  @Test
  void aSpeakerRightBeforeAParticipleIsItsOwnSubject() {
    assertThat(sources("The council met on Monday, with several members saying the pier must close."))
        .anyMatch(s -> s.endsWith("several members -> saying"))
        .doesNotContain("The council -> saying");
  }

  @Test
  void aDatelineIsNoSubject() {
    assertThat(sources("PORTSMOUTH (Harbour News) \u2013 The ferry union has criticized the fares, saying they hurt families."))
        .contains("The ferry union -> saying");
    assertThat(Subjects.datelineEnd(tokens("PORTSMOUTH \u2014 The union said"), 6)).isEqualTo(2);
    assertThat(Subjects.datelineEnd(tokens("The union \u2014 and its allies \u2014 said"), 8)).isZero();
  }

  @Test
  void anOpeningSubjectKeepsTheCueAcrossSeveralAsides() {
    assertThat(sources("Ann Roe, 58, of Ashton, Md., said the pier was safe."))
        .anyMatch(s -> s.startsWith("Ann Roe") && s.endsWith("-> said"));
    assertThat(sources("Ann Roe, speaking in Ashton, Iowa, on Monday, warned that the pier was unsafe."))
        .anyMatch(s -> s.startsWith("Ann Roe") && s.endsWith("-> warned"));
    // a second clause between the subject and the cue: no opening subject
    assertThat(CueSubject.openingSubjectBeforeAsides(tokens("Roe, the mayor, said yes, and Lee, the clerk, said"), 12, 0))
        .isNull();
  }

  @Test
  void anOpeningAdverbIsNoSubject() {
    assertThat(sources("Shortly after the vote ended, Harbour Watch put out a leaflet saying the fares were unfair."))
        .contains("Harbour Watch -> saying");
    assertThat(sources("Essentially, Harbour Watch looked at the logs and found that two ferries ran late."))
        .contains("Harbour Watch -> found");
    assertThat(Subjects.openingAdverb(tokens("Recently, the union said"), 0)).isTrue();
    // a name in -ly stays a name
    assertThat(Subjects.openingAdverb(tokens("Kelly, the clerk, said"), 0)).isFalse();
    assertThat(Subjects.openingAdverb(tokens("Emily said"), 0)).isFalse();
  }

  @Test
  void aSubjectRightAfterAQuoteKeepsTheCueAcrossLongAsides() {
    assertThat(sources("\u201cThe fares are too high,\u201d Tom Lee, Harbour Watch's deputy ferry adviser, said on Monday."))
        .containsExactly("Tom Lee, Harbour Watch's deputy ferry adviser, -> said");
    assertThat(sources("\"The ruling is fair,\" Ann Roe, counsel for one of three unions to sue over the fares, said."))
        .containsExactly("Ann Roe, counsel for one of three unions to sue over the fares, -> said");
    // a clause between the quote and the cue: no subject after the quote
    assertThat(CueSubject.subjectAfterQuote(tokens("\u201cNo,\u201d Roe, who was tired, said"), 9, 0)).isNull();
  }

  @Test
  void aQuoteThatReadsIsCreditedToWhatItWasWrittenOn() {
    assertThat(sources("\u201cFerries for all,\u201d the banner read.")).containsExactly("the banner -> read");
    assertThat(sources("\u201cClosed until spring,\u201d read a notice on the pier gate."))
        .containsExactly("a notice on the pier gate -> read");
    assertThat(sources("\"We will not pay the toll,\" it reads.")).containsExactly("it -> reads");
    // a reader, not a writing: no credit from this rule
    assertThat(sources("\u201cClosed until spring,\u201d she read aloud.")).doesNotContain("she -> read");
    assertThat(sources("The clerk read the notice.")).isEmpty();
  }

  @Test
  void aQuoteClosingAQuoteInsideItEndsAtTheLastApostrophes() {
    // two apostrophes as a double quote, a single one inside closing first: ''… 'fare dodgers,'''
    assertThat(sources("''The mayor keeps calling us 'fare dodgers,''' said Ann Roe, a ferry captain."))
        .containsExactly("Ann Roe -> said");
    assertThat(QuoteFinder.find(List.of("''We said 'no,''' Roe said.")).get(0).get(0).end()).isEqualTo(17);
  }

  @Test
  void aCreditAfterItsStatementFollowsAPunctuationMarkNotAWord() {
    // "briefing" after "said in the harbour office" is a noun, not a credit of what precedes it
    assertThat(sources("\u201cWe will not raise the fares,\u201d Mr. Lee said in the harbour office briefing."))
        .containsExactly("Mr. Lee -> said");
    // after "than", "as" or "what" the subject and cue do report what precedes them
    assertThat(sources("The fares rose far more than the harbour board had expected."))
        .contains("the harbour board -> expected");
  }

  @Test
  void aSourceNounPhraseAfterACommaOpensAClauseOfItsOwn() {
    // the union's statement ends at the comma before the executives' clause
    String paragraph = "The union backed the plan in March despite doubts, company executives warned that fares would rise.";
    List<Found> found = AttributionFinder.find(List.of(paragraph)).found();
    assertThat(found).anySatisfy(f -> {
      assertThat(paragraph.substring(f.source().start(), f.source().end())).isEqualTo("The union");
      assertThat(paragraph.substring(f.content().get(0).start(), f.content().get(0).end()))
          .isEqualTo("the plan in March despite doubts");
    });
    assertThat(sources(paragraph)).contains("company executives -> warned");
    assertThat(Subjects.sourceNounPhraseStart(tokens("the pier, two local officials warned"), 6)).isEqualTo(2);
    // a relative clause holds a statement inside the clause, not a clause of its own
    assertThat(Subjects.sourceNounPhraseStart(tokens("the fare, which critics called unfair"), 5)).isEqualTo(-1);
  }

  @Test
  void twoNamesAfterAQuoteAreOneSubject() {
    assertThat(sources("\"The toll must go,\" Ann Roe and Tom Lee said in a joint statement."))
        .containsExactly("Ann Roe and Tom Lee -> said");
    // a name after "and" that follows an object is a subject of its own
    assertThat(sources("Roe praised Lee and Ann Smith said the pier was safe.")).contains("Ann Smith -> said");
  }

  @Test
  void aCueAfterAndSharesTheSubjectOfTheVerbItIsJoinedTo() {
    // the verb before "and" has a subject of its own inside a "when" clause or a "with" phrase
    assertThat(sources("The crowd cheered when the mayor spotted a banner and asked for it to be brought to the stage."))
        .contains("the mayor -> asked");
    assertThat(sources("The union stepped up its campaign on Monday, with dock workers blocking the gates and vowing to stay."))
        .contains("dock workers -> vowing");
    // ", and" joins the main clause again: its subject stays
    assertThat(sources("The council released a statement on Friday saying the pier was safe, and welcomed visitors to the harbour."))
        .contains("The council -> welcomed");
  }

  @Test
  void anAdverbialPhraseBetweenSubjectAndCueIsNoSource() {
    assertThat(sources("Several ferry operators have in fact reported losses of more than a million dollars."))
        .containsExactly("Several ferry operators -> reported");
    assertThat(sources("Harbour officials have in the past said the pier was safe."))
        .containsExactly("Harbour officials -> said");
    assertThat(sources("The harbour master this past week announced a new safety panel."))
        .containsExactly("The harbour master -> announced");
    assertThat(sources("The union most recently defended the use of the old pier."))
        .containsExactly("The union -> defended");
  }

  @Test
  void aParticipleAfterAnObjectOfHaveTakesTheClauseSubject() {
    assertThat(sources("Ann Roe has taken out ads in the Ashton Times urging the council to keep the pier open."))
        .containsExactly("Ann Roe -> urging");
    // after "was" the noun phrase is the participle's own subject
    assertThat(sources("It was a letter from the ferry union urging the council to keep the pier open."))
        .noneMatch(s -> s.startsWith("It "));
  }

  @Test
  void aParticipleAfterAnOpeningPhraseTakesTheSubjectAfterIt() {
    // the words left of the participle begin inside the opening phrase: the source is the
    // unit's subject, not a span from the phrase through the clause
    assertThat(sources("Instead, the mayor is sticking to her plan, hoping to avoid a strike."))
        .containsExactly("the mayor -> hoping");
    assertThat(sources("On Tuesday, the senator went further, urging voters to reject the plan."))
        .containsExactly("the senator -> urging");
  }

  @Test
  void aParticipleContinuesTheClauseAfterAndOrButNearestToIt() {
    assertThat(sources("The mayor spoke about the budget, but the host brought her back to the pier, asking whether it would reopen."))
        .contains("the host -> asking");
    assertThat(sources("Protest groups say the rules are unfair, and the civil liberties union has already sued the city, saying the rules violate free speech."))
        .contains("the civil liberties union -> saying");
    // with no clause of its own after the conjunction, the unit's subject stays
    assertThat(sources("The mayor praised the plan, and the council's vote, saying it was overdue."))
        .noneMatch(s -> s.startsWith("the council"));
  }

  private static List<Token> tokens(String sentence) {
    return TextUnits.units(0, sentence, QuoteFinder.find(List.of(sentence)).get(0)).get(0).tokens();
  }

  private static List<String> sources(String paragraph) {
    List<String> out = new ArrayList<>();
    for (Found f : AttributionFinder.find(List.of(paragraph)).found()) {
      String source = f.source() == null ? "-" : paragraph.substring(f.source().start(), f.source().end());
      out.add(source + " -> " + f.cueText());
    }
    return out;
  }
}
