/**
 * Implementation details of page decoding (charset detection). Not exported: the API is
 * {@link dev.newsmodel.parse.Page}.
 */
@NullMarked
package dev.newsmodel.parse.internal;

import org.jspecify.annotations.NullMarked;
