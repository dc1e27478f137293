package dev.newsmodel.attribution.internal;

import java.util.Set;

/** General lexicons about who can be a source: source nouns, titles, agencies, governments. */
public final class SourceNouns {
  private SourceNouns() {}

  /** Common nouns that name people or bodies who speak. */
  static final Set<String> SOURCE_NOUNS = Words.set(
      "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
      "source", "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
      "people", "person", "analyst", "analysts", "expert", "experts", "lawmaker", "lawmakers",
      "critic", "critics", "supporter", "supporters", "voter", "voters", "resident", "residents",
      "police", "authorities", "government", "ministry", "agency", "report", "statement",
      "group", "campaign", "committee", "commission", "company", "firm", "department", "office",
      "administration", "court", "judge", "lawyer", "lawyers", "attorney", "attorneys",
      "prosecutor", "prosecutors", "investigators", "researchers", "scientists", "economists",
      "study", "survey", "poll", "polls", "data", "documents", "document", "memo", "letter",
      "leader", "leaders", "president", "minister", "secretary", "senator", "senators",
      "governor", "mayor", "candidate", "candidates", "nominee", "democrats", "republicans",
      "party", "members", "member", "manager", "director", "chairman", "chairwoman", "chair",
      "executive", "ceo", "founder", "professor", "historian", "strategist", "strategists",
      "organizers", "activists", "protesters", "witnesses", "witness", "observers", "diplomats",
      "diplomat", "ambassador", "envoy", "military", "army", "ministry's", "union", "council",
      "board", "bank", "network", "newspaper", "paper", "website", "agency's", "team", "staff",
      "everyone", "others", "many", "some", "both", "most", "insiders", "correspondent",
      "reporter", "reporters", "journalist", "journalists", "editor", "host", "anchor",
      "pollster", "pollsters", "surrogate", "surrogates", "operative", "operatives", "allies",
      "ally", "opponents", "opponent", "rival", "rivals", "americans", "conservatives",
      "liberals", "progressives", "republican", "democrat", "counsel", "clinton", "trump",
      "fbi", "cia", "who", "husband", "wife", "son", "daughter", "father", "mother", "friend",
      "friends", "colleague", "colleagues", "partner", "owner", "owners", "workers", "employees",
      "students", "parents", "families", "victims", "users", "fans", "donors", "delegates",
      "speaker", "chief", "head", "counterpart", "rapporteur", "panel", "group's", "regulator",
      "regulators", "watchdog", "inspector", "coroner", "sheriff", "commissioner", "state",
      "city", "country", "nation", "kremlin", "pentagon", "congress", "senate", "parliament");

  /** Whether a lower-case word names something that can speak. */
  public static boolean isSourceNoun(String lower) {
    return SOURCE_NOUNS.contains(lower);
  }
}
