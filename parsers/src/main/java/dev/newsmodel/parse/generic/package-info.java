/**
 * The generic parser for HTML pages no outlet parser claims: {@link
 * dev.newsmodel.parse.generic.GenericParser}, its body extractor {@link
 * dev.newsmodel.parse.generic.BodyExtractor} and its metadata reader {@link
 * dev.newsmodel.parse.generic.MetadataReader}; outlet parsers may call all of them. Wire
 * credits are found by {@link dev.newsmodel.parse.wire.WireAgencies}.
 */
@NullMarked
package dev.newsmodel.parse.generic;

import org.jspecify.annotations.NullMarked;
