#include "extractors/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "extractors/embedded.h"
#include "extractors/tokens.h"

namespace claimcheck {

// Defined in the generated embedded_lexicons.cc.
absl::Span<const EmbeddedFile> EmbeddedLexicons();

const char* CueClassName(CueClass c) {
  switch (c) {
    case CueClass::kNone:
      return "none";
    case CueClass::kNeutral:
      return "neutral";
    case CueClass::kLoaded:
      return "loaded";
    case CueClass::kDenial:
      return "denial";
    case CueClass::kWarning:
      return "warning";
    case CueClass::kBelief:
      return "belief";
    case CueClass::kAttitude:
      return "attitude";
  }
  return "none";
}

bool ParseCueClass(absl::string_view name, CueClass* out) {
  for (CueClass c : {CueClass::kNeutral, CueClass::kLoaded, CueClass::kDenial, CueClass::kWarning,
                     CueClass::kBelief, CueClass::kAttitude}) {
    if (name == CueClassName(c)) {
      *out = c;
      return true;
    }
  }
  return false;
}

const char* PolarityName(Polarity p) { return p == Polarity::kSupports ? "supports" : "contradicts"; }

void WordTable::Rehash(size_t capacity) {
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    uint64_t h = Hash(keys_[k]);
    size_t i = h & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{static_cast<uint32_t>(h >> 32) | 1, k};
  }
}

WordInfo& WordTable::operator[](absl::string_view word) {
  if (const WordInfo* found = Find(word)) return const_cast<WordInfo&>(*found);
  keys_.emplace_back(word);
  Entry e;
  e.len = static_cast<uint32_t>(word.size());
  if (word.size() <= kInlineKey) std::memcpy(e.key, word.data(), word.size());
  entries_.push_back(e);
  if (word.empty())
    has_empty_ = true;
  else
    first_byte_[static_cast<unsigned char>(word[0])] = true;
  // At most half full: probes stay short, misses end fast.
  if (keys_.size() * 2 > slots_.size()) {
    Rehash(std::max<size_t>(64, slots_.size() * 2));
  } else {
    uint64_t h = Hash(word);
    size_t i = h & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{static_cast<uint32_t>(h >> 32) | 1, static_cast<uint32_t>(keys_.size() - 1)};
  }
  return entries_.back().info;
}

namespace {

size_t WordCount(absl::string_view s) {
  return std::vector<absl::string_view>(absl::StrSplit(s, ' ', absl::SkipEmpty())).size();
}

absl::Status Bad(absl::string_view file, int line, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ":", line, ": ", what));
}

// Adds the entries of one lexicon file. `file` names it in errors.
absl::Status AddFile(absl::string_view name, absl::string_view file, absl::string_view data, Lexicons* lex) {
  int line_no = 0;
  for (absl::string_view raw : absl::StrSplit(data, '\n')) {
    ++line_no;
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
    for (auto& x : f) x = absl::StripAsciiWhitespace(x);
    auto need = [&](size_t n) -> absl::Status {
      if (f.size() != n) {
        return Bad(file, line_no,
                   absl::StrCat("expected ", n, " tab-separated fields, found ", f.size(), ": '", line, "'"));
      }
      return absl::OkStatus();
    };
    if (name == "reporting_verbs.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      CueClass c;
      if (!ParseCueClass(f[0], &c)) {
        return Bad(file, line_no,
                   absl::StrCat("unknown class '", f[0],
                                "' (expected neutral, loaded, denial, warning, belief or attitude)"));
      }
      std::string form = absl::AsciiStrToLower(f[1]);
      auto [it, inserted] = lex->reporting_verbs.emplace(form, c);
      if (!inserted && it->second != c) {
        return Bad(file, line_no,
                   absl::StrCat("'", form, "' is already listed as ", CueClassName(it->second),
                                "; a form has one class"));
      }
    } else if (name == "abbreviations.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      std::string a(absl::StripSuffix(f[1], "."));
      if (f[0] == "title") {
        lex->title_abbreviations.insert(a);
      } else if (f[0] == "other") {
        lex->other_abbreviations.insert(a);
      } else {
        return Bad(file, line_no, absl::StrCat("unknown kind '", f[0], "' (expected title or other)"));
      }
    } else if (name == "pronouns.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      PronounKind k;
      if (f[0] == "person")
        k = PronounKind::kPerson;
      else if (f[0] == "group")
        k = PronounKind::kGroup;
      else if (f[0] == "self")
        k = PronounKind::kSelf;
      else if (f[0] == "thing")
        k = PronounKind::kThing;
      else
        return Bad(file, line_no, absl::StrCat("unknown pronoun kind '", f[0], "'"));
      lex->pronouns[absl::AsciiStrToLower(f[1])] = k;
    } else if (name == "stance_words.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      std::string w = absl::AsciiStrToLower(f[1]);
      if (f[0] == "noun")
        lex->stance_nouns.insert(w);
      else if (f[0] == "adjective")
        lex->stance_adjectives.insert(w);
      else
        return Bad(file, line_no, absl::StrCat("unknown kind '", f[0], "' (expected noun or adjective)"));
    } else if (name == "first_names.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      int g = f[0] == "male" ? 1 : f[0] == "female" ? 2 : 0;
      if (g == 0) {
        return Bad(file, line_no, absl::StrCat("unknown gender '", f[0], "' (expected male or female)"));
      }
      auto [it, inserted] = lex->first_name_gender.emplace(std::string(f[1]), g);
      if (!inserted && it->second != g) {
        return Bad(file, line_no, absl::StrCat("'", f[1], "' is listed as both male and female"));
      }
    } else if (name == "evidence.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      Polarity p;
      if (f[0] == "supports")
        p = Polarity::kSupports;
      else if (f[0] == "contradicts")
        p = Polarity::kContradicts;
      else
        return Bad(file, line_no,
                   absl::StrCat("unknown polarity '", f[0], "' (expected supports or contradicts)"));
      lex->evidence.emplace_back(absl::AsciiStrToLower(f[1]), p);
    } else {
      // speaker_nouns.txt may mark a word with a second field ("body"),
      // kind_adjectives.txt with "party".
      if ((name != "speaker_nouns.txt" && name != "kind_adjectives.txt") || f.size() != 2) {
        if (auto s = need(1); !s.ok()) return s;
      }
      std::string v(f[0]);
      if (name == "titles.txt") {
        std::string l = absl::AsciiStrToLower(v);
        lex->max_title_words = std::max(lex->max_title_words, WordCount(l));
        lex->titles.insert(std::move(l));
      } else if (name == "speaker_nouns.txt") {
        std::string w = absl::AsciiStrToLower(v);
        if (f.size() > 1) {
          if (f[1] != "body") {
            return Bad(file, line_no, absl::StrCat("unknown mark '", f[1], "' (expected body)"));
          }
          lex->body_nouns.insert(w);
        }
        lex->speaker_nouns.insert(std::move(w));
      } else if (name == "organisation_words.txt") {
        lex->organisation_words.insert(v);
      } else if (name == "places.txt") {
        lex->max_place_words = std::max(lex->max_place_words, WordCount(v));
        lex->places.insert(v);
      } else if (name == "kind_adjectives.txt") {
        if (f.size() > 1) {
          if (f[1] != "party") {
            return Bad(file, line_no, absl::StrCat("unknown mark '", f[1], "' (expected party)"));
          }
          lex->party_words.insert(v);
        }
        lex->kind_adjectives.insert(v);
      } else if (name == "labels.txt") {
        lex->labels.insert(absl::AsciiStrToLower(v));
      } else if (name == "falsity_words.txt") {
        lex->falsity_words.push_back(absl::AsciiStrToLower(v));
      }
    }
  }
  return absl::OkStatus();
}

struct WordClass {
  uint64_t flag;
  std::vector<absl::string_view> words;
};

// Closed classes the analyzer tests on every token; grammar, not vocabulary,
// so they are kept here rather than in the user-extensible lexicon files.
const std::vector<WordClass>& ClosedClasses() {
  static const auto* classes = new std::vector<WordClass>{
      {kFlagVagueQuantity, {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"}},
      {kFlagAgentless,
       {"expected",    "believed",  "thought",       "said",          "reported",   "alleged",
        "rumored",     "rumoured",  "understood",    "feared",        "estimated",  "accused",
        "announced",   "claimed",   "considered",    "suspected",     "presumed",   "projected",
        "predicted",   "assumed",   "reputed",       "purported",     "told",       "described",
        "seen",        "regarded",  "viewed",        "hoped",         "forecast",   "tipped",
        "revealed",    "disclosed", "argued",        "criticised",    "criticized", "blamed",
        "condemned",   "lambasted", "derided",       "ridiculed",     "mentioned",  "touted",
        "floated",     "portrayed", "characterised", "characterized", "depicted",   "hailed",
        "interpreted", "called"}},
      {kFlagDeterminer,
       {"the",   "a",    "an",   "this", "that", "these",   "those", "his",  "her",   "their",   "its",
        "our",   "my",   "your", "some", "many", "several", "both",  "all",  "other", "another", "each",
        "every", "most", "few",  "no",   "any",  "two",     "three", "four", "five",  "whose"}},
      {kFlagPossessivePronoun, {"his", "her", "their", "its", "our", "my", "your", "whose"}},
      {kFlagAuxiliary,
       {"had",      "has",      "have",     "would",   "will",    "did",      "does",     "do",
        "could",    "may",      "might",    "must",    "should",  "shall",    "can",      "was",
        "were",     "is",       "are",      "be",      "been",    "being",    "having",   "not",
        "never",    "n't",      "also",     "then",    "again",   "later",    "earlier",  "previously",
        "once",     "still",    "further",  "already", "just",    "now",      "first",    "long",
        "even",     "only",     "often",    "since",   "too",     "last",     "ever",     "soon",
        "yet",      "twice",    "he'd",     "she'd",   "they'd",  "isn't",    "isn’t",    "wasn't",
        "wasn’t",   "aren't",   "aren’t",   "weren't", "weren’t", "hasn't",   "hasn’t",   "haven't",
        "haven’t",  "hadn't",   "hadn’t",   "doesn't", "doesn’t", "didn't",   "didn’t",   "won't",
        "won’t",    "wouldn't", "wouldn’t", "can't",   "can’t",   "couldn't", "couldn’t", "shouldn't",
        "shouldn’t"}},
      {kFlagFiniteAuxiliary,
       {"had", "has", "have", "would", "will", "did", "does", "do", "could", "may", "might", "must", "should",
        "shall", "can"}},
      {kFlagBe,
       {"is", "are", "was", "were", "be", "been", "being", "’s", "'s", "isn't", "isn’t", "wasn't", "wasn’t",
        "aren't", "aren’t", "weren't", "weren’t"}},
      {kFlagAdverb,
       {"also",      "later",  "then",         "again",       "still",      "once",       "further",
        "already",   "just",   "now",          "earlier",     "previously", "repeatedly", "often",
        "never",     "long",   "even",         "only",        "first",      "soon",       "since",
        "too",       "ever",   "yet",          "twice",       "instead",    "not",        "always",
        "sometimes", "seldom", "nevertheless", "nonetheless", "meanwhile"}},
      {kFlagPreposition,
       {"of",     "for",     "at",      "with",    "from",   "in",     "on",       "to",      "by",
        "about",  "near",    "close",   "inside",  "within", "among",  "under",    "over",    "between",
        "behind", "across",  "against", "around",  "into",   "onto",   "familiar", "through", "throughout",
        "during", "after",   "before",  "outside", "like",   "toward", "towards",  "via",     "per",
        "amid",   "despite", "without", "upon",    "beyond"}},
      {kFlagSubordinator,
       {"as", "while", "when", "although", "though", "if", "because", "since", "after", "before", "once",
        "until", "unless", "whereas", "whether", "whilst"}},
      {kFlagFunctionWord,
       {"the",      "a",          "an",        "this",      "that",     "these",     "those",   "his",
        "her",      "their",      "its",       "our",       "my",       "your",      "some",    "many",
        "several",  "both",       "all",       "other",     "another",  "each",      "every",   "most",
        "few",      "no",         "any",       "but",       "and",      "or",        "nor",     "so",
        "yet",      "however",    "meanwhile", "still",     "in",       "on",        "at",      "for",
        "from",     "with",       "by",        "of",        "to",       "as",        "while",   "when",
        "although", "though",     "if",        "because",   "since",    "after",     "before",  "once",
        "until",    "unless",     "he",        "she",       "it",       "they",      "we",      "i",
        "you",      "there",      "here",      "what",      "why",      "how",       "who",     "where",
        "which",    "then",       "now",       "earlier",   "later",    "also",      "even",    "only",
        "despite",  "during",     "among",     "under",     "over",     "according", "instead", "indeed",
        "thus",     "undeterred", "recent",    "last",      "next",     "first",     "one",     "two",
        "three",    "not",        "more",      "less",      "such",     "do",        "does",    "did",
        "is",       "are",        "was",       "were",      "has",      "have",      "had",     "will",
        "would",    "can",        "could",     "may",       "might",    "should",    "must",    "asked",
        "said",     "like",       "unlike",    "about",     "amid",     "inside",    "outside", "behind",
        "through",  "without",    "within",    "against",   "around",   "across",    "toward",  "towards",
        "near",     "nearly",     "almost",    "yes",       "oh",       "well",      "please",  "thank",
        "thanks",   "let",        "today",     "yesterday", "tomorrow", "tonight",   "either",  "neither",
        "whether",  "whose",      "whom",      "just"}},
      {kFlagQuantityHead,
       {"percent",  "%",        "half",      "third",      "thirds",     "quarter",     "quarters",
        "majority", "minority", "plurality", "most",       "many",       "some",        "others",
        "few",      "all",      "both",      "majorities", "minorities", "respondents", "several",
        "lots",     "dozens",   "scores",    "hundreds",   "thousands",  "millions"}},
      {kFlagStrongVerb,
       {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "ask", "asks", "asked",
        "asking"}},
      {kFlagClaimObject,
       {"lives",     "life",        "victims",    "responsibility", "credit",       "victory", "title",
        "titles",    "seat",        "seats",      "ownership",      "record",       "prize",   "asylum",
        "benefits",  "damages",     "casualties", "crown",          "championship", "medal",   "land",
        "territory", "jobs",        "homes",      "deaths",         "toll",         "win",     "wins",
        "share",     "spot",        "place",      "refund",         "compensation", "stake",   "pole",
        "trophy",    "inheritance", "people",     "award",          "awards",       "honour",  "honours",
        "honor",     "honors",      "cup",        "double",         "treble",       "gold",    "silver",
        "bronze",    "scalp"}},
      {kFlagNounDeterminer,
       {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
        "whose", "such", "no"}},
      {kFlagNameJoiner, {"of", "de", "van", "von", "bin", "al", "la", "del", "da", "der"}},
      {kFlagAnaphoricHead,
       {"leader",        "president",   "officer",   "official",   "minister",    "senator",
        "governor",      "mayor",       "lawmaker",  "politician", "billionaire", "businessman",
        "businesswoman", "executive",   "candidate", "nominee",    "incumbent",   "republican",
        "democrat",      "actor",       "actress",   "star",       "organizer",   "organiser",
        "premier",       "chancellor",  "prime",     "envoy",      "diplomat",    "general",
        "commander",     "tycoon",      "mogul",     "veteran",    "congressman", "congresswoman",
        "spokesman",     "spokeswoman", "host",      "coach",      "chief"}},
      // The kinds of person a story is about, and calls its subject by
      // ("Sanders held a rally. The candidate said …"): not offices ("the
      // governor" is someone given that title) nor roles that bring in
      // someone new ("the spokesman", "the host").
      {kFlagPersonKind,
       {"candidate", "nominee", "front-runner", "frontrunner", "hopeful", "challenger", "businessman",
        "businesswoman", "billionaire", "tycoon", "mogul", "actor", "actress", "singer", "rapper",
        "comedian"}},
      {kFlagTakesAddressee,
       {"told",    "tell",     "tells",     "telling",  "informed", "assured",  "reassured",
        "warned",  "warns",    "warn",      "urged",    "urges",    "urge",     "asked",
        "asks",    "reminded", "cautioned", "cautions", "advised",  "promised", "notified",
        "briefed", "accused",  "accuses",   "emailed",  "e-mailed", "texted",   "messaged"}},
      {kFlagPropositionalObject,
       {"announce",  "announces", "announced", "announcing", "report",   "reported", "reporting", "disclose",
        "discloses", "disclosed", "declare",   "declares",   "declared", "reveal",   "reveals",   "revealed",
        "confirm",   "confirms",  "confirmed", "show",       "shows",    "showed",   "indicate",  "indicates",
        "indicated", "predict",   "predicts",  "predicted",  "mention",  "mentions", "mentioned", "stated",
        "tweeted",   "posted",    "wrote",     "published",  "released", "issued"}},
      {kFlagQuestionWord, {"if", "whether", "who", "what", "why", "how", "when", "where", "which"}},
      {kFlagConditional, {"should", "if", "unless", "whether", "lest"}},
      {kFlagMagnitude,
       {"hundred", "thousand", "million", "billion", "trillion", "percent", "per", "bn", "m"}},
      {kFlagNumberWord, {"one",   "two",   "three",   "four",   "five",    "six",     "seven",  "eight",
                         "nine",  "ten",   "eleven",  "twelve", "fifteen", "twenty",  "thirty", "forty",
                         "fifty", "sixty", "seventy", "eighty", "ninety",  "hundred", "a"}},
      {kFlagObjectWord, {"him", "her", "them", "it", "me", "us", "you", "for", "on", "to", "that", "out"}},
      {kFlagWhether, {"whether"}},
      {kFlagFirstPersonSingular,
       {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "myself"}},
      {kFlagIrregularPast,
       {"went",   "was",      "were",     "had",      "did",    "made",   "came",  "got",    "took",  "gave",
        "saw",    "knew",     "thought",  "felt",     "left",   "won",    "lost",  "met",    "ran",   "kept",
        "held",   "brought",  "paid",     "sent",     "spent",  "stood",  "fell",  "began",  "grew",  "rose",
        "led",    "meant",    "cost",     "hit",      "put",    "set",    "cut",   "broke",  "drove", "cast",
        "sought", "fought",   "caught",   "taught",   "bought", "struck", "spoke", "wrote",  "drew",  "threw",
        "chose",  "shook",    "took",     "beat",     "let",    "quit",   "shut",  "spread", "sat",   "swore",
        "swept",  "tore",     "woke",     "hung",     "fled",   "fed",    "dealt", "lent",   "built", "sold",
        "stuck",  "heard",    "laid",     "became",   "forgot", "hid",    "bore",  "wore",   "won",   "slid",
        "struck", "withdrew", "overcame", "undertook"}},
  };
  return *classes;
}

// The first token of a lexicon entry as the tokenizer sees it in running
// text ("Gov." -> "Gov", "U.S. attorney" -> "U.S"), so a test on one token
// rules an entry out exactly.
std::string FirstToken(absl::string_view entry) {
  std::string lower = AsciiLower(entry);
  std::vector<Token> toks = Tokenize(entry, lower, {0, entry.size()});
  return toks.empty() ? std::string(entry) : std::string(toks[0].text);
}

// Lowercase word -> every flag, cue class and pronoun kind (one lookup per
// token at analysis time).
void BuildWordInfo(Lexicons* lex) {
  auto& t = lex->word_info;
  auto flag = [&t](absl::string_view w, uint64_t f) { t[absl::AsciiStrToLower(w)].flags |= f; };
  for (const WordClass& wc : ClosedClasses()) {
    for (absl::string_view w : wc.words) flag(w, wc.flag);
  }
  for (absl::string_view w :
       {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
        "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
        "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"}) {
    t[std::string(w)].capitalized_flags |= kFlagMonth;
  }
  for (absl::string_view w :
       {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thurs", "fri", "sat", "today", "tonight", "yesterday", "tomorrow"}) {
    t[std::string(w)].capitalized_flags |= kFlagWeekday;
  }
  for (const auto& [form, cls] : lex->reporting_verbs) t[form].cue_class = static_cast<uint8_t>(cls);
  for (const auto& [form, kind] : lex->pronouns) {
    WordInfo& info = t[form];
    info.flags |= kFlagPronoun;
    info.pronoun = static_cast<uint8_t>(kind) + 1;
  }
  for (const std::string& w : lex->speaker_nouns) flag(w, kFlagSpeakerNoun);
  for (const std::string& w : lex->body_nouns) flag(w, kFlagBodyNoun);
  for (const std::string& w : lex->stance_nouns) flag(w, kFlagStanceNoun);
  for (const std::string& w : lex->stance_adjectives) flag(w, kFlagStanceAdjective);
  for (const std::string& w : lex->titles) {
    if (w.find(' ') == std::string::npos) flag(w, kFlagTitle);
  }
  for (const std::string& w : lex->title_first_words) flag(w, kFlagTitleFirst);
  for (const std::string& w : lex->title_abbreviations) flag(w, kFlagMaybeTitleAbbreviation);
  for (const std::string& w : lex->place_first_words) flag(w, kFlagMaybePlaceFirst);
  for (const std::string& w : lex->organisation_words) {
    // The possessive too: "the Ministry’s statement".
    for (absl::string_view suffix : {"", "’s", "'s"}) {
      flag(absl::StrCat(w, suffix), kFlagMaybeOrganisationWord);
    }
  }
  auto phrase_flags = [&](const absl::flat_hash_map<std::string, std::vector<Lexicons::Phrase>>& index,
                          uint64_t first_flag, uint64_t second_flag, uint64_t alone_flag) {
    for (const auto& [first, phrases] : index) {
      flag(first, first_flag);
      for (const Lexicons::Phrase& p : phrases) {
        if (p.words.size() == 1)
          flag(first, alone_flag);
        else
          flag(p.words[1], second_flag);
      }
    }
  };
  phrase_flags(lex->evidence_by_first, kFlagEvidenceFirst, kFlagEvidenceSecond, kFlagEvidenceAlone);
  phrase_flags(lex->falsity_by_first, kFlagFalsityFirst, kFlagFalsitySecond, kFlagFalsityAlone);
}

}  // namespace

absl::StatusOr<Lexicons> LoadLexicons(const std::vector<std::string>& extra_dirs) {
  Lexicons lex;
  for (const EmbeddedFile& f : EmbeddedLexicons()) {
    absl::Status s = AddFile(f.name, absl::StrCat("<built-in>/lexicons/", f.name), f.data, &lex);
    if (!s.ok()) return absl::InternalError(s.message());
  }
  for (const std::string& dir : extra_dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      return absl::InvalidArgumentError(
          absl::StrCat(dir, std::filesystem::exists(dir, ec) ? ": not a directory" : ": no such directory",
                       " (--lexicons takes a directory of files named like the built-in ones, e.g. "
                       "reporting_verbs.tsv)"));
    }
    bool any = false;
    for (const EmbeddedFile& f : EmbeddedLexicons()) {
      std::string path = absl::StrCat(dir, "/", f.name);
      std::ifstream in(path, std::ios::binary);
      if (!in) continue;
      any = true;
      std::stringstream ss;
      ss << in.rdbuf();
      absl::Status s = AddFile(f.name, path, ss.str(), &lex);
      if (!s.ok()) return s;
    }
    if (!any) {
      return absl::NotFoundError(absl::StrCat(dir,
                                              ": no lexicon files found (expected files named like the "
                                              "built-in ones, e.g. reporting_verbs.tsv)"));
    }
  }
  auto index = [](const std::string& phrase, Polarity p,
                  absl::flat_hash_map<std::string, std::vector<Lexicons::Phrase>>* out) {
    Lexicons::Phrase ph;
    ph.words = absl::StrSplit(phrase, ' ', absl::SkipEmpty());
    ph.polarity = p;
    if (ph.words.empty()) return;
    auto& list = (*out)[ph.words[0]];
    list.push_back(std::move(ph));
    // Longest first: the first match is the longest.
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  };
  for (const auto& [phrase, pol] : lex.evidence) index(phrase, pol, &lex.evidence_by_first);
  for (const std::string& w : lex.falsity_words) index(w, Polarity::kContradicts, &lex.falsity_by_first);
  for (const std::string& t : lex.titles) lex.title_first_words.insert(absl::AsciiStrToLower(FirstToken(t)));
  for (const std::string& p : lex.places) lex.place_first_words.insert(FirstToken(p));
  BuildWordInfo(&lex);
  return lex;
}

const Lexicons& BuiltinLexicons() {
  static const Lexicons* lex = [] {
    absl::StatusOr<Lexicons> l = LoadLexicons({});
    // The built-in lists are compiled in and tested: one that does not load
    // is a broken build, never a silent empty lexicon.
    if (!l.ok()) {
      std::fprintf(stderr, "claimcheck: the built-in lexicons do not load: %s\n",
                   std::string(l.status().message()).c_str());
      std::abort();
    }
    return new Lexicons(*std::move(l));
  }();
  return *lex;
}

}  // namespace claimcheck
