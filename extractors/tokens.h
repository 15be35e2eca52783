// Word-level tokens over a document's text, the unit every extractor reads.
//
//   std::string lower = AsciiLower(doc.text);
//   std::vector<Token> toks = Tokenize(doc.text, lower, span);
//
// Tokens are views: `text` points into the document and `lower` into its
// ASCII-lowercased copy; both live as long as those strings.
#ifndef CLAIMCHECK_EXTRACTORS_TOKENS_H_
#define CLAIMCHECK_EXTRACTORS_TOKENS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extractors/document.h"

namespace claimcheck {

enum class TokenKind : uint8_t {
  kWord,    // letters, digits, inner apostrophes, hyphens and periods (U.S.)
  kNumber,  // starts with a digit: 3,000 9.1 38 2016
  kPunct,   // one punctuation code point: , . ; : ( ) — – ! ? …
  kQuote,   // a double or single quote mark, straight or curly
};

struct Token {
  // Word-class bits filled once per token by the analyzer (see
  // extractors/internal/words.h), so the hot loops test bits, not hash sets.
  uint64_t flags = 0;
  Span span;
  absl::string_view text;
  absl::string_view lower;  // ASCII-lowercased text (a view of the lowercased copy)
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter is upper case
  bool space_before = false;
  uint8_t cue_class = 0;  // CueClass of a reporting verb form, 0 for none
  uint8_t pronoun = 0;    // PronounKind + 1 of a pronoun, 0 for none
  bool hyphen = false;    // a hyphen joins parts of the word ("Moscow-based")
  // 64 bytes: one cache line per token for the passes that walk them all.

  bool Is(absl::string_view lower_word) const { return lower == lower_word; }
  bool IsPunct(absl::string_view p) const { return kind == TokenKind::kPunct && text == p; }
  bool IsWordLike() const { return kind == TokenKind::kWord || kind == TokenKind::kNumber; }
};

// `text` with ASCII letters lowercased (same length, same offsets).
std::string AsciiLower(absl::string_view text);

// Tokenizes text[span]; `lower` is AsciiLower(text) (or any string of the
// same size holding it over `span`). Apostrophes inside words stay in the
// word ("don’t", "Russia’s"); a possessive "’s" stays too.
std::vector<Token> Tokenize(absl::string_view text, absl::string_view lower, Span span);
// The same, appending to *out (no intermediate vector).
void TokenizeInto(absl::string_view text, absl::string_view lower, Span span, std::vector<Token>* out);

// True for code points we treat as letters (ASCII letters and any non-ASCII
// code point that is not punctuation or space).
bool IsNonAsciiLetter(uint32_t cp);
inline bool IsLetter(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) - 'a' < 26u;
  return IsNonAsciiLetter(cp);
}
bool IsUpper(uint32_t cp);
bool IsLower(uint32_t cp);
bool IsNonAsciiSpace(uint32_t cp);
inline bool IsSpace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return IsNonAsciiSpace(cp);
}
// Double quote marks: " “ ” „ « »; single: ' ‘ ’ ‚ ‹ ›
bool IsDoubleQuote(uint32_t cp);
bool IsSingleQuote(uint32_t cp);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_TOKENS_H_
