package dev.newsmodel.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The pipeline's options, given as {@code --name=value}. */
public interface NewsPipelineOptions extends PipelineOptions {
  /**
   * Returns the WARC files to read.
   *
   * @return a path or glob, or {@code null}
   */
  @Description("WARC files (.warc or .warc.gz) to read: a path or glob, local or on the runner's file system")
  String getWarc();

  /**
   * Sets the WARC files to read.
   *
   * @param value a path or glob
   */
  void setWarc(String value);

  /**
   * Returns the JSON Lines of pages to read.
   *
   * @return a path or glob, or {@code null}
   */
  @Description("JSON Lines of pages to read instead: one {\"url\": ..., \"html\": ...} object per line; a path or glob")
  String getPages();

  /**
   * Sets the JSON Lines of pages to read.
   *
   * @param value a path or glob
   */
  void setPages(String value);

  /**
   * Returns the output prefix.
   *
   * @return the prefix
   */
  @Description("Output prefix: article JSON Lines go to PREFIX-*.jsonl, failures to PREFIX-failures-*.jsonl")
  @Validation.Required
  String getOutput();

  /**
   * Sets the output prefix.
   *
   * @param value the prefix
   */
  void setOutput(String value);

  /**
   * Returns the number of output shards.
   *
   * @return the shards, 0 to let the runner choose
   */
  @Description("Number of output shards (0 lets the runner choose)")
  @Default.Integer(0)
  int getShards();

  /**
   * Sets the number of output shards.
   *
   * @param value the shards, 0 to let the runner choose
   */
  void setShards(int value);
}
