package dev.newsmodel;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An invented wire story with every part of the model filled in, for the core tests. */
public final class TestArticles {
  private TestArticles() {}

  public static final String P1 =
      "The harbour authority in Portbury is reviewing a claim that 40 cranes were left idle.";
  public static final String P2 =
      "\"We will publish the full inspection log this week,\" harbour master Ines Walde told reporters.";
  public static final String P3 =
      "The dockworkers' union denied the report, calling it \"careless\".";

  /** A complete, valid article. */
  public static Article full() {
    return fullBuilder().build();
  }

  /** The builder behind {@link #full()}, to edit before building. */
  public static Article.Builder fullBuilder() {
    int walde = P2.indexOf("Ines Walde");
    int quoteStart = 1;
    int quoteEnd = P2.indexOf(",\" harbour");
    int union = P3.indexOf("The dockworkers' union");
    int careless = P3.indexOf("careless");
    return Article.builder()
        .url("https://news.example.org/harbour/cranes-idle")
        .outlet(new Outlet("Example Harbour News", "example.org"))
        .syndication(new Syndication("Example Wire", "EXWIRE", null))
        .headline("Harbour authority reviews idle-crane claim")
        .subheadline(null)
        .addByline(Byline.of("Mara Lindqvist"))
        .addByline(new Byline("Tomas Ek", "additional reporting"))
        .published(OffsetDateTime.parse("2024-03-05T09:15:00+09:00"))
        .modified(null)
        .language("en")
        .dateline(new Dateline("PORTBURY", "PORTBURY, March 5 (Example Wire) -"))
        .section("Business")
        .tags(List.of("ports", "labour"))
        .addBlock(Block.paragraph("p1", P1))
        .addBlock(Block.paragraph("p2", P2))
        .addBlock(Block.paragraph("p3", P3))
        .addMedia(new Media("https://news.example.org/img/cranes.jpg", "Cranes at the north quay", "Example Wire"))
        .addSource(Source.builder("authority", "Portbury harbour authority", SourceKind.GOVERNMENT)
            .addMention(new Mention("p1", 4, 33, "harbour authority in Portbury"))
            .build())
        .addSource(Source.builder("walde", "Ines Walde", SourceKind.PERSON)
            .title("harbour master").affiliation("authority")
            .addMention(new Mention("p2", walde, walde + 10, "Ines Walde"))
            .build())
        .addSource(Source.builder("union", "dockworkers' union", SourceKind.ORGANIZATION)
            .addMention(new Mention("p3", union, union + 22, "The dockworkers' union"))
            .build())
        .addQuote(new Quote("q1", QuoteKind.DIRECT, P2.substring(quoteStart, quoteEnd), "walde", "told",
            "p2", quoteStart, quoteEnd, false))
        .addQuote(new Quote("q2", QuoteKind.PARTIAL, "careless", "union", "calling",
            "p3", careless, careless + 8, false))
        .addClaim(Claim.builder("c1").claimant(null).cue("claim").stance(Stance.ASSERTS)
            .text(P1.substring(P1.indexOf("40 cranes"), P1.length() - 1))
            .addQuantity(new Quantity(new BigDecimal("40"), "40 cranes", "cranes"))
            .span("p1", P1.indexOf("40 cranes"), P1.length() - 1)
            .build())
        .addClaim(Claim.builder("c2").claimant("walde").cue("told").mode(ClaimMode.DIRECT)
            .text(P2.substring(quoteStart, quoteEnd)).addQuote("q1").when("2024-03-05")
            .span("p2", quoteStart, quoteEnd).build())
        .addClaim(Claim.builder("c3").claimant("union").cue("denied").stance(Stance.DENIES)
            .mode(ClaimMode.MIXED).text("the report").addQuote("q2").respondsTo("c1")
            .span("p3", P3.indexOf("the report"), P3.indexOf("the report") + 10).build())
        .provenance(new Provenance("test", List.of("no modified date"),
            List.of(new RemovedText("promo", "Subscribe to our port newsletter"))));
  }
}
