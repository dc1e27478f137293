package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySetTest {
  @Test
  void holdsEveryKeyAddedAndNoOther() {
    KeySet set = new KeySet();
    for (int i = 0; i < 20_000; i++) {
      assertThat(set.add("/data/crawl/page-" + i + ".html")).isTrue();
    }
    assertThat(set.add("/data/crawl/page-7.html")).isFalse();
    assertThat(set.size()).isEqualTo(20_000);
    for (int i = 0; i < 20_000; i++) {
      assertThat(set.contains("/data/crawl/page-" + i + ".html")).isTrue();
      assertThat(set.contains("/data/crawl/page-" + i + ".htm")).isFalse();
    }
    assertThat(set.contains(BatchOutput.key("crawl.warc", 0))).isFalse();
  }
}
