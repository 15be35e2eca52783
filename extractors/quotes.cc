// Quote marks and quoted spans: pairs straight and curly double quotes per
// paragraph, carries an unclosed quote into a next paragraph that opens with a
// quote mark, and tells quoted names and displayed text from speech.
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

// The mark a quote token stands for: '' (two apostrophes) is a straight
// double quote.
uint32_t FirstCp(const Token& t) {
  if (t.text == "''") return '"';
  size_t i = 0;
  return DecodeUtf8(t.text, &i);
}

bool OpensDouble(uint32_t cp) { return cp == 0x201C || cp == 0x201E || cp == 0xAB; }

// "(“", "—“": punctuation after which a quote mark opens.
bool OpensBracketOrDash(const Token& t) {
  return t.IsPunct("(") || t.IsPunct("[") || t.IsPunct("—") || t.IsPunct("–") || t.IsPunct("-");
}

bool EndsSentence(const Token& t) {
  return t.IsPunct(".") || t.IsPunct("?") || t.IsPunct("!") || t.IsPunct("…");
}
bool ClosesDouble(uint32_t cp) { return cp == 0x201D || cp == 0xBB; }

// Words after which a quote is a name or displayed text, not speech
// ("dubbed", "a sign reading"): word_classes.tsv, naming_word.
bool NamingWord(const Token& t) { return HasFlag(t, kFlagNamingWord); }

// A noun for a titled work or a displayed text, whose title or words may
// follow after a comma or colon: "his book, “…”", "under the headline:
// “…”" (word_classes.tsv, titled_noun).
bool TitledNoun(const Token& t) { return HasFlag(t, kFlagTitledNoun); }

bool TitleCase(const Context& c, int b, int e) {
  int words = 0;
  for (int i = b; i < e; ++i) {
    const Token& t = c.tok(i);
    if (t.kind != TokenKind::kWord) continue;
    ++words;
    if (!t.capitalized && (t.text.size() >= 4 || i == b)) return false;
  }
  return words > 0 && words <= 6;
}

// Every word of four letters or more capitalised, and the first word too,
// as titles are written ("The Secret Life of the Lighthouse").
bool HeadlineCase(const Context& c, int b, int e) {
  int words = 0;
  for (int i = b; i < e; ++i) {
    const Token& t = c.tok(i);
    if (t.kind != TokenKind::kWord) continue;
    if (words++ == 0 && !t.capitalized) return false;
    if (!t.capitalized && t.text.size() >= 4) return false;
  }
  return words >= 2;
}

// The way the title of a work or an organisation is written ("Notes from
// a Small Island", "Voters for Change 2008"): the first word and every
// word but articles, conjunctions and prepositions capitalised, three to
// eight words ("I'm a big fan of Greta" is speech). Speech is not written so.
bool TitleOfWork(const Context& c, int b, int e) {
  int words = 0;
  bool shouted = true;
  for (int i = b; i < e; ++i) {
    const Token& t = c.tok(i);
    if (t.kind == TokenKind::kQuote) return false;  // a quote inside: "We sang ‘Blue Harbour’ all night"
    if (t.kind != TokenKind::kWord) continue;
    if (words++ == 0 && !t.capitalized) return false;
    if (t.text != t.lower && absl::AsciiStrToUpper(t.text) != t.text) shouted = false;
    if (t.capitalized) continue;
    if (!HasFlag(t, kFlagTitleMinorWord)) return false;  // word_classes.tsv, title_minor_word
  }
  // ("WE ARE NOT LEAVING." is shouted, not a title.)
  return words >= 3 && words <= 8 && !shouted;
}

// Whether the sentence around a quote is written in running prose (a
// lowercase word of four letters or more, not a function word, outside the
// quote), unlike a headline in title case.
bool ProseAround(const Context& c, int open, int close) {
  const int s = c.token_sentence[open];
  const auto& st = c.a.sentence_tokens[s];
  for (int i = st.first; i < st.second; ++i) {
    if (i >= open && i <= close) continue;
    const Token& t = c.tok(i);
    if (t.kind == TokenKind::kWord && !t.capitalized && t.text.size() >= 4 && !IsFunctionWord(t) &&
        !IsPreposition(t) && !c.InQuote(i)) {
      return true;
    }
  }
  return false;
}

void Classify(Context& c, Quote& q, int open, int close) {
  int b = open + 1, e = close;  // content tokens
  int words = 0;
  bool ends_sentence_mark = false;
  for (int i = b; i < e; ++i) {
    if (c.tok(i).IsWordLike()) ++words;
    if (c.tok(i).IsPunct("?") || c.tok(i).IsPunct("!")) ends_sentence_mark = true;
  }
  const Token* prev = open > 0 ? &c.tok(open - 1) : nullptr;
  bool prev_in_sentence = prev && c.token_sentence[open - 1] == c.token_sentence[open];
  // Name or displayed text: a naming verb right before, or a short title-case
  // phrase used as a noun (“The Beast,” the limousine).
  // A title in title case may be longer, and may end on "!" or "?"
  // ("Salt Baron: The Many Winters of Margit A. Olsen", "Whoa!: 40 Years of
  // Cartoons on Pelham").
  const bool title = HeadlineCase(c, b, e) && words <= 14;
  if ((!ends_sentence_mark || title) && prev_in_sentence && NamingWord(*prev) && (words <= 8 || title)) {
    q.kind = QuoteKind::kName;
    return;
  }
  if ((!ends_sentence_mark || title) && prev_in_sentence && (prev->IsPunct(",") || prev->IsPunct(":")) &&
      open >= 2 && c.token_sentence[open - 2] == c.token_sentence[open] && TitledNoun(c.tok(open - 2)) &&
      (words <= 8 || title)) {
    q.kind = QuoteKind::kName;
    return;
  }
  // "her 2011 book “Saltmarsh: The Craft of Being a Neighbour”": a title
  // right after the noun for the work.
  if (title && prev_in_sentence && TitledNoun(*prev)) {
    q.kind = QuoteKind::kName;
    return;
  }
  // "titled, “Fraud.”": a naming word, then a comma or colon.
  if (!ends_sentence_mark && prev_in_sentence && (prev->IsPunct(",") || prev->IsPunct(":")) && open >= 2 &&
      c.token_sentence[open - 2] == c.token_sentence[open] && NamingWord(c.tok(open - 2)) && words <= 8) {
    q.kind = QuoteKind::kName;
    return;
  }
  // "“Tales of the Harbor Town” star Mina Reyes", "the founder of “Voters
  // for Change 2008.”": a title of a work or a body in running prose.
  // (Not after a colon, which sets off speech: "Harbor Post editorial:
  // ‘Recall Mayor Okafor.’")
  if (!ends_sentence_mark && TitleOfWork(c, b, e) && !(prev_in_sentence && prev->IsPunct(":")) &&
      ProseAround(c, open, close)) {
    q.kind = QuoteKind::kName;
    return;
  }
  if (!ends_sentence_mark && TitleCase(c, b, e) && words <= 4) {
    bool speechy = prev_in_sentence && (prev->IsPunct(",") || prev->IsPunct(":"));
    if (!speechy) {
      q.kind = QuoteKind::kName;
      return;
    }
  }
  // Partial: embedded in the sentence's grammar rather than set off.
  bool set_off = !prev_in_sentence || prev->IsPunct(",") || prev->IsPunct(":") || prev->IsPunct("—") ||
                 prev->IsPunct("(");
  q.kind = set_off ? QuoteKind::kSpeech : QuoteKind::kPartial;
}

}  // namespace

void MarkTitleCaseHeadlines(Context& c) {
  auto& sents = c.a.segmentation.sentences;
  // A paragraph at a time: a headline may hold a quote that ends in a period
  // ("Mayor Visits Flood Site: ‘We Will Rebuild.’").
  for (size_t s = 0; s < sents.size();) {
    size_t e = s;
    while (e < sents.size() && sents[e].paragraph == sents[s].paragraph) ++e;
    // Words of four letters or more: a headline capitalises them all (short
    // function words may stay lower case); a sentence leaves most lower case.
    int long_words = 0, capitalised = 0;
    const int b = c.a.sentence_tokens[s].first, end = c.a.sentence_tokens[e - 1].second;
    for (int i = b; i < end && end - b < 40; ++i) {
      const Token& t = c.tok(i);
      if (t.kind != TokenKind::kWord || t.text.size() < 4) continue;
      ++long_words;
      capitalised += t.capitalized;
    }
    if (end - b < 40 && e - s <= 2 && long_words >= 3 && capitalised * 10 >= long_words * 9) {
      for (size_t k = s; k < e; ++k) sents[k].heading = true;
    }
    s = e;
  }
}

void FindQuotes(Context& c) {
  Analysis& a = c.a;
  a.token_quote.assign(a.tokens.size(), -1);
  const auto& paras = a.segmentation.paragraphs;
  int t = 0;
  int open = -1;  // token of the open double quote
  int open_single = -1;
  auto emit = [&](int o, int close_tok, size_t content_end, size_t span_end) {
    Quote q;
    const Token& om = c.tok(o);
    q.span = {om.span.start, span_end};
    size_t cs = om.span.end;
    size_t ce = content_end;
    // Trim spaces and a trailing comma.
    while (cs < ce && (c.text[cs] == ' ' || c.text[cs] == '\n')) ++cs;
    while (ce > cs && (c.text[ce - 1] == ' ' || c.text[ce - 1] == '\n')) --ce;
    if (ce > cs && c.text[ce - 1] == ',') --ce;
    q.content = {cs, ce};
    q.sentence = c.token_sentence[o];
    int qi = static_cast<int>(a.quotes.size());
    int close_idx = close_tok;
    if (close_idx < 0) {
      close_idx = o;
      while (close_idx < c.ntok() && c.tok(close_idx).span.start < span_end) ++close_idx;
    }
    if (q.content.empty()) return;
    for (int i = o; i < c.ntok() && c.tok(i).span.start < span_end; ++i) {
      a.token_quote[i] = qi;
    }
    Classify(c, q, o, close_idx);
    a.quotes.push_back(q);
  };
  for (size_t p = 0; p < paras.size(); ++p) {
    const Span ps = paras[p].span;
    int first = t;
    for (; t < c.ntok() && c.tok(t).span.start < ps.end; ++t) {
      const Token& tk = c.tok(t);
      if (tk.kind != TokenKind::kQuote) continue;
      uint32_t cp = FirstCp(tk);
      if (IsDoubleQuote(cp)) {
        if (t == first && open >= 0 && (OpensDouble(cp) || cp == '"')) {
          continue;  // continues the quote left open in the previous paragraph
        }
        if (cp == '"') {
          // A straight mark says by its shape which way it faces: a space
          // before and a word after opens, a word before and a space or
          // punctuation after closes.
          bool space_before =
              t == first || tk.space_before ||
              (t > first && c.tok(t - 1).kind == TokenKind::kPunct && OpensBracketOrDash(c.tok(t - 1)));
          bool attached_after = t + 1 < c.ntok() && c.tok(t + 1).span.start < ps.end &&
                                !c.tok(t + 1).space_before && c.tok(t + 1).kind != TokenKind::kPunct;
          bool opening_shape = space_before && attached_after;
          bool closing_shape = !space_before && !attached_after;
          // A closing mark with no quote open is a stray: opening a quote
          // there would turn the narration after it into speech.
          if (open < 0 && closing_shape) continue;
          // Run-on quotes: a new paragraph of speech reopens with a mark and
          // the previous one is never closed. Where paragraph breaks are lost
          // the reopening mark follows the end of a sentence inside the quote.
          if (open >= 0 && opening_shape && t - 1 >= first && t - 1 > open && EndsSentence(c.tok(t - 1))) {
            continue;
          }
        }
        if (OpensDouble(cp)) {
          // An opening mark typed where a closing one belongs ("unusual,“
          // said Ms Farrow", "the best pies in the county“ and"): attached to the
          // word before it, a space or punctuation after, it closes.
          const bool attached_before = t > first && !tk.space_before && !OpensBracketOrDash(c.tok(t - 1));
          const bool free_after = !(t + 1 < c.ntok() && c.tok(t + 1).span.start < ps.end &&
                                    !c.tok(t + 1).space_before && c.tok(t + 1).kind != TokenKind::kPunct);
          if (attached_before && free_after) {
            if (open >= 0) {
              emit(open, t, tk.span.start, tk.span.end);
              open = -1;
            }
            continue;  // (with none open, a stray)
          }
        }
        bool opens = OpensDouble(cp) || (cp == '"' && open < 0);
        if (opens) {
          if (open >= 0) emit(open, t, tk.span.start, tk.span.start);  // unclosed
          open = t;
          open_single = -1;
        } else if (open >= 0 && (ClosesDouble(cp) || cp == '"')) {
          emit(open, t, tk.span.start, tk.span.end);
          open = -1;
        }
      } else if (open < 0) {
        // Single quotes count only when paired: an opening mark before a word
        // and a closing mark after one (apostrophes are inside word tokens).
        bool attached_next = t + 1 < c.ntok() && !c.tok(t + 1).space_before;
        if ((cp == 0x2018 || cp == '\'') && tk.space_before && attached_next) {
          open_single = t;
        } else if ((cp == 0x2019 || cp == '\'') && open_single >= 0 && !tk.space_before) {
          emit(open_single, t, tk.span.start, tk.span.end);
          open_single = -1;
        }
      }
    }
    open_single = -1;
    if (open >= 0) {
      // Left open: continues if the next paragraph opens with a quote mark.
      bool continues = false;
      if (t < c.ntok() && p + 1 < paras.size() && c.tok(t).kind == TokenKind::kQuote &&
          c.tok(t).span.start == paras[p + 1].span.start) {
        uint32_t cp = FirstCp(c.tok(t));
        continues = OpensDouble(cp) || cp == '"';
      }
      if (!continues) {
        emit(open, -1, ps.end, ps.end);
        open = -1;
      }
    }
  }
}

}  // namespace extractors_internal
}  // namespace claimcheck
