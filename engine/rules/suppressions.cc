#include "engine/rules/suppressions.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/input/suppression_comments.h"

namespace claimcheck {

namespace {

struct Directive : SuppressionDirective {
  bool used = false;
};

bool Names(const std::vector<std::string>& rules, const std::string& rule) {
  if (rules.empty()) return true;
  for (const std::string& r : rules) {
    if (r == rule || r == "all") return true;
    // A category prefix: "hedged" covers hedged.modal, hedged.adverb, ...
    if (rule.size() > r.size() && rule.compare(0, r.size(), r) == 0 && rule[r.size()] == '.') return true;
  }
  return false;
}

}  // namespace

void ApplySuppressions(const Document& doc, std::vector<Finding>* findings,
                       const absl::flat_hash_set<std::string>* known) {
  absl::string_view src = doc.original();
  if (src.find("claimcheck-") == absl::string_view::npos) return;
  std::vector<Directive> ds;
  for (SuppressionDirective& d : ParseSuppressionComments(src)) ds.push_back({std::move(d)});
  if (ds.empty()) return;
  LineIndex lines(src);
  std::vector<Finding> kept;
  for (Finding& f : *findings) {
    int line = lines.At(doc.ToOriginal(f.span.start)).line;
    bool suppressed = false;
    // The latest disable/enable before the finding decides, per rule.
    int state_directive = -1;
    for (size_t k = 0; k < ds.size() && ds[k].line <= line; ++k) {
      const Directive& d = ds[k];
      if (d.kind == Directive::kUnknown) continue;
      if (d.kind == Directive::kNextLine) {
        if (d.line + 1 == line && Names(d.rules, f.rule)) {
          suppressed = true;
          ds[k].used = true;
        }
        continue;
      }
      if (!Names(d.rules, f.rule)) continue;
      state_directive = d.kind == Directive::kDisable ? static_cast<int>(k) : -1;
    }
    if (state_directive >= 0) {
      suppressed = true;
      ds[state_directive].used = true;
    }
    if (!suppressed) kept.push_back(std::move(f));
  }
  // Report a comment's problem at the first analysed text after it (in plain
  // text, at the comment itself).
  auto at_comment = [&](const Directive& d, const char* rule, Severity severity, std::string message) {
    size_t lo = 0, hi = doc.text.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (doc.ToOriginal(mid) < d.start)
        lo = mid + 1;
      else
        hi = mid;
    }
    Finding f;
    f.rule = rule;
    f.category = "suppression";
    f.severity = severity;
    f.span = {lo, std::min(doc.text.size(), lo + 1)};
    if (doc.format == Format::kText) f.span = {d.start, d.end};
    f.message = std::move(message);
    kept.push_back(std::move(f));
  };
  for (const Directive& d : ds) {
    if (d.kind == Directive::kUnknown) {
      at_comment(d, kUnknownDirectiveRule, Severity::kWarning,
                 absl::StrCat("'", d.word, "' (line ", d.line,
                              ") is no claimcheck directive and suppresses nothing; the directives are "
                              "claimcheck-disable, claimcheck-disable-next-line and claimcheck-enable"));
      continue;
    }
    const char* word = d.kind == Directive::kNextLine  ? "claimcheck-disable-next-line"
                       : d.kind == Directive::kDisable ? "claimcheck-disable"
                                                       : "claimcheck-enable";
    bool unknown = false;
    for (const std::string& r : d.rules) {
      if (known == nullptr || r == "all" || known->contains(r)) continue;
      unknown = true;
      at_comment(d, kUnknownSuppressedRule, Severity::kError,
                 absl::StrCat(word, " (line ", d.line, ") names '", r,
                              "', which is no rule or category of the "
                              "loaded packs"));
    }
    if (unknown || d.used || d.kind == Directive::kEnable) continue;
    at_comment(d, kUnusedSuppressionRule, Severity::kInfo,
               absl::StrCat("this suppression (", word,
                            d.rules.empty() ? "" : absl::StrCat(" ", absl::StrJoin(d.rules, ", ")), ", line ",
                            d.line, ") suppresses nothing; remove it"));
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Finding& a, const Finding& b) { return a.span.start < b.span.start; });
  findings->swap(kept);
}

}  // namespace claimcheck
