/**
 * The Asahi Shimbun (asahi.com): {@link dev.newsmodel.parse.outlet.asahi.AsahiParser}, the
 * parser named {@code asahi}, for the English edition (AJW), the legacy and current Japanese
 * templates and plain-text scrapes of AJW pages. Exported so that a user can call the parser
 * directly; {@link dev.newsmodel.parse.NewsModel} chooses it by host or by content.
 */
@NullMarked
package dev.newsmodel.parse.outlet.asahi;

import org.jspecify.annotations.NullMarked;
