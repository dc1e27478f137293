/**
 * Plain-text scrapes: lines of text as scraped from a news page, read into an article's
 * document layer. {@link dev.newsmodel.parse.text.PlainTextReader} does the reading (outlet
 * parsers reuse it for their text scrapes); {@link dev.newsmodel.parse.text.PlainTextParser} is
 * the registered {@code text} parser. Wire credits, photo captions and promo teasers are
 * recognised by {@link dev.newsmodel.parse.wire.WireAgencies}, {@link
 * dev.newsmodel.parse.html.CaptionCredits} and {@link dev.newsmodel.parse.text.PromoDetector}.
 */
@NullMarked
package dev.newsmodel.parse.text;

import org.jspecify.annotations.NullMarked;
