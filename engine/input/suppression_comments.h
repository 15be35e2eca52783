// The suppression comments editors type in an article, read where the
// article is read:
//
//   <!-- claimcheck-disable hedged.modal -->     off until enabled again
//   <!-- claimcheck-enable hedged.modal -->
//   <!-- claimcheck-disable-next-line attribution.doubt, hedged.modal -->
//   <!-- claimcheck-disable -->                   (no rule: every rule)
//
// The same comment works in Markdown, HTML and plain text (where it is kept
// out of the analysed text). What the directives do to findings is the rule
// engine's part (engine/rules/suppressions.h); this part knows no rules.
#ifndef CLAIMCHECK_ENGINE_INPUT_SUPPRESSION_COMMENTS_H_
#define CLAIMCHECK_ENGINE_INPUT_SUPPRESSION_COMMENTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extractors/document.h"

namespace claimcheck {

struct SuppressionDirective {
  enum Kind { kDisable, kEnable, kNextLine, kUnknown } kind = kUnknown;
  std::string word;                // as written, for kUnknown
  std::vector<std::string> rules;  // empty: every rule
  size_t start = 0, end = 0;       // the comment, in the original text
  int line = 0;                    // 1-based line of the comment's start
};

// The directives in `src` (a document's original text), in order. A comment
// that opens with "claimcheck-" but is no directive
// ("claimcheck-disabel-next-line") is kUnknown, so it can be reported.
std::vector<SuppressionDirective> ParseSuppressionComments(absl::string_view src);

// Replaces suppression comments in a plain-text document's analysed text by
// spaces (same length, so offsets and lines do not move).
void BlankSuppressionComments(Document* doc);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_INPUT_SUPPRESSION_COMMENTS_H_
