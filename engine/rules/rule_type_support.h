// What the rule types share (engine/rules/*_rule.cc): rule regexes compiled
// once per pattern and lazily, the checks that name file:line:column, and
// the guards on a sentence's narration. Internal to engine/rules.
#ifndef CLAIMCHECK_ENGINE_RULES_RULE_TYPE_SUPPORT_H_
#define CLAIMCHECK_ENGINE_RULES_RULE_TYPE_SUPPORT_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/rules/rule.h"
#include "engine/rules/rule_types.h"
#include "engine/rules/spec.h"
#include "re2/re2.h"

namespace claimcheck {
namespace rule_types {

inline re2::StringPiece SP(absl::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// The common keys and `extra`.
std::vector<std::string> With(std::vector<std::string> extra);

// How every rule regex is compiled.
RE2::Options RuleRegexOptions(bool case_sensitive);

// A rule regex: checked when its pack loads, so that an error names the
// file, line and column (the built-in packs' regexes are checked by their
// fixture tests instead), and compiled when a rule first needs it. Most
// guards and patterns of a pack never meet a candidate in a run; compiling
// them all at load cost a few milliseconds on every start.
class LazyRegex {
 public:
  LazyRegex(std::string pattern, bool case_sensitive)
      : pattern_(std::move(pattern)), case_sensitive_(case_sensitive) {}
  operator const RE2&() const {  // NOLINT: used where RE2 takes a const RE2&
    std::call_once(once_,
                   [this] { re_ = std::make_unique<RE2>(pattern_, RuleRegexOptions(case_sensitive_)); });
    return *re_;
  }

 private:
  std::string pattern_;
  bool case_sensitive_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

using RegexRef = std::shared_ptr<const LazyRegex>;

// One compiled regex for each pattern, however many rules use it: the
// packs share guards through YAML anchors ("a paragraph whose narration
// says I" in a dozen rules), and each copy would warm its own DFA on the
// same text. Patterns no rule holds any more are dropped as new ones come.
RegexRef SharedRegex(const std::string& pattern, bool case_sensitive);

// The parser's error for `pattern`, empty when it parses.
std::string RegexError(const std::string& pattern, bool case_sensitive);

// The error for a regex of `spec`'s at `at` that does not parse, else OK.
absl::Status CheckRegex(const SpecReader& spec, const SpecNode& at, const std::string& key,
                        const std::string& pattern, bool case_sensitive);

// `pattern` under `key`, checked (file:line:col) and shared.
absl::StatusOr<RegexRef> Compile(const SpecReader& spec, const std::string& key, const std::string& pattern,
                                 bool case_sensitive);

// The optional `scope` key; *out keeps its default when the key is absent.
absl::Status ReadScope(const SpecReader& spec, Scope* out);

// `s` cut to at most `n` bytes at a character boundary, with "…" when cut.
std::string Clip(absl::string_view s, size_t n = 80);

inline absl::string_view Text(const CheckContext& ctx, Span s) { return ctx.text.substr(s.start, s.size()); }

// The sentence (or paragraph) outside its quotes matches `re`: "I" in a
// quote is the speaker's, not a columnist's voice. Remembered per regex and
// span for the document (rules sharing a guard share its answers).
bool NarrationHas(const CheckContext& ctx, Span sent, const RE2& re);

// The text of the paragraph holding sentence `s`.
Span ParagraphOf(const CheckContext& ctx, int s);

// `unless: {paragraph_narration_has_regex: …}` for the rule types whose
// findings come from extracted structure (claims, figures): a reader's
// comment or a first-person passage is not the newsroom's voice. Only that
// guard is taken (and, when given, `cues` and `content_starts_with`); the
// word guards are the lexical type's.
absl::Status ReadParagraphGuard(const SpecReader& spec, RegexRef* out, std::vector<std::string>* cues,
                                std::vector<std::string>* content_starts = nullptr);

// Builds a rule of type T (T::Create) that formats `rule`'s message.
template <typename T>
absl::StatusOr<std::unique_ptr<RuleType>> Make(const SpecReader& spec, const Rule& rule) {
  auto r = T::Create(spec);
  if (!r.ok()) return r.status();
  static_cast<T*>(r->get())->message_ = &rule.message;
  return r;
}

}  // namespace rule_types
}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_RULE_TYPE_SUPPORT_H_
