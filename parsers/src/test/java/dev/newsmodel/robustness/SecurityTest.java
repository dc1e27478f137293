package dev.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.parse.NewsModel;
import dev.newsmodel.parse.Page;
import dev.newsmodel.parse.ParseException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing in a page reaches further than text: no network or file access for linked resources or
 * XML entities, and no markup or script in what the article calls text.
 */
class SecurityTest {
  private static final NewsModel MODEL = NewsModel.create();

  @Test
  void linkedResourcesAndEntitiesAreNeverFetched() throws Exception {
    Path secret = Files.createTempFile("newsmodel-secret", ".txt");
    Files.writeString(secret, "SECRET-FILE-CONTENT");
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(200);
      AtomicInteger connections = new AtomicInteger();
      Thread listener = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            if (s.isConnected()) {
              connections.incrementAndGet();
            }
          } catch (SocketTimeoutException e) {
            // keep listening
          } catch (IOException e) {
            return;
          }
        }
      });
      listener.setDaemon(true);
      listener.start();
      String base = "http://127.0.0.1:" + server.getLocalPort();
      String file = secret.toUri().toString();
      List<byte[]> pages = List.of(
          hostileHtml(base, file).getBytes(StandardCharsets.UTF_8),
          hostileXhtml(base, file).getBytes(StandardCharsets.UTF_8),
          hostileSvg(base, file).getBytes(StandardCharsets.UTF_8));
      for (byte[] bytes : pages) {
        for (String parser : parserNames()) {
          Article article = parseOrNull(Page.of(bytes, base + "/story", Map.of()), parser);
          if (article != null) {
            String json = ArticleJson.create().write(article);
            assertThat(json).as(parser).doesNotContain("SECRET-FILE-CONTENT").doesNotContain("root:x:0:0");
          }
        }
      }
      Thread.sleep(300); // let a connection that was started arrive
      assertThat(connections.get()).as("connections the pages caused").isZero();
    } finally {
      Files.deleteIfExists(secret);
    }
  }

  @Test
  void outputTextCarriesNoMarkupOrScript() throws Exception {
    String html = "<!DOCTYPE html><html><head><title>Ferry pier opens</title>"
        + "<script>var tracker = 'SCRIPT-MARKER-HEAD';</script><style>p { color: red } /* STYLE-MARKER */</style></head>"
        + "<body><article><h1>Ferry <b>pier</b> opens</h1>"
        + "<p>The harbour board said the <b>new</b> pier would open in <i>spring</i>, ahead of the summer season.</p>"
        + "<script>document.write('SCRIPT-MARKER-BODY')</script>"
        + "<p>The operator plans eight crossings a day<!-- COMMENT-MARKER --> and a night service on weekends.</p>"
        + "<template><p>TEMPLATE-MARKER</p></template>"
        + "<p>Writing &lt;b&gt; in a paragraph is text, and the board used it in its notice about the new timetable.</p>"
        + "<svg><script>alert('SVG-SCRIPT-MARKER')</script><text>drawing</text></svg>"
        + "<p onclick=\"alert('HANDLER-MARKER')\">Tickets go on sale next month at the harbour office and online.</p>"
        + "</article></body></html>";
    for (String parser : parserNames()) {
      Article article = parseOrNull(Page.of(html, "https://news.example.org/story"), parser);
      assertThat(article).as(parser).isNotNull();
      String texts = article.bodyText() + "\n" + article.headline() + "\n" + article.subheadline();
      assertThat(texts).as(parser).doesNotContain("SCRIPT-MARKER", "STYLE-MARKER", "COMMENT-MARKER",
          "HANDLER-MARKER", "SVG-SCRIPT-MARKER", "<b>new</b>", "<i>", "<script", "<p", "<!--");
      assertThat(article.bodyText()).as(parser).contains("new pier");
      if (!parser.equals("text")) {
        // The escaped tag the page writes as text stays text.
        assertThat(article.bodyText()).as(parser).contains("Writing <b> in a paragraph");
      }
    }
  }

  /** No class of the library can reach the network, parse XML with entities, or read files. */
  @Test
  void mainSourcesUseNoNetworkXmlOrFileApis() throws IOException {
    Pattern network = Pattern.compile("openConnection|openStream|Jsoup\\.connect|HttpClient|new Socket|"
        + "URLConnection|\\.toURL\\(\\)|DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|"
        + "TransformerFactory|XMLReader|SchemaFactory|Parser\\.xmlParser|ObjectInputStream|Runtime\\.getRuntime|ProcessBuilder");
    // A java.net.URL is only a way to connect once opened (openConnection, openStream: banned
    // everywhere above). AbsoluteUrls builds them for one thing, resolving addresses exactly as
    // jsoup's absUrl does; nothing else may.
    Pattern urlObjects = Pattern.compile("new URL\\(");
    Set<String> resolvesUrls = Set.of("AbsoluteUrls.java");
    // Reading files is for the evaluation tools, which read corpora their caller names.
    Pattern files = Pattern.compile("FileInputStream|FileReader|RandomAccessFile|Files\\.|Paths\\.get|new File\\(");
    Path root = Paths.get(System.getProperty("user.dir")).getParent();
    List<String> found = new ArrayList<>();
    for (String module : List.of("core", "parsers")) {
      Path main = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> sources = Files.walk(main)) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
          String code = Files.readString(source);
          boolean eval = source.toString().contains("/eval/");
          boolean buildsUrls = urlObjects.matcher(code).find() && !resolvesUrls.contains(source.getFileName().toString());
          if (network.matcher(code).find() || buildsUrls || !eval && files.matcher(code).find()) {
            found.add(root.relativize(source).toString());
          }
        }
      }
      assertThat(main).isDirectory();
    }
    assertThat(found).as("sources using network, XML or file APIs").isEmpty();
  }

  private static List<String> parserNames() {
    return MODEL.registry().parsers().stream().map(ArticleParser::name).toList();
  }

  private static Article parseOrNull(Page page, String parser) {
    try {
      return MODEL.parse(page, parser);
    } catch (ParseException e) {
      assertThat(e.getCause()).as("cause of " + e.getMessage()).isNotInstanceOfAny(RuntimeException.class, Error.class);
      return null;
    }
  }

  private static String hostileHtml(String base, String file) {
    return "<!DOCTYPE html><html><head><title>Pier</title>"
        + "<base href=\"" + base + "/base/\">"
        + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"><link rel=\"import\" href=\"" + file + "\">"
        + "<link rel=\"canonical\" href=\"" + base + "/canonical\">"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\">"
        + "<meta property=\"og:image\" content=\"" + base + "/og.jpg\">"
        + "<script src=\"" + base + "/app.js\"></script>"
        + "<script type=\"application/ld+json\">{\"@context\":\"" + base + "/context.jsonld\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Pier\",\"image\":\"" + file + "\",\"author\":{\"@id\":\"" + base + "/author\"}}</script>"
        + "<style>@import url(" + base + "/import.css); body { background: url(" + file + ") }</style></head><body><article>"
        + "<h1>Pier</h1><p>The harbour board said the new pier would open in spring, ahead of the season.</p>"
        + "<img src=\"file:///etc/passwd\" alt=\"x\"><img src=\"" + base + "/img.jpg\" srcset=\"" + base + "/img2.jpg 2x\">"
        + "<iframe src=\"" + file + "\"></iframe><iframe src=\"" + base + "/frame\"></iframe>"
        + "<object data=\"" + base + "/object\"></object><embed src=\"" + file + "\">"
        + "<video poster=\"" + base + "/poster.jpg\"><source src=\"" + base + "/v.mp4\"></video>"
        + "<p>The operator plans eight crossings a day and a night service on weekends in summer.</p>"
        + "</article></body></html>";
  }

  private static String hostileXhtml(String base, String file) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY file SYSTEM \"" + file + "\">\n"
        + "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n<!ENTITY remote SYSTEM \"" + base + "/xxe\">\n"
        + "<!ENTITY % param SYSTEM \"" + base + "/param.dtd\"> %param;\n]>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Pier &file;</title></head><body><article>"
        + "<h1>Pier &remote;</h1><p>The harbour board said the new pier would open in spring &file; &passwd;.</p>"
        + "<p>The operator plans eight crossings a day and a night service on weekends in summer.</p>"
        + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + file + "\" parse=\"text\"/>"
        + "</article></body></html>";
  }

  private static String hostileSvg(String base, String file) {
    return "<?xml version=\"1.0\" standalone=\"no\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + file + "\">]>\n"
        + "<html><body><article><h1>Chart</h1><p>The harbour board said the new pier would open in spring, ahead of the season.</p>"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
        + "<image xlink:href=\"" + base + "/svg.png\"/><use href=\"" + file + "#x\"/><text>&xxe;</text>"
        + "<foreignObject><iframe src=\"" + base + "/fo\"></iframe></foreignObject></svg>"
        + "<p>The operator plans eight crossings a day and a night service on weekends in summer.</p>"
        + "</article></body></html>";
  }
}
