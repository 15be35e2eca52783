// Evidence statements: phrases that support or contradict a claim ("a
// finding supported by state auditors", "court filings show", "findings
// that investigators later refuted"), their source, and the claim or quote
// they attach to. Evidence that supports what a claim calls false ("hoax")
// contradicts the claim.
#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

// The token flags of one phrase index (see WordFlag).
struct PhraseFlags {
  uint64_t first, second, alone;
};
constexpr PhraseFlags kEvidenceFlags{kFlagEvidenceFirst, kFlagEvidenceSecond, kFlagEvidenceAlone};
constexpr PhraseFlags kFalsityFlags{kFlagFalsityFirst, kFlagFalsitySecond, kFlagFalsityAlone};

// The longest phrase of `index` starting at token i, or null. The flags rule
// out most tokens without a lookup.
const Lexicons::Phrase* PhraseAt(
    const Context& c, int i, int end, const PhraseFlags& flags,
    const absl::flat_hash_map<std::string, std::vector<Lexicons::Phrase>>& index) {
  const Token& t = c.tok(i);
  if (!HasFlag(t, flags.first)) return nullptr;
  if (!HasFlag(t, flags.alone) && !(i + 1 < end && HasFlag(c.tok(i + 1), flags.second))) return nullptr;
  auto it = index.find(c.tok(i).lower);
  if (it == index.end()) return nullptr;
  for (const Lexicons::Phrase& p : it->second) {
    if (i + static_cast<int>(p.words.size()) > end) continue;
    bool match = true;
    for (size_t k = 1; match && k < p.words.size(); ++k) match = c.tok(i + k).lower == p.words[k];
    if (match) return &p;
  }
  return nullptr;
}

bool ContainsFalsity(const Context& c, Span content) {
  auto first = std::lower_bound(c.a.tokens.begin(), c.a.tokens.end(), content.start,
                                [](const Token& t, size_t o) { return t.span.start < o; });
  int i = static_cast<int>(first - c.a.tokens.begin());
  int end = i;
  while (end < c.ntok() && c.tok(end).span.end <= content.end) ++end;
  for (; i < end; ++i) {
    if (HasFlag(c.tok(i), kFlagFalsityFirst) &&
        PhraseAt(c, i, end, kFalsityFlags, c.lex.falsity_by_first) != nullptr) {
      return true;
    }
  }
  return false;
}

}  // namespace

// Attaches evidence to the claim or quote it bears on: the nearest that starts
// before it in the sentence, else the last of the previous sentence; not from a
// relative clause, and not for "according to", which attributes its sentence.
void AttachEvidence(const Context& c, int s, int i, int sb, int se, int b, int e, int pe,
                    const std::vector<std::string>& words, Evidence& ev) {
  const std::string& last = words.back();
  size_t best_start = 0;
  bool found = false;
  const bool attribution = words.size() == 2 && words[0] == "according";
  int before = i - 1;
  while (before >= sb && (IsAuxiliary(c.tok(before)) || IsAdverb(c.tok(before)))) --before;
  const bool relative = before >= sb && (c.tok(before).lower == "that" || c.tok(before).lower == "which");
  // "there is no evidence that those files were opened": evidence
  // that states what it is about counts against a claim only if the two
  // share a word ("… that millions voted illegally" after "said millions
  // had voted illegally"), not against whatever claim came last.
  std::vector<std::string> about;
  // (Also with no "that": "no evidence those files were opened".)
  // So does a finding with a clause of its own: "Studies have shown that
  // organisations planted fakes" is about a claim that shares a word
  // with it, not about the quote that came last.
  const bool states =
      last == "evidence" || (words.size() >= 2 && (c.lex.InSet(WordSet::kEvidenceStatingVerb, last)));
  if (states && pe < se && c.tok(pe).IsWordLike() && !IsPreposition(c.tok(pe))) {
    for (int k = c.tok(pe).lower == "that" ? pe + 1 : pe; k < e; ++k) {
      const Token& u = c.tok(k);
      if (u.IsWordLike() && u.lower.size() >= 4 && !IsFunctionWord(u) && !IsAuxiliary(u)) {
        about.emplace_back(u.lower.substr(0, 5));
      }
    }
    if (about.empty()) about.emplace_back();  // nothing to share: attaches to nothing
  }
  auto shares_word = [&](Span content) {
    if (about.empty()) return true;
    auto first = std::lower_bound(c.a.tokens.begin(), c.a.tokens.end(), content.start,
                                  [](const Token& t, size_t o) { return t.span.start < o; });
    for (auto it = first; it != c.a.tokens.end() && it->span.end <= content.end; ++it) {
      const Token& u = *it;
      if (!u.IsWordLike() || u.lower.size() < 4) continue;
      const std::string stem(u.lower.substr(0, 5));
      if (std::find(about.begin(), about.end(), stem) != about.end()) return true;
    }
    return false;
  };
  // "… told the Courier its policy forbids dumping and said there was no
  // evidence that …": evidence inside someone's report is theirs; it
  // does not contradict what the same speaker said.
  // (Not an appositive on the report, "…, a claim contradicted by …",
  // which is the story's.) Such evidence is about the same sentence.
  std::string owner;
  // (Nor a contrast the story sets against it: "dismissed it as “fake,”
  // though it was verified by …".)
  bool appositive = b > sb && c.tok(b - 1).IsPunct(",");
  for (int k = i - 1; k >= sb && k >= i - 6 && !appositive; --k) {
    const Token& u = c.tok(k);
    appositive = u.IsPunct(",") || u.lower == "though" || u.lower == "although" || u.lower == "but" ||
                 u.lower == "yet" || u.lower == "whereas";
  }
  for (int k : c.claims_in[s]) {
    const Claim& cl = c.a.claims[k];
    if (!appositive && cl.content.Overlaps(ev.cue_span) && cl.attribution.has_speaker) {
      owner = cl.attribution.speaker;
    }
  }
  auto same_speaker = [&](const Attribution& at) {
    return !owner.empty() && at.has_speaker && at.speaker == owner;
  };
  // "contrary to Brennick's arguments in court": the evidence names
  // whose claim it goes against; a claim of anyone else is not it.
  std::string contradicted;
  if (words.back() == "to" && pe + 1 < se && c.tok(pe).capitalized && !c.InQuote(pe)) {
    int k = pe;
    while (k < se && k < pe + 4 && c.tok(k).capitalized && !IsPossessive(c.tok(k).text)) ++k;
    if (k < se && c.tok(k).capitalized && IsPossessive(c.tok(k).text)) {
      contradicted = std::string(PossessiveStem(c.tok(k).text));
    }
  }
  auto other_target = [&](const Attribution& at) {
    if (contradicted.empty()) return false;
    return !at.has_speaker || !absl::StrContains(at.speaker, contradicted);
  };
  for (int pass = 0; pass < 2 && !found && !attribution; ++pass) {
    int want = pass == 0 ? s : s - 1;
    if (want < 0 || (pass == 1 && (relative || !owner.empty()))) break;
    for (int k : c.claims_in[want]) {
      Claim& cl = c.a.claims[k];
      if (cl.content.start >= ev.span.start || !shares_word(cl.content) || same_speaker(cl.attribution) ||
          other_target(cl.attribution)) {
        continue;
      }
      if (cl.content.Overlaps(ev.cue_span)) {
        // "…, a claim contradicted by an analysis": an appositive on the
        // report, not part of it. Cut the claim before it.
        if (b == sb || !c.tok(b - 1).IsPunct(",")) continue;
        size_t cut = c.tok(b - 1).span.start;
        if (cut <= cl.content.start) continue;
        cl.content.end = cut;
      }
      if (!found || cl.content.start >= best_start) {
        best_start = cl.content.start;
        ev.claim = static_cast<int>(k);
        ev.quote = -1;
        found = true;
      }
    }
    for (int k : c.quotes_in[want]) {
      const Quote& q = c.a.quotes[k];
      // Not a quoted term no one is said to have said (“spear phishing”).
      if (q.kind == QuoteKind::kName || q.kind == QuoteKind::kScare || q.span.start >= ev.span.start ||
          !shares_word(q.content) || same_speaker(q.attribution) || other_target(q.attribution)) {
        continue;
      }
      if (!found || q.span.start >= best_start) {
        best_start = q.span.start;
        ev.quote = static_cast<int>(k);
        ev.claim = -1;
        found = true;
      }
    }
  }
}

void FindEvidence(Context& c) {
  const auto& st = c.a.sentence_tokens;
  for (int s = 0; s < static_cast<int>(st.size()) && !c.Expired(); ++s) {
    const int sb = st[s].first, se = st[s].second;
    for (int i = sb; i < se; ++i) {
      if (c.InQuote(i)) continue;
      if (!HasFlag(c.tok(i), kFlagEvidenceFirst)) continue;  // most tokens: no call
      const Lexicons::Phrase* match = PhraseAt(c, i, se, kEvidenceFlags, c.lex.evidence_by_first);
      if (match == nullptr) continue;
      // "could not be verified by independent auditors", "not consistent
      // with": a negated "supports" phrase supports nothing (evidence.tsv).
      if (match->polarity == Polarity::kSupports) {
        bool negated = false;
        for (int k = i - 1; k >= sb && k >= i - 3; --k) {
          const Token& u = c.tok(k);
          if (c.lex.InSet(WordSet::kNegationWord, u.lower) || absl::EndsWith(u.lower, "n't") ||
              absl::EndsWith(u.lower, "n’t") || u.lower == "no") {
            negated = true;
            break;
          }
          if (!IsAuxiliary(u) && !IsAdverb(u)) break;
        }
        if (negated) continue;
      }
      const auto& words = match->words;
      int pe = i + static_cast<int>(words.size());
      // "setting her at odds with the governor", "in line with the Greens":
      // people at odds or in step with people are positions, not evidence
      // about a statement ("at odds with the figures" is).
      if (words.back() == "with" && pe < se) {
        int n = pe;
        while (n < se && (IsDeterminer(c.tok(n)) || c.tok(n).lower == "many" || c.tok(n).lower == "most" ||
                          c.tok(n).lower == "some" || c.tok(n).lower == "other")) {
          ++n;
        }
        // The phrase's head: its last word before a preposition, a verb, a
        // conjunction or punctuation ("the governor and …", "the police
        // figures", not "the police").
        int head = n;
        while (head + 1 < se && head + 1 < n + 4 && c.tok(head + 1).kind == TokenKind::kWord &&
               !IsPreposition(c.tok(head + 1)) && !IsAuxiliary(c.tok(head + 1)) &&
               !IsFunctionWord(c.tok(head + 1)) && !IsIrregularPast(c.tok(head + 1)) &&
               !absl::EndsWith(c.tok(head + 1).lower, "ed")) {
          ++head;
        }
        if (head < se) {
          const Token& h = c.tok(head);
          const bool person = (IsPronoun(h) && h.lower != "it" && h.lower != "this" && h.lower != "that") ||
                              (IsSpeakerNoun(h) && !c.lex.body_nouns.contains(h.lower)) || IsTitleWord(h) ||
                              (h.capitalized && h.kind == TokenKind::kWord);
          if (person) continue;
        }
      }
      Evidence ev;
      ev.sentence = s;
      ev.cue_span = c.TokSpan(i, pe);
      ev.cue = c.TokText(i, pe);
      ev.polarity = match->polarity;
      // The statement: from a preceding appositive ("…, a conclusion
      // supported by …") to the end of the clause.
      int b = i;
      for (int k = i - 1; k >= sb && k >= i - 4; --k) {
        if (c.tok(k).IsPunct(",") || c.tok(k).IsPunct(";")) {
          b = k + 1;
          break;
        }
        if (!c.tok(k).IsWordLike() || c.InQuote(k)) break;
      }
      int e = pe;
      while (e < se && !c.tok(e).IsPunct(",") && !c.tok(e).IsPunct(";") &&
             !(c.tok(e).kind == TokenKind::kPunct && e == se - 1)) {
        ++e;
      }
      ev.span = c.TokSpan(b, std::max(e, pe));
      const std::string& last = words.back();
      if ((last == "by" || last == "to" || last == "from") && e > pe) {
        ev.source_span = c.TokSpan(pe, e);
      } else if (words.size() >= 2 && (c.lex.InSet(WordSet::kEvidenceFindingVerb, last))) {
        ev.source_span = c.TokSpan(i, pe - 1);
      }
      // Attach to the nearest claim or quote that starts before it in the
      // sentence, else the last one of the previous sentence; not from a
      // relative clause, which is about a noun of its own sentence ("claims
      // he made … that have turned out untrue"). "According to X" attributes
      // its sentence and is evidence about nothing ("… a “hollow saving”,
      // according to a Marlow Institute paper").
      AttachEvidence(c, s, i, sb, se, b, e, pe, words, ev);
      Span target = ev.claim >= 0   ? c.a.claims[ev.claim].content
                    : ev.quote >= 0 ? c.a.quotes[ev.quote].content
                                    : Span{};
      // Support for what a claim calls false ("hoax") contradicts the claim;
      // evidence against it supports the claim.
      if (!target.empty() && ContainsFalsity(c, target)) {
        ev.polarity = ev.polarity == Polarity::kSupports ? Polarity::kContradicts : Polarity::kSupports;
      }
      c.a.evidence.push_back(ev);
      i = pe - 1;
    }
  }
}

}  // namespace extractors_internal
}  // namespace claimcheck
