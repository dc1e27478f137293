/**
 * An Apache Beam pipeline that parses pages at scale: {@link dev.newsmodel.beam.NewsPipeline}.
 */
@NullMarked
package dev.newsmodel.beam;

import org.jspecify.annotations.NullMarked;
