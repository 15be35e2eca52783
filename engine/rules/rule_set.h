// Loading rule packs and checking documents against them.
//
//   absl::StatusOr<RuleSet> rules = LoadRuleSet({"rules/extra.yaml"}, /*builtin=*/true);
//   std::vector<Finding> f = rules->Check(doc, analysis);
//
// Loading validates every pack strictly and fails as a whole (unknown keys
// with a suggestion, missing keys, duplicate ids, bad severities, regexes RE2
// rejects), each error naming file:line:column. A loaded RuleSet is immutable
// and Check() is thread-safe. Only this module knows yaml-cpp.
#ifndef CLAIMCHECK_ENGINE_RULES_RULE_SET_H_
#define CLAIMCHECK_ENGINE_RULES_RULE_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "engine/rules/literal_matcher.h"
#include "engine/rules/rule.h"
#include "engine/rules/spec.h"
#include "re2/filtered_re2.h"
#include "re2/set.h"

namespace claimcheck {

class RuleSet {
 public:
  RuleSet() = default;
  RuleSet(RuleSet&&) = default;
  RuleSet& operator=(RuleSet&&) = default;

  // Findings sorted by position, one per span (see OneFindingPerSpan).
  std::vector<Finding> Check(const Document& doc, const Analysis& analysis) const;
  // Every rule's findings, sorted by position, then rule id; repeats kept.
  std::vector<Finding> CheckAll(const Document& doc, const Analysis& analysis) const;
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
  // Most rules are prefiltered by literals instead, in one scan of the
  // lowercased document, which costs a table step per byte however many
  // rules there are (an RE2::Set pass costs several times that). Word-list
  // rules (RuleType::LiteralPhrases) by words: the scan finds the trigger
  // word (the longest) of every phrase standing alone, and a rule runs on a
  // sentence holding all the words of one of its phrases. Other patterns by
  // the strings any match must contain (RE2's FilteredRE2 "atoms", an
  // and/or tree of them per rule): a rule runs on a sentence whose atoms
  // satisfy its tree. A pattern without such strings stays in the set.
  struct LiteralPhrase {
    int rule;
    std::vector<std::string> others;  // the phrase's words besides its trigger
  };
  struct AtomRule {
    int rule;
    std::unique_ptr<re2::FilteredRE2> filter;  // the rule's pattern alone
  };
  struct AtomUse {
    int atom_rule;  // index into atom_rules
    int atom;       // the atom's index in that rule's filter
  };
  struct LiteralPrefilter {
    LiteralMatcher matcher;                           // over the trigger words and atoms
    std::vector<uint32_t> trigger_size;               // bytes of each trigger
    std::vector<std::vector<LiteralPhrase>> phrases;  // per trigger
    std::vector<std::vector<AtomUse>> atoms;          // per trigger
    std::vector<AtomRule> atom_rules;
    std::vector<int> rules;   // the rules prefiltered this way
    uint64_t generation = 0;  // unique per built prefilter: keys the memo of atom sets
  };
  std::shared_ptr<const LiteralPrefilter> literal_;
  void CheckLiteralRules(const CheckContext& ctx, std::vector<Finding>* out) const;
  // Whether the atoms found in a sentence pass rule atom_rule's and/or tree.
  static bool PassesAtoms(const LiteralPrefilter& lit, int atom_rule, const std::vector<int>& atoms,
                          std::vector<int>* scratch);
  // Runs one rule over the document (where == null) or a sentence, and
  // labels its findings with the rule's id, category and severity.
  void RunRule(const CheckContext& ctx, int rule, const Span* where, std::vector<Finding>* out) const;
};

// Findings sorted by position, with repeats folded: where rules hit the
// same or overlapping words, the most specific finding is kept and names
// the others in `also` and at the end of its message. Never the same words
// twice.
std::vector<Finding> OneFindingPerSpan(std::vector<Finding> sorted);

// Parses one pack's YAML text and adds its rules. `file` names it in errors.
class RuleSetBuilder {
 public:
  absl::Status AddPack(const std::string& file, const std::string& yaml);
  // The same for a pack already parsed (ParseYaml, DecodeSpec).
  absl::Status AddParsedPack(const std::string& file, const SpecNode& doc);
  // Adds a YAML file, or every *.yaml/*.yml file in a directory (sorted).
  absl::Status AddPath(const std::string& path);
  absl::Status AddBuiltinPacks();
  // Project configuration: drops disabled rules and overrides severities.
  // Unknown rule ids are an error naming `where` (file:line:col).
  absl::Status Disable(const std::string& id, const std::string& where);
  // Drops the rules that are off by default (`enabled: false`) except those
  // listed (id, where); an unknown id is an error naming `where`.
  absl::Status KeepEnabled(const std::vector<std::pair<std::string, std::string>>& enable);
  absl::Status SetSeverity(const std::string& id, Severity s, const std::string& where);
  // Finishes: compiles the prefilter. The builder is empty afterwards.
  absl::StatusOr<RuleSet> Build();
  // Prefilters every rule by the RE2::Set alone (no literal scan): the
  // reference the literal prefilter is tested against.
  void SetOnlyPrefilterForTesting() { literal_prefilter_ = false; }

 private:
  RuleSet set_;
  bool literal_prefilter_ = true;
};

// A project configuration, `.claimcheck.yaml`, found from an input's
// directory upwards:
//
//   rules: [house-rules/]          # packs to add (paths relative to the file)
//   disable: [hedged.adverb]       # rules to drop
//   enable: [hedged.modal]         # rules that are off by default, to run
//   severity: {attribution.doubt: error}
//   ignore: ["drafts/*", "*.html"] # inputs to skip (glob, relative to the file)
//   fail_on: warning
//   default_rules: true            # load the built-in packs
//
// Validated like rule packs: unknown keys are errors with file:line:column.
struct ProjectConfig {
  std::string file;                                          // where it was read ("" when none was found)
  std::string dir;                                           // its directory
  std::vector<std::string> rules;                            // resolved paths
  std::vector<std::pair<std::string, std::string>> disable;  // id, where
  std::vector<std::pair<std::string, std::string>> enable;   // id, where
  struct Override {
    std::string id, where;
    Severity severity;
  };
  std::vector<Override> severity;
  std::vector<std::string> ignore;
  std::string fail_on;
  bool default_rules = true;
};

// Looks for .claimcheck.yaml in `start_dir` and its parents; none is not an error.
absl::StatusOr<ProjectConfig> FindProjectConfig(const std::string& start_dir);
absl::StatusOr<ProjectConfig> LoadProjectConfig(const std::string& file, const std::string& yaml);

// The built-in packs (rules/*.yaml compiled into the binary) plus `paths`.
absl::StatusOr<RuleSet> LoadRuleSet(const std::vector<std::string>& paths, bool builtin);

// Names and contents of the built-in packs and their fixtures.
struct BuiltinFile {
  std::string name;
  std::string data;
};
std::vector<BuiltinFile> BuiltinRuleFiles();

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_RULE_SET_H_
