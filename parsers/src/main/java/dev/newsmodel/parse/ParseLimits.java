package dev.newsmodel.parse;

/**
 * The bounds {@link NewsModel} holds every parse to, so that a hostile or broken page can cost
 * no more than a known amount of memory and output. Immutable; {@link #defaults()} are safe for
 * a service that parses pages it did not choose.
 *
 * <p>What happens past each limit:
 *
 * <ul>
 *   <li>{@linkplain #maxInputChars() input size}: the page is refused with a {@link
 *       ParseException} saying how long it is and what the limit is; nothing is parsed.
 *   <li>{@linkplain #maxBlocks() number of body blocks}: the blocks past the limit are cut; a
 *       provenance warning says how many blocks and characters were cut.
 *   <li>{@linkplain #maxBlockChars() text per block}: the block's text is cut at the limit (never
 *       inside a surrogate pair); a provenance warning names the block and the characters cut.
 *   <li>{@linkplain #maxAttributedBlocks() blocks attribution reads}: sources, quotes and claims
 *       are found in the first blocks only; a provenance warning says how many blocks were not
 *       read for attribution (the blocks themselves are kept).
 *   <li>{@linkplain #maxRemovedTexts() removed-text entries} and {@linkplain #maxMedia() media
 *       items}: the entries past the limit are cut, with a warning; each removed text is also held
 *       to {@link #maxBlockChars()}.
 * </ul>
 *
 * <p>Cut text is not kept whole: the first {@link #maxBlockChars()} characters of what was cut
 * are listed in {@code provenance.removed} with reason {@value #REMOVED_REASON}, so a reader sees
 * what was lost; the warnings give the exact counts. Limits are applied to the document layer
 * <em>before</em> attribution, so every span of a quote, claim or mention indexes the text as
 * cut.
 *
 * <p>Nesting depth needs no limit here: the HTML parser (jsoup) keeps the tree at most
 * {@value #DOM_DEPTH} elements deep however deeply a page nests its tags, and the parsers walk
 * the tree without recursion. The JSON reader's limits (document size, nesting) are set in
 * {@link dev.newsmodel.json.ArticleJson.Builder}.
 */
public final class ParseLimits {
  /** The reason given in {@code provenance.removed} for text cut by a limit. */
  public static final String REMOVED_REASON = "over-limit";
  /** The default longest input: 32 Mi characters (a real news page is well under 5 MB). */
  public static final int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;
  /** The default most body blocks kept: 10,000 (a long article has a few hundred). */
  public static final int DEFAULT_MAX_BLOCKS = 10_000;
  /** The default longest block text: 100,000 characters (a long paragraph has a few thousand). */
  public static final int DEFAULT_MAX_BLOCK_CHARS = 100_000;
  /** The default most removed-text entries kept: 10,000. */
  public static final int DEFAULT_MAX_REMOVED_TEXTS = 10_000;
  /** The default most media items kept: 1,000. */
  public static final int DEFAULT_MAX_MEDIA = 1_000;
  /**
   * The default most body blocks attribution reads: 1,000. Attribution links mentions, quotes
   * and claims across the whole body, which costs more than linear time in the number of
   * blocks; this bound keeps a page of thousands of paragraphs from taking minutes.
   */
  public static final int DEFAULT_MAX_ATTRIBUTED_BLOCKS = 1_000;
  /** The depth at which jsoup stops nesting elements (its HTML parser's default). */
  public static final int DOM_DEPTH = 512;

  private static final ParseLimits DEFAULTS = builder().build();
  private static final ParseLimits NONE = builder()
      .maxInputChars(Integer.MAX_VALUE).maxBlocks(Integer.MAX_VALUE).maxBlockChars(Integer.MAX_VALUE)
      .maxRemovedTexts(Integer.MAX_VALUE).maxMedia(Integer.MAX_VALUE).maxAttributedBlocks(Integer.MAX_VALUE).build();

  private final int maxInputChars;
  private final int maxBlocks;
  private final int maxBlockChars;
  private final int maxRemovedTexts;
  private final int maxMedia;
  private final int maxAttributedBlocks;

  private ParseLimits(Builder b) {
    this.maxInputChars = b.maxInputChars;
    this.maxBlocks = b.maxBlocks;
    this.maxBlockChars = b.maxBlockChars;
    this.maxRemovedTexts = b.maxRemovedTexts;
    this.maxMedia = b.maxMedia;
    this.maxAttributedBlocks = b.maxAttributedBlocks;
  }

  /**
   * Returns the default limits (the {@code DEFAULT_*} constants).
   *
   * @return the default limits
   */
  public static ParseLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns limits that never cut anything (every limit {@link Integer#MAX_VALUE}); for trusted
   * input only, e.g. to measure what the defaults cut.
   *
   * @return limits that cut nothing
   */
  public static ParseLimits unlimited() {
    return NONE;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these limits, to change some of them.
   *
   * @return a builder holding these limits
   */
  public Builder toBuilder() {
    return new Builder()
        .maxInputChars(maxInputChars).maxBlocks(maxBlocks).maxBlockChars(maxBlockChars)
        .maxRemovedTexts(maxRemovedTexts).maxMedia(maxMedia).maxAttributedBlocks(maxAttributedBlocks);
  }

  /**
   * Returns the longest page content parsed, in UTF-16 chars; longer input is refused.
   *
   * @return the limit, in chars
   */
  public int maxInputChars() {
    return maxInputChars;
  }

  /**
   * Returns the most body blocks an article keeps.
   *
   * @return the limit, in blocks
   */
  public int maxBlocks() {
    return maxBlocks;
  }

  /**
   * Returns the longest text a block (or a removed-text entry) keeps, in UTF-16 chars.
   *
   * @return the limit, in chars
   */
  public int maxBlockChars() {
    return maxBlockChars;
  }

  /**
   * Returns the most entries {@code provenance.removed} keeps.
   *
   * @return the limit, in entries
   */
  public int maxRemovedTexts() {
    return maxRemovedTexts;
  }

  /**
   * Returns the most media items an article keeps.
   *
   * @return the limit, in media items
   */
  public int maxMedia() {
    return maxMedia;
  }

  /**
   * Returns the most body blocks attribution reads: sources, quotes and claims are found in the
   * first this many blocks only, and a provenance warning says so when the body is longer.
   *
   * @return the limit, in blocks
   */
  public int maxAttributedBlocks() {
    return maxAttributedBlocks;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParseLimits l && l.maxInputChars == maxInputChars && l.maxBlocks == maxBlocks
        && l.maxBlockChars == maxBlockChars && l.maxRemovedTexts == maxRemovedTexts && l.maxMedia == maxMedia
        && l.maxAttributedBlocks == maxAttributedBlocks;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxInputChars, maxBlocks, maxBlockChars, maxRemovedTexts, maxMedia, maxAttributedBlocks);
  }

  @Override
  public String toString() {
    return "ParseLimits[maxInputChars=" + maxInputChars + ", maxBlocks=" + maxBlocks + ", maxBlockChars="
        + maxBlockChars + ", maxRemovedTexts=" + maxRemovedTexts + ", maxMedia=" + maxMedia
        + ", maxAttributedBlocks=" + maxAttributedBlocks + "]";
  }

  /** Builds {@link ParseLimits}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private int maxBlocks = DEFAULT_MAX_BLOCKS;
    private int maxBlockChars = DEFAULT_MAX_BLOCK_CHARS;
    private int maxRemovedTexts = DEFAULT_MAX_REMOVED_TEXTS;
    private int maxMedia = DEFAULT_MAX_MEDIA;
    private int maxAttributedBlocks = DEFAULT_MAX_ATTRIBUTED_BLOCKS;

    private Builder() {}

    /**
     * Sets the longest input in chars; default {@value ParseLimits#DEFAULT_MAX_INPUT_CHARS}.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxInputChars(int value) {
      maxInputChars = positive("maxInputChars", value);
      return this;
    }

    /**
     * Sets the most body blocks; default {@value ParseLimits#DEFAULT_MAX_BLOCKS}.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxBlocks(int value) {
      maxBlocks = positive("maxBlocks", value);
      return this;
    }

    /**
     * Sets the longest block text in chars (at least 16); default {@value ParseLimits#DEFAULT_MAX_BLOCK_CHARS}.
     *
     * @param value the limit, at least 16
     * @return this builder
     * @throws IllegalArgumentException when the value is below 16
     */
    public Builder maxBlockChars(int value) {
      if (value < 16) {
        throw new IllegalArgumentException("maxBlockChars must be at least 16, not " + value);
      }
      maxBlockChars = value;
      return this;
    }

    /**
     * Sets the most removed-text entries; default {@value ParseLimits#DEFAULT_MAX_REMOVED_TEXTS}.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxRemovedTexts(int value) {
      maxRemovedTexts = positive("maxRemovedTexts", value);
      return this;
    }

    /**
     * Sets the most media items; default {@value ParseLimits#DEFAULT_MAX_MEDIA}.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxMedia(int value) {
      maxMedia = positive("maxMedia", value);
      return this;
    }

    /**
     * Sets the most blocks attribution reads; default {@value ParseLimits#DEFAULT_MAX_ATTRIBUTED_BLOCKS}.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxAttributedBlocks(int value) {
      maxAttributedBlocks = positive("maxAttributedBlocks", value);
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public ParseLimits build() {
      return new ParseLimits(this);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, not " + value);
      }
      return value;
    }
  }
}
