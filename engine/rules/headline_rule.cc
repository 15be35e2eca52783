// The headline rule type: a story's headline against its body.
//
// The headline is the heading that opens the document (a Markdown or HTML
// heading, the title a JSONL record's text opens with, a first line of plain
// text that reads as a heading); failing that, a JSONL record's `title`
// field, which is not in the text. One rule checks one of:
//
//   hedged_in_body      the headline states as fact what the body hedges,
//                       disputes or only reports as alleged: "Tenants face
//                       eviction" over "tenants could face eviction";
//   quote_not_in_body   the headline quotes words the body does not give;
//   figure_not_in_body  the headline gives a figure the body does not give,
//                       or gives differently.
//
// Words are compared by their stems, loosely ("face" and "faces", "listed"
// and "listing"); the rule's word lists (`ignore_words`, `hedges`, `exempt`,
// `number_words`, `magnitudes`) say what counts, so the English is in the pack.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/rules/rule_type_support.h"
#include "extractors/analysis.h"
#include "extractors/document.h"
#include "extractors/tokens.h"

namespace claimcheck {
namespace rule_types {

namespace {

enum class HeadlineCheck { kHedgedInBody, kQuoteNotInBody, kFigureNotInBody };

// A word of the headline or the body, lowercased, a possessive "'s" dropped.
struct Word {
  std::string lower;
  Span span;  // in the text it was read from
  bool capitalized = false;
};

// The headline as a rule sees it.
struct Headline {
  std::string text;
  Span span;           // in doc.text; empty when the headline is a title outside the text
  int body_first = 0;  // the first sentence of the body
};

// A number read from text: "45,000", "$2.5bn", "12%", "four million".
struct Number {
  Span span;
  double value = 0;
  // How far a figure written this way may stand from the one it rounds:
  // "$16bn" for $16.6bn, "45,000" for 44,500.
  double step = 1;
};

bool FindHeadline(const CheckContext& ctx, Headline* h) {
  const auto& sents = ctx.analysis.segmentation.sentences;
  if (!sents.empty() && sents[0].heading && sents[0].paragraph == 0) {
    h->span = sents[0].span;
    h->text = std::string(Text(ctx, h->span));
    h->body_first = 1;
    return true;
  }
  if (ctx.doc.title.empty()) return false;
  h->text = ctx.doc.title;
  h->span = Span{};
  h->body_first = 0;
  return true;
}

std::string DropPossessive(absl::string_view w) {
  for (absl::string_view s : {"'s", "\xE2\x80\x99s"}) {  // 's and ’s
    if (w.size() > s.size() + 1 && absl::EndsWith(w, s)) return std::string(w.substr(0, w.size() - s.size()));
  }
  return std::string(w);
}

// Words of text[span] (text's tokens), with spans in `text`.
std::vector<Word> WordsOf(absl::string_view text, Span span) {
  std::string lower = AsciiLower(text);
  std::vector<Word> out;
  for (const Token& t : Tokenize(text, lower, span)) {
    if (!t.IsWordLike()) continue;
    out.push_back(Word{DropPossessive(t.lower), t.span, t.capitalized});
  }
  return out;
}

// Whether two words are forms of one: the same, or one the other with a
// short ending ("face", "faces"; "cut", "cuts"), or sharing a stem of four
// letters or more that leaves at most three of the shorter word
// ("listed", "listing"; "suspects", "suspected").
bool SameWord(absl::string_view a, absl::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < 3) return false;
  size_t n = 0;
  while (n < a.size() && a[n] == b[n]) ++n;
  if (n == a.size()) return a.size() >= 5 || b.size() - a.size() <= 3;
  return n >= 4 && n + 3 >= a.size();
}

// A word list as phrases of words: "is expected to" -> {is, expected, to}.
using Phrases = std::vector<std::vector<std::string>>;

Phrases ReadPhrases(const std::vector<std::string>& list) {
  Phrases out;
  for (const std::string& p : list) {
    std::vector<std::string> words = absl::StrSplit(absl::AsciiStrToLower(p), ' ', absl::SkipEmpty());
    if (!words.empty()) out.push_back(std::move(words));
  }
  return out;
}

// The length in words of the phrase of `phrases` that starts at words[i], 0 for none.
size_t PhraseAt(const Phrases& phrases, const std::vector<Word>& words, size_t i) {
  size_t best = 0;
  for (const auto& p : phrases) {
    if (i + p.size() > words.size() || p.size() <= best) continue;
    bool ok = true;
    for (size_t k = 0; k < p.size() && ok; ++k) ok = words[i + k].lower == p[k];
    if (ok) best = p.size();
  }
  return best;
}

bool HasPhrase(const Phrases& phrases, const std::vector<Word>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (PhraseAt(phrases, words, i) > 0) return true;
  }
  return false;
}

// The quotations inside the headline: each one's words (a span of `text`),
// between marks that open at the start or after a space or bracket and
// close before the end, a space or punctuation (so an apostrophe in
// "Hague's" opens none).
std::vector<Span> QuotesIn(absl::string_view text) {
  std::vector<Span> out;
  struct Mark {
    size_t start, end;
    bool dbl;
  };
  std::vector<Mark> marks;
  for (size_t i = 0; i < text.size();) {
    size_t j = i;
    uint32_t cp = NextCodePoint(text, &j);
    if (IsDoubleQuote(cp) || IsSingleQuote(cp)) marks.push_back(Mark{i, j, IsDoubleQuote(cp)});
    i = j;
  }
  auto space_or_edge = [&](size_t at, bool before) {
    if (before ? at == 0 : at >= text.size()) return true;
    char ch = before ? text[at - 1] : text[at];
    if (before) return ch == ' ' || ch == '(' || ch == '[';
    return ch == ' ' || ch == ',' || ch == '.' || ch == ':' || ch == ';' || ch == '?' || ch == '!' ||
           ch == ')';
  };
  for (size_t k = 0; k < marks.size(); ++k) {
    const Mark& open = marks[k];
    if (!space_or_edge(open.start, true) || open.end >= text.size() || text[open.end] == ' ') continue;
    for (size_t m = k + 1; m < marks.size(); ++m) {
      const Mark& close = marks[m];
      if (close.dbl != open.dbl || text[close.start - 1] == ' ' || !space_or_edge(close.end, false)) continue;
      out.push_back(Span{open.end, close.start});
      k = m;
      break;
    }
  }
  return out;
}

class HeadlineRule : public RuleType {
 public:
  static absl::StatusOr<std::unique_ptr<RuleType>> Create(const SpecReader& spec) {
    if (auto s = spec.CheckKeys(*RuleTypeKeys("headline")); !s.ok()) return s;
    auto r = std::unique_ptr<HeadlineRule>(new HeadlineRule);
    auto check = spec.String("check", true);
    if (!check.ok()) return check.status();
    if (*check == "hedged_in_body") {
      r->check_ = HeadlineCheck::kHedgedInBody;
    } else if (*check == "quote_not_in_body") {
      r->check_ = HeadlineCheck::kQuoteNotInBody;
    } else if (*check == "figure_not_in_body") {
      r->check_ = HeadlineCheck::kFigureNotInBody;
    } else {
      std::string near = NearestWord(*check, {"hedged_in_body", "quote_not_in_body", "figure_not_in_body"});
      return spec.Error(*spec.node().Find("check"), "check",
                        absl::StrCat("unknown check '", *check, "'",
                                     near.empty() ? "" : absl::StrCat("; did you mean '", near, "'?"),
                                     " (expected hedged_in_body, quote_not_in_body or figure_not_in_body)"));
    }
    for (auto [key, set] :
         {std::pair<const char*, absl::flat_hash_set<std::string>*>{"ignore_words", &r->ignore_},
          {"scope_ends", &r->scope_ends_}}) {
      auto list = spec.StringList(key);
      if (!list.ok()) return list.status();
      for (const std::string& w : *list) set->insert(absl::AsciiStrToLower(w));
    }
    struct P {
      const char* key;
      Phrases* out;
    };
    for (P p : {P{"hedges", &r->hedges_}, P{"exempt", &r->exempt_}, P{"ignore_after", &r->ignore_after_},
                P{"hedge_not_followed_by", &r->hedge_not_followed_by_}}) {
      auto list = spec.StringList(p.key);
      if (!list.ok()) return list.status();
      *p.out = ReadPhrases(*list);
    }
    if (r->check_ == HeadlineCheck::kHedgedInBody && r->hedges_.empty()) {
      return spec.Error(spec.node(), "hedges", "check hedged_in_body needs a list of hedges");
    }
    for (auto [key, out] : {std::pair<const char*, absl::flat_hash_map<std::string, double>*>{
                                "number_words", &r->number_words_},
                            {"magnitudes", &r->magnitudes_}}) {
      const SpecNode* m = spec.Map(key);
      if (m == nullptr) continue;
      if (m->kind != SpecNode::Kind::kMap) return spec.Error(*m, key, "expected a map of word: number");
      for (const auto& [word, v] : m->map) {
        double d;
        if (v.kind != SpecNode::Kind::kScalar || !absl::SimpleAtod(v.scalar, &d) || d <= 0) {
          return spec.Error(v, key, absl::StrCat("'", word, "': expected a positive number"));
        }
        (*out)[absl::AsciiStrToLower(word)] = d;
      }
    }
    struct I {
      const char* key;
      int* out;
      int def, min, max;
    };
    for (I i :
         {I{"scope_words", &r->scope_words_, 12, 1, 60}, I{"min_shared", &r->min_shared_, 2, 1, 20},
          I{"coverage", &r->coverage_, 60, 1, 100}, I{"scope_coverage", &r->scope_coverage_, 50, 1, 100},
          I{"min_words", &r->min_words_, 3, 1, 20}, I{"body_sentences", &r->body_sentences_, 0, 0, 10000}}) {
      auto v = spec.Int(i.key, i.def, i.min, i.max);
      if (!v.ok()) return v.status();
      *i.out = *v;
    }
    return std::unique_ptr<RuleType>(std::move(r));
  }

  void Run(const CheckContext& ctx, std::vector<Finding>* out) const override {
    Headline h;
    if (!FindHeadline(ctx, &h)) return;
    const int last = BodyEnd(ctx, h);
    if (h.body_first >= last) return;
    switch (check_) {
      case HeadlineCheck::kHedgedInBody:
        HedgedInBody(ctx, h, last, out);
        break;
      case HeadlineCheck::kQuoteNotInBody:
        QuoteNotInBody(ctx, h, last, out);
        break;
      case HeadlineCheck::kFigureNotInBody:
        FigureNotInBody(ctx, h, last, out);
        break;
    }
  }

  const std::string* message_ = nullptr;

 private:
  int BodyEnd(const CheckContext& ctx, const Headline& h) const {
    const int n = static_cast<int>(ctx.analysis.segmentation.sentences.size());
    return body_sentences_ == 0 ? n : std::min(n, h.body_first + body_sentences_);
  }

  // The headline's words that carry its content: not in `ignore_words`,
  // three letters or more (or a number), each once.
  std::vector<Word> ContentWords(const std::vector<Word>& words) const {
    std::vector<Word> out;
    for (const Word& w : words) {
      if (w.lower.size() < 3 && !absl::ascii_isdigit(w.lower[0])) continue;
      if (ignore_.contains(w.lower)) continue;
      bool seen = false;
      for (const Word& o : out) seen |= o.lower == w.lower;
      if (!seen) out.push_back(w);
    }
    return out;
  }

  // The words of body sentence s.
  static std::vector<Word> SentenceWords(const CheckContext& ctx, int s) {
    std::vector<Word> out;
    const auto [first, end] = ctx.analysis.sentence_tokens[s];
    for (int i = first; i < end; ++i) {
      const Token& t = ctx.analysis.tokens[i];
      if (!t.IsWordLike()) continue;
      out.push_back(Word{DropPossessive(t.lower), t.span, t.capitalized});
    }
    return out;
  }

  static bool IsBody(const CheckContext& ctx, int s) {
    return !ctx.analysis.segmentation.sentences[s].heading;
  }

  // How many of `content` have a form among words[from, to).
  static int Shared(const std::vector<Word>& content, const std::vector<Word>& words, size_t from, size_t to,
                    size_t* last_end = nullptr) {
    int n = 0;
    for (const Word& c : content) {
      for (size_t i = from; i < to; ++i) {
        if (!SameWord(c.lower, words[i].lower)) continue;
        ++n;
        if (last_end != nullptr) *last_end = std::max(*last_end, i + 1);
        break;
      }
    }
    return n;
  }

  void Emit(const Headline& h, Span span, int sentence, absl::string_view match, std::vector<Finding>* out,
            Span evidence = Span{}) const {
    Finding f;
    f.span = span;
    f.sentence = sentence;
    f.evidence = evidence;
    f.message = FormatMessage(*message_, match, "", "", "", "", h.text);
    out->push_back(std::move(f));
  }

  // The span a finding on the headline's words points at: those words when
  // the headline is in the text, else the body's first sentence.
  Span HeadlineSpan(const CheckContext& ctx, const Headline& h, Span local, int last, int* sentence) const {
    if (!h.span.empty()) {
      *sentence = 0;
      return Span{h.span.start + local.start, h.span.start + local.end};
    }
    for (int s = h.body_first; s < last; ++s) {
      if (!IsBody(ctx, s)) continue;
      *sentence = s;
      return ctx.analysis.segmentation.sentences[s].span;
    }
    *sentence = -1;
    return Span{};
  }

  void HedgedInBody(const CheckContext& ctx, const Headline& h, int last, std::vector<Finding>* out) const {
    // A headline that attributes, hedges, quotes or asks is not stating a fact.
    // A colon makes a label or a speaker's words ("Minister: we will act").
    if (h.text.find_first_of("?:") != std::string::npos || !QuotesIn(h.text).empty()) return;
    std::vector<Word> hw = WordsOf(h.text, Span{0, h.text.size()});
    if (HasPhrase(exempt_, hw) || HasPhrase(hedges_, hw)) return;
    std::vector<Word> content = ContentWords(hw);
    if (static_cast<int>(content.size()) <= min_shared_) return;
    const int need = static_cast<int>(std::ceil(content.size() * coverage_ / 100.0));
    int best_shared = 0, best_sentence = -1;
    Span best;
    bool stated = false;  // a sentence of the body states it with no hedge
    for (int s = h.body_first; s < last && !stated; ++s) {
      if (!IsBody(ctx, s)) continue;
      std::vector<Word> words = SentenceWords(ctx, s);
      if (Shared(content, words, 0, words.size()) < need) continue;
      bool hedged = false;
      for (size_t i = 0; i < words.size(); ++i) {
        size_t len = PhraseAt(hedges_, words, i);
        if (len == 0) continue;
        hedged = true;
        // A capitalized hedge inside a sentence is a name ("in May").
        if (i > 0 && words[i].capitalized &&
            words[i].span.start > ctx.analysis.segmentation.sentences[s].span.start + 1) {
          continue;
        }
        if (PhraseAt(hedge_not_followed_by_, words, i + len) > 0) continue;  // "possible to", "potential for"
        size_t scope_end = ScopeEnd(ctx, words, i + len);
        size_t last_shared = 0;
        int shared = Shared(content, words, i + len, scope_end, &last_shared);
        if (shared < min_shared_ || shared <= best_shared) continue;
        if (shared * 100 < scope_coverage_ * static_cast<int>(content.size())) continue;
        // The hedge is on the headline's subject: one of its words stands
        // before the hedge ("Tenants … could face eviction"), not another's
        // ("Smith might miss the final" under "Jones out of final").
        if (Shared(content, words, 0, i) == 0) continue;
        best_shared = shared;
        best_sentence = s;
        best = Span{words[i].span.start, words[last_shared - 1].span.end};
      }
      stated = !hedged;
    }
    if (best_sentence < 0 || stated) return;
    // On the headline, when the text holds it (the body's words are the
    // finding's evidence); else on the body's words.
    if (!h.span.empty()) {
      Emit(h, h.span, 0, Text(ctx, best), out, best);
    } else {
      Emit(h, best, best_sentence, Text(ctx, best), out);
    }
  }

  // The end of a hedge's scope: `scope_words` words after it, or the end of
  // its clause (a comma, semicolon, colon, dash or bracket), if sooner.
  size_t ScopeEnd(const CheckContext& ctx, const std::vector<Word>& words, size_t from) const {
    size_t end = std::min(words.size(), from + static_cast<size_t>(scope_words_));
    for (size_t i = from; i < end; ++i) {
      if (i > from && scope_ends_.contains(words[i].lower)) return i;  // "… figures showing that …"
      if (i == from) continue;
      absl::string_view between =
          ctx.text.substr(words[i - 1].span.end, words[i].span.start - words[i - 1].span.end);
      for (char ch : between) {
        if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.') return i;
      }
      if (absl::StrContains(between, "\xE2\x80\x94") || absl::StrContains(between, " - ") ||
          absl::StrContains(between, "\xE2\x80\x93")) {  // — or –
        return i;
      }
    }
    return end;
  }

  void QuoteNotInBody(const CheckContext& ctx, const Headline& h, int last, std::vector<Finding>* out) const {
    for (const Span& q : QuotesIn(h.text)) {
      std::vector<Word> qw = WordsOf(h.text, q);
      // A name or a title in quotes ("Big Brother"), every word capitalized,
      // is no one's words.
      bool lower = false;
      for (const Word& w : qw) lower |= !w.capitalized && !absl::ascii_isdigit(w.lower[0]);
      if (!lower) continue;
      std::vector<Word> content = ContentWords(qw);
      if (static_cast<int>(content.size()) < min_words_) continue;
      const int need = static_cast<int>(std::ceil(content.size() * coverage_ / 100.0));
      bool given = false;
      for (int s = h.body_first; s < last && !given; ++s) {
        if (!IsBody(ctx, s)) continue;
        std::vector<Word> words = SentenceWords(ctx, s);
        given = Shared(content, words, 0, words.size()) >= need;
      }
      if (given) continue;
      int sentence = -1;
      Span span = HeadlineSpan(ctx, h, q, last, &sentence);
      if (span.empty()) continue;
      Emit(h, span, sentence, absl::string_view(h.text).substr(q.start, q.size()), out);
    }
  }

  void FigureNotInBody(const CheckContext& ctx, const Headline& h, int last,
                       std::vector<Finding>* out) const {
    std::vector<Number> figures = NumbersIn(h.text, AsciiLower(h.text), Span{0, h.text.size()}, true);
    if (figures.empty()) return;
    const auto& sents = ctx.analysis.segmentation.sentences;
    const std::string lower = AsciiLower(ctx.text);  // once for the document, not per sentence
    std::vector<Number> body;
    for (int s = h.body_first; s < last; ++s) {
      if (!IsBody(ctx, s)) continue;
      std::vector<Number> n = NumbersIn(ctx.text, lower, sents[s].span, false);
      body.insert(body.end(), n.begin(), n.end());
    }
    for (const Number& f : figures) {
      bool given = false;
      for (const Number& b : body) given |= Rounds(b.value, f);
      if (given) continue;
      int sentence = -1;
      Span span = HeadlineSpan(ctx, h, f.span, last, &sentence);
      if (span.empty()) continue;
      Emit(h, span, sentence, absl::string_view(h.text).substr(f.span.start, f.span.size()), out);
    }
  }

  // Whether `value` is written `f` when cut or rounded to f's last place:
  // $16.6bn is "$16bn", 44,500 is "45,000"; 2.4m is no "3m".
  static bool Rounds(double value, const Number& f) {
    double q = value / f.step, want = f.value / f.step;
    constexpr double kEps = 1e-6;
    return std::fabs(std::floor(q + kEps) - want) < kEps || std::fabs(std::round(q) - want) < kEps;
  }

  // Numbers in text[span] (`lower`: AsciiLower(text)): digits ("45,000",
  // "2.5") or a number word ("four"), with a magnitude after them ("bn",
  // "million"). In a headline
  // (`headline`) the figures that measure nothing are left out: a year
  // ("in 2004"), a score ("2-1"), a number joined to a word ("24-hour"),
  // one before `ignore_after` ("three words").
  std::vector<Number> NumbersIn(absl::string_view text, absl::string_view lower, Span span,
                                bool headline) const {
    std::vector<Token> toks = Tokenize(text, lower, span);
    std::vector<Word> words;
    for (const Token& t : toks) {
      if (t.IsWordLike()) words.push_back(Word{std::string(t.lower), t.span, t.capitalized});
    }
    std::vector<Number> out;
    for (size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      Number n;
      n.span = w.span;
      bool digits = absl::ascii_isdigit(w.lower[0]);
      size_t unit_at = w.lower.size();
      if (digits) {
        if (!ParseDigits(w.lower, &n, &unit_at)) continue;
      } else {
        auto it = number_words_.find(w.lower);
        if (it == number_words_.end()) continue;
        n.value = it->second;
        n.step = 1;
      }
      double mult = 1;
      if (unit_at < w.lower.size()) {
        auto m = magnitudes_.find(w.lower.substr(unit_at));
        if (m != magnitudes_.end()) {
          mult = m->second;
        } else if (headline && w.lower.substr(unit_at) != "%") {
          // "24-hour", "2-1", "1st", "3-word": no figure of an amount (in the
          // body, "70th" still gives 70).
          continue;
        }
      } else if (i + 1 < words.size() && words[i + 1].span.start - w.span.end <= 1) {
        auto m = magnitudes_.find(words[i + 1].lower);
        if (m != magnitudes_.end()) {
          mult = m->second;
          n.span.end = words[i + 1].span.end;
        }
      }
      if (headline) {
        // "&#163;" (an entity left in a title), "in '16" (a year).
        if (digits && w.span.start > 0) {
          char before = text[w.span.start - 1];
          if (before == '#' || before == '\'' || before == '/' || before == '-' ||
              absl::EndsWith(text.substr(0, w.span.start), "\xE2\x80\x99")) {
            continue;
          }
        }
        // A number after a capitalized word is part of a name ("Channel 4",
        // "Super Tuesday 2"), unless it is an amount.
        if (mult == 1 && unit_at == w.lower.size() && i > 0 && words[i - 1].capitalized &&
            DropPossessive(words[i - 1].lower) == words[i - 1].lower) {
          continue;
        }
        bool year = digits && mult == 1 && unit_at == w.lower.size() && w.lower.size() == 4 &&
                    n.value >= 1800 && n.value <= 2100;
        if (year || (i + 1 < words.size() && PhraseAt(ignore_after_, words, i + 1) > 0)) continue;
        if (!digits && n.value < 2) continue;  // "one", "a": no figure a reader checks
      }
      // "£3m": the currency sign before it is part of the figure.
      if (digits && n.span.start > 0) {
        size_t k = n.span.start - 1;
        while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
        size_t j = k;
        uint32_t cp = NextCodePoint(text, &j);
        if (j == n.span.start && (cp == '$' || cp == 0xA3 || cp == 0x20AC || cp == 0xA5)) n.span.start = k;
      }
      n.value *= mult;
      n.step *= mult;
      out.push_back(n);
    }
    return out;
  }

  // "45,000" (step 1,000: a rounded figure), "2.5" (step 0.1), "12%", "16bn"
  // (*unit_at: where "%" or "bn" starts). False for what is no plain number.
  static bool ParseDigits(const std::string& w, Number* n, size_t* unit_at) {
    std::string digits;
    size_t i = 0, decimals = 0;
    bool point = false;
    for (; i < w.size(); ++i) {
      char ch = w[i];
      if (absl::ascii_isdigit(ch)) {
        digits.push_back(ch);
        if (point) ++decimals;
      } else if (ch == ',' && !point && i + 2 < w.size() && absl::ascii_isdigit(w[i + 1])) {
        continue;
      } else if (ch == '.' && !point && i + 1 < w.size() && absl::ascii_isdigit(w[i + 1])) {
        point = true;
        digits.push_back('.');
      } else {
        break;
      }
    }
    *unit_at = i;
    if (!absl::SimpleAtod(digits, &n->value)) return false;
    double step = std::pow(10.0, -static_cast<double>(decimals));
    if (decimals == 0) {
      // Trailing zeros round: "45,000" stands for anything from 44,001 to 45,999.
      for (size_t k = digits.size(); k > 1 && digits[k - 1] == '0'; --k) step *= 10;
    }
    n->step = step;
    return true;
  }

  HeadlineCheck check_ = HeadlineCheck::kHedgedInBody;
  absl::flat_hash_set<std::string> ignore_;
  Phrases hedges_, exempt_, ignore_after_;
  absl::flat_hash_map<std::string, double> number_words_, magnitudes_;
  Phrases hedge_not_followed_by_;
  absl::flat_hash_set<std::string> scope_ends_;
  int scope_words_ = 12, min_shared_ = 2, coverage_ = 60, scope_coverage_ = 50, min_words_ = 3,
      body_sentences_ = 0;
};

}  // namespace

const RuleTypeInfo& HeadlineRuleType() {
  static const auto* info =
      new RuleTypeInfo{"headline",
                       With({"check", "ignore_words", "hedges", "exempt", "hedge_not_followed_by",
                             "scope_ends", "scope_words", "min_shared", "coverage", "scope_coverage",
                             "min_words", "ignore_after", "number_words", "magnitudes", "body_sentences"}),
                       &Make<HeadlineRule>};
  return *info;
}

}  // namespace rule_types
}  // namespace claimcheck
