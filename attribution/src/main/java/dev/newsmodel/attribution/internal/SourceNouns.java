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
      "police", "authorities", "authority", "government", "ministry", "agency", "report", "statement",
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
      "liberals", "progressives", "republican", "democrat", "counsel",
      "fbi", "cia", "who", "husband", "wife", "son", "daughter", "father", "mother", "friend",
      "friends", "colleague", "colleagues", "partner", "owner", "owners", "workers", "employees",
      "students", "parents", "families", "victims", "users", "fans", "donors", "delegates",
      "speaker", "chief", "head", "counterpart", "rapporteur", "panel", "group's", "regulator",
      "regulators", "watchdog", "inspector", "coroner", "sheriff", "commissioner", "state",
      "city", "country", "nation", "kremlin", "pentagon", "congress", "senate", "parliament",
      // heads of source phrases common in news reporting (informed by corpus statistics)
      "campaign", "poll", "voters", "officials", "candidates", "supporters", "candidate", "leaders", "polls", "president",
      "experts", "percent", "senator", "aides", "allies", "report", "group", "administration", "governor", "company",
      "groups", "advisers", "people", "official", "team", "spokesman", "state", "party", "records", "judge",
      "nominee", "manager", "survey", "strategist", "supporter", "director", "office", "senators", "government", "media",
      "adviser", "aide", "ad", "source", "members", "analysts", "lawmakers", "statement", "critics", "leader",
      "strategists", "reports", "board", "sources", "reporter", "states", "crowd", "agency", "rivals", "man",
      "politicians", "organization", "lawsuit", "newspaper", "establishment", "advocates", "polling", "opponents", "activists", "staff",
      "police", "website", "filings", "insiders", "women", "donors", "delegates", "committee", "emails", "executives",
      "economists", "court", "parties", "campaigns", "conservatives", "email", "businessman", "audience", "chairman", "friends",
      "letter", "data", "debate", "results", "networks", "prosecutors", "authorities", "public", "front-runner", "executive",
      "mayor", "firm", "spokeswoman", "camp", "woman", "organizations", "community", "analysis", "leadership", "country",
      "investigation", "ads", "pollster", "observers", "employee", "video", "countries", "secretary", "activist", "bill",
      "attendees", "movement", "protesters", "researchers", "unions", "member", "lawyers", "friend", "progressives", "employees",
      "operatives", "rally", "mogul", "editorial", "message", "paper", "wife", "backers", "speech", "person",
      "account", "narrator", "general", "actor", "panel", "plan", "surveys", "workers", "scientists", "department",
      "liberals", "convention", "diplomat", "neurosurgeon", "staffer", "electorate", "organizers", "actress", "journalist", "laws",
      "fans", "justice", "figures", "star", "lawyer", "network", "host", "investors", "superdelegates", "book",
      "speakers", "daughter", "hopefuls", "tycoon", "husband", "commentators", "veteran", "moderators", "documents", "research",
      "guy", "conservative", "platform", "officer", "pundits", "council", "page", "backer", "legislation", "remarks",
      "show", "speaker", "foundation", "lawmaker", "mother", "speechwriter", "union", "organizer", "contenders", "nation",
      "chairwoman", "industry", "investigators", "consultant", "independents", "legislature", "attorneys", "summary", "citizens", "journalists",
      "findings", "estimates", "numbers", "caucus-goers", "faction", "agreement", "commission", "moderator", "writers", "evidence",
      "post", "family", "users", "bank", "technologists", "companies", "father", "founders", "pastor", "makers",
      "minister", "editors", "chief", "analyst", "superdelegate", "author", "surrogates", "courts", "prince", "editorials",
      "slate", "associates", "lobbyists", "affidavit", "libertarians", "legislators", "suit", "study", "memo", "tweet",
      "tweets");

  /** Whether a lower-case word names something that can speak. */
  public static boolean isSourceNoun(String lower) {
    return SOURCE_NOUNS.contains(lower);
  }
}
