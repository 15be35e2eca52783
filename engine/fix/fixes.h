// Applying the fixes rules offer (RuleFix, Finding::fixes) to a file, and
// showing them as a unified diff: what `claimcheck fix` and an editor's
// code action do with a finding's replacement.
//
//   std::vector<TextEdit> edits = FileEdits(doc, findings);
//   std::string fixed = ApplyEdits(doc.original(), edits);
//   std::cout << UnifiedDiff(doc.path, doc.original(), fixed);
#ifndef CLAIMCHECK_ENGINE_FIX_FIXES_H_
#define CLAIMCHECK_ENGINE_FIX_FIXES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/rules/rule.h"
#include "extractors/document.h"

namespace claimcheck {

// Replace original bytes [start, end) with `replacement`.
struct TextEdit {
  size_t start = 0;
  size_t end = 0;
  std::string replacement;
  bool operator==(const TextEdit& o) const {
    return start == o.start && end == o.end && replacement == o.replacement;
  }
};

// The findings' fixes as edits of the document's original bytes, in order
// and none overlapping another (of two that overlap, the earlier finding's
// is kept). A fix whose words the original does not hold byte for byte (an
// entity decoded, markup between the words) is left out: it cannot be
// applied to the file without changing more than the words.
std::vector<TextEdit> FileEdits(const Document& doc, const std::vector<Finding>& findings);

// `text` with `edits` (sorted, not overlapping) applied.
std::string ApplyEdits(absl::string_view text, const std::vector<TextEdit>& edits);

// A unified diff ("--- a/PATH", "+++ b/PATH", or the path alone when it is
// absolute; hunks with three lines of context) from `before` to `after`; empty when they are the same. Lines
// end at '\n'; a last line without one is marked "\ No newline at end of
// file", as diff(1) does.
std::string UnifiedDiff(absl::string_view path, absl::string_view before, absl::string_view after);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_FIX_FIXES_H_
