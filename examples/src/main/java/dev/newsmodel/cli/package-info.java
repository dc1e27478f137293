/**
 * The {@code newsmodel} command line: parse pages, directories and WARC files into articles,
 * list the parsers, and run the evaluations. Start it with {@link dev.newsmodel.cli.Main}.
 */
@NullMarked
package dev.newsmodel.cli;

import org.jspecify.annotations.NullMarked;
