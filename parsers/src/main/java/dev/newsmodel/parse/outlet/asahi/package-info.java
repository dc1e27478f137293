/** The Asahi Shimbun (asahi.com): {@link dev.newsmodel.parse.outlet.asahi.AsahiParser}. */
@NullMarked
package dev.newsmodel.parse.outlet.asahi;

import org.jspecify.annotations.NullMarked;
