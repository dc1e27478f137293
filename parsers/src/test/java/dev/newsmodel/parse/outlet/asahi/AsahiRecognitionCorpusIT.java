package dev.newsmodel.parse.outlet.asahi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParserRegistry;
import dev.newsmodel.corpus.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Recognition without URL over every page of ../shared: the Asahi parser's content score
 * claims the asahi.com pages and none of the other outlets' pages.
 */
class AsahiRecognitionCorpusIT {
  @Test
  void claimsTheAsahiPagesAndNoOther() throws Exception {
    Path corpus = SharedCorpus.require("corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().toList();
    }
    AsahiParser parser = new AsahiParser();
    List<String> claimed = new ArrayList<>();
    for (Path file : files) {
      Page page = Page.of(Files.readAllBytes(file), null, Map.of());
      if (parser.contentScore(page) >= ParserRegistry.CONTENT_THRESHOLD) {
        claimed.add(file.getFileName().toString());
      }
    }
    assertThat(files).hasSizeGreaterThan(400);
    assertThat(claimed).containsExactlyInAnyOrder(
        "AsahiShimbun_2025_01_13.html.gz",
        "postlight_2019-03-01_ASM2Q5HKNM2QUCVL02D_capture2019.html",
        "postlight_2019-03-01_ASM2Q5HKNM2QUCVL02D_recapture2022.html");
  }
}
