// The lexical rule type: words, phrases or a regex in a scope, with guards.
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

// Words, phrases or a regex in a scope, with guards on the words around a
// match ("could not" is ability; "in May" is a month).
class LexicalRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("lexical")); !s.ok()) {
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
      if (auto s = u.CheckKeys({"followed_by", "preceded_by", "followed_by_regex", "preceded_by_regex",
                                "sentence_has", "word_followed_by", "word_not_followed_by",
                                "word_preceded_by", "word_preceded_by_regex", "word_followed_by_regex",
                                "sentence_has_regex", "narration_has_regex", "paragraph_narration_has_regex",
                                "nearby_has", "earlier_has_regex", "ability"});
          !s.ok()) {
        return s;
      }
      // word_followed_by: {could: [not, "n't"]} — a guard for one word of
      // the list only ("could not" is ability; "may not" is still a hedge).
      // word_not_followed_by: {likely: [to, that]} — the word counts only
      // before one of these ("is likely to win", not "the likely cost").
      // word_preceded_by: {likely: [the, an]} — "the likely cost" is no hedge.
      struct W {
        const char* key;
        absl::flat_hash_map<std::string, RegexRef>* out;
        bool after;
      };
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
      struct WR {
        const char* key;
        absl::flat_hash_map<std::string, RegexRef>* out;
        bool after;
      };
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
          auto re = Compile(
              rr, word, w.after ? absl::StrCat("^\\s*(?:", *one, ")") : absl::StrCat("(?:", *one, ")\\s*$"),
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
      struct G {
        const char* key;
        bool after;
        bool words;
        RegexRef* out;
        std::vector<RegexRef>* each;
      };
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
        std::string anchored = absl::StartsWith(g.key, "sentence_has") ||
                                       absl::StartsWith(g.key, "nearby_has") ||
                                       absl::StartsWith(g.key, "narration_has") ||
                                       absl::StartsWith(g.key, "paragraph_narration_has") ||
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
        const bool use_extra =
            extra_found && (!phrase || static_cast<size_t>(extra_match.data() - input.data()) < b);
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
      absl::string_view before =
          text.substr(sent.start, span.start > sent.start ? span.start - sent.start : 0);
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
      if (const LazyRegex* g = guard_for(word_not_followed_); g && !RE2::PartialMatch(SP(after), *g))
        continue;
      if (followed_re_ && RE2::PartialMatch(SP(after), *followed_re_)) continue;
      if (AnyMatches(followed_re_each_, after)) continue;
      if (preceded_ && RE2::PartialMatch(SP(before), *preceded_)) continue;
      if (preceded_re_ && RE2::PartialMatch(SP(before), *preceded_re_)) continue;
      if (AnyMatches(preceded_re_each_, before)) continue;
      if (sentence_has_ && RE2::PartialMatch(SP(text.substr(sent.start, sent.size())), *sentence_has_))
        continue;
      if (sentence_has_re_ &&
          RE2::PartialMatch(SP(text.substr(sent.start, sent.size())), *sentence_has_re_)) {
        continue;
      }
      if (narration_has_re_ && NarrationHas(ctx, sent, *narration_has_re_)) continue;
      if (paragraph_narration_has_re_ &&
          NarrationHas(
              ctx,
              ctx.analysis.segmentation.paragraphs[ctx.analysis.segmentation.sentences[s].paragraph].span,
              *paragraph_narration_has_re_)) {
        continue;
      }
      if (nearby_has_ && NearbyHas(ctx, s)) continue;
      // The story before the match names it ("…, the Harbour Gazette has
      // reported." … "would not discuss the reported cuts").
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
      if (q >= 0)
        at = &ctx.analysis.quotes[q].attribution;
      else if (c >= 0)
        at = &ctx.analysis.claims[c].attribution;
      if (at != nullptr) {
        if (at->has_speaker) {
          speaker = at->speaker;
          f.speaker = at->speaker_span;
        }
        if (at->has_cue) {
          cue = at->cue;
          f.cue = at->cue_span;
        }
      }
      if (c >= 0) claim = Clip(Text(ctx, ctx.analysis.claims[c].content));
      f.message = FormatMessage(*message_, m, speaker, cue, claim, "");
      out->push_back(std::move(f));
    }
  }

  const std::string* message_ = nullptr;

 private:
  // "tenants could appeal", "parents could enrol", "who may support": a
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
    // People in the plural ("tenants", "parents"), not a body ("the council
    // may delay the vote" is a guess about what it will do).
    // (And "people", a plural without an "s": "a week in which people may
    // sign up and enrol". Not "women", "children": "women could make up a
    // greater share" is a guess about a count as often as an ability.)
    // (A body or a document is no one: "the ledgers could help settle the
    // dispute" is a guess about what they will do.)
    bool people = !before.capitalized &&
                  (((before.flags & kFlagSpeakerNoun) != 0 && (before.flags & kFlagBodyNoun) == 0 &&
                    absl::EndsWith(before.lower, "s") && !absl::EndsWith(before.lower, "ss")) ||
                   before.lower == "people");
    // Not "he", "she" or "they": "she could win the nomination" is a guess.
    bool person = before.lower == "we" || before.lower == "you" || before.lower == "who" || people;
    if (!person) return false;
    size_t n = m + 1;
    while (n < toks.size() && toks[n].span.start < span.end) ++n;  // past the match
    if (n >= toks.size() || toks[n].kind != TokenKind::kWord) return false;
    absl::string_view next = toks[n].lower;
    for (absl::string_view frame :
         {"be",         "have",   "well",   "even",    "not",    "never",  "soon",   "yet",  "ultimately",
          "eventually", "also",   "easily", "face",    "lose",   "fall",   "drop",   "rise", "struggle",
          "fail",       "suffer", "need",   "want",    "decide", "choose", "end",    "find", "seek",
          "try",        "turn",   "switch", "abandon", "desert", "reject", "resign", "quit", "strike",
          "walk",       "sue",    "defect", "rebel",   "refuse"}) {
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

}  // namespace

const RuleTypeInfo& LexicalRuleType() {
  static const auto* info = new RuleTypeInfo{
      "lexical", With({"scope", "words", "regex", "case_sensitive", "unless"}), &Make<LexicalRule>};
  return *info;
}

}  // namespace rule_types
}  // namespace claimcheck
