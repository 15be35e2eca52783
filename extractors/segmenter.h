// Paragraphs, headings and sentences of news prose.
//
//   Segmenter seg(BuiltinLexicons());
//   Segmentation s = seg.Segment(doc);
//   for (const Sentence& x : s.sentences) ... doc.text.substr(x.span.start, x.span.size())
//
// Plain text comes one paragraph per line or hard-wrapped with blank lines
// between paragraphs; in the latter a newline inside a paragraph is a space,
// so re-wrapping a document does not change its sentences. Markup readers
// give their blocks in Document::blocks and those are used as they are.
// Thread-safe: Segment() is const.
#ifndef CLAIMCHECK_EXTRACTORS_SEGMENTER_H_
#define CLAIMCHECK_EXTRACTORS_SEGMENTER_H_

#include <vector>

#include "extractors/document.h"
#include "extractors/lexicon.h"

namespace claimcheck {

struct Paragraph {
  Span span;
  bool heading = false;
};

struct Sentence {
  Span span;
  int paragraph = 0;  // index into Segmentation::paragraphs
  bool heading = false;
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  // Index of the sentence holding `offset`, or -1.
  int SentenceAt(size_t offset) const;
};

class Segmenter {
 public:
  explicit Segmenter(const Lexicons& lex) : lex_(lex) {}
  Segmentation Segment(const Document& doc) const;

  // Exposed for tests: paragraphs of plain text.
  std::vector<Paragraph> FindParagraphs(absl::string_view text) const;

 private:
  void SplitSentences(absl::string_view text, const Paragraph& p, int index,
                      std::vector<Sentence>* out) const;
  bool IsBoundary(absl::string_view text, const Paragraph& p, size_t term_start, size_t after,
                  size_t next) const;
  const Lexicons& lex_;
};

// A standalone line without terminal punctuation that reads like a heading.
bool LooksLikeHeading(absl::string_view line);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_SEGMENTER_H_
