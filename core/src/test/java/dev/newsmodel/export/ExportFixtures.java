package dev.newsmodel.export;

import dev.newsmodel.Article;
import dev.newsmodel.Block;
import dev.newsmodel.BlockKind;
import dev.newsmodel.Byline;
import dev.newsmodel.Claim;
import dev.newsmodel.ClaimMode;
import dev.newsmodel.Dateline;
import dev.newsmodel.Media;
import dev.newsmodel.Mention;
import dev.newsmodel.Outlet;
import dev.newsmodel.Provenance;
import dev.newsmodel.Quote;
import dev.newsmodel.QuoteKind;
import dev.newsmodel.Source;
import dev.newsmodel.SourceKind;
import dev.newsmodel.Stance;
import dev.newsmodel.Syndication;
import java.time.OffsetDateTime;

/** Articles written for the exporter tests; the story is invented. */
final class ExportFixtures {
  static final String P1 = "OSAKA, March 5 (Reuters) - The harbor board said ferries would run on hydrogen from April.";
  static final String P2 = "\"We cannot wait for oil to fall,\" Mayor Ken Arai said.";
  static final String P3 = "The shipyard denied that the engines were late.";

  private ExportFixtures() {}

  private static Mention mention(String paragraph, String text, String words) {
    int start = text.indexOf(words);
    return new Mention(paragraph, start, start + words.length(), words);
  }

  /** A wire story on an outlet: dateline, quote, claims, sources of every kind, one image. */
  static Article wireStory() {
    return Article.builder()
        .url("https://www.asahi.com/ajw/articles/99990001")
        .outlet(new Outlet("The Asahi Shimbun", "asahi.com"))
        .syndication(new Syndication("Reuters", "REUTERS", null))
        .headline("Harbor ferries to switch to hydrogen")
        .subheadline("A test of cleaner fuel")
        .published(OffsetDateTime.parse("2024-03-05T17:54:00+09:00"))
        .modified(OffsetDateTime.parse("2024-03-05T19:10:00+09:00"))
        .language("en")
        .dateline(new Dateline("OSAKA", "OSAKA, March 5 (Reuters) -"))
        .section("Business")
        .addTag("Energy")
        .addTag("Shipping")
        .addBlock(Block.paragraph("p1", P1))
        .addBlock(new Block("p2", BlockKind.PARAGRAPH, P2))
        .addBlock(new Block("p3", BlockKind.SUBHEADING, "Delays & doubts"))
        .addBlock(Block.paragraph("p4", P3))
        .addMedia(new Media("https://www.asahicom.jp/ajw/images/ferry.jpg", "A test ferry at the pier", "The Asahi Shimbun"))
        .addSource(Source.builder("s1", "harbor board", SourceKind.GOVERNMENT)
            .addMention(mention("p1", P1, "harbor board")).build())
        .addSource(Source.builder("s2", "Ken Arai", SourceKind.PERSON).title("Mayor")
            .addMention(mention("p2", P2, "Ken Arai")).build())
        .addSource(Source.builder("s3", "shipyard", SourceKind.ORGANIZATION).build())
        .addSource(Source.builder("s4", "Japan", SourceKind.GOVERNMENT).build())
        .addSource(Source.builder("s5", "an official", SourceKind.PERSON).anonymous(true).build())
        .addQuote(new Quote("q1", QuoteKind.DIRECT, "We cannot wait for oil to fall,", "s2", "said", "p2", P2.indexOf("We"), P2.indexOf("We") + 31, false))
        .addClaim(Claim.builder("c1").claimant("s2").cue("said").mode(ClaimMode.DIRECT)
            .text("We cannot wait for oil to fall,").addQuote("q1").span("p2", P2.indexOf("We"), P2.indexOf("We") + 31).when("2024-03-05").build())
        .addClaim(Claim.builder("c2").claimant("s3").cue("denied").stance(Stance.DENIES)
            .text("that the engines were late").span("p4", P3.indexOf("that"), P3.indexOf("that") + 26).build())
        .provenance(Provenance.of("test"))
        .build();
  }

  /** A staff story with no URL, no wire and no media. */
  static Article staffStoryWithoutUrl(String body) {
    return Article.builder()
        .outlet(new Outlet("The Asahi Shimbun", "asahi.com"))
        .headline("A staff story")
        .addByline(Byline.of("Taro Yamada"))
        .addByline(new Byline("Hanako Sato", "additional reporting"))
        .published(OffsetDateTime.parse("2024-03-06T08:00:00+09:00"))
        .language("en")
        .addBlock(Block.paragraph("p1", body))
        .provenance(Provenance.of("test"))
        .build();
  }
}
