package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsLanguageTest {
  @Test
  void guessesJapaneseEnglishAndGivesUpOnOthers() {
    assertThat(Texts.guessLanguage("港町の灯台が修復された。市の担当者が説明した。")).contains("ja");
    assertThat(Texts.guessLanguage("The harbor town has restored its lighthouse, and the mayor said it was worth it."))
        .contains("en");
    assertThat(Texts.guessLanguage("한국어 문장입니다")).contains("ko");
    assertThat(Texts.guessLanguage("Le port a rouvert ses portes après les travaux de rénovation.")).isEmpty();
    assertThat(Texts.guessLanguage("12345 !!")).isEmpty();
  }

  @Test
  void scriptLanguageAnswersOnlyWhereTheScriptDecides() {
    String japanese = "港町の灯台が修復された。市の担当者が説明した。".repeat(4);
    assertThat(Texts.scriptLanguage(japanese)).contains("ja");
    assertThat(Texts.scriptLanguage("한국어 문장입니다 ".repeat(10))).contains("ko");
    assertThat(Texts.scriptLanguage("ประภาคารได้รับการซ่อมแซมแล้ว ".repeat(4))).contains("th");
    // Too few letters to overrule a declared language, however clear the script.
    assertThat(Texts.scriptLanguage("港町の灯台が修復された。")).isEmpty();
    // Latin script never decides: English is not told from the script.
    assertThat(Texts.scriptLanguage("The harbor town has restored its lighthouse, and the mayor said it was worth it."))
        .isEmpty();
  }
}
