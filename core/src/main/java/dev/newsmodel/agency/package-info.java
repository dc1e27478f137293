/**
 * The news agencies the library knows, one vocabulary for every part of it: {@link
 * dev.newsmodel.agency.NewsAgencies} finds the {@link dev.newsmodel.agency.NewsAgency} a name or
 * alias stands for ({@code AP}, {@code The Associated Press}; {@code Kyodo}, {@code 共同通信}), so
 * that wire credits, photo credits and the sources of an article name one agency one way.
 */
@NullMarked
package dev.newsmodel.agency;

import org.jspecify.annotations.NullMarked;
