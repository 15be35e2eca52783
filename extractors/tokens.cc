#include "extractors/tokens.h"

#include <cstring>

#include "absl/strings/ascii.h"

namespace claimcheck {

bool IsNonAsciiSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool IsDoubleQuote(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB ||
         cp == 0xBB;
}

bool IsSingleQuote(uint32_t cp) {
  return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2039 ||
         cp == 0x203A;
}

static bool IsPunctCp(uint32_t cp) {
  if (cp < 0x80) return !absl::ascii_isalnum(static_cast<char>(cp)) && !IsSpace(cp);
  // Latin-1 signs (¡ ¢ £ ¤ ¥ ¦ § ¨ © « ¬ ® ¯ ° ± ´ ¶ · ¸ » ¿; not ª º µ,
  // the superscript digits or the soft hyphen, which sit inside words),
  // general punctuation, currency signs (€ ₹ …), № and ™, arrows,
  // mathematical and technical signs, shapes and dingbats, CJK punctuation.
  if (cp < 0x100) {
    return (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xAD && cp != 0xB2 && cp != 0xB3 && cp != 0xB5 &&
            cp != 0xB9 && cp != 0xBA && cp != 0xBC && cp != 0xBD && cp != 0xBE);
  }
  return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20CF) ||
         cp == 0x2116 || cp == 0x2122 || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F);
}

bool IsNonAsciiLetter(uint32_t cp) { return !IsSpace(cp) && !IsPunctCp(cp) && cp != 0xD7 && cp != 0xF7; }

bool IsUpper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3A9) return true;  // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;  // Cyrillic
  return false;
}

bool IsLower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return IsLetter(cp) && !IsUpper(cp);
}

static bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

std::string AsciiLower(absl::string_view text) {
  std::string out(text);
  char* p = out.data();
  size_t n = out.size(), i = 0;
  // Eight bytes at a time: set bit 5 of every byte in 'A'..'Z'.
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    uint64_t low7 = x & ~kHighs;
    uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');
    uint64_t above_z = low7 + kOnes * (0x80 - 'Z' - 1);
    uint64_t upper = at_least_a & ~above_z & ~x & kHighs;  // ASCII bytes only
    x |= upper >> 2;
    std::memcpy(p + i, &x, 8);
  }
  for (; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (static_cast<unsigned>(c - 'A') < 26u) p[i] = static_cast<char>(c + 32);
  }
  return out;
}

std::vector<Token> Tokenize(absl::string_view text, absl::string_view lower, Span span) {
  std::vector<Token> out;
  out.reserve(span.size() / 5 + 4);  // about one token per five bytes of prose
  TokenizeInto(text, lower, span, &out);
  return out;
}

void TokenizeInto(absl::string_view text, absl::string_view lower, Span span, std::vector<Token>* out_ptr) {
  std::vector<Token>& out = *out_ptr;
  size_t i = span.start;
  bool space = true;
  while (i < span.end) {
    size_t start = i;
    uint32_t cp = NextCodePoint(text, &i);
    if (IsSpace(cp)) {
      space = true;
      continue;
    }
    Token& t = out.emplace_back();  // built in place: no copy of a half-written token
    t.space_before = space;
    space = false;
    bool digit = cp < 0x80 && absl::ascii_isdigit(static_cast<char>(cp));
    if (IsLetter(cp) || digit) {
      t.kind = digit ? TokenKind::kNumber : TokenKind::kWord;
      t.capitalized = IsUpper(cp);
      // Extend over letters/digits and inner joiners (' ’ - . , for numbers).
      while (i < span.end) {
        // Most of a word is ASCII letters and digits: no decoding.
        if (absl::ascii_isalnum(static_cast<unsigned char>(text[i]))) {
          ++i;
          continue;
        }
        size_t j = i;
        uint32_t c = NextCodePoint(text, &j);
        bool alnum = IsLetter(c) || (c < 0x80 && absl::ascii_isdigit(static_cast<char>(c)));
        // UTF-8 read as Latin-1 and saved again ("PeÃ±a" for "Peña",
        // "cafÃ©", with the Ã sometimes decomposed): a sign from U+00A0 to
        // U+00BF right after a letter outside ASCII is the second half of
        // a letter.
        if (!alnum && c >= 0xA0 && c <= 0xBF && static_cast<unsigned char>(text[i - 1]) >= 0x80) {
          alnum = true;
        }
        if (alnum) {
          i = j;
          continue;
        }
        bool joiner = IsApostrophe(c) || c == '-' || c == '.' || c == 0x2011 ||
                      (c == ',' && t.kind == TokenKind::kNumber) ||
                      (c == '/' && t.kind == TokenKind::kNumber);
        if (!joiner || j >= span.end) break;
        size_t k = j;
        uint32_t next = NextCodePoint(text, &k);
        bool next_alnum = IsLetter(next) || (next < 0x80 && absl::ascii_isdigit(static_cast<char>(next)));
        if (!next_alnum) break;
        if (c == '.' && t.kind == TokenKind::kWord) {
          // Keep "U.S" / "D.C" together: single ASCII letters between dots.
          absl::string_view so_far = text.substr(start, i - start);
          bool initials = true;
          for (size_t q = 0; q < so_far.size() && initials; ++q) {
            initials = q % 2 == 0 ? absl::ascii_isalpha(so_far[q]) : so_far[q] == '.';
          }
          size_t kk = k;
          uint32_t after = kk < span.end ? NextCodePoint(text, &kk) : ' ';
          if (!initials || IsLetter(after)) break;
        }
        if (c == ',' && !(next < 0x80 && absl::ascii_isdigit(static_cast<char>(next)))) break;
        if (c == '-' || c == 0x2011) t.hyphen = true;
        i = j;
      }
    } else if (IsDoubleQuote(cp) || IsSingleQuote(cp)) {
      t.kind = TokenKind::kQuote;
      // Two apostrophes written for a double quote mark (''like this''),
      // as some newspapers' archives do: one token.
      // (Three in a row after a word close a single quote and then the
      // double: the word 'old-school,''' is ' then ''.)
      const bool closes_three = !t.space_before && i + 1 < span.end && text[i] == '\'' && text[i + 1] == '\'';
      if (cp == '\'' && i < span.end && text[i] == '\'' && !closes_three) ++i;
    } else if (cp == '.' && i + 1 < span.end && text[i] == '.' && text[i + 1] == '.') {
      t.kind = TokenKind::kPunct;  // "..." as one token
      i += 2;
    } else {
      t.kind = TokenKind::kPunct;
    }
    // From locals, not by reading back t.text: a wide load of a field just
    // written in halves stalls.
    absl::string_view as_written(text.data() + start, i - start);
    t.span = {start, i};
    t.text = as_written;
    // Punctuation and quotes have no case: their lower form is the text.
    t.lower = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber
                  ? absl::string_view(lower.data() + start, i - start)
                  : as_written;
  }
}

}  // namespace claimcheck
