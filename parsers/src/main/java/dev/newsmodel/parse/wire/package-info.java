/**
 * How news agencies and wire copy mark a story, shared by every parser: the agencies and the
 * credit lines, datelines and closing credits naming them ({@link
 * dev.newsmodel.parse.wire.WireAgencies}), and sign-offs crediting reporters and editors
 * ({@link dev.newsmodel.parse.wire.SignOffs}). Datelines crediting an agency are split off by
 * {@link dev.newsmodel.parse.wire.Datelines}. Nothing here throws on
 * odd input: what is not recognised gives an empty result.
 */
@NullMarked
package dev.newsmodel.parse.wire;

import org.jspecify.annotations.NullMarked;
