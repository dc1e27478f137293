/**
 * How news agencies and wire copy mark a story, shared by every parser: sign-offs crediting
 * reporters and editors ({@link dev.newsmodel.parse.wire.SignOffs}). Nothing here throws on
 * odd input: what is not recognised gives an empty result.
 */
@NullMarked
package dev.newsmodel.parse.wire;

import org.jspecify.annotations.NullMarked;
