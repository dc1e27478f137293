/**
 * Helpers every HTML parser shares: JSON-LD ({@link dev.newsmodel.parse.html.JsonLd}), meta
 * tags ({@link dev.newsmodel.parse.html.MetaTags}), text normalisation ({@link
 * dev.newsmodel.parse.html.Texts}) and date reading ({@link dev.newsmodel.parse.html.Dates}).
 * They never throw on malformed input: what cannot be read is absent.
 */
@NullMarked
package dev.newsmodel.parse.html;

import org.jspecify.annotations.NullMarked;
