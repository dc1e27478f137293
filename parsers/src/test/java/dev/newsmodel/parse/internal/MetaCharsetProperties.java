package dev.newsmodel.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PageDecoder#metaCharset} tries {@code META_CHARSET} only where a tag may start; it must
 * find what the regex's own {@code find()} finds, on heads full of near misses.
 */
class MetaCharsetProperties {
  @Property(tries = 3000)
  void findsWhatTheRegexFinds(@ForAll("heads") String head) {
    Matcher m = PageDecoder.META_CHARSET.matcher(head);
    assertThat(PageDecoder.metaCharset(head)).isEqualTo(m.find() ? m.group(1) : null);
  }

  @Example
  void theFirstDeclarationWins() {
    assertThat(PageDecoder.metaCharset("<html><META http-equiv=content-type content='text/html; charset=Shift_JIS'>"
        + "<meta charset=utf-8>")).isEqualTo("Shift_JIS");
    assertThat(PageDecoder.metaCharset("<meta name=x><meta charset=\"euc-jp\">")).isEqualTo("euc-jp");
    assertThat(PageDecoder.metaCharset("<metadata charset=utf-8>")).isNull();
    assertThat(PageDecoder.metaCharset("<")).isNull();
  }

  @Provide
  Arbitrary<String> heads() {
    return Arbitraries.of("<", ">", "<meta", "<META", "<Meta ", "<metadata", "<m", "meta", " charset", "charset",
            "CharSet", "=", " = ", "\"", "'", "utf-8", "Shift_JIS", " ", "x", "http-equiv=content-type content=\"text/html;",
            "<title>", "\u00e9")
        .list().ofMaxSize(10).map(parts -> String.join("", parts));
  }
}
