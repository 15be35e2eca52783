#include "engine/rules/phrase_matcher.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "re2/re2.h"

namespace claimcheck {

namespace {

// \s: [\t\n\f\r ] (RE2 leaves out \v).
bool Space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r'; }

// Whether every character of `s` outside ASCII has no case: punctuation,
// symbols and spaces of Latin-1 (U+00A0–U+00BF, ×, ÷), General Punctuation
// (curly quotes, dashes, the ellipsis) and currency signs. A letter such as
// "é" folds with "É" under (?i), which a byte compare would miss.
bool CaselessOutsideAscii(absl::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || i + len > s.size()) return false;
    uint32_t cp = c & (0x3F >> (len - 1));
    for (int k = 1; k < len; ++k) {
      const unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    const bool caseless = (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
                          (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF);
    if (!caseless) return false;
    i += len;
  }
  return true;
}

// The alternative a phrase compiles to: "appeared to" -> \bappeared\s+to\b
// (word boundaries only where the phrase starts or ends with a word
// character).
std::string PhraseAlternative(const std::string& w) {
  std::vector<std::string> parts;
  for (absl::string_view p : absl::StrSplit(w, ' ', absl::SkipEmpty())) {
    parts.push_back(RE2::QuoteMeta(re2::StringPiece(p.data(), p.size())));
  }
  std::string alt = absl::StrJoin(parts, "\\s+");
  bool word_start = !w.empty() && IsRegexWordChar(w.front());
  bool word_end = !w.empty() && IsRegexWordChar(w.back());
  return absl::StrCat(word_start ? "\\b" : "", alt, word_end ? "\\b" : "");
}

uint16_t PairKey(unsigned char a, unsigned char b) { return static_cast<uint16_t>(a << 8 | b); }

}  // namespace

std::vector<std::string> PreferenceOrder(const std::vector<std::string>& words) {
  std::vector<std::pair<std::string, std::string>> alts;  // (alternative, phrase)
  for (const std::string& w : words) alts.emplace_back(PhraseAlternative(w), w);
  std::stable_sort(alts.begin(), alts.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::vector<std::string> ordered;
  for (auto& a : alts) ordered.push_back(std::move(a.second));
  return ordered;
}

std::string WordsPattern(const std::vector<std::string>& words) {
  std::vector<std::string> alts;
  for (const std::string& w : PreferenceOrder(words)) alts.push_back(PhraseAlternative(w));
  return absl::StrCat("(?:", absl::StrJoin(alts, "|"), ")");
}

std::unique_ptr<PhraseMatcher> PhraseMatcher::Create(const std::vector<std::string>& phrases,
                                                     bool case_sensitive) {
  std::unique_ptr<PhraseMatcher> m(new PhraseMatcher);
  m->case_sensitive_ = case_sensitive;
  for (const std::string& w : phrases) {
    if (!case_sensitive && !CaselessOutsideAscii(w)) return nullptr;
    for (char ch : w) {
      if (ch != ' ' && (Space(ch) || ch == '\v')) return nullptr;
    }
    Phrase p;
    for (absl::string_view part : absl::StrSplit(w, ' ', absl::SkipEmpty())) {
      p.parts.emplace_back(part);
      if (!case_sensitive) absl::AsciiStrToLower(&p.parts.back());
    }
    if (p.parts.empty()) return nullptr;
    p.word_start = IsRegexWordChar(w.front());
    p.word_end = IsRegexWordChar(w.back());
    const int id = static_cast<int>(m->phrases_.size());
    const std::string& first = p.parts.front();
    const unsigned char b0 = static_cast<unsigned char>(first[0]);
    // Under (?i) an ASCII letter matches either case: the first byte is
    // looked up in lower case, and marked as a start in both.
    m->starts_[b0] = true;
    if (!case_sensitive) m->starts_[static_cast<unsigned char>(absl::ascii_toupper(b0))] = true;
    if (first.size() >= 2) {
      m->by_pair_[PairKey(b0, static_cast<unsigned char>(first[1]))].push_back(id);
    } else if (p.parts.size() >= 2) {
      m->by_pair_[PairKey(b0, ' ')].push_back(id);
    } else {
      m->one_byte_[b0].push_back(id);
    }
    m->phrases_.push_back(std::move(p));
  }
  return m;
}

bool PhraseMatcher::NeedsRegex(absl::string_view text) {
  return absl::StrContains(text, "\xC5\xBF") || absl::StrContains(text, "\xE2\x84\xAA");
}

bool PhraseMatcher::MatchAt(const Phrase& p, absl::string_view text, size_t at, size_t* end) const {
  if (p.word_start && at > 0 && IsRegexWordChar(text[at - 1])) return false;
  size_t i = at;
  for (size_t k = 0; k < p.parts.size(); ++k) {
    if (k > 0) {
      const size_t gap = i;
      while (i < text.size() && Space(text[i])) ++i;
      if (i == gap) return false;
    }
    const std::string& part = p.parts[k];
    if (text.size() - i < part.size()) return false;
    for (size_t j = 0; j < part.size(); ++j) {
      char ch = text[i + j];
      if (!case_sensitive_) ch = absl::ascii_tolower(static_cast<unsigned char>(ch));
      if (ch != part[j]) return false;
    }
    i += part.size();
  }
  if (p.word_end && i < text.size() && IsRegexWordChar(text[i])) return false;
  *end = i;
  return true;
}

bool PhraseMatcher::Find(absl::string_view text, size_t* start, size_t* end) const {
  for (size_t at = 0; at < text.size(); ++at) {
    const unsigned char raw = static_cast<unsigned char>(text[at]);
    if (!starts_[raw]) continue;
    // Inside a word no phrase starts: one that begins with a word character
    // needs \b before it.
    if (at > 0 && IsRegexWordChar(text[at - 1]) && IsRegexWordChar(text[at])) continue;
    const unsigned char b0 = case_sensitive_ ? raw : static_cast<unsigned char>(absl::ascii_tolower(raw));
    int best = -1;
    size_t best_end = 0, e;
    for (int c : one_byte_[b0]) {
      if (MatchAt(phrases_[c], text, at, &e)) {
        best = c;
        best_end = e;
        break;
      }
    }
    if (at + 1 < text.size()) {
      unsigned char b1 = static_cast<unsigned char>(text[at + 1]);
      if (Space(static_cast<char>(b1))) b1 = ' ';
      if (!case_sensitive_) b1 = static_cast<unsigned char>(absl::ascii_tolower(b1));
      auto it = by_pair_.find(PairKey(b0, b1));
      if (it != by_pair_.end()) {
        for (int c : it->second) {
          if (best >= 0 && c > best) break;
          if (MatchAt(phrases_[c], text, at, &e)) {
            best = c;
            best_end = e;
            break;
          }
        }
      }
    }
    if (best >= 0) {
      *start = at;
      *end = best_end;
      return true;
    }
  }
  return false;
}

}  // namespace claimcheck
