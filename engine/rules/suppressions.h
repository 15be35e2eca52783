// What the suppression comments editors type in an article
// (engine/input/suppression_comments.h) do to its findings. A suppression
// that suppresses nothing is reported as an info finding, rule
// claimcheck.unused-suppression.
#ifndef CLAIMCHECK_ENGINE_RULES_SUPPRESSIONS_H_
#define CLAIMCHECK_ENGINE_RULES_SUPPRESSIONS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "engine/rules/rule.h"
#include "extractors/document.h"

namespace claimcheck {

inline constexpr char kUnusedSuppressionRule[] = "claimcheck.unused-suppression";
// A comment that opens with "claimcheck-" but is no directive
// ("claimcheck-disabel-next-line"): a warning, so the typo is not silently
// read as no suppression at all.
inline constexpr char kUnknownDirectiveRule[] = "claimcheck.unknown-directive";
// A directive naming a rule or category no loaded pack has: an error.
inline constexpr char kUnknownSuppressedRule[] = "claimcheck.unknown-rule";

// Drops the findings the document's comments suppress and appends an info
// finding for each directive that suppressed nothing, a warning for each
// comment that opens with "claimcheck-" but is no directive, and, when
// `known` is given (rule ids and categories), an error for each rule a
// directive names that is not in it.
void ApplySuppressions(const Document& doc, std::vector<Finding>* findings,
                       const absl::flat_hash_set<std::string>* known = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_SUPPRESSIONS_H_
