// libFuzzer target: the document readers (text, Markdown, HTML, a JSONL
// line). The first byte picks the format. Besides not crashing, every offset
// of the analysed text must map back inside the original.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "engine/input/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  absl::StatusOr<Document> doc;
  switch (data[0] % 4) {
    case 0:
      doc = ParseText("f.txt", bytes);
      break;
    case 1:
      doc = ParseMarkdown("f.md", bytes);
      break;
    case 2:
      doc = ParseHtml("f.html", bytes);
      break;
    default:
      doc = ParseJsonlRecord("f.jsonl", 1, bytes, ReaderOptions{});
      break;
  }
  if (!doc.ok()) return 0;
  size_t original = doc->original().size();
  for (size_t i = 0; i <= doc->text.size(); ++i) {
    if (doc->ToOriginal(i, false) > original || doc->ToOriginal(i, true) > original) std::abort();
  }
  for (const Block& b : doc->blocks) {
    if (b.span.end > doc->text.size() || b.span.start > b.span.end) std::abort();
  }
  return 0;
}
