#include "extractors/analysis.h"

#include <algorithm>
#include <chrono>

#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {

bool ContinuesQuote(const Analysis& a, size_t k) {
  auto spoken = [&a](size_t i) {
    const Quote& q = a.quotes[i];
    return q.kind != QuoteKind::kName && q.kind != QuoteKind::kScare && q.claim < 0;
  };
  if (k >= a.quotes.size() || !spoken(k) || !a.quotes[k].attribution.has_cue) return false;
  for (size_t p = k; p-- > 0;) {
    if (!spoken(p)) continue;
    const Attribution& before = a.quotes[p].attribution;
    return before.has_cue && before.cue_span == a.quotes[k].attribution.cue_span;
  }
  return false;
}

const char* QuoteKindName(QuoteKind k) {
  switch (k) {
    case QuoteKind::kSpeech:
      return "speech";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kName:
      return "name";
    case QuoteKind::kScare:
      return "scare";
  }
  return "speech";
}

const char* PassName(Pass p) {
  switch (p) {
    case Pass::kSegment:
      return "segment";
    case Pass::kTokenize:
      return "tokenize";
    case Pass::kQuotes:
      return "quotes";
    case Pass::kCues:
      return "cues";
    case Pass::kSpeakers:
      return "speakers";
    case Pass::kAttribution:
      return "attribution";
    case Pass::kClaims:
      return "claims";
    case Pass::kEvidence:
      return "evidence";
    case Pass::kFigures:
      return "figures";
    case Pass::kCount:
      break;
  }
  return "?";
}

namespace {

// Adds the time since the last call to the pass given; free without `times`.
class PassClock {
 public:
  explicit PassClock(PassTimes* times) : times_(times) {
    if (times_) last_ = std::chrono::steady_clock::now();
  }
  void Done(Pass p) {
    if (!times_) return;
    auto now = std::chrono::steady_clock::now();
    (*times_)[p] += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  PassTimes* times_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

Analysis Analyzer::Analyze(const Document& doc, PassTimes* times) const {
  return Run(doc, 0, nullptr, times);
}

bool Analyzer::AnalyzeWithin(const Document& doc, double seconds, Analysis* out, Pass* stopped_in,
                             PassTimes* times) const {
  Pass stopped = Pass::kCount;
  *out = Run(doc, seconds, &stopped, times);
  if (stopped_in != nullptr) *stopped_in = stopped;
  return stopped == Pass::kCount;
}

// With a budget, *stopped_in is the pass during which it ran out (the
// passes after it are skipped), else Pass::kCount.
Analysis Analyzer::Run(const Document& doc, double seconds, Pass* stopped_in, PassTimes* times) const {
  PassClock clock(times);
  Analysis a;
  const auto start = std::chrono::steady_clock::now();
  a.segmentation = segmenter_.Segment(doc);
  clock.Done(Pass::kSegment);
  const auto& sents = a.segmentation.sentences;
  extractors_internal::Context c{doc, lex_, a, doc.text, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  if (seconds > 0) {
    c.deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                             std::chrono::duration<double>(seconds));
  }
  // Whether the budget ran out in pass p (recorded in *stopped_in).
  auto out_of_time = [&](Pass p) {
    if (!c.Expired()) return false;
    if (stopped_in != nullptr) *stopped_in = p;
    return true;
  };
  if (out_of_time(Pass::kSegment)) return a;
  // Tokens sentence by sentence, so none straddles a boundary.
  a.lower_text = std::make_shared<const std::string>(AsciiLower(doc.text));
  // About one token per four bytes of news text (words and punctuation):
  // growing the vector mid-document would copy every token so far.
  a.tokens.reserve(doc.text.size() / 4 + 16);
  c.token_sentence.reserve(a.tokens.capacity());
  for (size_t s = 0; s < sents.size(); ++s) {
    int first = static_cast<int>(a.tokens.size());
    TokenizeInto(doc.text, *a.lower_text, sents[s].span, &a.tokens);
    a.sentence_tokens.emplace_back(first, static_cast<int>(a.tokens.size()));
    c.token_sentence.resize(a.tokens.size(), static_cast<int>(s));
  }
  extractors_internal::ClassifyTokens(lex_, &a.tokens, &c.lists);
  extractors_internal::MarkTitleCaseHeadlines(c);
  clock.Done(Pass::kTokenize);
  if (out_of_time(Pass::kTokenize)) return a;
  c.cues_in.resize(sents.size());
  c.quotes_in.resize(sents.size());
  c.claims_in.resize(sents.size());
  extractors_internal::FindQuotes(c);
  for (size_t q = 0; q < a.quotes.size(); ++q)
    c.quotes_in[a.quotes[q].sentence].push_back(static_cast<int>(q));
  clock.Done(Pass::kQuotes);
  if (out_of_time(Pass::kQuotes)) return a;
  extractors_internal::FindCues(c);
  clock.Done(Pass::kCues);
  if (out_of_time(Pass::kCues)) return a;
  extractors_internal::ResolveSpeakers(c);
  clock.Done(Pass::kSpeakers);
  if (out_of_time(Pass::kSpeakers)) return a;
  extractors_internal::AttributeQuotes(c);
  clock.Done(Pass::kAttribution);
  if (out_of_time(Pass::kAttribution)) return a;
  extractors_internal::FindClaims(c);
  if (out_of_time(Pass::kClaims)) return a;
  extractors_internal::MarkScareQuotes(c);
  extractors_internal::FindReportedContent(c);
  clock.Done(Pass::kClaims);
  if (out_of_time(Pass::kClaims)) return a;
  extractors_internal::FindEvidence(c);
  clock.Done(Pass::kEvidence);
  if (out_of_time(Pass::kEvidence)) return a;
  extractors_internal::FindFigures(c);
  clock.Done(Pass::kFigures);
  if (out_of_time(Pass::kFigures)) return a;
  return a;
}

}  // namespace claimcheck
