// Loading rule packs and checking documents against them.
//
//   absl::StatusOr<RuleSet> rules = LoadRuleSet({"rules/extra.yaml"}, /*builtin=*/true);
//   std::vector<Finding> f = rules->Check(doc, analysis);
//
// Loading validates every pack strictly and fails as a whole (unknown keys
// with a suggestion, missing keys, duplicate ids, bad severities, regexes RE2
// rejects), each error naming file:line:column. A loaded RuleSet is immutable
// and Check() is thread-safe. Only this module knows yaml-cpp.
#ifndef CLAIMCHECK_ENGINE_RULE_SET_H_
#define CLAIMCHECK_ENGINE_RULE_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "engine/rule.h"
#include "re2/set.h"

namespace claimcheck {

class RuleSet {
 public:
  RuleSet() = default;
  RuleSet(RuleSet&&) = default;
  RuleSet& operator=(RuleSet&&) = default;

  // Findings sorted by position, then rule id.
  std::vector<Finding> Check(const Document& doc, const Analysis& analysis) const;
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  const Rule* Find(const std::string& id) const;

 private:
  friend class RuleSetBuilder;
  std::vector<std::unique_ptr<Rule>> rules_;
  absl::flat_hash_map<std::string, size_t> by_id_;
  // Rules with a prefilter are matched together: one pass over a sentence
  // says which of them can match at all. Very large packs are split over a
  // few sets so each compiles within RE2's memory budget.
  struct Prefilter {
    std::unique_ptr<RE2::Set> set;
    std::vector<int> rule;  // set index -> rule index
  };
  std::vector<Prefilter> prefilters_;
  std::vector<int> always_;  // rules without a prefilter
};

// Parses one pack's YAML text and adds its rules. `file` names it in errors.
class RuleSetBuilder {
 public:
  absl::Status AddPack(const std::string& file, const std::string& yaml);
  // Adds a YAML file, or every *.yaml/*.yml file in a directory (sorted).
  absl::Status AddPath(const std::string& path);
  absl::Status AddBuiltinPacks();
  // Finishes: compiles the prefilter. The builder is empty afterwards.
  absl::StatusOr<RuleSet> Build();

 private:
  RuleSet set_;
};

// The built-in packs (rules/*.yaml compiled into the binary) plus `paths`.
absl::StatusOr<RuleSet> LoadRuleSet(const std::vector<std::string>& paths, bool builtin);

// Names and contents of the built-in packs and their fixtures.
struct BuiltinFile {
  std::string name;
  std::string data;
};
std::vector<BuiltinFile> BuiltinRuleFiles();

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULE_SET_H_
