// The evidence rule type: evidence that supports or contradicts a claim.
#include <algorithm>
#include <mutex>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/rules/phrase_matcher.h"
#include "engine/rules/rule_type_support.h"
#include "extractors/lexicon.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace claimcheck {
namespace rule_types {

namespace {

// Evidence that supports or contradicts a claim or quote.
class EvidenceRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("evidence")); !s.ok()) return s;
    auto r = std::unique_ptr<EvidenceRule>(new EvidenceRule);
    auto pol = spec.String("polarity", true);
    if (!pol.ok()) return pol.status();
    if (*pol == "supports")
      r->polarity_ = 0;
    else if (*pol == "contradicts")
      r->polarity_ = 1;
    else if (*pol != "any")
      return spec.Error(
          *spec.node().Find("polarity"), "polarity",
          absl::StrCat("unknown polarity '", *pol, "' (expected supports, contradicts or any)"));
    auto att = spec.Bool("attached", true);
    if (!att.ok()) return att.status();
    r->attached_ = *att;
    return std::unique_ptr<RuleType>(std::move(r));
  }

  void Run(const CheckContext& ctx, std::vector<Finding>* out) const override {
    const Analysis& a = ctx.analysis;
    for (const Evidence& e : a.evidence) {
      if (polarity_ == 0 && e.polarity != Polarity::kSupports) continue;
      if (polarity_ == 1 && e.polarity != Polarity::kContradicts) continue;
      if (attached_ && e.claim < 0 && e.quote < 0) continue;
      const Attribution* at = e.claim >= 0   ? &a.claims[e.claim].attribution
                              : e.quote >= 0 ? &a.quotes[e.quote].attribution
                                             : nullptr;
      Span target = e.claim >= 0   ? a.claims[e.claim].content
                    : e.quote >= 0 ? a.quotes[e.quote].content
                                   : Span{};
      Finding f;
      f.span = target.empty() ? e.cue_span : target;
      f.sentence = e.sentence;
      f.evidence = e.span;
      std::string speaker, cue;
      if (at != nullptr && at->has_speaker) {
        speaker = at->speaker;
        f.speaker = at->speaker_span;
      }
      if (at != nullptr && at->has_cue) {
        cue = at->cue;
        f.cue = at->cue_span;
      }
      f.message = FormatMessage(*message_, Text(ctx, f.span), speaker, cue, Clip(Text(ctx, target)),
                                Clip(Text(ctx, e.span)));
      out->push_back(std::move(f));
    }
  }

  const std::string* message_ = nullptr;

 private:
  int polarity_ = -1;
  bool attached_ = true;
};

}  // namespace

const RuleTypeInfo& EvidenceRuleType() {
  static const auto* info = new RuleTypeInfo{"evidence", With({"polarity", "attached"}), &Make<EvidenceRule>};
  return *info;
}

}  // namespace rule_types
}  // namespace claimcheck
