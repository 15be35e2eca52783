// Figures: numbers with their units (3,000; 38%; $9.1 billion; 3.5 percent)
// and vague quantities (tens of thousands, dozens), with whether the
// sentence gives a source for them. Years, dates and times are not figures.
#include "absl/strings/ascii.h"
#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

bool Currency(absl::string_view t) {
  return t == "$" || t == "€" || t == "£" || t == "¥";
}

bool YearLike(const Token& t) {
  if (t.text.size() != 4) return false;
  for (char ch : t.text) {
    if (!absl::ascii_isdigit(ch)) return false;
  }
  int y = (t.text[0] - '0') * 1000 + (t.text[1] - '0') * 100;
  return y >= 1800 && y <= 2100;
}

}  // namespace

void FindFigures(Context& c) {
  const auto& st = c.a.sentence_tokens;
  std::vector<std::vector<int>> evidence_in(st.size());
  for (size_t k = 0; k < c.a.evidence.size(); ++k) {
    evidence_in[c.a.evidence[k].sentence].push_back(static_cast<int>(k));
  }
  for (int s = 0; s < static_cast<int>(st.size()) && !c.Expired(); ++s) {
    const int sb = st[s].first, se = st[s].second;
    if (c.a.segmentation.sentences[s].heading) continue;
    std::vector<Figure> found;
    for (int i = sb; i < se; ++i) {
      const Token& t = c.tok(i);
      int b = i, e = i + 1;
      if (t.kind == TokenKind::kNumber) {
        if (b - 1 >= sb && Currency(c.tok(b - 1).text)) --b;
        bool money = b < i;
        // Dates and times: "May 3", "3 May", "2016", "3:30", "10 a.m."
        if (!money && YearLike(t) && !(e < se && c.tok(e).IsPunct("%"))) continue;
        if (i - 1 >= sb && IsMonth(c.tok(i - 1))) continue;
        if (e < se && IsMonth(c.tok(e))) continue;
        if (e < se && c.tok(e).IsPunct(":")) continue;
        // A score or a tally, "5-4", is no figure; "28,000-plus", "a
        // 1,000-strong crowd", "40-odd" are.
        if (const size_t dash = t.lower.rfind('-'); dash != absl::string_view::npos) {
          const absl::string_view tail = t.lower.substr(dash + 1);
          if (tail != "plus" && tail != "strong" && tail != "odd") continue;
        }
        // "Bryn F&#244;n": a character written as an HTML reference in
        // plain text is no number.
        if (t.span.start >= 2 && c.text.substr(t.span.start - 2, 2) == "&#") continue;
        if (e < se && (c.tok(e).lower == "a.m" || c.tok(e).lower == "p.m")) continue;
        while (e < se && (c.tok(e).IsPunct("%") || IsMagnitude(c.tok(e)))) {
          if (c.tok(e).lower == "per" && !(e + 1 < se && c.tok(e + 1).lower == "cent")) break;
          e += c.tok(e).lower == "per" ? 2 : 1;
        }
      } else if (t.kind != TokenKind::kWord || (t.capitalized && i != sb)) {
        continue;  // figures are numbers or quantity words
      } else if (t.flags & kFlagVagueQuantity) {
        // "tens of thousands", "hundreds of millions", "dozens"
        if (i + 2 < se && c.tok(i + 1).lower == "of" && (c.tok(i + 2).flags & kFlagVagueQuantity)) e = i + 3;
        if (t.lower == "tens" && e == i + 1) continue;
      } else if (t.kind == TokenKind::kWord && IsNumberWord(t) && i + 1 < se &&
                 IsMagnitude(c.tok(i + 1)) && c.tok(i + 1).lower != "per" &&
                 c.tok(i + 1).lower != "m") {
        e = i + 2;
        if (t.lower == "a" && c.tok(i + 1).lower == "percent") continue;
      } else if (t.kind == TokenKind::kWord && IsNumberWord(t) && t.lower != "a" && t.lower != "one" &&
                 !t.capitalized && i + 1 < se && c.tok(i + 1).kind == TokenKind::kWord &&
                 !IsMagnitude(c.tok(i + 1))) {
        // "nine people were killed": a count in words (rules decide whether
        // it is one that needs a source).
        e = i + 1;
      } else {
        continue;
      }
      Figure f;
      f.span = c.TokSpan(b, e);
      f.sentence = s;
      f.in_quote = c.InQuote(i);
      found.push_back(f);
      i = e - 1;
    }
    if (found.empty()) continue;
    // A source in the sentence: a reporting cue with a speaker, or evidence
    // with one. A stance is no source ("38% of voters backed the party"),
    // nor is a speaker that is the figure itself.
    bool evidence_source = false;
    for (int k : evidence_in[s]) {
      const Evidence& ev = c.a.evidence[k];
      evidence_source |= !ev.source_span.empty() && ev.polarity == Polarity::kSupports;
    }
    for (Figure& f : found) {
      bool sourced = evidence_source;
      for (int k : c.cues_in[s]) {
        const Cue& cue = c.cues[k];
        if (!cue.speaker.valid() || cue.cls == CueClass::kAttitude) continue;
        Span who = c.TokSpan(cue.speaker.begin, cue.speaker.end);
        if (who.Overlaps(f.span)) continue;
        sourced = true;
      }
      f.attributed = sourced || f.in_quote;
      c.a.figures.push_back(f);
    }
  }
}

}  // namespace extractors_internal
}  // namespace claimcheck
