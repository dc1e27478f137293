/**
 * The generic parser for HTML pages no outlet parser claims: {@link
 * dev.newsmodel.parse.generic.GenericParser}, its body extractor {@link
 * dev.newsmodel.parse.generic.BodyExtractor}, its metadata reader {@link
 * dev.newsmodel.parse.generic.MetadataReader} and wire-credit detection {@link
 * dev.newsmodel.parse.generic.WireAgencies}; outlet parsers may call all of them.
 */
@NullMarked
package dev.newsmodel.parse.generic;

import org.jspecify.annotations.NullMarked;
