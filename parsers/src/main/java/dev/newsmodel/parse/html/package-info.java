/**
 * Helpers every HTML parser shares: JSON-LD ({@link dev.newsmodel.parse.html.JsonLd}), meta
 * tags ({@link dev.newsmodel.parse.html.MetaTags}), text normalisation ({@link
 * dev.newsmodel.parse.html.Texts}), date reading ({@link dev.newsmodel.parse.html.Dates}) and
 * photo credits split from captions ({@link dev.newsmodel.parse.html.CaptionCredits}, which the
 * plain-text parser uses too).
 * They never throw on malformed input: what cannot be read is absent.
 */
@NullMarked
package dev.newsmodel.parse.html;

import org.jspecify.annotations.NullMarked;
