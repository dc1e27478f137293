package dev.newsmodel.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsLanguageTest {
  @Test
  void guessesJapaneseEnglishAndGivesUpOnOthers() {
    assertThat(Texts.guessLanguage("港町の灯台が修復された。市の担当者が説明した。")).isEqualTo("ja");
    assertThat(Texts.guessLanguage("The harbor town has restored its lighthouse, and the mayor said it was worth it."))
        .isEqualTo("en");
    assertThat(Texts.guessLanguage("한국어 문장입니다")).isEqualTo("ko");
    assertThat(Texts.guessLanguage("Le port a rouvert ses portes après les travaux de rénovation.")).isNull();
    assertThat(Texts.guessLanguage("12345 !!")).isNull();
  }
}
