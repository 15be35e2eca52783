// libFuzzer target: the whole pipeline a document goes through in
// `claimcheck check` and `extract` — read (the first byte picks text,
// Markdown, HTML or a JSONL record), analyse, check with the built-in packs,
// suppressions, fingerprints, and every output format. The rules, the
// lexicons and the formats are built once (loading the packs takes about
// 20 ms, which used to run three times per input: 8 inputs per second).
//
// Checks: spans inside the text; each JSONL output is one object per line;
// every format writes something well formed at its ends.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "engine/input/reader.h"
#include "engine/output/check_output.h"
#include "engine/output/extract_output.h"
#include "engine/output/formats.h"
#include "engine/rules/rule_set.h"
#include "engine/rules/suppressions.h"

namespace {

using namespace claimcheck;

void CheckJsonLines(const std::string& s) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string::npos || s[pos] != '{' || s[nl - 1] != '}') std::abort();
    pos = nl + 1;
  }
}

struct Pipeline {
  RuleSet rules;
  Analyzer analyzer{BuiltinLexicons()};
  std::vector<std::unique_ptr<OutputFormat>> formats;
};

const Pipeline& Get() {
  static const Pipeline* p = [] {
    auto* p = new Pipeline;
    RuleSetBuilder b;
    if (!b.AddBuiltinPacks().ok()) std::abort();
    absl::StatusOr<RuleSet> rules = b.Build();
    if (!rules.ok()) std::abort();
    p->rules = *std::move(rules);
    for (const char* name : {"text", "jsonl", "json", "sarif", "github", "junit"}) {
      auto f = MakeCheckFormat(name, FormatOptions{});
      if (!f.ok()) std::abort();
      p->formats.push_back(*std::move(f));
    }
    return p;
  }();
  return *p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const Pipeline& p = Get();
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
  Analysis a = p.analyzer.Analyze(*doc);
  std::vector<Finding> found = p.rules.Check(*doc, a);
  ApplySuppressions(*doc, &found);
  const size_t n = doc->text.size();
  for (const Finding& f : found) {
    if (f.span.start > f.span.end || f.span.end > n) std::abort();
    if (FindingFingerprint(*doc, a, f).size() != 16) std::abort();
  }
  std::string out;
  WriteFindingsJsonl(*doc, found, &out);
  CheckJsonLines(out);
  out.clear();
  WriteExtractJsonl(*doc, a, &out);
  CheckJsonLines(out);
  out.clear();
  WriteExtractText(*doc, a, &out);
  FormatTotals totals;
  totals.documents = 1;
  for (const auto& fmt : p.formats) {
    std::string chunk = fmt->Document(*doc, a, found);
    (void)chunk;
    (void)fmt->End(totals);
  }
  return 0;
}
