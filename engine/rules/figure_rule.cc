// The figure rule type: figures with no source nearby.
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

// Figures in a scope with no source nearby, optionally only the kinds that
// need one: near given words ("killed", "protesters"), after given words
// ("an estimated"), or shares of a population ("61 percent of tenants").
class FigureRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("figure")); !s.ok()) {
      return s;
    }
    auto r = std::unique_ptr<FigureRule>(new FigureRule);
    if (auto s = ReadScope(spec, &r->scope_); !s.ok()) return s;
    auto att = spec.Bool("attributed", false);
    if (!att.ok()) return att.status();
    r->attributed_ = *att;
    struct L {
      const char* key;
      RegexRef* out;
      const char* prefix;
      const char* suffix;
    };
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
    // matter of record ("the 2009 floods that left six dead").
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
    for (const Evidence& e : a.evidence)
      has_source[e.sentence] = has_source[e.sentence] || !e.source_span.empty();
    // A digest item's paragraph that ends on a credit in brackets ("…
    // [ValleyNews]", "… [Dana Kirsch, CityWire]") names the source of all of it.
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
        checked[s] =
            RE2::PartialMatch(SP(text.substr(sents[s].span.start, sents[s].span.size())), *sources_) ? 2 : 1;
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
        if (static_cast<const RE2&>(*story_sources_)
                .Match(SP(text), 0, text.size(), RE2::UNANCHORED, &hit, 1)) {
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
      // (Not an estimate: "an estimated 12,000 … during the 1987 floods".)
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
        for (size_t k = s + 1; k < sents.size() && sents[k].paragraph == sents[s].paragraph && !is_sourced;
             ++k) {
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
    // An age is no count: "At 34 years old, he still rents …", "a
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
      // "a crowd of about 140": approximations between the phrase and the figure.
      for (bool stripped = true; stripped;) {
        stripped = false;
        absl::string_view t = absl::StripTrailingAsciiWhitespace(before);
        for (absl::string_view w :
             {"about", "around", "roughly", "nearly", "almost", "some", "approximately", "more than",
              "fewer than", "less than", "at least", "up to", "over", "under", "just"}) {
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

}  // namespace

const RuleTypeInfo& FigureRuleType() {
  static const auto* info = new RuleTypeInfo{
      "figure",
      With({"scope", "attributed", "near", "preceded_by", "shares_of", "crowd_nouns", "crowd_words",
            "sources", "window", "within_sentences", "paragraph", "story_sources", "of_record", "unless"}),
      &Make<FigureRule>};
  return *info;
}

}  // namespace rule_types
}  // namespace claimcheck
