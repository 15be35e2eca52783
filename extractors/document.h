// Core types shared by every stage: a document's text, where its pieces came
// from in the original file, and how to turn a byte offset into line:column.
//
//   Document doc = ...;                    // built by a reader (engine/reader.h)
//   LineIndex lines(doc.original());
//   Position p = lines.At(doc.ToOriginal(span.start));
//
// Extractors work on `doc.text` (the analysable text: markup, code and scripts
// removed, entities decoded). Every offset they produce is into `doc.text`;
// `ToOriginal` maps it back to the byte the user sees in the file (for a JSONL
// record: in the decoded value of its text field).
#ifndef CLAIMCHECK_EXTRACTORS_DOCUMENT_H_
#define CLAIMCHECK_EXTRACTORS_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

// A half-open byte range [start, end).
struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(size_t offset) const { return offset >= start && offset < end; }
  bool Overlaps(const Span& o) const { return start < o.end && o.start < end; }
  bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

enum class Format { kText, kMarkdown, kHtml, kJsonl };
const char* FormatName(Format f);

enum class BlockKind { kParagraph, kHeading };

// A structural block found by a markup parser (Markdown, HTML), in text offsets.
struct Block {
  Span span;
  BlockKind kind = BlockKind::kParagraph;
};

// Piecewise map from offsets in the analysed text to offsets in the original.
// Pieces are appended in increasing order of both offsets.
class OffsetMap {
 public:
  // text[text_start, +len) is a verbatim copy of original[orig_start, +len).
  void AddCopy(size_t text_start, size_t orig_start, size_t len);
  // text[text_start, +text_len) stands for original[orig_start, orig_end)
  // (a decoded entity, an inserted paragraph break).
  void AddReplacement(size_t text_start, size_t text_len, size_t orig_start, size_t orig_end);
  bool empty() const { return pieces_.empty(); }
  // Offset in the original of text offset `offset`. An `end` offset that falls
  // just after a replaced piece maps to the end of what it replaced.
  size_t ToOriginal(size_t offset, bool is_end) const;

 private:
  struct Piece {
    size_t text_start, text_len, orig_start, orig_len;
    bool copy;
  };
  std::vector<Piece> pieces_;
};

struct Document {
  std::string path;     // as given on the command line ("-" for stdin)
  std::string doc_id;   // JSONL record id; empty for files
  int record_line = 0;  // line of the JSONL record in `path`; 0 for files
  Format format = Format::kText;
  std::string text;           // analysable text (UTF-8)
  std::string source;         // original text when it differs from `text`, else empty
  OffsetMap map;              // empty when `text` is the original
  std::vector<Block> blocks;  // from markup; empty: the segmenter finds them
  // text[0, headline_end) is the story's headline: a JSONL record's title
  // that its text opens with (PolNeAR, many scraped corpora). 0: none known.
  size_t headline_end = 0;
  // A JSONL record's "title" (or "headline") field, whether or not the text
  // opens with it: what a report names the story by. Empty when none.
  std::string title;
  // What the reader had to cap to read the document in linear time ("HTML
  // nested 100000 deep: tags deeper than 256 read as text breaks"): each is
  // said once on stderr as a warning naming the file.
  std::vector<std::string> notices;
  // Fields of a JSONL record the reader was asked to keep (ReaderOptions::
  // keep_fields, e.g. for `stats --group-by`): name and value as text.
  std::vector<std::pair<std::string, std::string>> fields;

  absl::string_view original() const {
    return source.empty() ? absl::string_view(text) : absl::string_view(source);
  }
  size_t ToOriginal(size_t offset, bool is_end = false) const {
    return map.empty() ? offset : map.ToOriginal(offset, is_end);
  }
  Span ToOriginal(Span s) const { return {ToOriginal(s.start, false), ToOriginal(s.end, true)}; }
};

// 1-based line and column; the column counts Unicode code points.
struct Position {
  int line = 1;
  int column = 1;
};

// Line starts of a text, for offset -> line:column. The text must outlive it.
class LineIndex {
 public:
  // Cheap: the index is built on the first call to At(), so a document
  // without findings never pays for it. Not thread-safe (At() fills it).
  explicit LineIndex(absl::string_view text) : text_(text) {}
  Position At(size_t offset) const;

 private:
  void Build() const;
  // Code points before byte offset `o`, in constant time per call.
  size_t CodePointsBefore(size_t o) const;

  absl::string_view text_;
  mutable bool built_ = false;
  mutable std::vector<size_t> starts_;
  // Code points before each kBlock-byte boundary, so a column on a very
  // long line costs no more than one on a short one.
  static constexpr size_t kBlock = 256;
  mutable std::vector<size_t> block_cps_;
};

// Index of the first byte that is not valid UTF-8, or npos when all is valid.
size_t FindInvalidUtf8(absl::string_view s);

// The offset of the first byte at or after `i` outside ASCII, or s.size().
// Prose is mostly ASCII: runs are skipped eight bytes at a time.
size_t SkipAscii(absl::string_view s, size_t i);

// s with runs of spaces, tabs and line breaks collapsed to one space and
// none at either end: how a hard-wrapped sentence is shown or compared.
std::string CollapseWhitespace(absl::string_view s);

// Number of code points in s (s must be valid UTF-8).
size_t CountCodePoints(absl::string_view s);

// Decodes the code point at s[*i] and advances *i. Returns 0xFFFD on bad input.
uint32_t DecodeUtf8(absl::string_view s, size_t* i);

// DecodeUtf8 with the ASCII case inline (most bytes of English text).
inline uint32_t NextCodePoint(absl::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    ++*i;
    return c;
  }
  return DecodeUtf8(s, i);
}

// Code point ending just before s[i] (0 at the start of s); *start gets its offset.
uint32_t DecodePrevUtf8(absl::string_view s, size_t i, size_t* start);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_DOCUMENT_H_
