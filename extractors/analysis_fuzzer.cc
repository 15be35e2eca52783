// libFuzzer target: segmentation and every extractor over arbitrary text.
// Every span they report must lie inside the text, in order.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extractors/analysis.h"

namespace {
void Check(claimcheck::Span s, size_t n) {
  if (s.start > s.end || s.end > n) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  if (FindInvalidUtf8(doc.text) != absl::string_view::npos) return 0;  // readers reject it
  static const Analyzer* analyzer = new Analyzer(BuiltinLexicons());
  Analysis a = analyzer->Analyze(doc);
  size_t n = doc.text.size(), prev = 0;
  for (const Sentence& s : a.segmentation.sentences) {
    Check(s.span, n);
    if (s.span.start < prev) std::abort();
    prev = s.span.end;
  }
  for (const Quote& q : a.quotes) {
    Check(q.span, n);
    Check(q.content, n);
    if (q.attribution.has_speaker) Check(q.attribution.speaker_span, n);
    if (q.attribution.has_cue) Check(q.attribution.cue_span, n);
  }
  for (const Claim& c : a.claims) {
    Check(c.content, n);
    if (c.attribution.has_speaker) Check(c.attribution.speaker_span, n);
  }
  for (const Evidence& e : a.evidence) Check(e.span, n);
  for (const Figure& f : a.figures) Check(f.span, n);
  return 0;
}
