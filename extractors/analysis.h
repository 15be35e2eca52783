// What the extractors find in one document: sentences, quotes, reported
// claims, evidence and figures, each with byte spans into Document::text.
//
//   Analyzer analyzer(BuiltinLexicons());
//   Analysis a = analyzer.Analyze(doc);
//   for (const Quote& q : a.quotes) ... q.attribution.speaker ...
//
// An Analysis holds views into the document's text: keep the Document alive.
#ifndef CLAIMCHECK_EXTRACTORS_ANALYSIS_H_
#define CLAIMCHECK_EXTRACTORS_ANALYSIS_H_

#include <memory>
#include <string>
#include <vector>

#include "extractors/document.h"
#include "extractors/lexicon.h"
#include "extractors/segmenter.h"
#include "extractors/tokens.h"

namespace claimcheck {

// Who asserts something, and with which reporting verb or phrase.
struct Attribution {
  bool has_speaker = false;
  Span speaker_span;    // the mention in the text ("he", "the former army officer")
  std::string speaker;  // resolved name ("Angela Marsh"), or the mention
  // The speaker phrase names someone: a person or body the story names
  // ("Icann officials", "UKIP officials", "he"), not only a kind of people
  // ("critics", "Senior Tories", "Budget analysts") nor a person's circle
  // named only by whose it is ("Ardley aides", "her advisers").
  bool speaker_named = false;
  // The speaker phrase describes one person whom the story names right
  // after it, in apposition or as the next sentence's subject ("A PR expert
  // told the court …. Ann Kershaw said …"): `speaker` is that name.
  bool named_after = false;
  bool has_cue = false;
  Span cue_span;    // "said", "according to", "told reporters"
  std::string cue;  // lowercase cue text
  CueClass cue_class = CueClass::kNone;
  bool inherited = false;  // taken from the speaker of the surrounding quotes
};

enum class QuoteKind {
  kSpeech,   // words someone said or wrote
  kPartial,  // a few quoted words inside a sentence (“extremely productive”)
  kName,     // a quoted name or displayed text (“The Beast,” a banner read “…”)
  kScare,    // a few quoted words no one is said to have said (scare quotes)
};
const char* QuoteKindName(QuoteKind k);

struct Quote {
  Span span;     // including the quote marks
  Span content;  // inside the marks, trailing comma dropped
  QuoteKind kind = QuoteKind::kSpeech;
  int sentence = 0;  // sentence holding the opening mark
  Attribution attribution;
  // The claim whose content holds this partial quote ("claimed “many points”
  // were agreed upon"), or -1. Such a quote is reported with its claim.
  int claim = -1;
};

struct Claim {
  Span content;  // the reported content
  int sentence = 0;
  Attribution attribution;  // has_speaker false: agentless ("it was announced")
  bool agentless = false;
};

struct Evidence {
  Span span;      // the evidence statement
  Span cue_span;  // "supported by", "according to", "court filings show"
  std::string cue;
  Span source_span;  // who or what supplies it (empty when none)
  Polarity polarity = Polarity::kSupports;
  int sentence = 0;
  // What it attaches to: a claim or a quote index (-1 when none).
  int claim = -1;
  int quote = -1;
};

struct Figure {
  Span span;
  int sentence = 0;
  bool attributed = false;  // the sentence gives a source for it
  bool in_quote = false;
  // A share of a whole said in words: "a quarter", "two-thirds", "half"
  // (with "of" and the people next) or "one in five", "two out of three"
  // (the people next, with no "of").
  enum class Share { kNone, kOf, kIn };
  Share share = Share::kNone;
};

struct Analysis {
  Segmentation segmentation;
  // The document's text with ASCII letters lowercased: Token::lower views
  // it. Shared so that moving or copying an Analysis keeps the views valid.
  std::shared_ptr<const std::string> lower_text;
  std::vector<Token> tokens;
  // Per sentence: [first, last) token indexes.
  std::vector<std::pair<int, int>> sentence_tokens;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  std::vector<Evidence> evidence;
  std::vector<Figure> figures;
  // Content the story reports without asserting it and without a claim of
  // its own: the clause of a stance noun ("fears that …", "the claim that
  // …"). Not the newsroom's voice. In text order.
  std::vector<Span> reported;
  // Per token: index of the quote holding it, or -1.
  std::vector<int> token_quote;
};

// Whether quote k goes on with the quote before it: words someone said
// ("speech" or "partial", not inside a claim) with the same attribution as
// the last such quote before it ("“A,” he said, “B.”", and the paragraphs
// that continue a quote). A reader sees them as one quote: one speaker, one
// cue (extract writes them as one item; stats counts them once).
bool ContinuesQuote(const Analysis& a, size_t k);

// The passes of Analyze, in order, for timing (--stats, benchmarks).
enum class Pass {
  kSegment,      // paragraphs and sentences
  kTokenize,     // tokens, lowercasing and word classes
  kQuotes,       // quote marks and spans
  kCues,         // reporting cues and their speaker phrases
  kSpeakers,     // resolving speaker phrases to names
  kAttribution,  // quotes to cues
  kClaims,       // reported claims and scare quotes
  kEvidence,
  kFigures,
  kCount,
};
const char* PassName(Pass p);

// Seconds spent in each pass, summed over the documents analysed.
struct PassTimes {
  double seconds[static_cast<int>(Pass::kCount)] = {};
  double& operator[](Pass p) { return seconds[static_cast<int>(p)]; }
  double operator[](Pass p) const { return seconds[static_cast<int>(p)]; }
  void Add(const PassTimes& o) {
    for (int k = 0; k < static_cast<int>(Pass::kCount); ++k) seconds[k] += o.seconds[k];
  }
};

class Analyzer {
 public:
  explicit Analyzer(const Lexicons& lex) : lex_(lex), segmenter_(lex) {}
  // With `times`, the time of each pass is added to it.
  Analysis Analyze(const Document& doc, PassTimes* times = nullptr) const;
  // Analyze within a time budget: a safety net against a pathological
  // document stalling a corpus run. Returns false, with the pass it was in,
  // when `seconds` (> 0) ran out; *out is then incomplete and must not be
  // checked. The passes look at the clock between sentences.
  bool AnalyzeWithin(const Document& doc, double seconds, Analysis* out, Pass* stopped_in,
                     PassTimes* times = nullptr) const;
  const Lexicons& lexicons() const { return lex_; }

 private:
  Analysis Run(const Document& doc, double seconds, Pass* stopped_in, PassTimes* times) const;
  const Lexicons& lex_;
  Segmenter segmenter_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_ANALYSIS_H_
