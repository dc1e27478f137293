package dev.newsmodel.attribution.internal;

import java.util.Set;

/** Closed word classes the rules use. */
public final class Words {
  private Words() {}

  /**
   * Splits a text at runs of white space (ASCII white space, U+00A0, U+2000 to U+200B, U+202F,
   * U+205F, U+3000) as {@code Pattern.split} would, without the regex engine (the rules split
   * names and phrases many times per attribution): an empty first piece when the text starts
   * with a space, trailing empty pieces dropped, the text itself when it has no space.
   */
  public static String[] splitOnSpaces(String text) {
    java.util.List<String> pieces = new java.util.ArrayList<>();
    int n = text.length();
    int from = 0;
    int i = 0;
    boolean matched = false;
    while (i < n) {
      if (!isSplitSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < n && isSplitSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      pieces.add(text.substring(from, i));
      matched = true;
      from = runEnd;
      i = runEnd;
    }
    if (!matched) {
      return new String[] {text};
    }
    pieces.add(text.substring(from));
    int size = pieces.size();
    while (size > 0 && pieces.get(size - 1).isEmpty()) {
      size--;
    }
    return pieces.subList(0, size).toArray(new String[0]);
  }

  // the class split at; \s is ASCII white space in it
  private static boolean isSplitSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c >= '\u2000' && c <= '\u200b' || c == '\u202f'
        || c == '\u205f' || c == '\u3000';
  }

  /** Whether a character is white space, the no-break and other Unicode spaces included. */
  public static boolean isSpace(char c) {
    if (c < 0x80) { // the same answer as below, without the Unicode tables
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
  }

  /** An immutable set of words; duplicates in the list are harmless. */
  public static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Auxiliaries, negation and adverbs that stand between a subject and its verb. */
  public static final Set<String> AUX = Words.set(
      "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "also", "later",
      "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does",
      "do", "not", "never", "n't", "just", "even", "further", "again", "then", "once", "still",
      "already", "often", "first", "earlier", "recently", "previously", "reportedly", "publicly",
      "privately", "repeatedly", "openly", "quickly", "immediately", "initially", "flatly",
      "strongly", "explicitly", "simply", "only", "always", "now", "since", "subsequently",
      "separately", "directly", "he's", "she's", "it's", "they've", "we've", "i've", "long",
      "twice", "both", "particular", "began", "begun", "started", "stopped", "continued",
      "continues", "keeps", "kept", "all", "each", "too", "personally", "herself", "himself",
      "themselves", "itself", "jointly", "wouldn't", "wouldn\u2019t", "didn't", "didn\u2019t", "won't",
      "won\u2019t", "couldn't", "couldn\u2019t", "doesn't", "doesn\u2019t", "don't", "don\u2019t", "hasn't",
      "hasn\u2019t", "haven't", "haven\u2019t", "hadn't", "hadn\u2019t", "isn't", "isn\u2019t", "wasn't",
      "wasn\u2019t", "can't", "can\u2019t", "shouldn't", "shouldn\u2019t");

  /** Words that end a subject noun phrase when scanning left from the verb. */
  public static final Set<String> CLAUSE = Words.set(
      "that", "and", "but", "or", "because", "when", "while", "if", "as", "so", "than", "after",
      "before", "although", "though", "until", "unless", "whether", "where", "since", "yet",
      "to", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
      "may", "might", "should", "must", "not", "did", "does", "do", "said", "says", "say",
      "told", "added", "be", "been", "being", "what", "how", "why", "there", "here", "it's",
      "i'm", "we're", "you're", "they're", "this", "these", "those", "nor", "then");

  /** Words that start an appositive or a non-restrictive relative clause after a comma. */
  public static final Set<String> APPOSITIVE_START = Words.set(
      "who", "which", "whose", "a", "an", "the", "one", "his", "her", "its", "their", "also",
      "former", "now", "then", "chief", "head", "director", "president", "spokesman",
      "spokeswoman", "spokesperson", "executive", "leader", "founder", "chairman", "chairwoman",
      "co-founder", "author", "professor", "minister", "secretary", "senator", "governor",
      "mayor", "ceo", "deputy", "senior", "vice", "general", "assistant", "both", "each", "at",
      "in", "on", "during", "speaking", "asked", "after", "before", "with", "from", "of", "whom",
      "himself", "herself", "too", "however", "though", "meanwhile", "for", "by", "like");

  /** Words before a noun: a cue word after one of these is a noun ("the report", "his answer"). */
  public static final Set<String> DETERMINERS = set(
      "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
      "those", "many", "some", "few", "several", "no", "any", "more", "most", "all", "every",
      "each", "another", "other", "such", "new", "first", "latest", "recent", "earlier", "of",
      "two", "three", "whose", "one", "what", "which", "in", "on", "for", "with", "by", "from",
      "about", "against", "over", "into", "under", "at", "as");

  /** Time words that may stand between a subject and its verb: "Sanders on Tuesday said". */
  public static final Set<String> TIME_WORDS = set(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
      "today", "on", "last", "week", "night", "morning", "afternoon", "evening", "tonight", "month", "year");

  /** Words that may open a sentence before its subject. */
  public static final Set<String> OPENERS = set(
      "but", "and", "so", "yet", "still", "however", "meanwhile", "also", "now", "then", "instead",
      "indeed", "separately", "later", "earlier", "moreover", "thus", "or");

  /** Irregular verb forms for the subject-verb rule. */
  public static final Set<String> VERBS = set(
      "took", "gave", "made", "put", "said", "told", "wrote", "thought", "knew", "saw", "felt",
      "held", "kept", "led", "won", "lost", "sought", "brought", "bought", "began", "ran",
      "spoke", "stood", "taught", "understood", "meant", "sent", "went", "came", "got",
      "struck", "drew", "chose", "forgot", "fought", "hid", "rose", "sang",
      "want", "believe", "think", "say", "know", "support", "oppose", "hope", "fear", "expect",
      "need", "plan", "agree", "argue", "claim", "insist", "worry", "doubt", "feel", "see",
      "prefer", "favor", "trust", "blame", "accuse", "deny", "reject");

  /** Words in -s or -ed that are rarely the verb of a subject at a sentence start. */
  public static final Set<String> NOT_VERBS = set(
      "was", "has", "does", "is", "as", "its", "his", "hers", "ours", "theirs", "yours", "this",
      "thus", "always", "perhaps", "news", "series", "means", "politics", "economics", "always",
      "less", "unless", "across", "towards", "afterwards", "sometimes", "nevertheless", "whereas",
      "besides", "upstairs", "downstairs", "overseas", "needed", "used", "based", "related",
      "united", "limited", "advanced", "concerned", "interested", "supposed", "named", "aged",
      "called", "expected", "scheduled", "set", "tasked", "charged", "born", "married", "elected",
      "appointed", "nominated", "indicted", "arrested", "killed", "injured", "wounded", "shot");

  /** Capitalised function words that open sentences but never head a subject. */
  public static final Set<String> NOT_SUBJECTS = set(
      "however", "in", "on", "at", "for", "following", "although", "after", "before", "while",
      "when", "if", "as", "but", "and", "so", "yet", "the", "a", "an", "this", "that", "these",
      "those", "there", "here", "what", "why", "how", "where", "since", "because", "though",
      "meanwhile", "still", "now", "then", "also", "even", "despite", "during", "with", "without",
      "by", "from", "of", "to", "into", "like", "unlike", "among", "until", "over", "under",
      "about", "against", "instead", "indeed", "thus", "moreover", "furthermore", "asked",
      "speaking", "according", "it", "its", "whether", "once", "last", "next", "first", "today",
      "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "both", "all", "many", "some", "most", "such", "only",
      "not", "no", "yes", "well", "oh", "so-called", "sometimes", "often", "later", "earlier");

  /** Verbs of action or state that carry no attributed content. */
  public static final Set<String> ACTION_VERBS = set(
      "handed", "accepted", "represents", "awarded", "updated", "collected", "founded", "created",
      "unloaded", "removed", "sits", "sat", "composed", "occupies", "occupied", "campaigned", "coincided", "joined",
      "brings", "brought", "gave", "gives", "made", "makes", "took", "takes", "went", "goes",
      "came", "comes", "arrived", "died", "lived", "lives", "worked", "works", "served", "serves",
      "won", "wins", "lost", "loses", "ran", "runs", "moved", "moves", "traveled", "travelled",
      "visited", "visits", "met", "meets", "stood", "stands", "left", "leaves", "began", "begins",
      "started", "starts", "ended", "ends", "increased", "decreased", "rose", "fell", "grew",
      "dropped", "spent", "spends", "paid", "pays", "owns", "owned", "holds", "led", "leads",
      "faces", "faced", "includes", "included", "contains", "remains", "remained", "stays",
      "stayed", "returned", "returns", "struggles", "struggled", "happened", "happens", "seems",
      "appeared", "lived", "landed", "traveled", "attended", "attends", "hosted", "hosts",
      "received", "receives", "earned", "earns", "raised", "raises", "continued", "continues",
      "walked", "walks", "entered", "enters", "helped", "helps", "used", "uses", "turned",
      "turns", "played", "plays", "watched", "watches", "tried", "tries", "ate", "killed",
      "fired", "hired", "opened", "closed", "built", "bought", "sold", "sells", "grabbed",
      "fled", "marched", "gathered", "waited", "voted", "votes", "filed", "signed", "passed",
      "reached", "reaches", "carried", "carries", "dominated", "dominates", "surged", "trailed",
      "trails", "leads", "led", "topped", "tops", "posted", "scored", "spoke", "speaks",
      "states", "got", "attacks", "conducted", "maintained", "need", "finished", "held", "captured",
      "targeted", "surveyed", "picked", "looked", "drew", "benefited", "proved", "advised", "side", "needs",
      "put", "maintains", "forced", "interviewed", "poised", "failed");

  /** Pronouns that can be sources. */
  public static final Set<String> PRONOUNS = Words.set(
      "he", "she", "they", "we", "i", "it", "you", "who");

  /** Prepositions that open an adjunct after a cue: "said on Thursday", "said in a statement". */
  public static final Set<String> ADJUNCT_PREP = Words.set(
      "on", "in", "at", "during", "via", "through", "to", "late", "early", "earlier", "last",
      "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "from", "before", "after", "with", "over", "by", "while",
      "when", "repeatedly", "again", "also", "publicly", "privately", "recently", "previously",
      "later", "afterward", "afterwards", "separately", "flatly", "simply", "bluntly", "frankly");

  /** Words that finish a skipped adjunct. */
  public static final Set<String> ADJUNCT_HEADS = Words.set(
      "statement", "statements", "interview", "interviews", "speech", "conference", "briefing",
      "email", "e-mail", "tweet", "tweets", "post", "posts", "letter", "report", "call", "rally",
      "appearance", "meeting", "hearing", "event", "program", "show", "broadcast", "release",
      "remarks", "op-ed", "column", "blog", "message", "video", "podcast", "twitter", "facebook",
      "instagram", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "npr", "reporters", "journalists",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month",
      "year", "weekend", "time", "day", "days", "hours", "hour", "minutes", "session", "debate",
      "episode", "forum", "town", "hall", "audience", "crowd", "supporters", "message", "earlier", "later", "ago", "again", "also",
      "publicly", "privately", "recently", "previously", "afterward", "afterwards", "separately",
      "flatly", "simply", "bluntly", "frankly", "repeatedly", "radio", "television", "tv",
      "network", "newspaper", "magazine", "website", "site", "page", "account", "feed",
      "document", "filing", "court", "testimony", "response", "reply");

  /** Participles that continue a statement: ", adding ...", ", saying ...". */
  public static final Set<String> CONTINUING_PARTICIPLES = Words.set(
      "adding", "saying", "noting", "arguing", "explaining", "insisting", "warning", "calling",
      "claiming", "citing", "stressing", "suggesting", "asking", "telling", "pointing",
      "accusing", "describing", "vowing", "promising", "acknowledging", "declaring", "writing",
      "urging", "stating", "asserting", "recalling", "alleging", "emphasizing", "complaining",
      "predicting", "conceding", "admitting", "denying", "dismissing", "rejecting", "referring",
      "questioning", "blaming", "praising", "criticizing", "reiterating", "remarking", "joking");
}
