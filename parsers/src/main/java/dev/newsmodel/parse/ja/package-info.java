/**
 * The conventions of Japanese news pages, for every parser: text as a reader sees it (ruby
 * readings left out, line breaks of the source between Japanese characters closed up; {@link
 * dev.newsmodel.parse.ja.JapaneseText}) and what a body's blocks carry besides the story: credits
 * in 【…】 with the dateline and reporters, wire credits, membership and paywall notices, a date
 * line, short headings ({@link dev.newsmodel.parse.ja.JapaneseBody}). Nothing here throws on odd
 * input: what is not recognised is left as it is.
 */
@NullMarked
package dev.newsmodel.parse.ja;

import org.jspecify.annotations.NullMarked;
