package dev.newsmodel.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The pipeline's options, given as {@code --name=value}. */
public interface NewsPipelineOptions extends PipelineOptions {
  @Description("WARC files (.warc or .warc.gz) to read: a path or glob, local or on the runner's file system")
  String getWarc();

  void setWarc(String value);

  @Description("JSON Lines of pages to read instead: one {\"url\": ..., \"html\": ...} object per line; a path or glob")
  String getPages();

  void setPages(String value);

  @Description("Output prefix: article JSON Lines go to PREFIX-*.jsonl, failures to PREFIX-failures-*.jsonl")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Number of output shards (0 lets the runner choose)")
  @Default.Integer(0)
  int getShards();

  void setShards(int value);
}
