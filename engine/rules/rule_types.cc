#include "engine/rules/rule_types.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extractors/lexicon.h"

namespace claimcheck {

namespace {

// The one table of rule types: adding a type is a file *_rule.cc and a line here.
const std::vector<const RuleTypeInfo*>& Registry() {
  static const auto* types = new std::vector<const RuleTypeInfo*>{
      &rule_types::LexicalRuleType(), &rule_types::ClaimRuleType(),    &rule_types::EvidenceRuleType(),
      &rule_types::FigureRuleType(),  &rule_types::HeadlineRuleType(),
  };
  return *types;
}

const RuleTypeInfo* Find(const std::string& type) {
  for (const RuleTypeInfo* t : Registry()) {
    if (type == t->name) return t;
  }
  return nullptr;
}

}  // namespace

const std::vector<std::string>& CommonRuleKeys() {
  static const auto* keys = new std::vector<std::string>{
      "id", "type", "category", "severity", "message", "description", "link", "enabled", "fix"};
  return *keys;
}

const std::vector<std::string>* RuleTypeKeys(const std::string& type) {
  const RuleTypeInfo* t = Find(type);
  return t == nullptr ? nullptr : &t->keys;
}

std::vector<std::string> RuleTypeNames() {
  std::vector<std::string> names;
  for (const RuleTypeInfo* t : Registry()) names.push_back(t->name);
  return names;
}

absl::StatusOr<std::unique_ptr<RuleType>> CreateRuleType(const std::string& type, const SpecReader& spec,
                                                         const Rule& rule) {
  if (const RuleTypeInfo* t = Find(type)) return t->create(spec, rule);
  const SpecNode* at = spec.node().Find("type");
  std::string near = NearestWord(type, RuleTypeNames());
  return spec.Error(at ? *at : spec.node(), "type",
                    absl::StrCat("unknown rule type '", type, "'",
                                 near.empty() ? "" : absl::StrCat("; did you mean '", near, "'?"),
                                 " (types: ", absl::StrJoin(RuleTypeNames(), ", "), ")"));
}

}  // namespace claimcheck
