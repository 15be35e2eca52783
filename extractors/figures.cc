// Figures: numbers with their units (3,000; 38%; $9.1 billion; 3.5 percent)
// and vague quantities (tens of thousands, dozens), with whether the
// sentence gives a source for them. Years, dates and times are not figures.
#include "absl/strings/ascii.h"
#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

bool Currency(const Lexicons& lex, absl::string_view t) { return lex.InSet(WordSet::kCurrencySymbol, t); }

bool YearLike(const Token& t) {
  if (t.text.size() != 4) return false;
  for (char ch : t.text) {
    if (!absl::ascii_isdigit(ch)) return false;
  }
  int y = (t.text[0] - '0') * 1000 + (t.text[1] - '0') * 100;
  return y >= 1800 && y <= 2100;
}

bool Fraction(const Lexicons& lex, absl::string_view w) { return lex.InSet(WordSet::kFractionWord, w); }

bool SmallNumber(const Token& t) {
  return (t.kind == TokenKind::kNumber && !YearLike(t) &&
          t.text.find_first_of(".,:-") == absl::string_view::npos) ||
         (t.kind == TokenKind::kWord && IsNumberWord(t) && t.lower != "a");
}

// A share of a whole said in words, where it starts at i: "half of", "a
// third of", "two-thirds of", "one in five", "two out of three", "4 in 10".
// Returns the end of the share and sets its form, or returns -1.
int ProportionEnd(const Context& c, int i, int se, Figure::Share* form) {
  const Token& t = c.tok(i);
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return -1;
  auto of_at = [&](int k) { return k < se && c.tok(k).lower == "of"; };
  *form = Figure::Share::kOf;
  if (t.lower == "half" && of_at(i + 1)) return i + 1;
  if ((t.lower == "a" || IsNumberWord(t)) && i + 1 < se && Fraction(c.lex, c.tok(i + 1).lower) &&
      c.tok(i + 1).lower != "half" && of_at(i + 2)) {
    return i + 2;
  }
  if (const size_t dash = t.lower.find('-');
      dash != absl::string_view::npos && of_at(i + 1) && Fraction(c.lex, t.lower.substr(dash + 1))) {
    return i + 1;
  }
  *form = Figure::Share::kIn;
  if (SmallNumber(t) && i + 2 < se && c.tok(i + 1).lower == "in" && SmallNumber(c.tok(i + 2))) return i + 3;
  if (SmallNumber(t) && i + 3 < se && c.tok(i + 1).lower == "out" && c.tok(i + 2).lower == "of" &&
      SmallNumber(c.tok(i + 3))) {
    return i + 4;
  }
  *form = Figure::Share::kNone;
  return -1;
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
    std::vector<int> found_end;  // token index after each figure
    for (int i = sb; i < se; ++i) {
      const Token& t = c.tok(i);
      int b = i, e = i + 1;
      Figure::Share share = Figure::Share::kNone;
      // (Only a number, a number word, "a", "half" or a hyphenated word can
      // open a share: most tokens are none of these.)
      const bool may_share =
          t.kind == TokenKind::kNumber || (t.kind == TokenKind::kWord && (!t.capitalized || i == sb) &&
                                           (IsNumberWord(t) || t.lower == "half" || t.hyphen));
      if (const int pe = may_share ? ProportionEnd(c, i, se, &share) : -1; pe > 0) {
        e = pe;  // a share in words: what the rules ask of a percentage
      } else if (t.kind == TokenKind::kNumber) {
        if (b - 1 >= sb && Currency(c.lex, c.tok(b - 1).text)) --b;
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
          if (!c.lex.InSet(WordSet::kNumberSuffix, tail)) continue;
        }
        // "Bryn F&#244;n": a character written as an HTML reference in
        // plain text is no number.
        if (t.span.start >= 2 && c.text.substr(t.span.start - 2, 2) == "&#") continue;
        if (e < se && (c.lex.InSet(WordSet::kClockSuffix, c.tok(e).lower))) continue;
        // An age: set off by commas after a person's name ("Capt. Ann Lee,
        // 27, was killed") or after "aged" ("a man aged 64"): a figure of
        // record, no count. (Not after a place: "Leeds, 14;" in a list of
        // counts by town.)
        if (!money && t.text.size() <= 3 && i - 1 >= sb) {
          const Token& before = c.tok(i - 1);
          const bool closes = e == se || c.tok(e).IsPunct(",") || c.tok(e).IsPunct(".") ||
                              c.tok(e).IsPunct(";") || c.tok(e).IsPunct(")");
          if (before.lower == "aged" && !c.InQuote(i - 1)) continue;
          if (closes && before.IsPunct(",") && i - 2 >= sb && c.tok(i - 2).capitalized &&
              c.tok(i - 2).kind == TokenKind::kWord && !c.lex.places.contains(c.tok(i - 2).text)) {
            continue;
          }
        }
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
      } else if (t.kind == TokenKind::kWord && IsNumberWord(t) && i + 1 < se && IsMagnitude(c.tok(i + 1)) &&
                 !c.lex.InSet(WordSet::kNumeralOnlyMagnitude, c.tok(i + 1).lower)) {
        e = i + 2;
        if (t.lower == "a" && c.tok(i + 1).lower == "percent") continue;
      } else if (t.kind == TokenKind::kWord && IsNumberWord(t) && t.lower != "a" && t.lower != "one" &&
                 !t.capitalized && i + 1 < se && c.tok(i + 1).kind == TokenKind::kWord &&
                 !IsMagnitude(c.tok(i + 1))) {
        // "seven boats were lost": a count in words (rules decide whether
        // it is one that needs a source).
        e = i + 1;
      } else {
        continue;
      }
      Figure f;
      f.span = c.TokSpan(b, e);
      f.sentence = s;
      f.in_quote = c.InQuote(i);
      f.share = share;
      found.push_back(f);
      found_end.push_back(e);
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
    for (size_t n = 0; n < found.size(); ++n) {
      Figure& f = found[n];
      bool sourced = evidence_source;
      for (int k : c.cues_in[s]) {
        const Cue& cue = c.cues[k];
        if (!cue.speaker.valid() || cue.cls == CueClass::kAttitude) continue;
        Span who = c.TokSpan(cue.speaker.begin, cue.speaker.end);
        if (who.Overlaps(f.span)) continue;
        // (Nor the people the figure is a share of: "two-thirds of Britons
        // say", "40 percent of voters said" give a poll's answer, not its
        // source.)
        bool share_of_speaker = cue.speaker.begin >= found_end[n] && cue.speaker.begin <= found_end[n] + 4;
        for (int j = found_end[n]; j < cue.speaker.begin && share_of_speaker; ++j) {
          share_of_speaker = c.tok(j).kind == TokenKind::kWord && !c.InQuote(j) &&
                             VerbClassOf(c.tok(j)) == CueClass::kNone && !IsAuxiliary(c.tok(j));
        }
        if (share_of_speaker) continue;
        sourced = true;
      }
      f.attributed = sourced || f.in_quote;
      c.a.figures.push_back(f);
    }
  }
}

}  // namespace extractors_internal
}  // namespace claimcheck
