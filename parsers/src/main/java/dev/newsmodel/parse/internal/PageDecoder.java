package dev.newsmodel.parse.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a page: byte-order mark, then the HTTP {@code Content-Type} charset,
 * then the page's own {@code <meta charset>} or {@code http-equiv} declaration, then
 * {@link CharsetDetector detection}. Bytes invalid in the chosen charset become U+FFFD and are
 * counted in a warning. Never throws on any input.
 */
public final class PageDecoder {
  /**
   * The outcome: the text, the charset used, what had to be guessed or replaced, and whether
   * the bytes look binary. Well-formed UTF-8 (most pages) is kept as the bytes and decoded when
   * asked: {@link #reader()} reads it without building the text at all. Belongs to one page
   * (one thread), like the page.
   */
  public static final class Decoded {
    private @Nullable String text;
    private final byte @Nullable [] utf8;
    private final int offset;
    private final Charset charset;
    private final List<String> warnings;
    private final boolean binary;

    /**
     * A decoding whose text is built.
     *
     * @param text the decoded text
     * @param charset the charset it was decoded with
     * @param warnings what decoding had to guess or replace
     * @param binary whether the bytes look binary
     */
    public Decoded(String text, Charset charset, List<String> warnings, boolean binary) {
      this(text, null, 0, charset, warnings, binary);
    }

    private Decoded(@Nullable String text, byte @Nullable [] utf8, int offset, Charset charset, List<String> warnings,
        boolean binary) {
      this.text = text;
      this.utf8 = utf8;
      this.offset = offset;
      this.charset = charset;
      this.warnings = List.copyOf(warnings);
      this.binary = binary;
    }

    /**
     * Returns the text, decoding it on first call when it was kept as UTF-8 bytes.
     *
     * @return the text
     */
    public String text() {
      String t = text;
      if (t == null) {
        byte[] b = java.util.Objects.requireNonNull(utf8);
        t = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
        text = t;
      }
      return t;
    }

    /**
     * Returns whether the text is still only the UTF-8 bytes (not built yet).
     *
     * @return {@code true} while the text is not built
     */
    public boolean isLazy() {
      return text == null;
    }

    /**
     * Returns the text as a reader: from the UTF-8 bytes while the text is not built.
     *
     * @return a reader over the text
     */
    public Reader reader() {
      String t = text;
      if (t != null) {
        return new StringReader(t);
      }
      byte[] b = java.util.Objects.requireNonNull(utf8);
      return new Utf8Reader(b, offset, b.length);
    }

    /**
     * Returns the first {@code max} characters of the text (all of it when shorter).
     *
     * @param max the most characters wanted
     * @return the head of the text
     */
    public String head(int max) {
      String t = text;
      if (t != null) {
        return t.length() <= max ? t : t.substring(0, max);
      }
      char[] buffer = new char[max];
      Reader in = reader();
      int n = 0;
      while (n < max) {
        int read;
        try {
          read = in.read(buffer, n, max - n);
        } catch (IOException e) {
          throw new UncheckedIOException(e); // not thrown: the bytes are in memory
        }
        if (read < 0) {
          break;
        }
        n += read;
      }
      return new String(buffer, 0, n);
    }

    /**
     * Returns whether the text is empty or white space only ({@link String#isBlank()}).
     *
     * @return {@code true} when there is no visible character
     */
    public boolean isBlank() {
      String t = text;
      if (t != null) {
        return t.isBlank();
      }
      byte[] b = java.util.Objects.requireNonNull(utf8);
      for (int i = offset; i < b.length; i++) {
        if (b[i] < 0) {
          return text().isBlank(); // non-ASCII white space is rare: let String decide
        }
        if (!Character.isWhitespace(b[i])) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns whether the text has more than {@code max} characters.
     *
     * @param max the length to compare with
     * @return {@code true} when the text is longer
     */
    public boolean longerThan(int max) {
      byte[] b = utf8;
      // UTF-8 never has more characters than bytes.
      if (text == null && b != null && b.length - offset <= max) {
        return false;
      }
      return text().length() > max;
    }

    /**
     * Returns the charset the bytes were decoded with.
     *
     * @return the charset
     */
    public Charset charset() {
      return charset;
    }

    /**
     * Returns what had to be guessed or replaced, one sentence each.
     *
     * @return the warnings
     */
    public List<String> warnings() {
      return warnings;
    }

    /**
     * Returns whether the bytes look binary.
     *
     * @return {@code true} when the bytes look binary
     */
    public boolean binary() {
      return binary;
    }
  }

  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
  // How many leading bytes the HTML standard's prescan looks at for a declaration.
  private static final int PRESCAN = 4096;

  private PageDecoder() {}

  /**
   * Decodes the bytes.
   *
   * @param bytes the page as fetched
   * @param contentType the HTTP {@code Content-Type} header, or {@code null}
   * @return the decoding
   */
  public static Decoded decode(byte[] bytes, @Nullable String contentType) {
    List<String> warnings = new ArrayList<>();
    // 1. Byte-order mark: it wins over everything (the HTML standard says so too).
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return finish(bytes, bom.length, bom.charset, warnings, false);
    }
    // 1b. UTF-16 without a byte-order mark: its NULs would otherwise make it look binary, and a
    // declared "UTF-16" without a mark says nothing about the byte order.
    CharsetDetector.Head sniffed = CharsetDetector.head(bytes);
    Charset utf16 = sniffed.utf16();
    boolean binary = sniffed.binary();
    // 2. The HTTP header.
    Charset declared = contentType == null ? null : charsetNamed(find(HEADER_CHARSET, contentType), warnings, "Content-Type header");
    if (utf16 != null && (declared == null || declared.name().startsWith("UTF-16"))) {
      warnings.add("The bytes are " + utf16.name() + " without a byte-order mark; read as " + utf16.name() + ".");
      return finish(bytes, 0, utf16, warnings, false);
    }
    if (declared != null) {
      return finish(bytes, 0, declared, warnings, binary);
    }
    // 3. The page's own declaration, read from the ASCII-compatible head of the bytes.
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Charset meta = charsetNamed(metaCharset(head), warnings, "page's <meta> declaration");
    if (meta != null) {
      // A page saved as UTF-8 by a tool that left the old declaration in place is common: trust
      // the declaration only when the bytes are not valid UTF-8 with non-ASCII content.
      if (!meta.equals(StandardCharsets.UTF_8) && CharsetDetector.isValidUtf8WithNonAscii(bytes)
          && !CharsetDetector.isIso2022Jp(bytes)) {
        warnings.add("The page declares " + meta.name() + " but its bytes are UTF-8; read as UTF-8.");
        return finish(bytes, 0, StandardCharsets.UTF_8, warnings, binary);
      }
      return finish(bytes, 0, meta, warnings, binary);
    }
    // 4. Detection.
    Charset detected = CharsetDetector.detect(bytes);
    // Valid UTF-8 with non-ASCII bytes is near-certain; anything else was a guess worth reporting.
    if (!CharsetDetector.isAscii(bytes) && !detected.equals(StandardCharsets.UTF_8)) {
      warnings.add("No charset declared; detected " + detected.name() + ".");
    }
    return finish(bytes, 0, detected, warnings, binary);
  }

  /**
   * Returns the charset of the first {@code <meta>} that declares one, as {@code
   * META_CHARSET.matcher(head).find()} would: a match can only start at a "<" before "m" or "M",
   * so the regex is tried there alone instead of at each of the head's 4096 characters.
   */
  static @Nullable String metaCharset(String head) {
    Matcher m = META_CHARSET.matcher(head);
    int end = head.length();
    for (int lt = head.indexOf('<'); lt >= 0 && lt + 1 < end; lt = head.indexOf('<', lt + 1)) {
      char next = head.charAt(lt + 1);
      if ((next == 'm' || next == 'M') && m.region(lt, end).lookingAt()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static @Nullable String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable Charset charsetNamed(@Nullable String name, List<String> warnings, String where) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    // Labels the WHATWG encoding standard maps to a superset: decode as the superset.
    n = switch (n) {
      case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1" -> "windows-1252";
      case "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "shift_jis", "windows-31j", "cp932" -> "windows-31j";
      case "euc_jp", "x-euc-jp", "eucjp" -> "euc-jp";
      case "utf8" -> "utf-8";
      case "iso-8859-9", "latin5" -> "windows-1254";
      default -> n;
    };
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      warnings.add("Unknown charset '" + name + "' in the " + where + "; ignored.");
      return null;
    }
  }

  private static Decoded finish(byte[] bytes, int offset, Charset charset, List<String> warnings, boolean binary) {
    // Well-formed UTF-8 (most pages) decodes straight into the String: no buffer twice the
    // page's size to copy from. Anything else goes through the decoder, which counts replacements.
    if (charset.equals(StandardCharsets.UTF_8) && CharsetDetector.isValidUtf8(bytes, offset, bytes.length)) {
      if (binary) {
        warnings.add("The bytes look binary, not text.");
      }
      // Kept as bytes: the page's parser reads them through reader() without a String.
      return new Decoded(null, bytes, offset, charset, warnings, binary);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
    int replaced = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put('\uFFFD');
        in.position(in.position() + result.length());
        replaced++;
      } else if (result.isOverflow()) {
        out = grow(out);
      } else {
        while (decoder.flush(out).isOverflow()) {
          out = grow(out);
        }
        break;
      }
    }
    out.flip();
    if (replaced > 0) {
      warnings.add(replaced + " invalid byte sequence" + (replaced == 1 ? " was" : "s were") + " not "
          + charset.name() + " and became U+FFFD.");
    }
    if (binary) {
      warnings.add("The bytes look binary, not text.");
    }
    return new Decoded(out.toString(), charset, warnings, binary);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  private record Bom(Charset charset, int length) {
    static @Nullable Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
