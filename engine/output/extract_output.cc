#include "engine/output/extract_output.h"

#include "absl/strings/str_cat.h"
#include "engine/json/json_writer.h"
#include "engine/output/formats.h"

namespace claimcheck {

namespace {

class ItemWriter {
 public:
  ItemWriter(const Document& doc, std::string* out) : doc_(doc), lines_(doc.original()), out_(out), w_(out) {}

  void Begin(absl::string_view type, Span span) {
    Span o = doc_.ToOriginal(span);
    Position p = lines_.At(o.start), q = lines_.At(o.end);
    w_.BeginObject();
    w_.Field("path", doc_.path);
    w_.Field("doc_id", doc_.doc_id.empty() ? doc_.path : doc_.doc_id);
    w_.Field("type", type);
    w_.Field("start", o.start);
    w_.Field("end", o.end);
    w_.Field("line", p.line);
    w_.Field("column", p.column);
    w_.Field("end_line", q.line);
    w_.Field("end_column", q.column);
    w_.Field("text", absl::string_view(doc_.text).substr(span.start, span.size()));
  }
  void Attribution(const claimcheck::Attribution& at) {
    w_.Key("speaker");
    if (at.has_speaker)
      w_.String(at.speaker);
    else
      w_.Null();
    WriteOriginalSpan(doc_, "speaker", at.has_speaker, at.speaker_span, &w_);
    w_.Key("cue");
    if (at.has_cue)
      w_.String(at.cue);
    else
      w_.Null();
    WriteOriginalSpan(doc_, "cue", at.has_cue, at.cue_span, &w_);
    w_.Key("cue_class");
    if (at.has_cue)
      w_.String(CueClassName(at.cue_class));
    else
      w_.Null();
    w_.Field("inherited", at.inherited);
  }
  // key: [{"start":…,"end":…}, …] in original offsets.
  void Spans(absl::string_view key, const std::vector<Span>& spans) {
    w_.Key(key);
    w_.BeginArray();
    for (const Span& s : spans) {
      Span o = doc_.ToOriginal(s);
      w_.BeginObject();
      w_.Field("start", o.start);
      w_.Field("end", o.end);
      w_.EndObject();
    }
    w_.EndArray();
  }
  void End() {
    w_.EndObject();
    out_->push_back('\n');
  }
  JsonWriter& w() { return w_; }

 private:
  const Document& doc_;
  LineIndex lines_;
  std::string* out_;
  JsonWriter w_;
};

// The items of each sentence, in the analysis' order: one pass over each
// list, so that writing stays linear in the number of items.
struct BySentence {
  explicit BySentence(const Analysis& a) {
    const size_t n = a.segmentation.sentences.size();
    quotes.resize(n);
    claims.resize(n);
    evidence.resize(n);
    figures.resize(n);
    claim_quotes.resize(a.claims.size());
    auto add = [n](std::vector<std::vector<int>>* v, int sentence, int i) {
      if (sentence >= 0 && static_cast<size_t>(sentence) < n) (*v)[sentence].push_back(i);
    };
    for (size_t i = 0; i < a.quotes.size(); ++i) {
      add(&quotes, a.quotes[i].sentence, static_cast<int>(i));
      int c = a.quotes[i].claim;
      if (c >= 0 && static_cast<size_t>(c) < a.claims.size()) claim_quotes[c].push_back(static_cast<int>(i));
    }
    for (size_t i = 0; i < a.claims.size(); ++i) add(&claims, a.claims[i].sentence, static_cast<int>(i));
    for (size_t i = 0; i < a.evidence.size(); ++i)
      add(&evidence, a.evidence[i].sentence, static_cast<int>(i));
    for (size_t i = 0; i < a.figures.size(); ++i) add(&figures, a.figures[i].sentence, static_cast<int>(i));
  }
  std::vector<std::vector<int>> quotes, claims, evidence, figures;
  std::vector<std::vector<int>> claim_quotes;  // the quotes inside each claim
};

}  // namespace

void WriteExtractJsonl(const Document& doc, const Analysis& a, std::string* out) {
  ItemWriter iw(doc, out);
  const auto& sents = a.segmentation.sentences;
  std::vector<bool> merged(a.quotes.size(), false);
  const BySentence by(a);
  for (size_t s = 0; s < sents.size(); ++s) {
    iw.Begin(sents[s].heading ? "heading" : "sentence", sents[s].span);
    iw.w().Field("paragraph", sents[s].paragraph);
    iw.End();
    for (int qi : by.quotes[s]) {
      const Quote& q = a.quotes[qi];
      if (q.claim >= 0 || merged[qi]) continue;
      const char* type = q.kind == QuoteKind::kName    ? "quoted_name"
                         : q.kind == QuoteKind::kScare ? "scare_quote"
                                                       : "quote";
      // Quotes that share one attribution ("“A,” he said, “B.”" and the
      // paragraphs that continue it) are one item: one speaker, one cue.
      std::vector<Span> parts{q.content};
      if (std::string(type) == "quote" && q.attribution.has_cue) {
        for (size_t k = qi + 1; k < a.quotes.size(); ++k) {
          const Quote& n = a.quotes[k];
          if (n.kind == QuoteKind::kName || n.kind == QuoteKind::kScare || n.claim >= 0) continue;
          if (!ContinuesQuote(a, k)) break;
          parts.push_back(n.content);
          merged[k] = true;
        }
      }
      iw.Begin(type, {parts.front().start, parts.back().end});
      iw.w().Field("kind", QuoteKindName(q.kind));
      if (q.kind != QuoteKind::kName && q.kind != QuoteKind::kScare) iw.Attribution(q.attribution);
      if (parts.size() > 1) iw.Spans("parts", parts);
      iw.End();
    }
    for (int ci : by.claims[s]) {
      const Claim& c = a.claims[ci];
      iw.Begin("claim", c.content);
      // A stance ("backed Ardley", "wants a recount") is an attribution in
      // PolNeAR's sense but reports no speech or belief.
      iw.w().Field("kind", c.attribution.cue_class == CueClass::kAttitude ? "stance" : "report");
      iw.Attribution(c.attribution);
      iw.w().Field("agentless", c.agentless);
      std::vector<Span> inner;
      for (int qi : by.claim_quotes[ci]) inner.push_back(a.quotes[qi].content);
      iw.Spans("quotes", inner);
      iw.End();
    }
    for (int ei : by.evidence[s]) {
      const Evidence& e = a.evidence[ei];
      iw.Begin("evidence", e.span);
      iw.w().Field("polarity", PolarityName(e.polarity));
      iw.w().Field("cue", e.cue);
      WriteOriginalSpan(doc, "cue", true, e.cue_span, &iw.w());
      iw.w().Key("source");
      if (e.source_span.empty()) {
        iw.w().Null();
      } else {
        iw.w().String(absl::string_view(doc.text).substr(e.source_span.start, e.source_span.size()));
      }
      WriteOriginalSpan(doc, "source", !e.source_span.empty(), e.source_span, &iw.w());
      Span target = e.claim >= 0   ? a.claims[e.claim].content
                    : e.quote >= 0 ? a.quotes[e.quote].content
                                   : Span{};
      iw.w().Key("attaches_to");
      if (e.claim < 0 && e.quote < 0) {
        iw.w().Null();
      } else {
        Span o = doc.ToOriginal(target);
        iw.w().BeginObject();
        iw.w().Field("type", e.claim >= 0 ? "claim" : "quote");
        iw.w().Field("start", o.start);
        iw.w().Field("end", o.end);
        iw.w().EndObject();
      }
      iw.End();
    }
    for (int fi : by.figures[s]) {
      const Figure& f = a.figures[fi];
      iw.Begin("figure", f.span);
      iw.w().Field("attributed", f.attributed);
      iw.w().Field("in_quote", f.in_quote);
      iw.End();
    }
  }
}

void WriteExtractText(const Document& doc, const Analysis& a, std::string* out) {
  LineIndex lines(doc.original());
  absl::string_view text = doc.text;
  auto cut = [&](Span s) { return CollapseWhitespace(text.substr(s.start, s.size())); };
  auto who = [&](const Attribution& at) {
    std::string r;
    if (at.has_speaker) {
      r = absl::StrCat("speaker: ", at.speaker);
      std::string mention = cut(at.speaker_span);
      if (mention != at.speaker) absl::StrAppend(&r, " (\"", mention, "\")");
    } else {
      r = "speaker: none";
    }
    if (at.has_cue) absl::StrAppend(&r, "; cue: ", at.cue, " [", CueClassName(at.cue_class), "]");
    if (at.inherited) absl::StrAppend(&r, "; inherited");
    return r;
  };
  absl::StrAppend(out, "== ", doc.path, doc.doc_id.empty() ? "" : absl::StrCat(" [", doc.doc_id, "]"), "\n");
  const auto& sents = a.segmentation.sentences;
  const BySentence by(a);
  for (size_t s = 0; s < sents.size(); ++s) {
    Position p = lines.At(doc.ToOriginal(sents[s].span.start));
    absl::StrAppend(out, p.line, ":", p.column, ": ", sents[s].heading ? "# " : "", cut(sents[s].span), "\n");
    for (int qi : by.quotes[s]) {
      const Quote& q = a.quotes[qi];
      if (q.claim >= 0) continue;
      if (q.kind == QuoteKind::kName) {
        absl::StrAppend(out, "    name   “", cut(q.content), "”\n");
      } else if (q.kind == QuoteKind::kScare) {
        absl::StrAppend(out, "    scare quote “", cut(q.content), "”\n");
      } else {
        absl::StrAppend(out, "    quote  “", cut(q.content), "” — ", who(q.attribution),
                        q.kind == QuoteKind::kPartial ? "; partial" : "", "\n");
      }
    }
    for (int ci : by.claims[s]) {
      const Claim& c = a.claims[ci];
      absl::StrAppend(out, c.attribution.cue_class == CueClass::kAttitude ? "    stance " : "    claim  ",
                      cut(c.content), " — ", who(c.attribution), "\n");
    }
    for (int ei : by.evidence[s]) {
      const Evidence& e = a.evidence[ei];
      absl::StrAppend(out, "    evidence (", PolarityName(e.polarity), ") ", cut(e.span));
      if (e.claim >= 0) absl::StrAppend(out, " -> claim: ", cut(a.claims[e.claim].content));
      if (e.quote >= 0) absl::StrAppend(out, " -> quote: “", cut(a.quotes[e.quote].content), "”");
      out->push_back('\n');
    }
    for (int fi : by.figures[s]) {
      const Figure& f = a.figures[fi];
      absl::StrAppend(out, "    figure ", cut(f.span), f.attributed ? " (sourced)" : " (no source)", "\n");
    }
  }
}

namespace {

// extract's formats behind the interface check's formats have.
class ExtractFormat : public OutputFormat {
 public:
  explicit ExtractFormat(bool jsonl) : jsonl_(jsonl) {}
  std::string Document(const claimcheck::Document& doc, const Analysis& analysis,
                       const std::vector<Finding>& findings) const override {
    (void)findings;
    std::string out;
    if (jsonl_)
      WriteExtractJsonl(doc, analysis, &out);
    else
      WriteExtractText(doc, analysis, &out);
    return out;
  }

 private:
  const bool jsonl_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<OutputFormat>> MakeExtractFormat(const std::string& name) {
  if (name == "text" || name == "jsonl")
    return std::unique_ptr<OutputFormat>(new ExtractFormat(name == "jsonl"));
  return absl::InvalidArgumentError(absl::StrCat("unknown --format '", name, "' (expected text or jsonl)"));
}

}  // namespace claimcheck
