// The claim rule type: conditions on extracted claims and quotes.
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

// Conditions on the extracted claims and quotes: who speaks (present, absent,
// who), with which cue, of which class.
class ClaimRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("claim")); !s.ok()) {
      return s;
    }
    auto r = std::unique_ptr<ClaimRule>(new ClaimRule);
    auto items = spec.StringList("items");
    if (!items.ok()) return items.status();
    if (!items->empty()) {
      r->claims_ = r->quotes_ = false;
      for (const std::string& it : *items) {
        if (it == "claims")
          r->claims_ = true;
        else if (it == "quotes")
          r->quotes_ = true;
        else
          return spec.Error(*spec.node().Find("items"), "items",
                            absl::StrCat("unknown item '", it, "' (expected claims or quotes)"));
      }
    }
    auto speaker = spec.String("speaker", false);
    if (!speaker.ok()) return speaker.status();
    if (*speaker == "present")
      r->speaker_ = 1;
    else if (*speaker == "absent")
      r->speaker_ = 0;
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
    if (*span == "speaker")
      r->span_ = 1;
    else if (*span == "speaker_and_cue")
      r->span_ = 2;
    else if (*span == "content")
      r->span_ = 3;
    else if (!span->empty() && *span != "cue")
      return spec.Error(
          *spec.node().Find("span"), "span",
          absl::StrCat("unknown span '", *span, "' (expected cue, speaker, speaker_and_cue or content)"));
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
  void Check(const CheckContext& ctx, const Attribution& at, Span content, int sentence, bool agentless,
             std::vector<Finding>* out) const {
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
    if (!classes_.empty() && std::find(classes_.begin(), classes_.end(), at.cue_class) == classes_.end()) {
      return;
    }
    // A passive's cue holds its auxiliaries ("has been criticised" by
    // environmental groups): its verb, the last word, is what a list names.
    // Only a verb of judgement, which means the same in the passive (not
    // "were claimed by the Tarn Liberation Front", an attack's responsibility).
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
      if (std::find(not_content_starts_.begin(), not_content_starts_.end(), first) !=
          not_content_starts_.end()) {
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
    // "…, rival councillors on the right, who accused …": a relative
    // pronoun alone stands for the phrase it follows, which the extractor
    // gives as the speaker. (For the rules on kinds of people, which ask
    // whether anyone is named; "a Portvale United steward, who declined to be
    // named" is the anonymity rule's, on its own words.)
    Span antecedent;  // where that phrase is, when it is in the sentence before the pronoun
    if (speaker_named_ == 0 &&
        (absl::EqualsIgnoreCase(mention, "who") || absl::EqualsIgnoreCase(mention, "which"))) {
      mention = at.speaker;
      const Span sent = ctx.analysis.segmentation.sentences[sentence].span;
      if (at.speaker_span.start > sent.start && !at.speaker.empty()) {
        const size_t at_pos =
            ctx.text.substr(sent.start, at.speaker_span.start - sent.start).rfind(at.speaker);
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
      case 1:
        f.span = at.has_speaker ? at.speaker_span : at.cue_span;
        break;
      case 2:
        f.span = at.cue_span;
        if (!antecedent.empty() && antecedent.end <= at.cue_span.start &&
            at.cue_span.start - antecedent.end <= 24) {
          // "councillors on the right, who accused": the phrase the pronoun stands for.
          f.span = {antecedent.start, at.cue_span.end};
        } else if (at.has_speaker) {
          f.span = {std::min(at.cue_span.start, at.speaker_span.start),
                    std::max(at.cue_span.end, at.speaker_span.end)};
          // Far apart ("his aides, who met on Tuesday, later said"): the
          // speaker alone is what to look at.
          size_t gap = at.cue_span.start > at.speaker_span.end   ? at.cue_span.start - at.speaker_span.end
                       : at.speaker_span.start > at.cue_span.end ? at.speaker_span.start - at.cue_span.end
                                                                 : 0;
          if (gap > 24) f.span = at.speaker_span;
        }
        break;
      case 3:
        f.span = content;
        break;
      default:
        f.span = at.has_cue ? at.cue_span : content;
    }
    if (f.span.empty()) return;
    f.sentence = sentence;
    if (at.has_speaker) f.speaker = at.speaker_span;
    if (at.has_cue) f.cue = at.cue_span;
    f.message = FormatMessage(*message_, Text(ctx, f.span), at.speaker, at.cue, Clip(Text(ctx, content)), "");
    out->push_back(std::move(f));
  }

  bool claims_ = true, quotes_ = true;
  int speaker_ = -1, agentless_ = -1, speaker_named_ = -1, named_after_ = -1, nested_ = -1, span_ = 0;
  std::vector<CueClass> classes_;
  std::vector<std::string> cues_, not_cues_, not_content_starts_;
  RegexRef speaker_words_, speaker_re_, paragraph_re_;
};

}  // namespace

const RuleTypeInfo& ClaimRuleType() {
  static const auto* info =
      new RuleTypeInfo{"claim",
                       With({"items", "speaker", "agentless", "cue_class", "cues", "speaker_words",
                             "speaker_regex", "speaker_named", "named_after", "nested", "span", "unless"}),
                       &Make<ClaimRule>};
  return *info;
}

}  // namespace rule_types
}  // namespace claimcheck
