#include "engine/rules/rule_type_support.h"

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
#include "extractors/lexicon.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace claimcheck {
namespace rule_types {

namespace {

bool NarrationHasUncached(const CheckContext& ctx, Span sent, const RE2& re) {
  std::string t(ctx.text.substr(sent.start, sent.size()));
  // (The quotes' spans sorted by start: from a few before the sentence,
  // for a quote that opened earlier, to its end; not a scan of all.)
  const auto& spans = ctx.quote_spans;
  auto it = std::upper_bound(spans.begin(), spans.end(), sent.start,
                             [](size_t o, const Span& x) { return o < x.start; });
  for (int back = 0; it != spans.begin() && back < 8; ++back) --it;
  for (; it != spans.end() && it->start < sent.end; ++it) {
    const Span q{it->start, it->end};
    if (q.end <= sent.start) continue;
    size_t b = std::max(q.start, sent.start) - sent.start;
    size_t e = std::min(q.end, sent.end) - sent.start;
    std::fill(t.begin() + b, t.begin() + e, ' ');
  }
  return RE2::PartialMatch(t, re);
}

}  // namespace

std::vector<std::string> With(std::vector<std::string> extra) {
  std::vector<std::string> keys = CommonRuleKeys();
  keys.insert(keys.end(), extra.begin(), extra.end());
  return keys;
}

// How every rule regex is compiled.
RE2::Options RuleRegexOptions(bool case_sensitive) {
  RE2::Options opt;
  opt.set_case_sensitive(case_sensitive);
  opt.set_log_errors(false);
  return opt;
}

RegexRef SharedRegex(const std::string& pattern, bool case_sensitive) {
  static std::mutex mu;
  static auto* shared = new absl::flat_hash_map<std::string, std::weak_ptr<const LazyRegex>>;
  std::string key = absl::StrCat(case_sensitive ? "1" : "0", pattern);
  std::lock_guard<std::mutex> lock(mu);
  auto it = shared->find(key);
  if (it != shared->end()) {
    if (RegexRef re = it->second.lock()) return re;
  }
  if (shared->size() >= 4096) absl::erase_if(*shared, [](const auto& kv) { return kv.second.expired(); });
  RegexRef re = std::make_shared<const LazyRegex>(pattern, case_sensitive);
  (*shared)[key] = re;
  return re;
}

// The parser's error for `pattern`, empty when it parses. RE2::Set::Add
// parses without compiling, which is all a check needs.
std::string RegexError(const std::string& pattern, bool case_sensitive) {
  RE2::Set set(RuleRegexOptions(case_sensitive), RE2::UNANCHORED);
  std::string error;
  if (set.Add(pattern, &error) < 0) return error.empty() ? "invalid pattern" : error;
  return "";
}

// The error for a regex of `spec`'s at `at` that does not parse, else OK.
absl::Status CheckRegex(const SpecReader& spec, const SpecNode& at, const std::string& key,
                        const std::string& pattern, bool case_sensitive) {
  std::string error = spec.builtin() ? "" : RegexError(pattern, case_sensitive);
  if (error.empty()) return absl::OkStatus();
  return spec.Error(at, key,
                    absl::StrCat("invalid regular expression: ", error,
                                 " (RE2 syntax: see https://github.com/google/re2/wiki/Syntax)"));
}

absl::StatusOr<RegexRef> Compile(const SpecReader& spec, const std::string& key, const std::string& pattern,
                                 bool case_sensitive) {
  const SpecNode* at = spec.node().Find(key);
  if (auto s = CheckRegex(spec, at ? *at : spec.node(), key, pattern, case_sensitive); !s.ok()) return s;
  return SharedRegex(pattern, case_sensitive);
}

// The optional `scope` key; *out keeps its default when the key is absent.
absl::Status ReadScope(const SpecReader& spec, Scope* out) {
  auto scope = spec.String("scope", false);
  if (!scope.ok()) return scope.status();
  if (!scope->empty() && !ParseScope(*scope, out)) {
    return spec.Error(*spec.node().Find("scope"), "scope",
                      absl::StrCat("unknown scope '", *scope,
                                   "' (expected narration, quote, claim, heading, unquoted or any)"));
  }
  return absl::OkStatus();
}

std::string Clip(absl::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat(s.substr(0, cut), "…");
}

// The sentence (or paragraph) outside its quotes matches `re`: "I" in a
// quote is the speaker's, not a columnist's voice.
// NarrationHasUncached, remembered per regex and span for the document
// (one RE2 per pattern, SharedRegex: rules sharing a guard share its answers).
bool NarrationHas(const CheckContext& ctx, Span sent, const RE2& re) {
  const auto key = std::make_tuple(static_cast<const void*>(&re), sent.start, sent.end);
  auto memo = ctx.guard_memo.find(key);
  if (memo != ctx.guard_memo.end()) return memo->second;
  const bool has = NarrationHasUncached(ctx, sent, re);
  ctx.guard_memo.emplace(key, has);
  return has;
}

// The text of the paragraph holding sentence `s`.
Span ParagraphOf(const CheckContext& ctx, int s) {
  const auto& seg = ctx.analysis.segmentation;
  return seg.paragraphs[seg.sentences[s].paragraph].span;
}

// `unless: {paragraph_narration_has_regex: …}` for the rule types whose
// findings come from extracted structure (claims, figures): a reader's
// comment or a first-person passage is not the newsroom's voice. Only that
// guard is taken; the word guards are the lexical type's.
absl::Status ReadParagraphGuard(const SpecReader& spec, RegexRef* out, std::vector<std::string>* cues,
                                std::vector<std::string>* content_starts) {
  const SpecNode* unless = spec.node().Find("unless");
  if (unless == nullptr) return absl::OkStatus();
  if (unless->kind != SpecNode::Kind::kMap) return spec.Error(*unless, "unless", "expected a map of guards");
  SpecReader u(*unless, spec.rule_id(), spec.builtin());
  for (const auto& [key, node] : unless->map) {
    if (key == "cues" && cues != nullptr) continue;
    if (key == "content_starts_with" && content_starts != nullptr) continue;
    if (key != "paragraph_narration_has_regex") {
      return u.Error(node, key,
                     cues != nullptr
                         ? "this rule type takes only paragraph_narration_has_regex, cues and "
                           "content_starts_with under unless"
                         : "this rule type takes only paragraph_narration_has_regex under unless");
    }
  }
  if (cues != nullptr) {
    // unless.cues: the cue words that stop the rule ("urged", "demanded").
    auto list = u.StringList("cues");
    if (!list.ok()) return list.status();
    for (const std::string& w : *list) cues->push_back(absl::AsciiStrToLower(w));
  }
  if (content_starts != nullptr) {
    // unless.content_starts_with: words that open a content the rule does
    // not mean ("explained why …": a question answered, not a claim vouched for).
    auto list = u.StringList("content_starts_with");
    if (!list.ok()) return list.status();
    for (const std::string& w : *list) {
      if (absl::StrContains(w, ' ')) {
        return u.Error(*unless->Find("content_starts_with"), "content_starts_with",
                       absl::StrCat("expected single words, got '", w, "'"));
      }
      content_starts->push_back(absl::AsciiStrToLower(w));
    }
  }
  const std::string key = "paragraph_narration_has_regex";
  const SpecNode* g = unless->Find(key);
  if (g == nullptr) return absl::OkStatus();
  std::vector<std::string> alts;
  if (g->kind == SpecNode::Kind::kList) {
    for (const SpecNode& item : g->list) {
      if (item.kind != SpecNode::Kind::kScalar)
        return u.Error(item, key, "expected a regex (a string) in the list");
      if (item.scalar.empty()) continue;
      if (auto st = CheckRegex(u, item, key, item.scalar, false); !st.ok()) return st;
      alts.push_back(absl::StrCat("(?:", item.scalar, ")"));
    }
  } else {
    auto one = u.String(key, false);
    if (!one.ok()) return one.status();
    if (!one->empty()) {
      if (auto st = CheckRegex(u, *g, key, *one, false); !st.ok()) return st;
      alts.push_back(absl::StrCat("(?:", *one, ")"));
    }
  }
  if (!alts.empty()) *out = SharedRegex(absl::StrJoin(alts, "|"), true);
  return absl::OkStatus();
}

}  // namespace rule_types
}  // namespace claimcheck
