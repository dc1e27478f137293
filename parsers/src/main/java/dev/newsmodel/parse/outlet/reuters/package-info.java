/**
 * The reuters.com parser, {@link dev.newsmodel.parse.outlet.reuters.ReutersParser}: every page
 * generation from 2014 to 2026, datelines, sign-offs with roles, photo credits and the site's
 * boilerplate kept aside in provenance.
 */
@NullMarked
package dev.newsmodel.parse.outlet.reuters;

import org.jspecify.annotations.NullMarked;
