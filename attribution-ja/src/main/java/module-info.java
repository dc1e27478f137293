/**
 * The Japanese attribution engine ({@code ja}): reached through
 * {@link dev.newsmodel.attribution.Attributor} by {@link java.util.ServiceLoader}; exports
 * nothing. Tokenises with Lucene's Kuromoji (IPADIC).
 */
module dev.newsmodel.attribution.ja {
  requires dev.newsmodel.attribution;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.kuromoji;
  requires static org.jspecify;

  provides dev.newsmodel.attribution.AttributionEngine with
      dev.newsmodel.attribution.ja.JapaneseEngine;
}
