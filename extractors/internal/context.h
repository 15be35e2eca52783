// State shared by the extractor passes over one document (see analysis.cc for
// the order in which they run). Internal: not part of the public API.
#ifndef CLAIMCHECK_EXTRACTORS_INTERNAL_CONTEXT_H_
#define CLAIMCHECK_EXTRACTORS_INTERNAL_CONTEXT_H_

#include <chrono>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "extractors/analysis.h"
#include "extractors/document.h"
#include "extractors/internal/words.h"
#include "extractors/lexicon.h"

namespace claimcheck {
namespace extractors_internal {

// A noun phrase over tokens [begin, end).
struct Np {
  int begin = -1;
  int end = -1;
  bool valid() const { return begin >= 0 && end > begin; }
};

// A reporting cue found in a sentence.
struct Cue {
  int begin = 0, end = 0;  // tokens of the cue ("according to": two)
  int sentence = 0;
  CueClass cls = CueClass::kNeutral;
  bool according = false;  // "according to X"
  bool passive = false;    // "it was announced", "is expected to"
  bool colon = false;      // "X: “...”"
  Np speaker;              // invalid: agentless
  bool used_by_quote = false;
  // The cue is a verb joined by "and" to an earlier verb of its clause ("he
  // had spoken … and expected …"), its speaker that verb's subject.
  bool coordinated = false;
  // "Valley Courier quoted Minister Varga as saying": the first token of the outlet
  // that relays the speaker's words (before `begin`), or -1.
  int relay = -1;
  // "“…,” said the Chelsea winger": a description right after a quote, the
  // second reference to someone the story has named, whatever its head.
  bool description_after_quote = false;
  // A noun names the words ("issued the following statement:", "her
  // comment that “…”"): it speaks for a quote, and makes no claim.
  bool noun = false;
  // "Mr Hale is unapologetic. “I'm not hiding it.”": no verb reports the
  // quote that makes up the next sentence; the person this sentence is
  // about says it (the convention of news copy). The cue stands on the
  // subject and carries it to that quote; it reports nothing itself.
  bool carry = false;
};

struct Context {
  const Document& doc;
  const Lexicons& lex;
  Analysis& a;
  absl::string_view text;
  std::vector<int> token_sentence;  // per token: its sentence
  TokenLists lists;                 // tokens some pass looks for (ClassifyTokens)
  std::vector<Cue> cues;
  // Per cue: resolved speaker name (filled by ResolveSpeakers).
  std::vector<std::string> cue_speaker_name;
  // Per cue: whether its speaker phrase names someone (Attribution::speaker_named).
  std::vector<bool> cue_speaker_named;
  // Per cue: its speaker phrase describes one person named right after it
  // (Attribution::named_after).
  std::vector<bool> cue_named_after;
  // Per cue: the phrase a relative pronoun speaker stands for ("critics" of
  // "critics who say"), else invalid.
  std::vector<Np> cue_speaker_antecedent;
  // Items by sentence, so that every lookup stays within a sentence or two
  // and the passes stay linear in the document's length.
  std::vector<std::vector<int>> cues_in, quotes_in, claims_in;
  // The analysis's time budget (Analyzer::AnalyzeWithin): the passes' outer
  // loops ask Expired() and stop early; the Analyzer then drops the result.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  bool expired = false;
  bool Expired() {
    if (!expired && deadline != std::chrono::steady_clock::time_point::max() &&
        std::chrono::steady_clock::now() > deadline) {
      expired = true;
    }
    return expired;
  }

  void AddCue(const Cue& cue) {
    cues_in[cue.sentence].push_back(static_cast<int>(cues.size()));
    cues.push_back(cue);
  }

  const Token& tok(int i) const { return a.tokens[i]; }
  int ntok() const { return static_cast<int>(a.tokens.size()); }
  bool InQuote(int i) const { return a.token_quote[i] >= 0; }
  // The apostrophe of a plural or s-final possessive, "Dimas’ campaign
  // manager", "the voters' mood": a mark the tokenizer leaves apart from its
  // word, not a quote mark (attached to a word in -s, no quote open around
  // it, a word after it).
  bool IsPossessiveMark(int k) const {
    const Token& u = tok(k);
    if (u.kind != TokenKind::kQuote || u.space_before || InQuote(k) || k == 0 || k + 1 >= ntok())
      return false;
    if (u.text != "'" && u.text != "\u2019") return false;
    const Token& w = tok(k - 1);
    return w.kind == TokenKind::kWord && (absl::EndsWith(w.lower, "s") || absl::EndsWith(w.lower, "z")) &&
           tok(k + 1).space_before && tok(k + 1).kind == TokenKind::kWord;
  }
  Span TokSpan(int b, int e) const { return {a.tokens[b].span.start, a.tokens[e - 1].span.end}; }
  std::string TokText(int b, int e) const { return std::string(TokView(b, e)); }
  // Views of tokens [b, e) as written and lowercased (no copies).
  absl::string_view TokView(int b, int e) const {
    Span s = TokSpan(b, e);
    return text.substr(s.start, s.size());
  }
  absl::string_view TokLower(int b, int e) const {
    Span s = TokSpan(b, e);
    return absl::string_view(*a.lower_text).substr(s.start, s.size());
  }
};

// Passes, in order.
// A paragraph of one title-case sentence ("Wickham Said Renwicks Were Briefed
// On Emails") is a headline: its capitalised words are not names.
void MarkTitleCaseHeadlines(Context& c);
void FindQuotes(Context& c);
void FindCues(Context& c);
void ResolveSpeakers(Context& c);
void AttributeQuotes(Context& c);
void FindClaims(Context& c);
void MarkScareQuotes(Context& c);
void FindReportedContent(Context& c);
// Paragraphs in a columnist's or readers' first-person voice (called by
// FindReportedContent): added to Analysis::reported.
void FindPersonalVoice(Context& c);
void FindEvidence(Context& c);
void FindFigures(Context& c);

// Shared helpers (attribution.cc).
Np SubjectBefore(const Context& c, int cue_begin, int sent_begin);
Np NpAfter(const Context& c, int from, int sent_end);
// The phrase without an age that opens it before a name ("19-year-old
// Nadia Brill" -> "Nadia Brill"); unchanged otherwise.
Np WithoutAge(const Context& c, Np np);
// A plain noun phrase ending just before the cue ("Pellow Bank's creditors"),
// opening its clause; invalid when there is none.
Np PlainSubjectBefore(const Context& c, int cue_begin, int sent_begin);
// "A person familiar with the talks on the merger (says)": a speaker
// noun and the prepositional phrases after it, up to the cue.
Np SpeakerPhraseBefore(const Context& c, int cue_begin, int sent_begin);
// For a cue after "and"/"but": the subject of the verb it is joined to.
Np CoordinatedSubject(const Context& c, int cue_begin, int sent_begin, int sent_end);
Np SentenceSubject(const Context& c, int sent_begin, int sent_end);
// A noun for words someone spoke or wrote ("comment", "remark", "pledge"),
// or a document that carries them ("statement", "letter").
bool IsSpeechNoun(const Lexicons& lex, const Token& t);
// Where the main clause starts: after an introductory phrase that runs to a
// comma ("However, …", "In Moscow on Friday, …", "While X said …, "), else
// at sb. `pronoun_may_open`: whether a pronoun or determiner opening the
// sentence can begin such a phrase ("They, too, …").
int MainClauseStart(const Context& c, int sb, int se, bool pronoun_may_open);
// The clause holding token `at` among the opening phrases and clauses a
// sentence may start with ("In a debate, while X called …, Y …"): from
// its start to the comma that closes it (to se for the main clause).
Np ClauseHolding(const Context& c, int sb, int se, int at);
// How far, in tokens, a speaker and its verb may stand after a quote they
// credit ("“…,” Maren Quist, a tax adviser to the Farmers' League and
// former head of the independent Harbour Budget Office, wrote").
inline constexpr int kQuoteToCueTokens = 32;
// Whether a clause starts at token n: "that", or a subject and an
// auxiliary within a few words ("the bill may fail", "he would").
bool StartsClause(const Context& c, int n, int sent_end);
// The subject whose belief a stance adjective at `adj` reports ("the
// minister is worried (that) …"); invalid when the words are not that shape.
Np StanceSubject(const Context& c, int adj, int sent_begin, int sent_end);
Attribution MakeAttribution(const Context& c, int cue_index);

}  // namespace extractors_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_INTERNAL_CONTEXT_H_
