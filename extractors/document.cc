#include "extractors/document.h"

#include <algorithm>
#include <cstring>

namespace claimcheck {

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText:
      return "text";
    case Format::kMarkdown:
      return "markdown";
    case Format::kHtml:
      return "html";
    case Format::kJsonl:
      return "jsonl";
  }
  return "text";
}

void OffsetMap::AddCopy(size_t text_start, size_t orig_start, size_t len) {
  if (len == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.copy && last.text_start + last.text_len == text_start &&
        last.orig_start + last.orig_len == orig_start) {
      last.text_len += len;
      last.orig_len += len;
      return;
    }
  }
  pieces_.push_back({text_start, len, orig_start, len, true});
}

void OffsetMap::AddReplacement(size_t text_start, size_t text_len, size_t orig_start, size_t orig_end) {
  if (text_len == 0) return;
  pieces_.push_back({text_start, text_len, orig_start, orig_end - orig_start, false});
}

size_t OffsetMap::ToOriginal(size_t offset, bool is_end) const {
  if (pieces_.empty()) return offset;
  // The piece holding `offset` (for an end offset: holding offset - 1).
  size_t probe = (is_end && offset > 0) ? offset - 1 : offset;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), probe,
                             [](size_t o, const Piece& p) { return o < p.text_start; });
  if (it == pieces_.begin()) return pieces_.front().orig_start;
  const Piece& p = *(it - 1);
  if (probe >= p.text_start + p.text_len) return p.orig_start + p.orig_len;
  if (p.copy) return p.orig_start + (offset - p.text_start);
  return is_end ? p.orig_start + p.orig_len : p.orig_start;
}

void LineIndex::Build() const {
  built_ = true;
  absl::string_view text = text_;
  starts_.push_back(0);
  const char* data = text.data();
  const char* end = data + text.size();
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr;) {
    ++p;
    starts_.push_back(static_cast<size_t>(p - data));
  }
  block_cps_.reserve(text.size() / kBlock + 1);
  size_t cps = 0;
  for (size_t b = 0; b < text.size(); b += kBlock) {
    block_cps_.push_back(cps);
    size_t e = std::min(text.size(), b + kBlock);
    cps += CountCodePoints(text.substr(b, e - b));
  }
}

size_t LineIndex::CodePointsBefore(size_t o) const {
  size_t block = o / kBlock;
  if (block >= block_cps_.size()) {
    if (block_cps_.empty()) return CountCodePoints(text_.substr(0, o));
    block = block_cps_.size() - 1;
  }
  size_t from = block * kBlock;
  return block_cps_[block] + CountCodePoints(text_.substr(from, o - from));
}

Position LineIndex::At(size_t offset) const {
  if (!built_) Build();
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());
  size_t start = starts_[line - 1];
  Position p;
  p.line = static_cast<int>(line);
  p.column = static_cast<int>(CodePointsBefore(offset) - CodePointsBefore(start)) + 1;
  return p;
}

size_t SkipAscii(absl::string_view s, size_t i) {
  for (uint64_t x; i + 8 <= s.size(); i += 8) {
    std::memcpy(&x, s.data() + i, 8);
    if (x & 0x8080808080808080ull) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

size_t FindInvalidUtf8(absl::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    i = SkipAscii(s, i);
    if (i >= n) break;
    unsigned char c = p[i];
    size_t len;
    uint32_t min;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      min = 0x10000;
    } else
      return i;
    if (i + len > n) return i;
    uint32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return absl::string_view::npos;
}

std::string CollapseWhitespace(absl::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

namespace {

// Bytes 10xxxxxx (UTF-8 continuation bytes) in [p, p + n), eight at a time.
size_t CountContinuationBytes(const char* p, size_t n) {
  size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    uint64_t ones = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;  // 1 per continuation byte
    count += (ones * 0x0101010101010101ull) >> 56;
  }
  for (; i < n; ++i) count += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
  return count;
}

}  // namespace

size_t CountCodePoints(absl::string_view s) { return s.size() - CountContinuationBytes(s.data(), s.size()); }

uint32_t DecodeUtf8(absl::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[*i];
  size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  uint32_t cp = len == 1 ? c : (c & (0x7F >> len));
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[*i + k] & 0x3F);
  *i += len;
  return cp;
}

uint32_t DecodePrevUtf8(absl::string_view s, size_t i, size_t* start) {
  if (i == 0) {
    *start = 0;
    return 0;
  }
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  *start = j;
  size_t k = j;
  return DecodeUtf8(s, &k);
}

}  // namespace claimcheck
