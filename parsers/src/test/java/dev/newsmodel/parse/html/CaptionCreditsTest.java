package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one caption/credit splitter, with the tests of the three it replaced (the plain-text
 * parser's bracketed and Japanese credits, the generic parser's labelled credits, the Reuters
 * parser's photo credits; the generic ones are in {@link CaptionCreditsProperties}). Captions
 * written for these tests.
 */
class CaptionCreditsTest {
  // ---- the plain-text parser's bracketed and Japanese credits

  @Test
  void bracketedCreditsMarkALineAsACaption() {
    CaptionCredits.Split english = CaptionCredits.bracketedCredit(
        "Volunteers repaint a lighthouse in Otaru on May 2 (The Asahi Shimbun)").orElseThrow();
    assertThat(english.caption()).isEqualTo("Volunteers repaint a lighthouse in Otaru on May 2");
    assertThat(english.credit()).isEqualTo("The Asahi Shimbun");
    assertThat(CaptionCredits.bracketedCredit("A crowd gathers outside the station (Reuters/Jane Doe)").orElseThrow().credit())
        .isEqualTo("Reuters/Jane Doe");
    // An aside in brackets is not a credit.
    assertThat(CaptionCredits.bracketedCredit("The ministry published the figures (in yen)")).isEmpty();
    // Any agency of the vocabulary makes a bracketed tail a credit.
    assertThat(CaptionCredits.bracketedCredit("Divers inspect the hull (Anadolu Agency)").orElseThrow().credit())
        .isEqualTo("Anadolu Agency");
  }

  @Test
  void japaneseCreditsAreSplitOff() {
    CaptionCredits.Split photographer = CaptionCredits.split("修復された灯台=2024年5月2日、北海道小樽市、山田花子撮影");
    assertThat(photographer.credit()).isEqualTo("山田花子");
    assertThat(photographer.caption()).isEqualTo("修復された灯台=2024年5月2日、北海道小樽市");
    CaptionCredits.Split agency = CaptionCredits.split("会見する首相=ロイター");
    assertThat(agency.caption()).isEqualTo("会見する首相");
    assertThat(agency.credit()).isEqualTo("ロイター");
    assertThat(CaptionCredits.split("港の風景").credit()).isNull();
    assertThat(CaptionCredits.split("  ")).isEqualTo(CaptionCredits.Split.NONE);
    assertThat(CaptionCredits.split(null).isEmpty()).isTrue();
  }

  @Test
  void aLabelIsNoPartOfTheCredit() {
    // The plain-text splitter kept "Photo: " in a bracketed credit, the generic one dropped it:
    // the label says what the credit is, it is not the credit.
    assertThat(CaptionCredits.split("Boats in the harbour (Photo by Jane Roe)").credit()).isEqualTo("Jane Roe");
    assertThat(CaptionCredits.bracketedCredit("Boats in the harbour (Photo: Jane Roe)").orElseThrow().credit())
        .isEqualTo("Jane Roe");
    assertThat(CaptionCredits.split("Boats in the harbour (Photo/Jane Roe)").credit()).isEqualTo("Photo/Jane Roe");
  }

  // ---- the Reuters parser's photo credits, now any agency's

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A man walks past a screen in Seoul, South Korea, May 2, 2024. REUTERS/Kim Kyung-Hoon|A man walks past a screen in Seoul, South Korea, May 2, 2024.|REUTERS/Kim Kyung-Hoon",
      "Traders work on the floor in New York. REUTERS/Brendan McDermid/File Photo|Traders work on the floor in New York.|REUTERS/Brendan McDermid/File Photo",
      "A drone view of the dam. Reuters/Omar al-Sayed|A drone view of the dam.|Reuters/Omar al-Sayed",
      "Smoke rises over the port, in this picture from social media. @watcher/via REUTERS|Smoke rises over the port, in this picture from social media.|@watcher/via REUTERS",
      "The minister speaks, in this handout picture. Press Office/Handout via REUTERS|The minister speaks, in this handout picture.|Press Office/Handout via REUTERS",
      "Freight wagons stand idle. NTB/Ola Berg via REUTERS|Freight wagons stand idle.|NTB/Ola Berg via REUTERS",
      "Delegates arrive at the summit. REUTERS|Delegates arrive at the summit.|REUTERS",
      "Rescuers search the rubble, in this handout photo. Civil Defence/Handout via AFP|Rescuers search the rubble, in this handout photo.|Civil Defence/Handout via AFP",
      "A crane lifts the last span into place. KYODO|A crane lifts the last span into place.|KYODO",
  })
  void splitsCaptionAndAgencyCredit(String text, String caption, String credit) {
    CaptionCredits.Split split = CaptionCredits.split(text);
    assertThat(split.caption()).isEqualTo(caption);
    assertThat(split.credit()).isEqualTo(credit);
    assertThat(split.notice()).isNull();
  }

  @Test
  void usageNoticeAfterTheCreditIsReturnedApart() {
    CaptionCredits.Split split = CaptionCredits.split(
        "A fire seen from a plane. @pilot/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.");
    assertThat(split.caption()).isEqualTo("A fire seen from a plane.");
    assertThat(split.credit()).isEqualTo("@pilot/via REUTERS");
    assertThat(split.notice()).isEqualTo("THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.");
  }

  @Test
  void captionMentioningAnAgencyWithoutACreditKeepsItAll() {
    CaptionCredits.Split split = CaptionCredits.split("A Reuters reporter films the flooded street in Dhaka.");
    assertThat(split.caption()).isEqualTo("A Reuters reporter films the flooded street in Dhaka.");
    assertThat(split.credit()).isNull();
    // a name ending the caption after a word is part of the sentence, not a credit
    assertThat(CaptionCredits.split("Supporters cheer for mayoral candidate Anna Bloomberg").credit()).isNull();
    // "via" an agency in the middle of the caption: the caption goes on after it
    assertThat(CaptionCredits.split("A video sent via AP shows the flooded square").credit()).isNull();
    // EPA is the photo agency only as a credit of its own
    assertThat(CaptionCredits.split("Inspectors sample the river. EPA").credit()).isEqualTo("EPA");
  }

  // ---- where the old splitters disagreed, or each missed half of a credit

  @Test
  void aRussianPhotoLabelEndsTheCaption() {
    CaptionCredits.Split split = CaptionCredits.split("Министр на трибуне Фото: Анна Петрова, Вестник");

    assertThat(split.caption()).isEqualTo("Министр на трибуне");
    assertThat(split.credit()).isEqualTo("Анна Петрова, Вестник");
  }

  @Test
  void creditsTheOldSplittersCutInTwoAreWhole() {
    CaptionCredits.Split imageCredit = CaptionCredits.split("Engineers test the new rover on a dune. (Image credit: Jane Roe)");
    assertThat(imageCredit.caption()).isEqualTo("Engineers test the new rover on a dune.");
    assertThat(imageCredit.credit()).isEqualTo("Jane Roe");
    assertThat(CaptionCredits.split("Fishermen mend nets at dawn. — © BELGA"))
        .isEqualTo(new CaptionCredits.Split("Fishermen mend nets at dawn.", "© BELGA", null));
    assertThat(CaptionCredits.split("Fishermen mend nets at dawnCredit: EPA").credit()).isEqualTo("EPA");
    assertThat(CaptionCredits.split("Tanks near the border crossing. Jane Roe / Pool via Reuters").credit())
        .isEqualTo("Jane Roe / Pool via Reuters");
    CaptionCredits.Split labelled = CaptionCredits.split("Der Minister am Rednerpult. Foto: Jane Roe (Keystone)");
    assertThat(labelled.caption()).isEqualTo("Der Minister am Rednerpult.");
    assertThat(labelled.credit()).isEqualTo("Jane Roe (Keystone)");
    CaptionCredits.Split korean = CaptionCredits.split("항구에 정박한 어선들 [사진 출처 = 연합뉴스]");
    assertThat(korean.caption()).isEqualTo("항구에 정박한 어선들");
    assertThat(korean.credit()).isEqualTo("연합뉴스");
  }

  @Test
  void whatIsNotSurelyACreditStaysInTheCaption() {
    // one bracketed word may be a place
    assertThat(CaptionCredits.split("The mayor speaks to reporters on Monday. (Lisbon)").credit()).isNull();
    // the words before "/ Agency" are the photographer's, as far as they are capitalised
    assertThat(CaptionCredits.split("The mayor at the harbour, May 2. JANE ROE / AFP"))
        .isEqualTo(new CaptionCredits.Split("The mayor at the harbour, May 2.", "JANE ROE / AFP", null));
    assertThat(CaptionCredits.split("A firefighter on the ridge @forestwatch via X / Reuters").credit())
        .isEqualTo("@forestwatch via X / Reuters");
    assertThat(CaptionCredits.split("Boats at the quay, 3. Mai. Jane Roe / Pool via Reuters").credit())
        .isEqualTo("Jane Roe / Pool via Reuters");
  }
}
