// The leftmost occurrence of a word list's phrases in a text, found as the
// regex a `words:` list compiles to would find it, without the regex.
//
//   auto m = PhraseMatcher::Create(PreferenceOrder({"may", "appeared to"}), false);
//   size_t start, end;
//   m->Find("It may rain", &start, &end);  // true: [3, 6)
//
// A list compiles to (?:\bappeared\s+to\b|\bmay\b) (WordsPattern): the
// words of a phrase stand apart, white space (\s+) between them, \b at an end that is a word character, and
// RE2 picks the leftmost match, then the first alternative in the list's order. A big list's regex is costly
// to run until its DFA has warmed up (a corpus of a few hundred articles never gets there); this scan looks
// at each byte once and, where a phrase can start, at the phrases that begin with its two bytes.
//
// Immutable after construction; Find() is thread-safe.
#ifndef CLAIMCHECK_ENGINE_RULES_PHRASE_MATCHER_H_
#define CLAIMCHECK_ENGINE_RULES_PHRASE_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

// A character \b and \w count as part of a word: ASCII letters, digits, _.
inline bool IsRegexWordChar(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

// A word list in the order its regex prefers the phrases: longest
// alternative first, so that "appeared to" wins over "appeared" (ties keep
// the list's order).
std::vector<std::string> PreferenceOrder(const std::vector<std::string>& words);

// The regex of a word list, its phrases in PreferenceOrder:
// {"may", "appeared to"} -> (?:\bappeared\s+to\b|\bmay\b).
std::string WordsPattern(const std::vector<std::string>& words);

class PhraseMatcher {
 public:
  // `phrases` in the regex's order of preference (PreferenceOrder). Null when some phrase
  // needs the regex: one with a letter outside ASCII (case folding beyond
  // ASCII), white space other than the space, or no words at all.
  static std::unique_ptr<PhraseMatcher> Create(const std::vector<std::string>& phrases, bool case_sensitive);

  // Whether `text`, taken as the whole subject (its edges are word
  // boundaries, as for a regex given `text` alone), holds a phrase; if so
  // [*start, *end) is the match the regex would report. A case-insensitive
  // matcher must not be given text holding U+017F or U+212A (see
  // NeedsRegex).
  bool Find(absl::string_view text, size_t* start, size_t* end) const;

  // Whether `text` holds a character that RE2's case folding matches with
  // an ASCII letter (U+017F long s, U+212A Kelvin sign): then only the
  // regex gives the right answer.
  static bool NeedsRegex(absl::string_view text);

 private:
  struct Phrase {
    std::vector<std::string> parts;  // the words, lower case unless case-sensitive
    bool word_start = false;         // \b before the first word
    bool word_end = false;           // \b after the last word
  };
  PhraseMatcher() = default;
  bool MatchAt(const Phrase& p, absl::string_view text, size_t at, size_t* end) const;

  bool case_sensitive_ = false;
  std::vector<Phrase> phrases_;
  // Candidates by the phrase's first two bytes (lower case unless
  // case-sensitive; any white space as ' ' when the first word is one
  // byte long and more follow), each list in order of preference; a phrase
  // of one byte is a candidate wherever its byte is.
  absl::flat_hash_map<uint16_t, std::vector<int>> by_pair_;
  std::vector<int> one_byte_[256];
  bool starts_[256] = {};  // some phrase starts with this byte
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_PHRASE_MATCHER_H_
