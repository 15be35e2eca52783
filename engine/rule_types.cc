#include "engine/rule_types.h"

#include <algorithm>
#include <mutex>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/phrase_matcher.h"
#include "extractors/lexicon.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace claimcheck {

namespace {

re2::StringPiece SP(absl::string_view s) { return re2::StringPiece(s.data(), s.size()); }

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
    std::call_once(once_, [this] {
      re_ = std::make_unique<RE2>(pattern_, RuleRegexOptions(case_sensitive_));
    });
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

absl::StatusOr<RegexRef> Compile(const SpecReader& spec, const std::string& key,
                                                   const std::string& pattern, bool case_sensitive) {
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

std::string Clip(absl::string_view s, size_t n = 80) {
  if (s.size() <= n) return std::string(s);
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat(s.substr(0, cut), "…");
}

absl::string_view Text(const CheckContext& ctx, Span s) {
  return ctx.text.substr(s.start, s.size());
}

}  // namespace

const std::vector<std::string>* RuleTypeKeys(const std::string& type);

namespace {

// --- lexical ------------------------------------------------------------------

// Words, phrases or a regex in a scope, with guards on the words around a
// match ("could not" is ability; "in May" is a month).
// The sentence (or paragraph) outside its quotes matches `re`: "I" in a
// quote is the speaker's, not a columnist's voice.
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
absl::Status ReadParagraphGuard(const SpecReader& spec, RegexRef* out,
                                std::vector<std::string>* cues,
                                std::vector<std::string>* content_starts = nullptr) {
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
      if (item.kind != SpecNode::Kind::kScalar) return u.Error(item, key, "expected a regex (a string) in the list");
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

class LexicalRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("lexical"));
        !s.ok()) {
      return s;
    }
    auto r = std::unique_ptr<LexicalRule>(new LexicalRule);
    if (auto s = ReadScope(spec, &r->scope_); !s.ok()) return s;
    auto words = spec.StringList("words");
    if (!words.ok()) return words.status();
    auto regex = spec.String("regex", false);
    if (!regex.ok()) return regex.status();
    if (words->empty() && regex->empty()) {
      return spec.Error(spec.node(), "", "a lexical rule needs 'words' or 'regex'");
    }
    auto cs = spec.Bool("case_sensitive", false);
    if (!cs.ok()) return cs.status();
    std::vector<std::string> alts;
    if (!words->empty()) alts.push_back(WordsPattern(*words));
    if (!regex->empty()) {
      // Validate the user's regex on its own first, so the error is theirs.
      auto alone = Compile(spec, "regex", *regex, *cs);
      if (!alone.ok()) return alone.status();
      alts.push_back(absl::StrCat("(?:", *regex, ")"));
    }
    r->pattern_ = absl::StrJoin(alts, "|");
    // A word list keeps its own search even beside a regex: the regex alone
    // is searched next to it, not one alternation of every phrase and the
    // regex, whose DFA never warms up on news (a rule of 300 phrases and a
    // regex cost 250 M instructions over PolNeAR that way).
    if (!words->empty()) r->phrases_ = PhraseMatcher::Create(PreferenceOrder(*words), *cs);
    r->literal_phrases_ = *words;
    if (!regex->empty() && !words->empty()) r->extra_pattern_ = absl::StrCat("(?:", *regex, ")");
    r->case_sensitive_ = *cs;
    // A short list of quoted words always compiles: it is compiled when the
    // rule first runs, so a pack of thousands of word rules loads fast and
    // pays only for the rules that match. Anything else is compiled now, so
    // that its errors name the file, line and column.
    constexpr size_t kLazyPatternBytes = 4096;
    if (!regex->empty() || r->pattern_.size() > kLazyPatternBytes) {
      auto re = Compile(spec, words->empty() ? "regex" : "words", r->pattern_, *cs);
      if (!re.ok()) return re.status();
    }
    if (const SpecNode* unless = spec.node().Find("unless")) {
      if (unless->kind != SpecNode::Kind::kMap) {
        return spec.Error(*unless, "unless", "expected a map of guards");
      }
      SpecReader u(*unless, spec.rule_id(), spec.builtin());
      if (auto s = u.CheckKeys({"followed_by", "preceded_by", "followed_by_regex",
                                "preceded_by_regex", "sentence_has", "word_followed_by",
                                "word_not_followed_by", "word_preceded_by", "word_preceded_by_regex", "word_followed_by_regex", "sentence_has_regex", "narration_has_regex",
                                "paragraph_narration_has_regex", "nearby_has", "earlier_has_regex",
                                "ability"});
          !s.ok()) {
        return s;
      }
      // word_followed_by: {could: [not, "n't"]} — a guard for one word of
      // the list only ("could not" is ability; "may not" is still a hedge).
      // word_not_followed_by: {likely: [to, that]} — the word counts only
      // before one of these ("is likely to win", not "the likely cost").
      // word_preceded_by: {likely: [the, an]} — "the likely cost" is no hedge.
      struct W { const char* key; absl::flat_hash_map<std::string, RegexRef>* out; bool after; };
      for (W w : {W{"word_followed_by", &r->word_followed_, true},
                  W{"word_not_followed_by", &r->word_not_followed_, true},
                  W{"word_preceded_by", &r->word_preceded_, false}}) {
        const SpecNode* wf = unless->Find(w.key);
        if (wf == nullptr) continue;
        if (wf->kind != SpecNode::Kind::kMap) {
          return u.Error(*wf, w.key, "expected a map of word: [words that follow it]");
        }
        SpecReader wr(*wf, spec.rule_id(), spec.builtin());
        for (const auto& [word, v] : wf->map) {
          auto list = wr.StringList(word);
          if (!list.ok()) return list.status();
          std::string pat = w.after ? absl::StrCat("^\\s*", WordsPattern(*list))
                                    : absl::StrCat(WordsPattern(*list), "\\s*$");
          auto re = Compile(wr, word, pat, false);
          if (!re.ok()) return re.status();
          (*w.out)[absl::AsciiStrToLower(word)] = *std::move(re);
        }
      }
      // word_preceded_by_regex: {could: "for example,? …$"} — as
      // word_preceded_by, with a regex for the text before the word;
      // word_followed_by_regex: {may: "…, but"}, for the text after it.
      struct WR { const char* key; absl::flat_hash_map<std::string, RegexRef>* out; bool after; };
      for (WR w : {WR{"word_preceded_by_regex", &r->word_preceded_re_, false},
                   WR{"word_followed_by_regex", &r->word_followed_re_, true}}) {
        const SpecNode* wr = unless->Find(w.key);
        if (wr == nullptr) continue;
        if (wr->kind != SpecNode::Kind::kMap) {
          return u.Error(*wr, w.key, "expected a map of word: regex");
        }
        SpecReader rr(*wr, spec.rule_id(), spec.builtin());
        for (const auto& [word, v] : wr->map) {
          auto one = rr.String(word, true);
          if (!one.ok()) return one.status();
          auto alone = Compile(rr, word, *one, false);
          if (!alone.ok()) return alone.status();
          auto re = Compile(rr, word,
                            w.after ? absl::StrCat("^\\s*(?:", *one, ")") : absl::StrCat("(?:", *one, ")\\s*$"),
                            true);
          if (!re.ok()) return re.status();
          (*w.out)[absl::AsciiStrToLower(word)] = *std::move(re);
        }
      }
      if (unless->Find("ability")) {
        auto ab = u.Bool("ability", false);
        if (!ab.ok()) return ab.status();
        r->ability_ = *ab;
      }
      // (`each`: a list of regexes for the text right before or after the
      // match is compiled one regex per item. Joined, alternatives that end
      // on "…$" each with a repeat of their own make a DFA whose states
      // multiply, built anew for every sentence of a short corpus; apart,
      // each DFA is small and warms at once.)
      struct G { const char* key; bool after; bool words; RegexRef* out; std::vector<RegexRef>* each; };
      G guards[] = {{"followed_by", true, true, &r->followed_, nullptr},
                    {"preceded_by", false, true, &r->preceded_, nullptr},
                    {"followed_by_regex", true, false, &r->followed_re_, &r->followed_re_each_},
                    {"preceded_by_regex", false, false, &r->preceded_re_, &r->preceded_re_each_},
                    {"sentence_has", true, true, &r->sentence_has_, nullptr},
                    {"sentence_has_regex", true, false, &r->sentence_has_re_, nullptr},
                    {"narration_has_regex", true, false, &r->narration_has_re_, nullptr},
                    {"paragraph_narration_has_regex", true, false, &r->paragraph_narration_has_re_, nullptr},
                    {"nearby_has", true, true, &r->nearby_has_, nullptr},
                    {"earlier_has_regex", true, false, &r->earlier_has_re_, nullptr}};
      for (G& g : guards) {
        std::string pat;
        if (g.words) {
          auto list = u.StringList(g.key);
          if (!list.ok()) return list.status();
          if (list->empty()) continue;
          pat = WordsPattern(*list);
        } else if (const SpecNode* list = unless->Find(g.key);
                   list && list->kind == SpecNode::Kind::kList && g.each) {
          for (const SpecNode& item : list->list) {
            if (item.kind != SpecNode::Kind::kScalar) {
              return u.Error(item, g.key, "expected a regex (a string) in the list");
            }
            if (item.scalar.empty()) continue;
            if (auto st = CheckRegex(u, item, g.key, item.scalar, false); !st.ok()) return st;
            g.each->push_back(SharedRegex(g.after ? absl::StrCat("^\\s*(?:", item.scalar, ")")
                                                  : absl::StrCat("(?:", item.scalar, ")\\s*$"),
                                          true));
          }
          continue;
        } else if (const SpecNode* list = unless->Find(g.key); list && list->kind == SpecNode::Kind::kList) {
          // A list of regexes: the guard holds when any of them matches
          // (one fragment shared by rules through a YAML anchor, one of
          // the rule's own).
          std::vector<std::string> alts;
          for (const SpecNode& item : list->list) {
            if (item.kind != SpecNode::Kind::kScalar) {
              return u.Error(item, g.key, "expected a regex (a string) in the list");
            }
            if (item.scalar.empty()) continue;
            if (auto st = CheckRegex(u, item, g.key, item.scalar, false); !st.ok()) return st;
            alts.push_back(absl::StrCat("(?:", item.scalar, ")"));
          }
          if (alts.empty()) continue;
          pat = absl::StrCat("(?:", absl::StrJoin(alts, "|"), ")");
        } else {
          auto one = u.String(g.key, false);
          if (!one.ok()) return one.status();
          if (one->empty()) continue;
          auto alone = Compile(u, g.key, *one, false);
          if (!alone.ok()) return alone.status();
          pat = absl::StrCat("(?:", *one, ")");
        }
        std::string anchored =
            absl::StartsWith(g.key, "sentence_has") || absl::StartsWith(g.key, "nearby_has") ||
                    absl::StartsWith(g.key, "narration_has") || absl::StartsWith(g.key, "paragraph_narration_has") ||
                    absl::StartsWith(g.key, "earlier_has")
                ? pat
                               : g.after ? absl::StrCat("^\\s*", pat)
                                         : absl::StrCat(pat, "\\s*$");
        // Word lists ignore case; a guard regex is case-sensitive unless it says (?i).
        auto re2 = Compile(u, g.key, anchored, !g.words);
        if (!re2.ok()) return re2.status();
        *g.out = *std::move(re2);
      }
    }
    return std::unique_ptr<RuleType>(std::move(r));
  }

  std::string Prefilter() const override {
    return case_sensitive_ ? pattern_ : absl::StrCat("(?i:", pattern_, ")");
  }

  // A match of the rule's `words` is one of them; a match of its `regex`
  // beside them is found by that regex's atoms (LiteralPhrasesBeside).
  std::vector<std::string> LiteralPhrases() const override { return literal_phrases_; }
  std::string LiteralPhrasesBeside() const override {
    if (extra_pattern_.empty()) return "";
    return case_sensitive_ ? extra_pattern_ : absl::StrCat("(?i:", extra_pattern_, ")");
  }

  void Run(const CheckContext& ctx, std::vector<Finding>* out) const override {
    RunIn(ctx, {0, ctx.text.size()}, out);
  }

  void RunIn(const CheckContext& ctx, Span where, std::vector<Finding>* out) const override {
    absl::string_view text = ctx.text;
    absl::string_view input = text.substr(where.start, where.size());
    // A word list is searched without its regex where the two agree (see
    // PhraseMatcher); else as FindAndConsume on the group around the whole
    // pattern, but asking only for the match's bounds lets RE2 find them
    // with its DFAs, without running the slower submatch engines.
    const PhraseMatcher* phrases =
        phrases_ && (case_sensitive_ || !PhraseMatcher::NeedsRegex(input)) ? phrases_.get() : nullptr;
    const RE2* re = phrases ? nullptr : &Regex();
    // With a regex beside the words: its next match, kept until the input
    // moves past where it starts (then searched again from there).
    const RE2* extra = phrases && !extra_pattern_.empty() ? &ExtraRegex() : nullptr;
    absl::string_view extra_match;
    bool extra_known = false, extra_found = false;
    auto next = [&](absl::string_view* m) {
      if (phrases) {
        size_t b, e;
        const bool phrase = phrases->Find(input, &b, &e);
        if (extra != nullptr && (!extra_known || (extra_found && extra_match.data() < input.data()))) {
          re2::StringPiece mp;
          extra_found = extra->Match(SP(input), 0, input.size(), RE2::UNANCHORED, &mp, 1);
          extra_match = absl::string_view(mp.data(), mp.size());
          extra_known = true;
        }
        // The leftmost; on a tie the phrase, as the words come first in the
        // rule's pattern.
        const bool use_extra = extra_found &&
                               (!phrase || static_cast<size_t>(extra_match.data() - input.data()) < b);
        if (use_extra) {
          *m = extra_match;
          input.remove_prefix(static_cast<size_t>(extra_match.data() + extra_match.size() - input.data()));
          extra_known = false;
          return true;
        }
        if (!phrase) return false;
        *m = input.substr(b, e - b);
        input.remove_prefix(e);
        return true;
      }
      re2::StringPiece mp;
      if (!re->Match(SP(input), 0, input.size(), RE2::UNANCHORED, &mp, 1)) return false;
      *m = absl::string_view(mp.data(), mp.size());
      input.remove_prefix(static_cast<size_t>(mp.data() + mp.size() - input.data()));
      return true;
    };
    absl::string_view m;
    while (next(&m)) {
      if (m.empty()) {
        if (input.empty()) break;
        input.remove_prefix(1);
        continue;
      }
      Span span{static_cast<size_t>(m.data() - text.data()),
                static_cast<size_t>(m.data() - text.data()) + m.size()};
      if (!ctx.InScope(scope_, span)) continue;
      int s = ctx.SentenceAt(span.start);
      if (s < 0) continue;
      Span sent = ctx.analysis.segmentation.sentences[s].span;
      absl::string_view after = text.substr(span.end, sent.end > span.end ? sent.end - span.end : 0);
      absl::string_view before = text.substr(sent.start, span.start > sent.start ? span.start - sent.start : 0);
      if (followed_ && RE2::PartialMatch(SP(after), *followed_)) continue;
      // The guards for one word of the list: the matched words, lowercased
      // once, name the regex of each map that has one.
      std::string word;
      auto guard_for = [&](const absl::flat_hash_map<std::string, RegexRef>& guards) -> const LazyRegex* {
        if (guards.empty()) return nullptr;
        if (word.empty()) word = absl::AsciiStrToLower(m);
        auto g = guards.find(word);
        return g == guards.end() ? nullptr : g->second.get();
      };
      if (const LazyRegex* g = guard_for(word_followed_); g && RE2::PartialMatch(SP(after), *g)) continue;
      if (const LazyRegex* g = guard_for(word_preceded_); g && RE2::PartialMatch(SP(before), *g)) continue;
      if (const LazyRegex* g = guard_for(word_preceded_re_); g && RE2::PartialMatch(SP(before), *g)) continue;
      if (const LazyRegex* g = guard_for(word_followed_re_); g && RE2::PartialMatch(SP(after), *g)) continue;
      if (const LazyRegex* g = guard_for(word_not_followed_); g && !RE2::PartialMatch(SP(after), *g)) continue;
      if (followed_re_ && RE2::PartialMatch(SP(after), *followed_re_)) continue;
      if (AnyMatches(followed_re_each_, after)) continue;
      if (preceded_ && RE2::PartialMatch(SP(before), *preceded_)) continue;
      if (preceded_re_ && RE2::PartialMatch(SP(before), *preceded_re_)) continue;
      if (AnyMatches(preceded_re_each_, before)) continue;
      if (sentence_has_ && RE2::PartialMatch(SP(text.substr(sent.start, sent.size())), *sentence_has_)) continue;
      if (sentence_has_re_ && RE2::PartialMatch(SP(text.substr(sent.start, sent.size())), *sentence_has_re_)) {
        continue;
      }
      if (narration_has_re_ && NarrationHas(ctx, sent, *narration_has_re_)) continue;
      if (paragraph_narration_has_re_ &&
          NarrationHas(ctx, ctx.analysis.segmentation.paragraphs[ctx.analysis.segmentation.sentences[s].paragraph].span,
                       *paragraph_narration_has_re_)) {
        continue;
      }
      if (nearby_has_ && NearbyHas(ctx, s)) continue;
      // The story before the match names it ("…, the Financial Times has
      // reported." … "did not comment on the reported changes").
      if (earlier_has_re_) {
        const RE2& re = *earlier_has_re_;
        auto memo = ctx.earlier_memo.find(&re);
        if (memo == ctx.earlier_memo.end()) {
          re2::StringPiece m;
          const size_t first_end = re.Match(SP(text), 0, text.size(), RE2::UNANCHORED, &m, 1)
                                       ? static_cast<size_t>(m.data() - text.data()) + m.size()
                                       : absl::string_view::npos;
          memo = ctx.earlier_memo.emplace(&re, first_end).first;
        }
        if (memo->second <= span.start) continue;
      }
      if (ability_ && IsAbility(ctx, span)) continue;
      Finding f;
      f.span = span;
      f.sentence = s;
      std::string speaker, cue, claim;
      int q = ctx.QuoteAt(span);
      int c = ctx.ClaimAt(span);
      const Attribution* at = nullptr;
      if (q >= 0) at = &ctx.analysis.quotes[q].attribution;
      else if (c >= 0) at = &ctx.analysis.claims[c].attribution;
      if (at != nullptr) {
        if (at->has_speaker) { speaker = at->speaker; f.speaker = at->speaker_span; }
        if (at->has_cue) { cue = at->cue; f.cue = at->cue_span; }
      }
      if (c >= 0) claim = Clip(Text(ctx, ctx.analysis.claims[c].content));
      f.message = FormatMessage(*message_, m, speaker, cue, claim, "");
      out->push_back(std::move(f));
    }
  }

  const std::string* message_ = nullptr;

 private:
  // "users could download", "relatives could invest", "who may support": a
  // person right before the modal (we, you, who, or a plural noun for
  // people) and an action verb right after it — what someone can or
  // may do, not a guess. A frame of likelihood after the modal ("could be",
  // "may have", "might well", "may not", "could even") keeps it a guess.
  static bool IsAbility(const CheckContext& ctx, Span span) {
    // A phrase ("may well", "would likely") is itself a frame of likelihood.
    if (ctx.text.substr(span.start, span.size()).find(' ') != absl::string_view::npos) {
      return false;
    }
    const auto& toks = ctx.analysis.tokens;
    auto it = std::lower_bound(toks.begin(), toks.end(), span.start,
                               [](const Token& t, size_t o) { return t.span.start < o; });
    if (it == toks.end() || it == toks.begin() || it->span.start != span.start) return false;
    size_t m = static_cast<size_t>(it - toks.begin());
    const Token& before = toks[m - 1];
    // People in the plural ("users", "relatives"), not a body ("the council
    // may delay the vote" is a guess about what it will do).
    // (And "people", a plural without an "s": "a period in which people may
    // register and vote". Not "women", "children": "women could make up a
    // greater share" is a guess about a count as often as an ability.)
    // (A body or a document is no one: "the emails could help resolve the
    // case" is a guess about what they will do.)
    bool people = !before.capitalized &&
                  (((before.flags & kFlagSpeakerNoun) != 0 && (before.flags & kFlagBodyNoun) == 0 &&
                    absl::EndsWith(before.lower, "s") &&
                    !absl::EndsWith(before.lower, "ss")) ||
                   before.lower == "people");
    // Not "he", "she" or "they": "she could win the nomination" is a guess.
    bool person = before.lower == "we" || before.lower == "you" || before.lower == "who" || people;
    if (!person) return false;
    size_t n = m + 1;
    while (n < toks.size() && toks[n].span.start < span.end) ++n;  // past the match
    if (n >= toks.size() || toks[n].kind != TokenKind::kWord) return false;
    absl::string_view next = toks[n].lower;
    for (absl::string_view frame : {"be", "have", "well", "even", "not", "never", "soon", "yet",
                                    "ultimately", "eventually", "also", "easily", "face", "lose",
                                    "fall", "drop", "rise", "struggle", "fail", "suffer", "need",
                                    "want", "decide", "choose", "end", "find", "seek", "try",
                                    "turn", "switch", "abandon", "desert", "reject", "resign", "quit",
                                    "strike", "walk", "sue", "defect", "rebel", "refuse"}) {
      if (next == frame) return false;
    }
    return true;
  }

  bool ability_ = false;
  Scope scope_ = Scope::kNarration;
  std::string pattern_;
  std::vector<std::string> literal_phrases_;
  std::unique_ptr<PhraseMatcher> phrases_;  // a word list's own search, when it has one
  bool case_sensitive_ = false;
  // The rule's pattern, compiled at load time or on first use (see Create).
  const RE2& Regex() const {
    std::call_once(compile_once_, [this] {
      if (!re_) re_ = std::make_unique<RE2>(pattern_, RuleRegexOptions(case_sensitive_));
    });
    return *re_;
  }

  mutable std::once_flag compile_once_;
  mutable std::unique_ptr<RE2> re_;
  // A regex beside a word list, searched on its own (see Create).
  std::string extra_pattern_;
  const RE2& ExtraRegex() const {
    std::call_once(extra_once_, [this] {
      extra_re_ = std::make_unique<RE2>(extra_pattern_, RuleRegexOptions(case_sensitive_));
    });
    return *extra_re_;
  }
  mutable std::once_flag extra_once_;
  mutable std::unique_ptr<RE2> extra_re_;
  // The sentence before or after (in the same paragraph) matches nearby_has_:
  // "X is reportedly … . Reuters reports a union source as saying …".
  bool NearbyHas(const CheckContext& ctx, int s) const {
    const auto& sents = ctx.analysis.segmentation.sentences;
    for (int n : {s - 1, s + 1}) {
      if (n < 0 || n >= static_cast<int>(sents.size()) || sents[n].paragraph != sents[s].paragraph) continue;
      absl::string_view t = ctx.text.substr(sents[n].span.start, sents[n].span.size());
      if (RE2::PartialMatch(SP(t), *nearby_has_)) return true;
    }
    return false;
  }


  RegexRef followed_, preceded_, followed_re_, preceded_re_, sentence_has_, sentence_has_re_,
      narration_has_re_, paragraph_narration_has_re_, nearby_has_, earlier_has_re_;
  std::vector<RegexRef> followed_re_each_, preceded_re_each_;  // a list's regexes, one by one
  static bool AnyMatches(const std::vector<RegexRef>& res, absl::string_view text) {
    for (const RegexRef& re : res) {
      if (RE2::PartialMatch(SP(text), *re)) return true;
    }
    return false;
  }
  absl::flat_hash_map<std::string, RegexRef> word_followed_, word_not_followed_, word_preceded_,
      word_preceded_re_, word_followed_re_;
};

// --- claim --------------------------------------------------------------------

// Conditions on the extracted claims and quotes: who speaks (present, absent,
// who), with which cue, of which class.
class ClaimRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("claim"));
        !s.ok()) {
      return s;
    }
    auto r = std::unique_ptr<ClaimRule>(new ClaimRule);
    auto items = spec.StringList("items");
    if (!items.ok()) return items.status();
    if (!items->empty()) {
      r->claims_ = r->quotes_ = false;
      for (const std::string& it : *items) {
        if (it == "claims") r->claims_ = true;
        else if (it == "quotes") r->quotes_ = true;
        else return spec.Error(*spec.node().Find("items"), "items",
                               absl::StrCat("unknown item '", it, "' (expected claims or quotes)"));
      }
    }
    auto speaker = spec.String("speaker", false);
    if (!speaker.ok()) return speaker.status();
    if (*speaker == "present") r->speaker_ = 1;
    else if (*speaker == "absent") r->speaker_ = 0;
    else if (!speaker->empty() && *speaker != "any")
      return spec.Error(*spec.node().Find("speaker"), "speaker",
                        absl::StrCat("unknown value '", *speaker, "' (expected present, absent or any)"));
    if (spec.Has("agentless")) {
      auto a = spec.Bool("agentless", false);
      if (!a.ok()) return a.status();
      r->agentless_ = *a ? 1 : 0;
    }
    if (spec.Has("speaker_named")) {
      auto n = spec.Bool("speaker_named", false);
      if (!n.ok()) return n.status();
      r->speaker_named_ = *n ? 1 : 0;
    }
    if (spec.Has("named_after")) {
      auto n = spec.Bool("named_after", false);
      if (!n.ok()) return n.status();
      r->named_after_ = *n ? 1 : 0;
    }
    if (spec.Has("nested")) {
      auto n = spec.Bool("nested", true);
      if (!n.ok()) return n.status();
      r->nested_ = *n ? 1 : 0;
    }
    auto classes = spec.StringList("cue_class");
    if (!classes.ok()) return classes.status();
    for (const std::string& cname : *classes) {
      CueClass cc;
      if (!ParseCueClass(cname, &cc)) {
        return spec.Error(*spec.node().Find("cue_class"), "cue_class",
                          absl::StrCat("unknown cue class '", cname,
                                       "' (expected neutral, loaded, denial, warning, belief or attitude)"));
      }
      r->classes_.push_back(cc);
    }
    auto cues = spec.StringList("cues");
    if (!cues.ok()) return cues.status();
    for (const std::string& c : *cues) r->cues_.push_back(absl::AsciiStrToLower(c));
    auto sw = spec.StringList("speaker_words");
    if (!sw.ok()) return sw.status();
    if (!sw->empty()) {
      auto re = Compile(spec, "speaker_words", WordsPattern(*sw), false);
      if (!re.ok()) return re.status();
      r->speaker_words_ = *std::move(re);
    }
    auto sr = spec.String("speaker_regex", false);
    if (!sr.ok()) return sr.status();
    if (!sr->empty()) {
      auto re = Compile(spec, "speaker_regex", *sr, false);
      if (!re.ok()) return re.status();
      r->speaker_re_ = *std::move(re);
    }
    auto span = spec.String("span", false);
    if (!span.ok()) return span.status();
    if (*span == "speaker") r->span_ = 1;
    else if (*span == "speaker_and_cue") r->span_ = 2;
    else if (*span == "content") r->span_ = 3;
    else if (!span->empty() && *span != "cue")
      return spec.Error(*spec.node().Find("span"), "span",
                        absl::StrCat("unknown span '", *span,
                                     "' (expected cue, speaker, speaker_and_cue or content)"));
    if (auto st = ReadParagraphGuard(spec, &r->paragraph_re_, &r->not_cues_, &r->not_content_starts_);
        !st.ok()) {
      return st;
    }
    return std::unique_ptr<RuleType>(std::move(r));
  }

  void Run(const CheckContext& ctx, std::vector<Finding>* out) const override {
    const Analysis& a = ctx.analysis;
    if (claims_) {
      for (const Claim& c : a.claims) Check(ctx, c.attribution, c.content, c.sentence, c.agentless, out);
    }
    if (quotes_) {
      for (const Quote& q : a.quotes) {
        if (q.kind == QuoteKind::kName || q.kind == QuoteKind::kScare || q.claim >= 0) continue;
        Check(ctx, q.attribution, q.content, q.sentence, false, out);
      }
    }
  }

  const std::string* message_ = nullptr;

 private:
  void Check(const CheckContext& ctx, const Attribution& at, Span content, int sentence,
             bool agentless, std::vector<Finding>* out) const {
    if (speaker_ >= 0 && at.has_speaker != (speaker_ == 1)) return;
    if (agentless_ >= 0 && agentless != (agentless_ == 1)) return;
    if (speaker_named_ >= 0 && (!at.has_speaker || at.speaker_named != (speaker_named_ == 1))) return;
    if (named_after_ >= 0 && (!at.has_speaker || at.named_after != (named_after_ == 1))) return;
    // nested: false — not a report inside what someone else is reported to
    // have said ("…, both surveys showed, the group said"): its source is
    // the outer report's.
    if (nested_ == 0 && at.has_cue) {
      // (A passive's content holds its own cue: "X has been accused … by two aides".)
      int outer = ctx.ClaimAt(at.cue_span);
      if (outer >= 0 && !(ctx.analysis.claims[outer].content == content)) return;
    }
    if (!classes_.empty() &&
        std::find(classes_.begin(), classes_.end(), at.cue_class) == classes_.end()) {
      return;
    }
    // A passive's cue holds its auxiliaries ("has been criticised" by
    // environmental groups): its verb, the last word, is what a list names.
    // Only a verb of judgement, which means the same in the passive (not
    // "were claimed by the Islamic State", an attack's responsibility).
    auto listed = [&](const std::vector<std::string>& list) {
      if (std::find(list.begin(), list.end(), at.cue) != list.end()) return true;
      const size_t space = at.cue.rfind(' ');
      if (space == std::string::npos || at.cue_class != CueClass::kAttitude || !at.has_speaker ||
          at.speaker_span.start < at.cue_span.end) {
        return false;
      }
      const absl::string_view verb = absl::string_view(at.cue).substr(space + 1);
      return std::find(list.begin(), list.end(), verb) != list.end();
    };
    if (!cues_.empty() && !listed(cues_)) return;
    if (listed(not_cues_)) return;
    if (!not_content_starts_.empty()) {
      // The content's first word, lower-cased.
      absl::string_view text = Text(ctx, content);
      size_t n = 0;
      while (n < text.size() && (absl::ascii_isalnum(static_cast<unsigned char>(text[n])) || text[n] == '-' ||
                                 static_cast<unsigned char>(text[n]) >= 0x80)) {
        ++n;
      }
      const std::string first = absl::AsciiStrToLower(text.substr(0, n));
      if (std::find(not_content_starts_.begin(), not_content_starts_.end(), first) != not_content_starts_.end()) {
        return;
      }
    }
    absl::string_view mention = at.has_speaker ? Text(ctx, at.speaker_span) : absl::string_view();
    // "critics who say": the phrase is what the speaker patterns describe.
    for (absl::string_view rel : {" who", " which", " that"}) {
      if (absl::EndsWith(mention, rel) && mention.size() > rel.size()) {
        mention.remove_suffix(rel.size());
        break;
      }
    }
    // "…, political opponents on the left, who accused …": a relative
    // pronoun alone stands for the phrase it follows, which the extractor
    // gives as the speaker. (For the rules on kinds of people, which ask
    // whether anyone is named; "a Juventus official, who declined to be
    // named" is the anonymity rule's, on its own words.)
    Span antecedent;  // where that phrase is, when it is in the sentence before the pronoun
    if (speaker_named_ == 0 && (absl::EqualsIgnoreCase(mention, "who") || absl::EqualsIgnoreCase(mention, "which"))) {
      mention = at.speaker;
      const Span sent = ctx.analysis.segmentation.sentences[sentence].span;
      if (at.speaker_span.start > sent.start && !at.speaker.empty()) {
        const size_t at_pos = ctx.text.substr(sent.start, at.speaker_span.start - sent.start).rfind(at.speaker);
        if (at_pos != absl::string_view::npos) {
          antecedent = {sent.start + at_pos, sent.start + at_pos + at.speaker.size()};
        }
      }
    }
    if (speaker_words_ && !RE2::PartialMatch(SP(mention), *speaker_words_)) return;
    if (speaker_re_ && !RE2::PartialMatch(SP(mention), *speaker_re_)) return;
    // (Last: the paragraph is the costliest test, and most claims have
    // failed one of the others by now.)
    if (paragraph_re_ && NarrationHas(ctx, ParagraphOf(ctx, sentence), *paragraph_re_)) return;
    Finding f;
    switch (span_) {
      case 1: f.span = at.has_speaker ? at.speaker_span : at.cue_span; break;
      case 2:
        f.span = at.cue_span;
        if (!antecedent.empty() && antecedent.end <= at.cue_span.start &&
            at.cue_span.start - antecedent.end <= 24) {
          // "opponents on the left, who accused": the phrase the pronoun stands for.
          f.span = {antecedent.start, at.cue_span.end};
        } else if (at.has_speaker) {
          f.span = {std::min(at.cue_span.start, at.speaker_span.start),
                    std::max(at.cue_span.end, at.speaker_span.end)};
          // Far apart ("his aides, who met on Tuesday, later said"): the
          // speaker alone is what to look at.
          size_t gap = at.cue_span.start > at.speaker_span.end ? at.cue_span.start - at.speaker_span.end
                       : at.speaker_span.start > at.cue_span.end ? at.speaker_span.start - at.cue_span.end
                                                                 : 0;
          if (gap > 24) f.span = at.speaker_span;
        }
        break;
      case 3: f.span = content; break;
      default: f.span = at.has_cue ? at.cue_span : content;
    }
    if (f.span.empty()) return;
    f.sentence = sentence;
    if (at.has_speaker) f.speaker = at.speaker_span;
    if (at.has_cue) f.cue = at.cue_span;
    f.message = FormatMessage(*message_, Text(ctx, f.span), at.speaker, at.cue,
                              Clip(Text(ctx, content)), "");
    out->push_back(std::move(f));
  }

  bool claims_ = true, quotes_ = true;
  int speaker_ = -1, agentless_ = -1, speaker_named_ = -1, named_after_ = -1, nested_ = -1, span_ = 0;
  std::vector<CueClass> classes_;
  std::vector<std::string> cues_, not_cues_, not_content_starts_;
  RegexRef speaker_words_, speaker_re_, paragraph_re_;
};

// --- evidence -----------------------------------------------------------------

// Evidence that supports or contradicts a claim or quote.
class EvidenceRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("evidence")); !s.ok()) return s;
    auto r = std::unique_ptr<EvidenceRule>(new EvidenceRule);
    auto pol = spec.String("polarity", true);
    if (!pol.ok()) return pol.status();
    if (*pol == "supports") r->polarity_ = 0;
    else if (*pol == "contradicts") r->polarity_ = 1;
    else if (*pol != "any")
      return spec.Error(*spec.node().Find("polarity"), "polarity",
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
      const Attribution* at = e.claim >= 0 ? &a.claims[e.claim].attribution
                              : e.quote >= 0 ? &a.quotes[e.quote].attribution : nullptr;
      Span target = e.claim >= 0 ? a.claims[e.claim].content
                    : e.quote >= 0 ? a.quotes[e.quote].content : Span{};
      Finding f;
      f.span = target.empty() ? e.cue_span : target;
      f.sentence = e.sentence;
      f.evidence = e.span;
      std::string speaker, cue;
      if (at != nullptr && at->has_speaker) { speaker = at->speaker; f.speaker = at->speaker_span; }
      if (at != nullptr && at->has_cue) { cue = at->cue; f.cue = at->cue_span; }
      f.message = FormatMessage(*message_, Text(ctx, f.span), speaker, cue,
                                Clip(Text(ctx, target)), Clip(Text(ctx, e.span)));
      out->push_back(std::move(f));
    }
  }

  const std::string* message_ = nullptr;

 private:
  int polarity_ = -1;
  bool attached_ = true;
};

// --- figure -------------------------------------------------------------------

// Figures in a scope with no source nearby, optionally only the kinds that
// need one: near given words ("killed", "protesters"), after given words
// ("an estimated"), or shares of a population ("74 percent of voters").
class FigureRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("figure"));
        !s.ok()) {
      return s;
    }
    auto r = std::unique_ptr<FigureRule>(new FigureRule);
    if (auto s = ReadScope(spec, &r->scope_); !s.ok()) return s;
    auto att = spec.Bool("attributed", false);
    if (!att.ok()) return att.status();
    r->attributed_ = *att;
    struct L { const char* key; RegexRef* out; const char* prefix; const char* suffix; };
    // near: anywhere from the figure to `window` after it; preceded_by: the
    // words just before it; shares_of: "of" and up to three words, then one of them;
    // crowd_nouns: right after it, one word between at most, in a sentence
    // holding one of crowd_words;
    // sources: anywhere in a sentence; story_sources: in any sentence before
    // the figure, they source the story's survey shares ("a new Gallup poll"
    // at the top of a poll story sources its percentages of voters further
    // down).
    L lists[] = {{"near", &r->near_, "", ""},
                 {"preceded_by", &r->preceded_, "", "\\s*$"},
                 {"shares_of", &r->shares_of_, "^\\s*of\\s+(?:[\\w’'-]+\\s+){0,3}?", ""},
                 {"crowd_nouns", &r->crowd_nouns_, "^\\s*(?:[\\w’'-]+\\s+)?", ""},
                 {"crowd_words", &r->crowd_words_, "", ""},
                 {"sources", &r->sources_, "", ""},
                 {"story_sources", &r->story_sources_, "", ""}};
    for (L& l : lists) {
      auto words = spec.StringList(l.key);
      if (!words.ok()) return words.status();
      if (words->empty()) continue;
      auto re = Compile(spec, l.key, absl::StrCat(l.prefix, WordsPattern(*words), l.suffix), false);
      if (!re.ok()) return re.status();
      *l.out = *std::move(re);
    }
    // of_record: a regex on the figure's sentence that makes the figure a
    // matter of record ("the 2012 attacks that left four dead").
    auto record = spec.String("of_record", false);
    if (!record.ok()) return record.status();
    if (!record->empty()) {
      auto re = Compile(spec, "of_record", *record, true);
      if (!re.ok()) return re.status();
      r->of_record_ = *std::move(re);
    }
    if (auto st = ReadParagraphGuard(spec, &r->paragraph_re_, nullptr); !st.ok()) return st;
    auto window = spec.Int("window", 60, 1, 1000);
    if (!window.ok()) return window.status();
    r->window_ = *window;
    auto within = spec.Int("within_sentences", 0, 0, 10);
    if (!within.ok()) return within.status();
    r->within_ = *within;
    auto para = spec.Bool("paragraph", false);
    if (!para.ok()) return para.status();
    r->paragraph_ = *para;
    return std::unique_ptr<RuleType>(std::move(r));
  }

  void Run(const CheckContext& ctx, std::vector<Finding>* out) const override {
    const Analysis& a = ctx.analysis;
    if (a.figures.empty()) return;
    const auto& sents = a.segmentation.sentences;
    absl::string_view text = ctx.text;
    // Sentences that name a source: a claim or quote with a speaker, evidence
    // with one, or a data source by name ("the poll", "census figures").
    std::vector<bool> has_source(sents.size(), false);
    // (Not the people a figure is a share of: "two-thirds of Britons say",
    // "46 percent of voters said" give a poll's answer, not its source.)
    static const RE2* kShareOf = new RE2("\\s+(?:of\\s+)?(?:[\\w’'-]+\\s+){0,2}");
    auto answers = [&](const Claim& c) {
      const Span sp = c.attribution.speaker_span;
      for (const Figure& f : a.figures) {
        if (f.sentence != c.sentence) continue;
        if (f.span.start >= sp.start && f.span.end <= sp.end) return true;  // "60 percent of Britons" say
        if (f.span.end > sp.start || sp.start - f.span.end > 30) continue;
        if (RE2::FullMatch(SP(text.substr(f.span.end, sp.start - f.span.end)), *kShareOf)) return true;
      }
      return false;
    };
    for (const Claim& c : a.claims) {
      if (c.attribution.has_speaker && c.attribution.cue_class != CueClass::kAttitude && !answers(c)) {
        has_source[c.sentence] = true;
      }
    }
    for (const Quote& q : a.quotes) {
      if (q.attribution.has_speaker && !q.attribution.inherited) has_source[q.sentence] = true;
    }
    for (const Evidence& e : a.evidence) has_source[e.sentence] = has_source[e.sentence] || !e.source_span.empty();
    // A digest item's paragraph that ends on a credit in brackets ("…
    // [WashPost]", "… [Lee Moran, HuffPost]") names the source of all of it.
    // (Each paragraph's text is looked at once.)
    const auto& paras = a.segmentation.paragraphs;
    std::vector<bool> credited(paras.size(), false);
    for (size_t p = 0; p < paras.size(); ++p) {
      absl::string_view para =
          absl::StripTrailingAsciiWhitespace(text.substr(paras[p].span.start, paras[p].span.size()));
      if (!absl::EndsWith(para, "]")) continue;
      size_t open = para.rfind('[');
      credited[p] = open != absl::string_view::npos && para.size() - open <= 80 && open + 2 < para.size() &&
                    absl::ascii_isupper(static_cast<unsigned char>(para[open + 1]));
    }
    for (size_t s = 0; s < sents.size(); ++s) {
      const size_t p = static_cast<size_t>(sents[s].paragraph);
      if (p < credited.size() && credited[p]) has_source[s] = true;
    }
    std::vector<int> checked(sents.size(), 0);  // 0 not yet, 1 no source words, 2 source words
    auto sourced = [&](size_t s) {
      if (has_source[s]) return true;
      if (!sources_) return false;
      if (checked[s] == 0) {
        checked[s] = RE2::PartialMatch(SP(text.substr(sents[s].span.start, sents[s].span.size())), *sources_) ? 2 : 1;
      }
      return checked[s] == 2;
    };
    // The first sentence that names a survey for the whole story, if any:
    // looked for once, when the first survey share needs it (one search of
    // the story's text, not one per sentence).
    size_t story_source = sents.size();
    bool story_searched = false;
    auto story_source_before = [&](size_t sentence) {
      if (!story_sources_) return false;
      if (!story_searched) {
        story_searched = true;
        re2::StringPiece hit;
        if (static_cast<const RE2&>(*story_sources_).Match(SP(text), 0, text.size(), RE2::UNANCHORED, &hit, 1)) {
          int s = ctx.SentenceAt(static_cast<size_t>(hit.data() - text.data()));
          if (s >= 0) story_source = static_cast<size_t>(s);
        }
      }
      return story_source < sentence;
    };
    for (const Figure& fig : a.figures) {
      if (!ctx.InScope(scope_, fig.span)) continue;
      Span sent = sents[fig.sentence].span;
      Need need = Need::kAny;
      if (near_ || preceded_ || shares_of_ || (crowd_nouns_ && crowd_words_)) {
        need = NeedsSource(text, fig, sent);
        if (need == Need::kNone) continue;
      }
      // (Not an estimate: "an estimated 25,000 … during the 1994 genocide".)
      if (of_record_ && need != Need::kEstimate &&
          RE2::PartialMatch(SP(text.substr(sent.start, sent.size())), *of_record_)) {
        continue;
      }
      bool is_sourced =
          fig.attributed || (need == Need::kShare && story_source_before(static_cast<size_t>(fig.sentence)));
      const size_t s = static_cast<size_t>(fig.sentence);
      // Neighbours in the same paragraph: a source across a paragraph break
      // is about something else.
      for (size_t k = s > static_cast<size_t>(within_) ? s - within_ : 0;
           k < sents.size() && k <= s + within_ && !is_sourced; ++k) {
        if (sents[k].paragraph == sents[s].paragraph) is_sourced = sourced(k);
      }
      if (paragraph_ && !is_sourced) {
        for (size_t k = s; k > 0 && sents[k - 1].paragraph == sents[s].paragraph && !is_sourced; --k) {
          is_sourced = sourced(k - 1);
        }
        for (size_t k = s + 1; k < sents.size() && sents[k].paragraph == sents[s].paragraph && !is_sourced; ++k) {
          is_sourced = sourced(k);
        }
      }
      if (is_sourced != attributed_) continue;
      if (paragraph_re_ && NarrationHas(ctx, ParagraphOf(ctx, fig.sentence), *paragraph_re_)) continue;
      Finding f;
      f.span = fig.span;
      f.sentence = fig.sentence;
      f.message = FormatMessage(*message_, Text(ctx, fig.span), "", "", "", "");
      out->push_back(std::move(f));
    }
  }

  const std::string* message_ = nullptr;

 private:
  // Whether the figure is of a kind the rule asks a source for, and which:
  // near a word (a toll), after an estimate's words (preceded_by), or a
  // survey share (shares_of).
  enum class Need { kNone, kAny, kNear, kEstimate, kShare };
  Need NeedsSource(absl::string_view text, const Figure& fig, Span sent) const {
    // The figure's own unit counts too: "$2 billion", "9.1 percent".
    size_t end = std::min(sent.end, fig.span.end + window_);
    absl::string_view from = text.substr(fig.span.start, end - fig.span.start);
    // An age is no count: "At 29 years old, she still lives …", "a
    // 52-year-old", "aged 63".
    {
      absl::string_view after = text.substr(fig.span.end, end - fig.span.end);
      after = absl::StripLeadingAsciiWhitespace(after);
      if (absl::ConsumePrefix(&after, "-")) after = absl::StripLeadingAsciiWhitespace(after);
      if (absl::StartsWithIgnoreCase(after, "years old") || absl::StartsWithIgnoreCase(after, "year old") ||
          absl::StartsWithIgnoreCase(after, "year-old") || absl::StartsWithIgnoreCase(after, "years-old")) {
        return Need::kNone;
      }
      const size_t b = fig.span.start > sent.start + 8 ? fig.span.start - 8 : sent.start;
      absl::string_view before = absl::StripTrailingAsciiWhitespace(text.substr(b, fig.span.start - b));
      if (absl::EndsWithIgnoreCase(before, " aged") || absl::EndsWithIgnoreCase(before, " age") ||
          absl::EqualsIgnoreCase(before, "aged")) {
        return Need::kNone;
      }
    }
    // (An estimate first: "an estimated 250 were killed" is an estimate.)
    if (preceded_) {
      size_t b = fig.span.start > sent.start + 60 ? fig.span.start - 60 : sent.start;
      absl::string_view before = text.substr(b, fig.span.start - b);
      // "a crowd of about 230": approximations between the phrase and the figure.
      for (bool stripped = true; stripped;) {
        stripped = false;
        absl::string_view t = absl::StripTrailingAsciiWhitespace(before);
        for (absl::string_view w : {"about", "around", "roughly", "nearly", "almost", "some",
                                    "approximately", "more than", "fewer than", "less than",
                                    "at least", "up to", "over", "under", "just"}) {
          if (t.size() > w.size() && absl::EndsWithIgnoreCase(t, w) &&
              !absl::ascii_isalnum(static_cast<unsigned char>(t[t.size() - w.size() - 1]))) {
            before = t.substr(0, t.size() - w.size());
            stripped = true;
            break;
          }
        }
      }
      if (RE2::PartialMatch(SP(before), *preceded_)) return Need::kEstimate;
    }
    if (near_ && RE2::PartialMatch(SP(from), *near_)) return Need::kNear;
    // A crowd counted: "about 8,000 supporters filled the park", "rallies
    // that drew more than 160,000 people" (not "employs 8,000 people": no
    // gathering in the sentence).
    if (crowd_nouns_ && crowd_words_ &&
        RE2::PartialMatch(SP(text.substr(fig.span.end, end - fig.span.end)), *crowd_nouns_) &&
        RE2::PartialMatch(SP(text.substr(sent.start, sent.size())), *crowd_words_)) {
      return Need::kNear;
    }
    if (shares_of_) {
      absl::string_view fig_text = text.substr(fig.span.start, fig.span.size());
      bool percent = absl::EndsWith(fig_text, "%") || absl::EndsWith(fig_text, "percent") ||
                     absl::EndsWith(fig_text, "per cent");
      // A share in words (the extractor's): "a quarter of Americans",
      // "two-thirds of voters"; "one in five voters", "two out of three
      // Americans" take no "of".
      percent |= fig.share != Figure::Share::kNone;
      std::string after(text.substr(fig.span.end, end - fig.span.end));
      if (fig.share == Figure::Share::kIn) after = " of" + after;
      if (percent && RE2::PartialMatch(after, *shares_of_)) return Need::kShare;
    }
    return Need::kNone;
  }

  Scope scope_ = Scope::kNarration;
  bool attributed_ = false;
  RegexRef near_, preceded_, shares_of_, crowd_nouns_, crowd_words_, sources_, story_sources_, of_record_,
      paragraph_re_;
  size_t window_ = 60;
  int within_ = 0;
  bool paragraph_ = false;
};

template <typename T>
absl::StatusOr<std::unique_ptr<RuleType>> Make(const SpecReader& spec, const Rule& rule) {
  auto r = T::Create(spec);
  if (!r.ok()) return r.status();
  static_cast<T*>(r->get())->message_ = &rule.message;
  return r;
}

}  // namespace

const std::vector<std::string>& CommonRuleKeys() {
  static const auto* keys = new std::vector<std::string>{
      "id", "type", "category", "severity", "message", "description", "link", "enabled"};
  return *keys;
}

const std::vector<std::string>* RuleTypeKeys(const std::string& type) {
  static const auto* lexical =
      new std::vector<std::string>(With({"scope", "words", "regex", "case_sensitive", "unless"}));
  static const auto* claim = new std::vector<std::string>(
      With({"items", "speaker", "agentless", "cue_class", "cues", "speaker_words",
            "speaker_regex", "speaker_named", "named_after", "nested", "span", "unless"}));
  static const auto* evidence = new std::vector<std::string>(With({"polarity", "attached"}));
  static const auto* figure = new std::vector<std::string>(
      With({"scope", "attributed", "near", "preceded_by", "shares_of", "crowd_nouns", "crowd_words", "sources", "window",
            "within_sentences", "paragraph", "story_sources", "of_record", "unless"}));
  if (type == "lexical") return lexical;
  if (type == "claim") return claim;
  if (type == "evidence") return evidence;
  if (type == "figure") return figure;
  return nullptr;
}

std::vector<std::string> RuleTypeNames() { return {"lexical", "claim", "evidence", "figure"}; }

absl::StatusOr<std::unique_ptr<RuleType>> CreateRuleType(const std::string& type,
                                                         const SpecReader& spec,
                                                         const Rule& rule) {
  if (type == "lexical") return Make<LexicalRule>(spec, rule);
  if (type == "claim") return Make<ClaimRule>(spec, rule);
  if (type == "evidence") return Make<EvidenceRule>(spec, rule);
  if (type == "figure") return Make<FigureRule>(spec, rule);
  const SpecNode* at = spec.node().Find("type");
  std::string near = NearestWord(type, RuleTypeNames());
  return spec.Error(at ? *at : spec.node(), "type",
                    absl::StrCat("unknown rule type '", type, "'",
                                 near.empty() ? "" : absl::StrCat("; did you mean '", near, "'?"),
                                 " (types: ", absl::StrJoin(RuleTypeNames(), ", "), ")"));
}

}  // namespace claimcheck
