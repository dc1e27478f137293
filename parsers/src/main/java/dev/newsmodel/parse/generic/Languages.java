package dev.newsmodel.parse.generic;

import org.jspecify.annotations.Nullable;

/** Tells a text's language from its script where the script decides it (Japanese, Korean, Chinese, Thai…). */
final class Languages {
  private Languages() {}

  /** Returns the language the script of the text shows, or {@code null} when the script does not decide. */
  static @Nullable String detect(String text) {
    int kana = 0;
    int hangul = 0;
    int han = 0;
    int thai = 0;
    int letters = 0;
    int limit = Math.min(text.length(), 4000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case HAN -> han++;
        case THAI -> thai++;
        default -> { }
      }
    }
    if (letters < 50) {
      return null;
    }
    if (kana * 10 >= letters) {
      return "ja";
    }
    if (hangul * 3 >= letters) {
      return "ko";
    }
    if (han * 2 >= letters) {
      return "zh";
    }
    if (thai * 2 >= letters) {
      return "th";
    }
    return null;
  }
}
