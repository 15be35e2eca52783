// libFuzzer target: the YAML rule loader. Any input either loads or fails
// with an error that names the file; nothing else.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/match.h"
#include "engine/rules/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  std::string yaml(reinterpret_cast<const char*>(data), size);
  RuleSetBuilder b;
  absl::Status s = b.AddPack("fuzz.yaml", yaml);
  if (!s.ok()) {
    if (!absl::StartsWith(s.message(), "fuzz.yaml:")) std::abort();
    return 0;
  }
  absl::StatusOr<RuleSet> rules = b.Build();
  if (!rules.ok()) return 0;
  // The document and its analysis are the same for every input: made once.
  static const Document* doc = [] {
    auto* d = new Document;
    d->text =
        "Officials may delay the vote, critics say. \xE2\x80\x9CIt could fail,\xE2\x80\x9D Lee said. "
        "It is understood that the plan was dropped. The company denied the claim, "
        "which was not supported by evidence; 40 people were killed.";
    return d;
  }();
  static const Analysis* analysis = new Analysis(Analyzer(BuiltinLexicons()).Analyze(*doc));
  for (const Finding& f : rules->Check(*doc, *analysis)) {
    if (f.span.end > doc->text.size() || f.span.start > f.span.end) std::abort();
  }
  return 0;
}
