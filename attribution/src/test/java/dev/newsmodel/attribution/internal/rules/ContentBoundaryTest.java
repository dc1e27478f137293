package dev.newsmodel.attribution.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.attribution.internal.AttributionFinder;
import dev.newsmodel.attribution.internal.Found;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a content ends when a second statement follows it in the same sentence: a clause with a
 * subject of its own after a comma, a second cue coordinated with the first ("and warned", "but
 * has since said", "and vowing"), a participle after a comma. Each attribution shown as
 * {@code source | cue | [content]...}.
 */
class ContentBoundaryTest {

  @Test
  void aCommaBeforeASubjectAndACueEndsTheContentAndOpensAStatementOfItsOwn() {
    assertThat(find("The mayor suggested the pier would close for the winter, the inspector warned that it was unsafe."))
        .containsExactly("The mayor | suggested | [the pier would close for the winter]",
            "the inspector | warned | [it was unsafe]");
    assertThat(find("Roe conceded the storm had been severe, she insisted that the sea wall would hold."))
        .containsExactly("Roe | conceded | [the storm had been severe]", "she | insisted | [the sea wall would hold]");
  }

  @Test
  void aPassiveCuesContentIsItsSubjectAndWhatFollowsTheAgentNotTheAgent() {
    assertThat(find("The new timetable was criticized by ferry crews for its early starts."))
        .containsExactly("ferry crews | criticized | [The new timetable][for its early starts]");
    // a comma after the agent opens its appositive, no content
    assertThat(find("Her budget was derided by Tom Avery, the opposition leader."))
        .containsExactly("Tom Avery | derided | [Her budget]");
    // a clause after the agent is the content; the subject was only addressed
    assertThat(find("The skipper was told by the coastguard that the storm would pass by noon."))
        .containsExactly("the coastguard | told | [the storm would pass by noon]");
    // what the agent called it stands between the cue and "by": a quoted phrase, an "as" phrase
    assertThat(find("The plan has been called \u201ca tax on tourists\u201d by Ann Roe, the harbour clerk."))
        .containsExactly("Ann Roe | called | [The plan][\u201ca tax on tourists\u201d]");
    assertThat(find("Lee was confirmed as the new chair of the harbour board by the city council on Monday."))
        .containsExactly("the city council | confirmed | [Lee][as the new chair of the harbour board][on Monday]");
  }

  @Test
  void aPassiveCueWithNoAgentStillTakesItsSubjectAsContent() {
    assertThat(find("The harbour fee was condemned for its timing."))
        .containsExactly("- | condemned | [The harbour fee][for its timing]");
    // a clause after the cue is the content alone: the subject was addressed, or is "it"
    assertThat(find("The skipper was told to keep the ferry in port.")).containsExactly("- | told | [to keep the ferry in port]");
    assertThat(find("It was reported that the ferry would stay in port."))
        .containsExactly("- | reported | [the ferry would stay in port]");
  }

  @Test
  void aPrepositionAfterACreditOpensAnAdjunctNotAContent() {
    assertThat(find("The ferry will stop running in October, the harbour master said in her annual report."))
        .containsExactly("the harbour master | said | [The ferry will stop running in October]");
    // a participle past the adjunct still continues the speaker
    assertThat(find("The ferry will stop running in October, Tom Avery said during the meeting, citing the repair bill."))
        .containsExactly("Tom Avery | said | [The ferry will stop running in October]",
            "Tom Avery | citing | [the repair bill.]");
    // after the credit's comma the statement goes on
    assertThat(find("The ferry, Tom Avery said, during the storm lost both anchors."))
        .containsExactly("Tom Avery | said | [The ferry][during the storm lost both anchors]");
  }

  @Test
  void anyParticipleOfSayingAfterAQuotesCreditContinuesTheSpeaker() {
    // "mentioning" is no participle of the short list, but a cue of saying
    assertThat(find("\u201cThe ferry is too old,\u201d she said, mentioning the repairs of last winter."))
        .containsExactly("she | said | [\u201cThe ferry is too old,\u201d]",
            "she | mentioning | [the repairs of last winter.]");
  }

  @Test
  void aParticiplePastTheInvertedSubjectsAsideContinuesTheSpeaker() {
    assertThat(find("\u201cThe ferry is too old,\u201d said Tom Avery, the harbour master, echoing the inspector's report."))
        .containsExactly("Tom Avery | said | [\u201cThe ferry is too old,\u201d]",
            "Tom Avery | echoing | [the inspector's report.]");
    assertThat(find("\u201cThe ferry is too old,\u201d said Tom Avery, who runs the harbour, citing the repair bill."))
        .containsExactly("Tom Avery | said | [\u201cThe ferry is too old,\u201d]",
            "Tom Avery | citing | [the repair bill.]");
  }

  @Test
  void toAfterAContinuingParticipleOpensItsComplementNotAnAdjunct() {
    assertThat(find("\u201cThe ferry is too old,\u201d Tom Avery said, referring to a report published earlier by the port."))
        .containsExactly("Tom Avery | said | [\u201cThe ferry is too old,\u201d]",
            "Tom Avery | referring | [to a report published earlier by the port.]");
  }

  @Test
  void aFrontedSubordinateClausesContentEndsAtTheCommaThatClosesIt() {
    assertThat(find("While the mayor praised the new timetable, the ferry crews stayed home."))
        .containsExactly("the mayor | praised | [the new timetable]");
    assertThat(find("But although the council criticized the ferry's early starts in May, the crews kept them."))
        .containsExactly("the council | criticized | [the ferry's early starts in May]");
    // the main clause's cue is read on its own
    assertThat(find("When the mayor defended the fares, the inspector warned that the ferry was unsafe."))
        .containsExactly("the mayor | defended | [the fares]", "the inspector | warned | [the ferry was unsafe]");
  }

  @Test
  void aDashBeforeASubjectAndACueEndsTheContentAsACommaDoes() {
    assertThat(find("The mayor insisted the ferry was safe \u2014 the inspector warned that it was not."))
        .containsExactly("The mayor | insisted | [the ferry was safe]", "the inspector | warned | [it was not]");
    // a dash around an aside ends nothing
    assertThat(find("The mayor insisted the ferry \u2013 the oldest in the fleet \u2013 was safe."))
        .containsExactly("The mayor | insisted | [the ferry \u2013 the oldest in the fleet \u2013 was safe]");
  }

  @Test
  void aCommaAfterAVerbOfSayingThatOpensTheSentenceIntroducesItsContent() {
    assertThat(find("Harbour master Ann Lee says, rain or shine, the ferry will sail at noon."))
        .containsExactly("Harbour master Ann Lee | says | [rain or shine, the ferry will sail at noon]");
    // after a statement, what follows the credit's comma is an adjunct
    assertThat(find("The ferry will sail at noon, officials said Friday, as the storm eased."))
        .containsExactly("officials | said | [The ferry will sail at noon]");
  }

  @Test
  void aConjunctionBeforeANamedSubjectAndAVerbEndsTheContent() {
    assertThat(find("The mayor said the ferry was safe, while Ann Lee closed the pier."))
        .containsExactly("The mayor | said | [the ferry was safe]");
    // "and" before a noun phrase with no verb after it ends nothing
    assertThat(find("The mayor said the ferry was safe, and the pier too."))
        .containsExactly("The mayor | said | [the ferry was safe, and the pier too]");
  }

  @Test
  void aVerbOnlyWordNetListsAfterAndGoesOnWithTheStatement() {
    assertThat(find("The harbour master said the crews were tired of the delays and wanted a new ferry."))
        .containsExactly("The harbour master | said | [the crews were tired of the delays and wanted a new ferry]");
    assertThat(find("The mayor said she had spent the summer visiting the islands and teaching their children to sail."))
        .containsExactly("The mayor | said | [she had spent the summer visiting the islands and teaching their children to sail]");
    // a verb of saying after "and" still reports a statement of its own
    assertThat(find("The harbour master said the crews were tired of the delays and warned that they would strike."))
        .containsExactly("The harbour master | said | [the crews were tired of the delays]",
            "The harbour master | warned | [they would strike]");
  }

  @Test
  void toBeforeABareVerbOpensTheContentNotAnAdjunctThatEndsAtAHeadOfItsOwn() {
    // "debate", "release" and "event" also head adjuncts ("at the debate", "in a press release")
    assertThat(find("The mayor offered to debate the challenger in the harbour town."))
        .containsExactly("The mayor | offered | [to debate the challenger in the harbour town]");
    assertThat(find("The mayor promised to release a report as soon as possible on the findings."))
        .containsExactly("The mayor | promised | [to release a report as soon as possible on the findings]");
    assertThat(find("The council sought to get the event back on track."))
        .containsExactly("The council | sought | [to get the event back on track]");
    // "to" before its object is still an adjunct
    assertThat(find("Ann Roe said to reporters that the pier was unsafe."))
        .containsExactly("Ann Roe | said | [the pier was unsafe]");
    assertThat(find("Ann Roe said to the crowd that the pier was unsafe."))
        .containsExactly("Ann Roe | said | [the pier was unsafe]");
  }

  @Test
  void aParticipleAfterAQuotationThatClosesWithACommaContinuesTheStatement() {
    assertThat(find("The mayor said the ferry was \u201cthe safest in the fleet,\u201d adding that it would sail at noon."))
        .containsExactly("The mayor | said | [the ferry was \u201cthe safest in the fleet,\u201d]",
            "The mayor | adding | [it would sail at noon]");
  }

  @Test
  void aCommaAndAConjunctionBeforeADeterminedSubjectAndATenseEndTheContent() {
    assertThat(find("The mayor said the ferry was safe, and the old harbour council was quick to agree."))
        .containsExactly("The mayor | said | [the ferry was safe]");
    // no tense after the noun phrase: the content goes on
    assertThat(find("The mayor said the ferry was safe, and the pier and the slipway too."))
        .containsExactly("The mayor | said | [the ferry was safe, and the pier and the slipway too]");
  }

  @Test
  void aNameWithALowerCaseTitleIsASubjectAfterTheComma() {
    assertThat(find("The council denied the harbour would be sold, spokeswoman Ann Roe said the sale was already agreed."))
        .containsExactly("The council | denied | [the harbour would be sold]",
            "spokeswoman Ann Roe | said | [the sale was already agreed]");
  }

  @Test
  void theCommaClosingAnOpeningSubordinateClauseEndsNothing() {
    assertThat(find("The mayor said if the storm returns, she will close the pier for a week."))
        .containsExactly("The mayor | said | [if the storm returns, she will close the pier for a week]");
  }

  @Test
  void aCommaBeforeANameThatIsNoSubjectEndsNothing() {
    // an enumeration and an appositive: no verb follows the name
    assertThat(find("The mayor thanked the divers, Ann Roe and the harbour crew for their work."))
        .containsExactly("The mayor | thanked | [the divers, Ann Roe and the harbour crew for their work]");
  }

  @Test
  void aRelativeClauseWhoseVerbIsACueEndsTheContent() {
    List<String> found = find("The mayor criticized the harbour board, which has argued that the pier should be sold.");
    assertThat(found).first().isEqualTo("The mayor | criticized | [the harbour board]");
    assertThat(found).anyMatch(a -> a.contains("| argued | [the pier should be sold]"));
  }

  @Test
  void aRelativeClauseWithASubjectAndACueOfItsOwnEndsTheContent() {
    List<String> found = find("The mayor praised the new sea wall, which the officials said would hold for a century.");
    assertThat(found).first().isEqualTo("The mayor | praised | [the new sea wall]");
    assertThat(found).anyMatch(a -> a.contains("| said | [would hold for a century]"));
    found = find("Roe opposed the toll, which she has argued hurts the harbour's small traders.");
    assertThat(found).first().isEqualTo("Roe | opposed | [the toll]");
    // a relative clause whose own subject has no cue stays in the content
    assertThat(find("The mayor praised the new sea wall, which the officials built in a single winter."))
        .containsExactly("The mayor | praised | [the new sea wall, which the officials built in a single winter]");
  }

  @Test
  void aConjoinedClauseWhoseSubjectIsABarePluralOfSourcesEndsTheContent() {
    assertThat(find("The ministers denied any link to the smugglers, but critics point to a string of payments."))
        .first().isEqualTo("The ministers | denied | [any link to the smugglers]");
    // a bare plural that names no source is no subject of a clause of its own
    assertThat(find("The ministers denied any link to the smugglers, but payments reached them twice."))
        .first().isEqualTo("The ministers | denied | [any link to the smugglers, but payments reached them twice]");
  }

  @Test
  void aCueInItsBaseFormAfterDidIsCoordinatedWithTheFirst() {
    List<String> found = find("The mayor did not mention the storm but did note that the pier had closed.");
    assertThat(found).first().isEqualTo("The mayor | mention | [the storm]");
    assertThat(found).anyMatch(a -> a.equals("The mayor | note | [the pier had closed]"));
  }

  @Test
  void aCueAfterAndInARelativeClauseHasTheRelativePronounAsSubject() {
    assertThat(find("The senator, who campaigned on lower taxes and sought the governor's backing, said she would run again."))
        .contains("senator, who | sought | [the governor's backing]");
    assertThat(find("The union, which largely supports the plan and opposes any delay, is expected to vote in May."))
        .contains("which | opposes | [any delay]");
    // "and" joins two nouns here, not two verbs: the form of the cue differs from the clause's verb
    assertThat(find("The senator, who raised doubts and questions about the budget, left early."))
        .noneMatch(a -> a.startsWith("senator, who | questions"));
  }

  @Test
  void aRelativeClauseWithoutACueStaysInTheContent() {
    assertThat(find("The mayor criticized the harbour board, which has managed the pier since the war."))
        .containsExactly("The mayor | criticized | [the harbour board, which has managed the pier since the war]");
  }

  @Test
  void aCueCoordinatedAfterAuxiliariesAndAdverbsIsAStatementOfItsOwn() {
    assertThat(find("The mayor said the pier was safe but has since conceded that it may close."))
        .containsExactly("The mayor | said | [the pier was safe]", "The mayor | conceded | [it may close]");
    assertThat(find("The mayor said the pier was safe and then warned that the beach was not."))
        .containsExactly("The mayor | said | [the pier was safe]", "The mayor | warned | [the beach was not]");
  }

  @Test
  void aParticipleCueAfterAndIsAStatementOfItsOwn() {
    assertThat(find("The mayor defended the new pier, and vowing to reopen it by May."))
        .containsExactly("The mayor | defended | [the new pier]", "The mayor | vowing | [to reopen it by May]");
  }

  @Test
  void everyContinuationInASentenceIsSplitOff() {
    assertThat(find("The mayor said the pier was safe, adding that it would reopen in May and warned that the beach would stay shut."))
        .containsExactly("The mayor | said | [the pier was safe]", "The mayor | adding | [it would reopen in May]",
            "The mayor | warned | [the beach would stay shut]");
  }

  @Test
  void twoVerbsCoordinatedInsideTheContentAreNoSecondStatement() {
    // "rose and fell" coordinates verbs of the reported clause, neither a cue
    assertThat(find("The mayor said the tide rose and fell twice as fast as last year."))
        .containsExactly("The mayor | said | [the tide rose and fell twice as fast as last year]");
  }

  @Test
  void aCommaAndAConjunctionBeforeAPronounEndTheContentWhateverWordFollows() {
    // an auxiliary or an adverb after the pronoun: still a clause of its own
    assertThat(find("Roe said the pier could collapse, but they would not reopen the beach."))
        .containsExactly("Roe | said | [the pier could collapse]");
    assertThat(find("Roe said the pier could collapse, and she also closed the beach."))
        .containsExactly("Roe | said | [the pier could collapse]");
    // no pronoun after the conjunction: one content
    assertThat(find("Roe said the pier was old, and badly in need of repair."))
        .containsExactly("Roe | said | [the pier was old, and badly in need of repair]");
  }

  @Test
  void theCommaClosingAnOpeningAdjunctEndsNothing() {
    assertThat(find("The mayor insisted that despite the storm, Ann Roe acted quickly."))
        .containsExactly("The mayor | insisted | [despite the storm, Ann Roe acted quickly]");
  }

  @Test
  void theCommaClosingASubordinateClauseInsideTheContentEndsNothing() {
    // "if ..." opens after "and": its comma closes it, and "they would need ..." goes on with the statement
    assertThat(find("The mayor said the repairs were overdue and if the pier failed, they would need a second ferry."))
        .containsExactly("The mayor | said | [the repairs were overdue and if the pier failed, they would need a second ferry]");
    assertThat(find("Roe argued that even if the ferry ran late, they would need no second boat until June."))
        .containsExactly("Roe | argued | [even if the ferry ran late, they would need no second boat until June]");
  }

  @Test
  void aSubordinateClauseWithASubjectAndACueOfItsOwnEndsTheContent() {
    // "though she conceded ..." reports what she conceded, not part of what Roe said
    assertThat(find("Roe said the ferry would sail on Monday, though she conceded the forecast was poor."))
        .containsExactly("Roe | said | [the ferry would sail on Monday]", "she | conceded | [the forecast was poor]");
    assertThat(find("The mayor criticized the harbour board, because she believes its members ignored the storm warnings."))
        .containsExactly("The mayor | criticized | [the harbour board]",
            "she | believes | [its members ignored the storm warnings]");
    assertThat(find("The skipper said the sea was calm by noon, when he told the passengers the crossing would go ahead."))
        .containsExactly("The skipper | said | [the sea was calm by noon]", "he | told | [the crossing would go ahead]");
    // a subordinate clause with no cue of its own stays part of the statement
    assertThat(find("Roe said the ferry would sail on Monday, though the forecast was poor."))
        .containsExactly("Roe | said | [the ferry would sail on Monday, though the forecast was poor]");
  }

  @Test
  void aCueAfterAConjunctionAndItsSubjectTakesNoContentFromTheClauseBefore() {
    // "agree" has nothing after it; the clause before "but" is Roe's, not theirs
    assertThat(find("Roe said the pier could collapse, but they don\u2019t agree."))
        .containsExactly("Roe | said | [the pier could collapse]");
    assertThat(find("The pier could collapse, Roe said."))
        .containsExactly("Roe | said | [The pier could collapse]");
  }

  @Test
  void aDashAfterACreditThatFollowsItsStatementOpensACommentNotContent() {
    assertThat(find("The mayor wants the ferry fares cut, an aide said on Monday \u2014 a reversal of her stance."))
        .containsExactly("an aide | said | [The mayor wants the ferry fares cut]");
  }

  private static List<String> find(String... paragraphs) {
    List<String> ps = List.of(paragraphs);
    List<String> out = new ArrayList<>();
    for (Found f : AttributionFinder.find(ps).found()) {
      StringBuilder b = new StringBuilder();
      b.append(f.source() == null ? "-" : text(ps, f.source())).append(" | ").append(f.cueText()).append(" | ");
      for (Found.Span s : f.content()) {
        b.append('[').append(text(ps, s)).append(']');
      }
      out.add(b.toString());
    }
    return out;
  }

  private static String text(List<String> ps, Found.Span s) {
    return ps.get(s.paragraph()).substring(s.start(), s.end());
  }
}
