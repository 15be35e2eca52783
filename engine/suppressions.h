// Inline suppressions that editors can type in the article itself:
//
//   <!-- claimcheck-disable hedged.modal -->     off until enabled again
//   <!-- claimcheck-enable hedged.modal -->
//   <!-- claimcheck-disable-next-line attribution.doubt, hedged.modal -->
//   <!-- claimcheck-disable -->                   (no rule: every rule)
//
// The same comment works in Markdown, HTML and plain text (where it is kept
// out of the analysed text). A suppression that suppresses nothing is
// reported as an info finding, rule claimcheck.unused-suppression.
#ifndef CLAIMCHECK_ENGINE_SUPPRESSIONS_H_
#define CLAIMCHECK_ENGINE_SUPPRESSIONS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "engine/rule.h"
#include "extractors/document.h"

namespace claimcheck {

inline constexpr char kUnusedSuppressionRule[] = "claimcheck.unused-suppression";
// A comment that opens with "claimcheck-" but is no directive
// ("claimcheck-disabel-next-line"): a warning, so the typo is not silently
// read as no suppression at all.
inline constexpr char kUnknownDirectiveRule[] = "claimcheck.unknown-directive";
// A directive naming a rule or category no loaded pack has: an error.
inline constexpr char kUnknownSuppressedRule[] = "claimcheck.unknown-rule";

// Replaces suppression comments in a plain-text document's analysed text by
// spaces (same length, so offsets and lines do not move).
void BlankSuppressionComments(Document* doc);

// Drops the findings the document's comments suppress and appends an info
// finding for each directive that suppressed nothing, a warning for each
// comment that opens with "claimcheck-" but is no directive, and, when
// `known` is given (rule ids and categories), an error for each rule a
// directive names that is not in it.
void ApplySuppressions(const Document& doc, std::vector<Finding>* findings,
                       const absl::flat_hash_set<std::string>* known = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_SUPPRESSIONS_H_
