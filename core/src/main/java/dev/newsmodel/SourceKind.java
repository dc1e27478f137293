package dev.newsmodel;

/** What kind of entity a source is. */
public enum SourceKind {
  /** A named or described person. */
  PERSON,
  /** A company, group, party, court, university or other organisation. */
  ORGANIZATION,
  /** A country or its government, authorities, ministries and agencies. */
  GOVERNMENT,
  /** A news agency or outlet cited as a source, e.g. Yonhap, Kyodo. */
  NEWS_AGENCY,
  /** A report, statement, study or other document cited as a source. */
  DOCUMENT,
  /** A source whose kind could not be told. */
  UNKNOWN
}
