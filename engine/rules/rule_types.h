// The registry of rule types: the one table (rule_types.cc) that maps a
// rule's `type` to the class that implements it. Adding a type means one file
// NAME_rule.cc defining the class and its RuleTypeInfo, and one line in the
// table.
#ifndef CLAIMCHECK_ENGINE_RULES_RULE_TYPES_H_
#define CLAIMCHECK_ENGINE_RULES_RULE_TYPES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/rules/rule.h"
#include "engine/rules/spec.h"

namespace claimcheck {

// One rule type: its name in the packs, the keys its rules may have (the
// common ones included) and how a rule of it is built.
struct RuleTypeInfo {
  const char* name;
  std::vector<std::string> keys;
  absl::StatusOr<std::unique_ptr<RuleType>> (*create)(const SpecReader& spec, const Rule& rule);
};

namespace rule_types {
const RuleTypeInfo& LexicalRuleType();   // lexical_rule.cc
const RuleTypeInfo& ClaimRuleType();     // claim_rule.cc
const RuleTypeInfo& EvidenceRuleType();  // evidence_rule.cc
const RuleTypeInfo& FigureRuleType();    // figure_rule.cc
const RuleTypeInfo& HeadlineRuleType();  // headline_rule.cc
}  // namespace rule_types

// Keys every rule may have, whatever its type.
const std::vector<std::string>& CommonRuleKeys();

// Keys a rule of `type` may have (common keys included); null for unknown types.
const std::vector<std::string>* RuleTypeKeys(const std::string& type);

// Names of the registered types, for error messages and `claimcheck rules`.
std::vector<std::string> RuleTypeNames();

// Validates `spec` for `type` (unknown keys, bad values, regexes RE2 rejects)
// and compiles it. Errors name file:line:column, the rule id and the key.
absl::StatusOr<std::unique_ptr<RuleType>> CreateRuleType(const std::string& type, const SpecReader& spec,
                                                         const Rule& rule);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_RULE_TYPES_H_
