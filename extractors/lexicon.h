// Word lists that drive segmentation and extraction, kept as data so a user
// can extend them without a rebuild.
//
//   absl::StatusOr<Lexicons> lex = LoadLexicons({"my/lexicons"});
//
// The built-in lists (extractors/lexicons/*, compiled into the binary) are
// always loaded; each extra directory may hold files of the same names whose
// entries are added. A malformed line fails loading with file:line.
// A loaded Lexicons is immutable and safe to share across threads.
#ifndef CLAIMCHECK_EXTRACTORS_LEXICON_H_
#define CLAIMCHECK_EXTRACTORS_LEXICON_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

// What a reporting verb says about the speaker's stance.
enum class CueClass { kNone, kNeutral, kLoaded, kDenial, kWarning, kBelief, kAttitude };
const char* CueClassName(CueClass c);
bool ParseCueClass(absl::string_view name, CueClass* out);

enum class Polarity { kSupports, kContradicts };
const char* PolarityName(Polarity p);

enum class PronounKind { kPerson, kGroup, kSelf, kThing };

// Bits of Token::flags (see extractors/internal/words.h, ClassifyTokens).
enum WordFlag : uint32_t {
  kFlagMonth = 1u << 0,
  kFlagWeekday = 1u << 1,
  kFlagVagueQuantity = 1u << 2,
  kFlagAgentless = 1u << 3,  // past participle of an agentless attribution
  kFlagClassified = 1u << 31,
};

// What the analyzer needs to know of one lowercase word, in one lookup.
struct WordInfo {
  uint32_t flags = 0;
  uint32_t capitalized_flags = 0;  // apply only when written capitalised (May)
  uint8_t cue_class = 0;           // CueClass
};

struct Lexicons {
  // Lowercase single-word form ("said") -> class.
  absl::flat_hash_map<std::string, CueClass> reporting_verbs;
  // Abbreviations without their final period ("Mr", "U.S"): titles never end
  // a sentence; the others may.
  absl::flat_hash_set<std::string> title_abbreviations;
  absl::flat_hash_set<std::string> other_abbreviations;
  // Titles and roles before a name, lowercase ("president", "secretary of state").
  absl::flat_hash_set<std::string> titles;
  size_t max_title_words = 1;
  // Lowercase nouns that can head a speaker phrase ("officials", "spokesman").
  absl::flat_hash_set<std::string> speaker_nouns;
  // Capitalised words marking a name as an organisation ("Ministry").
  absl::flat_hash_set<std::string> organisation_words;
  // Places as written ("Ukraine", "United States").
  absl::flat_hash_set<std::string> places;
  size_t max_place_words = 1;
  absl::flat_hash_map<std::string, PronounKind> pronouns;
  // Lowercase evidence phrases ("supported by") with their polarity.
  std::vector<std::pair<std::string, Polarity>> evidence;
  // Lowercase words asserting falsity inside a claim ("hoax").
  std::vector<std::string> falsity_words;

  // Multi-word phrases split into words, indexed by their first word, so a
  // text is matched against all of them in one pass (built by LoadLexicons).
  struct Phrase {
    std::vector<std::string> words;
    Polarity polarity = Polarity::kSupports;
  };
  absl::flat_hash_map<std::string, std::vector<Phrase>> evidence_by_first;
  // First words of titles (lowercase) and places (as written): a cheap test
  // before looking up a multi-word name.
  absl::flat_hash_set<std::string> title_first_words;
  absl::flat_hash_set<std::string> place_first_words;
  // Lowercase word -> flags and cue class (built by LoadLexicons).
  absl::flat_hash_map<std::string, WordInfo> word_info;
  absl::flat_hash_map<std::string, std::vector<Phrase>> falsity_by_first;

  CueClass VerbClass(absl::string_view lower) const {
    auto it = reporting_verbs.find(lower);
    return it == reporting_verbs.end() ? CueClass::kNone : it->second;
  }
};

// Loads the built-in lexicons plus the files found in `extra_dirs`.
absl::StatusOr<Lexicons> LoadLexicons(const std::vector<std::string>& extra_dirs);

// The built-in lexicons alone; loaded once, never fails after the first call
// succeeded (the data is compiled in and covered by tests).
const Lexicons& BuiltinLexicons();

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LEXICON_H_
