#include "extractors/analysis.h"

#include <algorithm>

#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {

const char* QuoteKindName(QuoteKind k) {
  switch (k) {
    case QuoteKind::kSpeech: return "speech";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kName: return "name";
    case QuoteKind::kScare: return "scare";
  }
  return "speech";
}

Analysis Analyzer::Analyze(const Document& doc) const {
  Analysis a;
  a.segmentation = segmenter_.Segment(doc);
  const auto& sents = a.segmentation.sentences;
  extractors_internal::Context c{doc, lex_, a, doc.text, {}, {}, {}, {}, {}, {}};
  // Tokens sentence by sentence, so none straddles a boundary.
  a.lower_text = std::make_shared<const std::string>(AsciiLower(doc.text));
  a.tokens.reserve(doc.text.size() / 5 + 4);
  for (size_t s = 0; s < sents.size(); ++s) {
    int first = static_cast<int>(a.tokens.size());
    TokenizeInto(doc.text, *a.lower_text, sents[s].span, &a.tokens);
    a.sentence_tokens.emplace_back(first, static_cast<int>(a.tokens.size()));
    c.token_sentence.resize(a.tokens.size(), static_cast<int>(s));
  }
  extractors_internal::ClassifyTokens(lex_, &a.tokens);
  c.cues_in.resize(sents.size());
  c.quotes_in.resize(sents.size());
  c.claims_in.resize(sents.size());
  extractors_internal::FindQuotes(c);
  for (size_t q = 0; q < a.quotes.size(); ++q) c.quotes_in[a.quotes[q].sentence].push_back(static_cast<int>(q));
  extractors_internal::FindCues(c);
  extractors_internal::ResolveSpeakers(c);
  extractors_internal::AttributeQuotes(c);
  extractors_internal::FindClaims(c);
  extractors_internal::MarkScareQuotes(c);
  extractors_internal::FindEvidence(c);
  extractors_internal::FindFigures(c);
  return a;
}

}  // namespace claimcheck
