// A rule's specification as parsed from YAML, without yaml-cpp types, so that
// rule types validate and compile it while only the loader knows the parser.
#ifndef CLAIMCHECK_ENGINE_RULES_SPEC_H_
#define CLAIMCHECK_ENGINE_RULES_SPEC_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

struct SpecNode {
  enum class Kind { kNull, kScalar, kList, kMap };
  Kind kind = Kind::kNull;
  std::string scalar;
  std::vector<SpecNode> list;
  std::vector<std::pair<std::string, SpecNode>> map;  // in file order
  int line = 0;                                       // 1-based
  int column = 0;                                     // 1-based
  std::string file;

  const SpecNode* Find(const std::string& key) const;
  // "file:line:col"
  std::string Where() const;
};

// Typed access with errors that name file:line:col, the rule id and the key.
class SpecReader {
 public:
  // `builtin`: the spec is one of claimcheck's own packs, whose regexes the
  // fixture tests check (`claimcheck test` loads them as files): loading
  // need not parse each one a second time to check it.
  SpecReader(const SpecNode& node, std::string rule_id, bool builtin = false)
      : node_(node), rule_id_(std::move(rule_id)), builtin_(builtin) {}

  bool Has(const std::string& key) const { return node_.Find(key) != nullptr; }
  absl::StatusOr<std::string> String(const std::string& key, bool required) const;
  absl::StatusOr<std::vector<std::string>> StringList(const std::string& key) const;
  absl::StatusOr<bool> Bool(const std::string& key, bool def) const;
  absl::StatusOr<int> Int(const std::string& key, int def, int min, int max) const;
  const SpecNode* Map(const std::string& key) const;
  // Rejects keys outside `allowed`, suggesting the nearest valid one.
  absl::Status CheckKeys(const std::vector<std::string>& allowed) const;
  absl::Status Error(const SpecNode& at, const std::string& key, const std::string& msg) const;
  const SpecNode& node() const { return node_; }
  const std::string& rule_id() const { return rule_id_; }
  bool builtin() const { return builtin_; }

 private:
  const SpecNode& node_;
  std::string rule_id_;
  bool builtin_ = false;
};

// The candidate closest to `word` by edit distance, or "" when none is close.
std::string NearestWord(const std::string& word, const std::vector<std::string>& candidates);

// Parses YAML text into a SpecNode tree (the one place yaml-cpp is used);
// errors name file:line:column. Aliases are expanded, within a budget.
absl::StatusOr<SpecNode> ParseYaml(const std::string& file, const std::string& yaml);

// A tree in a compact form that reads back without a YAML parser: the
// built-in packs are parsed when claimcheck is built (engine/compile_pack)
// and decoded at start-up, which is what a YAML parse of them cost (half of
// start-up). Lines and columns survive; `file` is given when decoding.
std::string EncodeSpec(const SpecNode& node);
absl::StatusOr<SpecNode> DecodeSpec(absl::string_view encoded, const std::string& file);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_SPEC_H_
