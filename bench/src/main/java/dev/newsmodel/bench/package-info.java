/**
 * JMH benchmarks of the document layer, attribution and JSON against jsoup's own parse and the
 * JVM's peers (Readability4J, boilerpipe), and the report that turns JMH's JSON into one table.
 * Run with {@code bench/run}; see the README's Performance section.
 */
package dev.newsmodel.bench;
