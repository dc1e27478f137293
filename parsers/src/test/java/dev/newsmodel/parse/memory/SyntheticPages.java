package dev.newsmodel.parse.memory;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Made-up news pages for the memory tests: a generic news template (meta tags, JSON-LD, navigation,
 * an article with quotes and attributions, related links, comments, inline scripts and styles),
 * its text drawn from a small invented vocabulary. Deterministic for a given seed.
 */
final class SyntheticPages {
  private static final String[] WORDS = {
    "council", "harbour", "budget", "plan", "river", "station", "school", "water", "vote",
    "market", "road", "bridge", "report", "cost", "year", "month", "week", "team", "project",
    "residents", "workers", "officials", "engineers", "drivers", "parents", "traders", "the",
    "a", "of", "to", "and", "in", "on", "for", "with", "after", "before", "new", "old", "small",
    "large", "late", "early", "local", "regional", "public", "private", "open", "closed"
  };
  private static final String[] NAMES = {
    "Ana Ruiz", "Tomas Berg", "Lena Okafor", "Ivo Marsh", "Dana Quill", "Pere Salo", "Mira Chen"
  };
  private static final String[] ROLES = {
    "the city engineer", "a spokesperson for the port", "the council's treasurer",
    "a union official", "the project manager"
  };

  private SyntheticPages() {}

  /** Returns an ordinary article page of {@code paragraphs} body paragraphs, as UTF-8 bytes. */
  static byte[] article(long seed, int paragraphs) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(paragraphs * 400 + 8192);
    head(sb, random, seed, 1);
    sb.append("<body><header class=\"site-header\"><nav><ul>");
    for (int i = 0; i < 30; i++) {
      sb.append("<li><a href=\"/section/").append(i).append("\">").append(word(random)).append("</a></li>");
    }
    sb.append("</ul></nav></header><main><article class=\"story\"><h1 class=\"headline\">")
        .append(sentence(random, 8)).append(" ").append(seed).append("</h1>")
        .append("<p class=\"byline\">By ").append(NAMES[random.nextInt(NAMES.length)]).append("</p>")
        .append("<time datetime=\"2025-06-02T08:30:00+02:00\">June 2, 2025</time>")
        .append("<div class=\"article-body\">");
    for (int i = 0; i < paragraphs; i++) {
      sb.append("<p>").append(paragraph(random)).append("</p>");
      if (i % 7 == 3) {
        sb.append("<figure><img src=\"/img/").append(seed).append('-').append(i)
            .append(".jpg\" alt=\"\"><figcaption>").append(sentence(random, 9)).append("</figcaption></figure>");
      }
    }
    sb.append("</div></article><aside class=\"related\"><h2>Related</h2><ul>");
    for (int i = 0; i < 12; i++) {
      sb.append("<li><a href=\"/story/").append(seed * 31 + i).append("\">").append(sentence(random, 7))
          .append("</a></li>");
    }
    sb.append("</ul></aside></main><footer><p>Copyright Example News Group</p></footer>")
        .append("<script>window.dataLayer=[{\"page\":").append(seed).append("}];</script></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns one page of at least {@code targetBytes} bytes as UTF-8, shaped like the heaviest real
   * pages: a large inline application state script, a large style sheet, thousands of comments
   * and an article of {@code paragraphs} paragraphs.
   */
  static byte[] large(int targetBytes, int paragraphs) {
    SplittableRandom random = new SplittableRandom(20);
    StringBuilder sb = new StringBuilder(targetBytes + (targetBytes >> 3));
    head(sb, random, 20, 0);
    // Application state, as single-page apps embed it: about 40% of the page.
    sb.append("<script id=\"__APP_STATE__\" type=\"application/json\">{\"items\":[");
    int stateEnd = sb.length() + (int) (targetBytes * 0.4);
    for (int i = 0; sb.length() < stateEnd; i++) {
      sb.append("{\"id\":").append(i).append(",\"title\":\"").append(sentence(random, 6))
          .append("\",\"url\":\"/story/").append(i).append("\"},");
    }
    sb.append("{}]}</script><style>");
    int styleEnd = sb.length() + (int) (targetBytes * 0.1);
    for (int i = 0; sb.length() < styleEnd; i++) {
      sb.append(".c").append(i).append("{margin:0 ").append(i % 17).append("px;color:#").append(i % 900 + 100)
          .append("}\n");
    }
    sb.append("</style></head><body><div id=\"app\"><nav>");
    for (int i = 0; i < 500; i++) {
      sb.append("<a href=\"/section/").append(i).append("\">").append(word(random)).append("</a> ");
    }
    sb.append("</nav><article><h1>").append(sentence(random, 9)).append("</h1><div class=\"article-body\">");
    for (int i = 0; i < paragraphs; i++) {
      sb.append("<p>").append(paragraph(random)).append("</p>");
    }
    sb.append("</div></article><section class=\"comments\">");
    for (int i = 0; sb.length() < targetBytes; i++) {
      sb.append("<div class=\"comment\" data-id=\"").append(i).append("\"><span class=\"author\">reader")
          .append(i).append("</span><div class=\"text\"><p>").append(sentence(random, 14))
          .append("</p></div><a class=\"reply\" href=\"#c").append(i).append("\">Reply</a></div>");
    }
    sb.append("</section></div></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void head(StringBuilder sb, SplittableRandom random, long seed, int open) {
    String title = sentence(random, 7);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
        .append(" | Example News</title><meta property=\"og:title\" content=\"").append(title)
        .append("\"><meta property=\"og:type\" content=\"article\">")
        .append("<meta property=\"article:published_time\" content=\"2025-06-02T08:30:00+02:00\">")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"").append(title).append("\",\"datePublished\":\"2025-06-02T08:30:00+02:00\",")
        .append("\"author\":{\"@type\":\"Person\",\"name\":\"").append(NAMES[(int) (seed % NAMES.length)])
        .append("\"}}</script>");
    if (open == 1) {
      sb.append("</head>");
    }
  }

  private static String paragraph(SplittableRandom random) {
    StringBuilder sb = new StringBuilder(400);
    switch (random.nextInt(4)) {
      case 0 -> sb.append('\u201C').append(capitalised(sentence(random, 11))).append(",\u201D said ")
          .append(NAMES[random.nextInt(NAMES.length)]).append(", ").append(ROLES[random.nextInt(ROLES.length)])
          .append(". ");
      case 1 -> sb.append(NAMES[random.nextInt(NAMES.length)]).append(" said the ")
          .append(sentence(random, 10)).append(" would cost ").append(random.nextInt(90) + 10)
          .append(" million euros. ");
      default -> { }
    }
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      sb.append(capitalised(sentence(random, 10 + random.nextInt(12)))).append(". ");
    }
    return sb.toString().trim();
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder sb = new StringBuilder(words * 8);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(word(random));
    }
    return sb.toString();
  }

  private static String word(SplittableRandom random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
