#include "extractors/segmenter.h"

#include <algorithm>
#include <cstring>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "extractors/tokens.h"

namespace claimcheck {

namespace {

// Lines longer than this are paragraphs of their own, not hard-wrapped lines.
constexpr size_t kMaxWrappedLine = 100;

// Longer sentences are cut at a clause boundary (see SplitSentences).
constexpr size_t kMaxSentenceBytes = 4000;

bool IsTerminal(uint32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }
bool CanStartTerminal(unsigned char b) { return b == '.' || b == '!' || b == '?' || b == 0xE2; }

// The first offset in [from, to) holding . ! ? or 0xE2 (the first byte of
// …), or `to`. Eight bytes at a time: prose has a terminal mark every
// hundred bytes or so, and this scan is most of what sentence splitting reads.
size_t FindTerminalStart(absl::string_view text, size_t from, size_t to) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  auto has_byte = [](uint64_t x, unsigned char b) {
    uint64_t y = x ^ (kOnes * b);
    return (y - kOnes) & ~y & kHighs;
  };
  size_t i = from;
  while (i + 8 <= to) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    if (has_byte(x, '.') | has_byte(x, '!') | has_byte(x, '?') | has_byte(x, 0xE2)) break;
    i += 8;
  }
  while (i < to && !CanStartTerminal(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

bool IsClosing(uint32_t cp) {
  return cp == '"' || cp == 0x201D || cp == 0x2019 || cp == '\'' || cp == ')' || cp == ']' || cp == 0xBB;
}

bool IsOpening(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x2018 || cp == '\'' || cp == '(' || cp == '[' || cp == 0xAB;
}

absl::string_view Trim(absl::string_view s, size_t* lead) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t j = b;
    if (!IsSpace(DecodeUtf8(s, &j))) break;
    b = j;
  }
  while (e > b) {
    size_t st;
    if (!IsSpace(DecodePrevUtf8(s, e, &st))) break;
    e = st;
  }
  *lead = b;
  return s.substr(b, e - b);
}

Span TrimSpan(absl::string_view text, Span s) {
  size_t lead;
  absl::string_view t = Trim(text.substr(s.start, s.size()), &lead);
  return {s.start + lead, s.start + lead + t.size()};
}

}  // namespace

bool LooksLikeHeading(absl::string_view line) {
  size_t lead;
  line = Trim(line, &lead);
  if (line.empty()) return false;
  size_t st;
  uint32_t last = DecodePrevUtf8(line, line.size(), &st);
  if (IsTerminal(last) || last == ':' || last == ';' || last == ',' || IsClosing(last) || last == 0x2014 ||
      last == '-') {
    return false;
  }
  size_t i = 0;
  uint32_t first = DecodeUtf8(line, &i);
  if (!IsUpper(first) && !(first < 0x80 && absl::ascii_isdigit(static_cast<char>(first)))) {
    return false;
  }
  std::vector<absl::string_view> words = absl::StrSplit(line, ' ', absl::SkipEmpty());
  return words.size() <= 14;
}

std::vector<Paragraph> Segmenter::FindParagraphs(absl::string_view text) const {
  // Blocks separated by blank lines; inside a block, short lines are wrapped
  // lines of one paragraph, long lines are paragraphs of their own.
  std::vector<Paragraph> out;
  std::vector<Span> lines;
  size_t pos = 0;
  auto ends_sentence = [&](const Span& l) {
    size_t st;
    uint32_t last = DecodePrevUtf8(text, l.end, &st);
    return IsTerminal(last) || last == ':' || IsClosing(last);
  };
  auto starts_sentence = [&](const Span& l) {
    size_t i = l.start;
    uint32_t first = NextCodePoint(text, &i);
    return IsUpper(first) || IsOpening(first) ||
           (first < 0x80 && absl::ascii_isdigit(static_cast<char>(first)));
  };
  auto flush = [&]() {
    if (lines.empty()) return;
    // Hard-wrapped lines are short and mostly break mid-sentence; lines that
    // mostly end sentences are paragraphs of their own.
    bool wrapped = lines.size() > 1;
    size_t ending = 0;
    for (size_t k = 0; k + 1 < lines.size(); ++k) {
      if (CountCodePoints(text.substr(lines[k].start, lines[k].size())) > kMaxWrappedLine) {
        wrapped = false;
      }
      ending += ends_sentence(lines[k]);
    }
    if (wrapped && ending * 2 > lines.size() - 1) wrapped = false;
    if (!wrapped) {
      for (const Span& l : lines) out.push_back(Paragraph{l, false});
      lines.clear();
      return;
    }
    // A heading line inside wrapped text: it follows a sentence end (or opens
    // the block) and does not itself end one.
    size_t first = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
      bool heading = k + 1 < lines.size() && LooksLikeHeading(text.substr(lines[k].start, lines[k].size())) &&
                     (k == 0 || ends_sentence(lines[k - 1])) && starts_sentence(lines[k + 1]) &&
                     CountCodePoints(text.substr(lines[k].start, lines[k].size())) < 60;
      if (!heading) continue;
      if (k > first) out.push_back(Paragraph{{lines[first].start, lines[k - 1].end}, false});
      out.push_back(Paragraph{lines[k], false});
      first = k + 1;
    }
    if (first < lines.size()) {
      out.push_back(Paragraph{{lines[first].start, lines.back().end}, false});
    }
    lines.clear();
  };
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == absl::string_view::npos) nl = text.size();
    Span line = TrimSpan(text, {pos, nl});
    if (line.empty()) {
      flush();
    } else {
      lines.push_back(line);
    }
    pos = nl + 1;
  }
  flush();
  for (Paragraph& p : out) {
    absl::string_view t = text.substr(p.span.start, p.span.size());
    p.heading = t.find('\n') == absl::string_view::npos && LooksLikeHeading(t) && out.size() > 1;
  }
  return out;
}

bool Segmenter::IsBoundary(absl::string_view text, const Paragraph& p, size_t term_start, size_t after,
                           size_t next) const {
  if (next >= p.span.end) return true;
  size_t k = next;
  uint32_t nc = NextCodePoint(text, &k);
  if (IsLower(nc)) return false;  // "will… pave", "?” he asked."
  bool starts = IsUpper(nc) || IsOpening(nc) || (nc < 0x80 && absl::ascii_isdigit(static_cast<char>(nc)));
  if (!starts) return false;
  // The word that follows.
  size_t we = next;
  while (we < p.span.end) {
    size_t j = we;
    uint32_t c = NextCodePoint(text, &j);
    if (!(IsLetter(c) || (c < 0x80 && absl::ascii_isalnum(static_cast<char>(c))))) {
      if (we == next && IsOpening(c)) {
        we = j;
        continue;
      }
      break;
    }
    we = j;
  }
  absl::string_view next_word = text.substr(next, we - next);
  while (!next_word.empty() && !absl::ascii_isalnum(next_word[0]) &&
         static_cast<unsigned char>(next_word[0]) < 0x80) {
    next_word.remove_prefix(1);
  }
  if (!next_word.empty() && static_cast<unsigned char>(next_word[0]) >= 0x80 &&
      IsOpening(DecodeUtf8(next_word, &(k = 0)))) {
    next_word.remove_prefix(k);
  }
  char term = text[term_start];
  if (term == '.' && after == term_start + 1) {
    // The word before the period.
    size_t ws = term_start;
    while (ws > p.span.start) {
      size_t st;
      uint32_t c = DecodePrevUtf8(text, ws, &st);
      if (IsLetter(c) || c == '.' || (c < 0x80 && absl::ascii_isdigit(static_cast<char>(c)))) {
        ws = st;
      } else {
        break;
      }
    }
    absl::string_view word = text.substr(ws, term_start - ws);
    if (word.size() == 1 && IsUpper(static_cast<unsigned char>(word[0]))) {
      return false;  // an initial: Harold W. Selby
    }
    if (lex_.title_abbreviations.contains(word)) return false;
    // ("U.S.", "a.m." are dotted abbreviations; "$20.15." is a price that
    // ends its sentence.)
    bool dotted = word.find('.') != absl::string_view::npos &&
                  std::any_of(word.begin(), word.end(), [](char ch) { return absl::ascii_isalpha(ch); });
    if (lex_.other_abbreviations.contains(word) || dotted) {
      // Words that start a new sentence after an ambiguous abbreviation ("in
      // the U.S. The company ..."): word_sets.tsv, sentence_starter.
      return lex_.InSet(WordSet::kSentenceStarter, next_word);
    }
  }
  if (term == '?' || term == '!') {
    // “Will you stop?” she asked. — attribution after a quoted question.
    bool closed_quote = false;
    for (size_t q = term_start + 1; q < after;) {
      if (IsDoubleQuote(NextCodePoint(text, &q))) closed_quote = true;
    }
    if (closed_quote) {
      absl::string_view window = text.substr(next, std::min(p.span.end, next + 80) - next);
      std::string lower = AsciiLower(window);
      std::vector<Token> toks = Tokenize(window, lower, {0, window.size()});
      for (size_t t = 0; t < toks.size() && t < 5; ++t) {
        if (toks[t].kind != TokenKind::kWord) break;
        if (lex_.VerbClass(toks[t].lower) != CueClass::kNone && t > 0) return false;
        if (!toks[t].capitalized) break;
      }
    }
  }
  return true;
}

void Segmenter::SplitSentences(absl::string_view text, const Paragraph& p, int index,
                               std::vector<Sentence>* out) const {
  size_t start = p.span.start;
  size_t i = p.span.start;
  auto push = [&](Span s) {
    s = TrimSpan(text, s);
    if (!s.empty()) out->push_back(Sentence{s, index, p.heading});
  };
  auto emit = [&](size_t end) {
    // No news sentence runs to thousands of bytes; cutting run-on text (a
    // list, a table, a dump) keeps every later pass linear in its length.
    size_t from = start;
    while (end - from > kMaxSentenceBytes) {
      size_t cut = from + kMaxSentenceBytes;
      // Search only the second half of the window (a bounded search).
      size_t lo = from + kMaxSentenceBytes / 2;
      absl::string_view window = text.substr(lo, cut - lo);
      size_t best = from;
      for (absl::string_view sep : {"; ", ", ", " "}) {
        size_t at = window.rfind(sep);
        if (at != absl::string_view::npos) {
          best = lo + at + 1;
          break;
        }
      }
      if (best == from) {
        best = cut;
        while (best > from && (static_cast<unsigned char>(text[best]) & 0xC0) == 0x80) --best;
      }
      push({from, best});
      from = best;
    }
    push({from, end});
  };
  while (i < p.span.end) {
    // Skip to a byte that can start a terminal mark: . ! ? or the first
    // byte of … (E2 80 A6). None of these is a UTF-8 continuation byte, so
    // the skip always stops on a code point boundary.
    i = FindTerminalStart(text, i, p.span.end);
    if (i >= p.span.end) break;
    size_t cs = i;
    uint32_t cp = NextCodePoint(text, &i);
    if (!IsTerminal(cp)) continue;
    // The run of terminal marks and closing quotes/brackets.
    size_t after = i;
    while (after < p.span.end) {
      size_t j = after;
      uint32_t c = NextCodePoint(text, &j);
      if (!IsTerminal(c) && !IsClosing(c)) break;
      after = j;
    }
    size_t next = after;
    bool space = false;
    while (next < p.span.end) {
      size_t j = next;
      if (!IsSpace(NextCodePoint(text, &j))) break;
      next = j;
      space = true;
    }
    i = after;
    if (!space && next < p.span.end) continue;
    if (IsBoundary(text, p, cs, after, next)) {
      emit(after);
      start = next;
    }
  }
  emit(p.span.end);
}

Segmentation Segmenter::Segment(const Document& doc) const {
  Segmentation s;
  if (!doc.blocks.empty()) {
    for (const Block& b : doc.blocks) {
      Span t = TrimSpan(doc.text, b.span);
      if (t.empty()) continue;
      s.paragraphs.push_back(Paragraph{t, b.kind == BlockKind::kHeading});
    }
  } else {
    s.paragraphs = FindParagraphs(doc.text);
    for (Paragraph& p : s.paragraphs) {
      if (p.span.end <= doc.headline_end) p.heading = true;
    }
  }
  for (size_t k = 0; k < s.paragraphs.size(); ++k) {
    const Paragraph& p = s.paragraphs[k];
    if (p.heading) {
      s.sentences.push_back(Sentence{p.span, static_cast<int>(k), true});
    } else {
      SplitSentences(doc.text, p, static_cast<int>(k), &s.sentences);
    }
  }
  return s;
}

int Segmentation::SentenceAt(size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t o, const Sentence& s) { return o < s.span.start; });
  if (it == sentences.begin()) return -1;
  --it;
  if (offset < it->span.end) return static_cast<int>(it - sentences.begin());
  return -1;
}

}  // namespace claimcheck
