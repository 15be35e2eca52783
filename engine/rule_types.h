// The registry of rule types: the one place that maps a rule's `type` to the
// class that implements it. Adding a type means adding one class in
// rule_types.cc and one line in CreateRuleType.
#ifndef CLAIMCHECK_ENGINE_RULE_TYPES_H_
#define CLAIMCHECK_ENGINE_RULE_TYPES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/phrase_matcher.h"  // IsRegexWordChar
#include "engine/rule.h"
#include "engine/spec.h"

namespace claimcheck {

// Keys every rule may have, whatever its type.
const std::vector<std::string>& CommonRuleKeys();

// Keys a rule of `type` may have (common keys included); null for unknown types.
const std::vector<std::string>* RuleTypeKeys(const std::string& type);

// Names of the registered types, for error messages and `claimcheck rules`.
std::vector<std::string> RuleTypeNames();


// Validates `spec` for `type` (unknown keys, bad values, regexes RE2 rejects)
// and compiles it. Errors name file:line:column, the rule id and the key.
absl::StatusOr<std::unique_ptr<RuleType>> CreateRuleType(const std::string& type,
                                                         const SpecReader& spec,
                                                         const Rule& rule);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULE_TYPES_H_
