#include "engine/rules/rule.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"

namespace claimcheck {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

bool ParseSeverity(absl::string_view name, Severity* out) {
  for (Severity s : {Severity::kInfo, Severity::kWarning, Severity::kError}) {
    if (name == SeverityName(s)) {
      *out = s;
      return true;
    }
  }
  return false;
}

const char* ScopeName(Scope s) {
  switch (s) {
    case Scope::kNarration:
      return "narration";
    case Scope::kQuote:
      return "quote";
    case Scope::kClaim:
      return "claim";
    case Scope::kHeading:
      return "heading";
    case Scope::kUnquoted:
      return "unquoted";
    case Scope::kReported:
      return "reported";
    case Scope::kAny:
      return "any";
  }
  return "any";
}

bool ParseScope(absl::string_view name, Scope* out) {
  for (Scope s : {Scope::kNarration, Scope::kQuote, Scope::kClaim, Scope::kHeading, Scope::kUnquoted,
                  Scope::kReported, Scope::kAny}) {
    if (name == ScopeName(s)) {
      *out = s;
      return true;
    }
  }
  return false;
}

namespace {

// The byte length of a non-ASCII space starting at s[i] (U+00A0, U+1680,
// U+2000–U+200A, U+202F, U+205F, U+3000), else 0.
size_t NonAsciiSpaceAt(absl::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (b(i) == 0xC2 && i + 1 < s.size() && b(i + 1) == 0xA0) return 2;
  if (i + 2 >= s.size()) return 0;
  if (b(i) == 0xE1 && b(i + 1) == 0x9A && b(i + 2) == 0x80) return 3;
  if (b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) <= 0x8A || b(i + 2) == 0xAF)) return 3;
  if (b(i) == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0x9F) return 3;
  if (b(i) == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
  return 0;
}

}  // namespace

CheckContext::CheckContext(const Document& d, const Analysis& a) : doc(d), analysis(a), text(d.text) {
  // (Only the lead bytes of those spaces need a look: most documents have
  // none and keep a view of their own text.)
  const absl::string_view t = d.text;
  for (size_t i = SkipAscii(t, 0); i < t.size(); i = SkipAscii(t, i + 1)) {
    const size_t n = NonAsciiSpaceAt(t, i);
    if (n == 0) continue;
    if (spaced_text.empty()) spaced_text.assign(t.data(), t.size());
    spaced_text.replace(i, n, n, ' ');
    i += n - 1;
  }
  if (!spaced_text.empty()) text = spaced_text;
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    if (q.kind == QuoteKind::kName) continue;
    quote_spans.push_back(q.span);
    quote_index.push_back(static_cast<int>(i));
  }
  for (size_t i = 0; i < a.claims.size(); ++i) {
    claim_spans.push_back(a.claims[i].content);
    claim_index.push_back(static_cast<int>(i));
  }
  // Sorted by start for Holding(); claims come in cue order, not text order.
  std::vector<size_t> order(claim_spans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t x, size_t y) { return claim_spans[x].start < claim_spans[y].start; });
  std::vector<Span> spans;
  std::vector<int> index;
  for (size_t i : order) {
    spans.push_back(claim_spans[i]);
    index.push_back(claim_index[i]);
  }
  claim_spans.swap(spans);
  claim_index.swap(index);
  reported_spans = a.reported;
  std::sort(reported_spans.begin(), reported_spans.end(),
            [](const Span& x, const Span& y) { return x.start < y.start; });
  reported_ends.reserve(reported_spans.size());
  for (const Span& r : reported_spans) {
    reported_ends.push_back(reported_ends.empty() ? r.end : std::max(reported_ends.back(), r.end));
  }
}

bool CheckContext::InReported(Span s) const {
  // Spans may nest; any that starts at or before s and ends after it holds it.
  auto end = std::upper_bound(reported_spans.begin(), reported_spans.end(), s.start,
                              [](size_t o, const Span& r) { return o < r.start; });
  if (end == reported_spans.begin()) return false;
  return reported_ends[static_cast<size_t>(end - reported_spans.begin()) - 1] >= s.end;
}

namespace {
// The item whose span holds `s`. Spans are sorted by start and, being
// quotes or reported content, rarely nest: look back a few from the last
// span starting at or before s.
int Holding(const std::vector<Span>& spans, const std::vector<int>& index, Span s) {
  auto it = std::upper_bound(spans.begin(), spans.end(), s.start,
                             [](size_t o, const Span& x) { return o < x.start; });
  for (int back = 0; it != spans.begin() && back < 8; ++back) {
    --it;
    if (it->start <= s.start && s.end <= it->end) return index[it - spans.begin()];
  }
  return -1;
}
}  // namespace

int CheckContext::QuoteAt(Span s) const { return Holding(quote_spans, quote_index, s); }
int CheckContext::ClaimAt(Span s) const { return Holding(claim_spans, claim_index, s); }

bool CheckContext::InHeading(Span s) const {
  int i = SentenceAt(s.start);
  return i >= 0 && analysis.segmentation.sentences[i].heading;
}

bool CheckContext::InScope(Scope scope, Span s) const {
  switch (scope) {
    case Scope::kAny:
      return true;
    case Scope::kHeading:
      return InHeading(s);
    case Scope::kQuote:
      return QuoteAt(s) >= 0;
    case Scope::kClaim:
      return QuoteAt(s) < 0 && (ClaimAt(s) >= 0 || InReported(s));
    case Scope::kNarration:
      return QuoteAt(s) < 0 && ClaimAt(s) < 0 && !InReported(s);
    case Scope::kUnquoted:
      return QuoteAt(s) < 0;
    case Scope::kReported:
      return QuoteAt(s) >= 0 || ClaimAt(s) >= 0 || InReported(s);
  }
  return false;
}

std::vector<std::pair<Span, const char*>> RelatedPlaces(const Finding& f) {
  std::vector<std::pair<Span, const char*>> out;
  if (!f.speaker.empty()) out.push_back({f.speaker, "speaker"});
  if (!f.cue.empty()) out.push_back({f.cue, "reporting cue"});
  if (!f.evidence.empty()) out.push_back({f.evidence, "evidence"});
  return out;
}

std::string FixTitle(absl::string_view words, absl::string_view replacement) {
  return absl::StrCat("Replace \u201c", CollapseWhitespace(words), "\u201d with \u201c", replacement,
                      "\u201d");
}

std::string FixFor(const RuleFix& fix, absl::string_view words, absl::string_view before,
                   absl::string_view next) {
  if (fix.empty()) return "";
  absl::string_view trimmed = absl::StripTrailingAsciiWhitespace(before);
  for (const std::string& p : fix.unless_preceded_by) {
    if (trimmed.size() >= p.size() && absl::EqualsIgnoreCase(trimmed.substr(trimmed.size() - p.size()), p)) {
      return "";
    }
  }
  if (fix.unless_followed_by_regex &&
      RE2::PartialMatch(re2::StringPiece(next.data(), next.size()), *fix.unless_followed_by_regex)) {
    return "";
  }
  if (fix.unless_preceded_by_regex) {
    absl::string_view tail = before.substr(before.size() > 200 ? before.size() - 200 : 0);
    if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), *fix.unless_preceded_by_regex))
      return "";
  }
  // The next word, lowercased: "claimed to" takes no "said".
  size_t i = 0;
  while (i < next.size() && (next[i] == ' ' || next[i] == '\t' || next[i] == '\n' || next[i] == '\r')) ++i;
  size_t j = i;
  while (j < next.size() && (absl::ascii_isalnum(next[j]) || next[j] == '\'' || next[j] == '-')) ++j;
  std::string after = absl::AsciiStrToLower(next.substr(i, j - i));
  for (const std::string& w : fix.unless_followed_by) {
    if (after == w) return "";
  }
  std::string out;
  if (!fix.swap.empty()) {
    std::string key = absl::AsciiStrToLower(CollapseWhitespace(words));
    auto it = fix.swap.find(key);
    if (it == fix.swap.end()) return "";
    out = it->second;
  } else {
    out = absl::StrReplaceAll(fix.replace, {{"{match}", words}});
  }
  // The case of the words: "Claimed" -> "Said", "CLAIMED" -> "SAID".
  bool all_upper = words.size() > 1, any_letter = false;
  for (char ch : words) {
    if (absl::ascii_isalpha(ch)) any_letter = true;
    if (absl::ascii_islower(ch)) all_upper = false;
  }
  if (any_letter && all_upper && fix.replace.empty()) return absl::AsciiStrToUpper(out);
  if (!words.empty() && absl::ascii_isupper(words[0]) && !out.empty() && absl::ascii_islower(out[0])) {
    out[0] = absl::ascii_toupper(out[0]);
  }
  return out;
}

std::string FormatMessage(const std::string& tmpl, absl::string_view match, absl::string_view speaker,
                          absl::string_view cue, absl::string_view claim, absl::string_view evidence,
                          absl::string_view headline) {
  std::string out;
  for (size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      if (close != std::string::npos) {
        absl::string_view key = absl::string_view(tmpl).substr(i + 1, close - i - 1);
        absl::string_view v;
        bool known = true;
        if (key == "match")
          v = match;
        else if (key == "speaker")
          v = speaker.empty() ? "an unnamed source" : speaker;
        else if (key == "cue")
          v = cue;
        else if (key == "claim")
          v = claim;
        else if (key == "evidence")
          v = evidence;
        else if (key == "headline")
          v = headline;
        else
          known = false;
        if (known) {
          // Messages are one line: collapse white space from wrapped text.
          bool space = false;
          for (char ch : v) {
            if (ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ') {
              space = true;
              continue;
            }
            if (space) out.push_back(' ');
            space = false;
            out.push_back(ch);
          }
          i = close + 1;
          continue;
        }
      }
    }
    out.push_back(tmpl[i++]);
  }
  return out;
}

}  // namespace claimcheck
