package dev.newsmodel.attribution.internal;

import java.util.Set;

/** Closed word classes the rules use. */
final class Words {
  private Words() {}

  /** An immutable set of words; duplicates in the list are harmless. */
  static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Auxiliaries, negation and adverbs that stand between a subject and its verb. */
  static final Set<String> AUX = Words.set(
      "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "also", "later",
      "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does",
      "do", "not", "never", "n't", "just", "even", "further", "again", "then", "once", "still",
      "already", "often", "first", "earlier", "recently", "previously", "reportedly", "publicly",
      "privately", "repeatedly", "openly", "quickly", "immediately", "initially", "flatly",
      "strongly", "explicitly", "simply", "only", "always", "now", "since", "subsequently",
      "separately", "directly", "he's", "she's", "it's", "they've", "we've", "i've");

  /** Words that end a subject noun phrase when scanning left from the verb. */
  static final Set<String> CLAUSE = Words.set(
      "that", "and", "but", "or", "because", "when", "while", "if", "as", "so", "than", "after",
      "before", "although", "though", "until", "unless", "whether", "where", "since", "yet",
      "to", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
      "may", "might", "should", "must", "not", "did", "does", "do", "said", "says", "say",
      "told", "added", "be", "been", "being", "what", "how", "why", "there", "here", "it's",
      "i'm", "we're", "you're", "they're", "this", "these", "those", "nor", "then");

  /** Words that start an appositive or a non-restrictive relative clause after a comma. */
  static final Set<String> APPOSITIVE_START = Words.set(
      "who", "which", "whose", "a", "an", "the", "one", "his", "her", "its", "their", "also",
      "former", "now", "then", "chief", "head", "director", "president", "spokesman",
      "spokeswoman", "spokesperson", "executive", "leader", "founder", "chairman", "chairwoman",
      "co-founder", "author", "professor", "minister", "secretary", "senator", "governor",
      "mayor", "ceo", "deputy", "senior", "vice", "general", "assistant", "both", "each");

  /** Words before a noun: a cue word after one of these is a noun ("the report", "his answer"). */
  static final Set<String> DETERMINERS = set(
      "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
      "those", "many", "some", "few", "several", "no", "any", "more", "most", "all", "every",
      "each", "another", "other", "such", "new", "first", "latest", "recent", "earlier", "of",
      "two", "three", "whose", "one", "what", "which", "in", "on", "for", "with", "by", "from",
      "about", "against", "over", "into", "under", "at", "as");

  /** Time words that may stand between a subject and its verb: "Sanders on Tuesday said". */
  static final Set<String> TIME_WORDS = set(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
      "today", "on", "last", "week", "night", "morning", "afternoon", "evening", "tonight");

  /** Pronouns that can be sources. */
  static final Set<String> PRONOUNS = Words.set(
      "he", "she", "they", "we", "i", "it", "you", "who");

  /** Prepositions that open an adjunct after a cue: "said on Thursday", "said in a statement". */
  static final Set<String> ADJUNCT_PREP = Words.set(
      "on", "in", "at", "during", "via", "through", "to", "late", "early", "earlier", "last",
      "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "from", "before", "after", "with", "over", "by", "while",
      "when", "repeatedly", "again", "also", "publicly", "privately", "recently", "previously",
      "later", "afterward", "afterwards", "separately", "flatly", "simply", "bluntly", "frankly");

  /** Words that finish a skipped adjunct. */
  static final Set<String> ADJUNCT_HEADS = Words.set(
      "statement", "statements", "interview", "interviews", "speech", "conference", "briefing",
      "email", "e-mail", "tweet", "tweets", "post", "posts", "letter", "report", "call", "rally",
      "appearance", "meeting", "hearing", "event", "program", "show", "broadcast", "release",
      "remarks", "op-ed", "column", "blog", "message", "video", "podcast", "twitter", "facebook",
      "instagram", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "npr", "reporters", "journalists",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month",
      "year", "weekend", "time", "day", "days", "earlier", "later", "ago", "again", "also",
      "publicly", "privately", "recently", "previously", "afterward", "afterwards", "separately",
      "flatly", "simply", "bluntly", "frankly", "repeatedly", "radio", "television", "tv",
      "network", "newspaper", "magazine", "website", "site", "page", "account", "feed",
      "document", "filing", "court", "testimony", "response", "reply");

  /** Participles that continue a statement: ", adding ...", ", saying ...". */
  static final Set<String> CONTINUING_PARTICIPLES = Words.set(
      "adding", "saying", "noting", "arguing", "explaining", "insisting", "warning", "calling",
      "claiming", "citing", "stressing", "suggesting", "asking", "telling", "pointing",
      "accusing", "describing", "vowing", "promising", "acknowledging", "declaring", "writing",
      "urging", "stating", "asserting", "recalling", "alleging", "emphasizing", "complaining",
      "predicting", "conceding", "admitting", "denying", "dismissing", "rejecting", "referring",
      "questioning", "blaming", "praising", "criticizing", "reiterating", "remarking", "joking");
}
