// Output formats: what `claimcheck check` writes for people and CI systems,
// and what `claimcheck extract` writes, behind one interface.
//
//   OutputFormat* fmt = ...;  // MakeCheckFormat("sarif", options), MakeExtractFormat("jsonl")
//   out << fmt->Begin(rules);
//   for each document (any thread): chunk = fmt->Document(doc, analysis, findings)
//   for each chunk in input order:  out << fmt->Join(chunk)
//   out << fmt->End(totals);
//
// Document() is const and thread-safe, so documents are formatted in
// parallel; Join() and End() run on one thread in input order.
#ifndef CLAIMCHECK_ENGINE_OUTPUT_FORMATS_H_
#define CLAIMCHECK_ENGINE_OUTPUT_FORMATS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/rules/rule_set.h"

namespace claimcheck {

struct FormatOptions {
  bool color = false;                   // ANSI colour in text output
  Severity fail_on = Severity::kError;  // junit: findings at or above fail
  bool never_fail = false;
};

struct FormatTotals {
  size_t documents = 0, failed_inputs = 0;
  size_t by_severity[3] = {0, 0, 0};
};

class OutputFormat {
 public:
  virtual ~OutputFormat() = default;
  virtual std::string Begin(const RuleSet& rules) const {
    (void)rules;
    return "";
  }
  // One document's part of the output (may be empty).
  virtual std::string Document(const claimcheck::Document& doc, const Analysis& analysis,
                               const std::vector<Finding>& findings) const = 0;
  // Called in input order with each Document() result.
  virtual std::string Join(const std::string& chunk) { return chunk; }
  virtual std::string End(const FormatTotals& totals) const {
    (void)totals;
    return "";
  }
};

// check's formats: text, jsonl, json, sarif, github, junit, html. Unknown
// names are an error.
absl::StatusOr<std::unique_ptr<OutputFormat>> MakeCheckFormat(const std::string& name,
                                                              const FormatOptions& options);

// extract's formats (engine/output/extract_output.h): text, jsonl. A
// document's findings are not written.
absl::StatusOr<std::unique_ptr<OutputFormat>> MakeExtractFormat(const std::string& name);

// The artifactLocation.uri SARIF output gives an input path: a relative URI
// reference (against SRCROOT), or a file:// URI for an absolute path or one
// that climbs out with "..".
std::string SarifArtifactUri(const std::string& path);

// GitHub workflow-command escaping (exposed for tests).
std::string GithubEscapeData(absl::string_view s);
std::string GithubEscapeProperty(absl::string_view s);
// FNV-1a over s, from h (to hash several parts in turn): the baseline
// fingerprints, and the HTML report's stable element ids.
uint64_t Fnv1a(absl::string_view s, uint64_t h = 1469598103934665603ull);
// XML text/attribute escaping; drops characters XML 1.0 forbids.
std::string XmlEscape(absl::string_view s);
// A fingerprint of a finding that survives re-wrapping and moving text:
// rule id + the matched words + the sentence, with white space collapsed.
std::string FindingFingerprint(const claimcheck::Document& doc, const Analysis& analysis, const Finding& f);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_OUTPUT_FORMATS_H_
