#include "engine/output/html_report.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/stats/corpus_stats.h"

namespace claimcheck {

namespace {

const auto& kCategories = kFindingCategories;
constexpr const char* kSources[] = {"named", "anonymous", "vague", "no one"};
// The first line of each document's chunk carries its figures to Join (which
// runs in input order and strips it): "<!--claimcheck-row" then tab-separated
// fields, then "-->".
constexpr absl::string_view kRowTag = "<!--claimcheck-row\t";

// A tab- and newline-free, escaped field of the row line.
std::string RowField(absl::string_view s) {
  std::string out = XmlEscape(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Shorten(absl::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 boundary
  return absl::StrCat(absl::StripTrailingAsciiWhitespace(s.substr(0, cut)), "…");
}

// A horizontal bar chart: one labelled bar per value, scaled to the largest.
std::string BarChart(absl::string_view title, const std::vector<std::pair<std::string, double>>& bars,
                     absl::string_view unit) {
  const int kLabel = 110, kWidth = 300, kRow = 26;
  double max = 0;
  for (const auto& b : bars) max = std::max(max, b.second);
  const int height = kRow * static_cast<int>(bars.size()) + 8;
  std::string svg = absl::StrFormat(
      "<figure class=\"chart\"><figcaption>%s</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
      "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
      XmlEscape(title), kLabel + kWidth + 90, height, kLabel + kWidth + 90, height, XmlEscape(title));
  for (size_t i = 0; i < bars.size(); ++i) {
    const int y = kRow * static_cast<int>(i) + 4;
    const int w = max > 0 ? static_cast<int>(kWidth * bars[i].second / max + 0.5) : 0;
    absl::StrAppendFormat(&svg,
                          "<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text>"
                          "<rect class=\"bar bar-%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\"/>"
                          "<text x=\"%d\" y=\"%d\" font-size=\"13\">%.2f%s</text>\n",
                          y + 14, XmlEscape(bars[i].first), RowField(bars[i].first), kLabel, y, w,
                          kLabel + w + 6, y + 14, bars[i].second, unit);
  }
  return svg + "</svg></figure>\n";
}

class HtmlReport : public OutputFormat {
 public:
  std::string Begin(const RuleSet&) const override {
    return R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>claimcheck report</title>
<style>
body{font:15px/1.5 Georgia,serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3,figcaption,.filter,table{font-family:Helvetica,Arial,sans-serif}
table{border-collapse:collapse;margin:1rem 0} td,th{border:1px solid #ccc;padding:.2rem .5rem;font-size:13px;text-align:left;vertical-align:top}
.report{display:flex;flex-direction:column} #overview{order:-1}
.article{border-top:2px solid #444;margin-top:2rem} .article .path{color:#666;font-size:13px;margin-top:-.6rem}
.text{white-space:pre-wrap} .quote{background:#eef6ff} .claim{border-bottom:1px dotted #666}
.f-info{background:#d9f2d9} .f-warning{background:#ffe9a8} .f-error{background:#ffc9c9}
sup.fn{font:bold 10px Helvetica,Arial,sans-serif} sup.fn a{text-decoration:none;color:#a00}
:target{outline:2px solid #c00} .legend span{padding:0 .3rem;margin-right:.5rem}
.who li{margin:.2rem 0} .chart{display:inline-block;margin:0 2rem 1rem 0} .bar{fill:#5b7fa8}
.filter{margin:1rem 0;font-size:13px} .filter label{margin-right:1rem}
#sev-warning:checked~.report .finding-row.f-info,#sev-warning:checked~.report sup.fn.f-info,
#sev-error:checked~.report .finding-row:not(.f-error),#sev-error:checked~.report sup.fn:not(.f-error){display:none}
#sev-warning:checked~.report .text span.f-info:not(.f-warning):not(.f-error),
#sev-error:checked~.report .text span.f-warning:not(.f-error),
#sev-error:checked~.report .text span.f-info:not(.f-error){background:none}
@media print{.filter,input{display:none} .article{break-before:page}}
</style></head><body>
<h1>claimcheck report</h1>
<p class="legend"><span class="f-error">error</span><span class="f-warning">warning</span><span class="f-info">info</span><span class="quote">quote</span><span class="claim">reported claim</span> — each finding is numbered in the text and explained in the table below the article; each article lists its quotes and claims and who says them.</p>
<input type="radio" name="severity" id="sev-all" checked><label for="sev-all" class="filter"> all findings</label>
<input type="radio" name="severity" id="sev-warning"><label for="sev-warning" class="filter"> warnings and errors</label>
<input type="radio" name="severity" id="sev-error"><label for="sev-error" class="filter"> errors</label>
<main class="report">
)";
  }

  std::string Document(const claimcheck::Document& doc, const Analysis& a,
                       const std::vector<Finding>& findings) const override {
    const absl::string_view text = doc.text;
    const std::string name = doc.doc_id.empty() ? doc.path : absl::StrCat(doc.path, "#", doc.doc_id);
    // (The record's line too: scraped corpora repeat ids.)
    const std::string id = absl::StrFormat("d%016x", Fnv1a(absl::StrCat(name, "\n", doc.record_line)));
    std::string title = name;
    // Titled by its headline: a JSONL record's title, or a heading that opens
    // the document (Markdown "#", HTML <h1>).
    if (!doc.title.empty()) {
      title = std::string(absl::StripAsciiWhitespace(doc.title));
    } else if (doc.headline_end > 0 && doc.headline_end <= text.size()) {
      title = std::string(absl::StripAsciiWhitespace(text.substr(0, doc.headline_end)));
    } else if (!a.segmentation.sentences.empty() && a.segmentation.sentences[0].heading) {
      const Span h = a.segmentation.sentences[0].span;
      title = std::string(absl::StripAsciiWhitespace(text.substr(h.start, h.size())));
    }
    if (title.empty()) title = name;
    const DocumentStats st = MeasureDocument(a, findings, "");
    size_t by_severity[3] = {0, 0, 0};
    for (const Finding& f : findings) ++by_severity[static_cast<int>(f.severity)];
    size_t by_category[4] = {0, 0, 0, 0};
    for (const auto& [rule, category] : st.findings) {
      for (int k = 0; k < 4; ++k) by_category[k] += category == kCategories[k];
    }

    // The figures for the overview, for Join.
    std::string out =
        absl::StrCat(kRowTag, RowField(name), "\t", RowField(title), "\t", id, "\t", by_severity[2], "\t",
                     by_severity[1], "\t", by_severity[0], "\t", st.words);
    for (size_t n : by_category) absl::StrAppend(&out, "\t", n);
    for (size_t n : st.claims_by_source) absl::StrAppend(&out, "\t", n);
    absl::StrAppend(&out, "\t", st.quotes, "-->\n");

    absl::StrAppend(&out, "<section class=\"article\" id=\"", id, "\"><h2>", XmlEscape(title), "</h2>\n");
    if (title != name) absl::StrAppend(&out, "<p class=\"path\">", XmlEscape(name), "</p>\n");

    // The text: every boundary of a highlight cuts it; each piece gets the
    // classes and explanations of what covers it (no nesting). A finding is
    // anchored where it starts and numbered where it ends.
    struct Mark {
      Span span;
      std::string cls, title;
    };
    std::vector<Mark> marks;
    for (const Quote& q : a.quotes) {
      if (q.kind == QuoteKind::kName || q.kind == QuoteKind::kScare) continue;
      marks.push_back({q.content, "quote",
                       q.attribution.has_speaker
                           ? absl::StrCat("quote — ", q.attribution.speaker, " (", q.attribution.cue, ")")
                           : "quote — no speaker named"});
    }
    for (const Claim& c : a.claims) {
      marks.push_back({c.content, "claim",
                       c.attribution.has_speaker
                           ? absl::StrCat("claim — ", c.attribution.speaker, " (", c.attribution.cue, ")")
                           : absl::StrCat("claim — no source (", c.attribution.cue, ")")});
    }
    for (const Finding& f : findings) {
      marks.push_back(
          {f.span, absl::StrCat("f-", SeverityName(f.severity)), absl::StrCat(f.rule, ": ", f.message)});
    }
    std::vector<size_t> cuts = {0, text.size()};
    for (const Mark& m : marks) {
      cuts.push_back(std::min(m.span.start, text.size()));
      cuts.push_back(std::min(m.span.end, text.size()));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    out += "<div class=\"text\">";
    // A sweep over the cuts: what starts and ends at each (linear in the
    // marks and the pieces, not their product, so a long document with many
    // findings stays fast).
    auto cut_index = [&cuts](size_t pos) {
      return static_cast<size_t>(std::lower_bound(cuts.begin(), cuts.end(), pos) - cuts.begin());
    };
    std::vector<std::vector<size_t>> starts(cuts.size()), ends(cuts.size());
    std::vector<std::vector<size_t>> fn_starts(cuts.size()), fn_ends(cuts.size());
    for (size_t m = 0; m < marks.size(); ++m) {
      starts[cut_index(std::min(marks[m].span.start, text.size()))].push_back(m);
      ends[cut_index(std::min(marks[m].span.end, text.size()))].push_back(m);
    }
    for (size_t k = 0; k < findings.size(); ++k) {
      fn_starts[cut_index(std::min(findings[k].span.start, text.size()))].push_back(k);
      fn_ends[cut_index(std::min(findings[k].span.end, text.size()))].push_back(k);
    }
    auto at_cut = [&](size_t c) {
      for (size_t k : fn_ends[c]) {
        if (cuts[c] == 0) continue;
        absl::StrAppend(&out, "<sup class=\"fn f-", SeverityName(findings[k].severity), "\"><a href=\"#", id,
                        "-r", k + 1, "\">", k + 1, "</a></sup>");
      }
      for (size_t k : fn_starts[c])
        absl::StrAppend(&out, "<a class=\"anchor\" id=\"", id, "-f", k + 1, "\"></a>");
    };
    std::set<size_t> active;  // the marks covering the piece, in their order
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
      at_cut(k);
      for (size_t m : ends[k]) active.erase(m);
      for (size_t m : starts[k]) {
        if (marks[m].span.end > marks[m].span.start) active.insert(m);
      }
      Span piece{cuts[k], cuts[k + 1]};
      std::string cls, tip;
      for (size_t m : active) {
        absl::StrAppend(&cls, cls.empty() ? "" : " ", marks[m].cls);
        absl::StrAppend(&tip, tip.empty() ? "" : "\n", marks[m].title);
      }
      std::string body = XmlEscape(text.substr(piece.start, piece.size()));
      if (cls.empty()) {
        out += body;
      } else {
        absl::StrAppend(&out, "<span class=\"", cls, "\" title=\"", XmlEscape(tip), "\">", body, "</span>");
      }
    }
    at_cut(cuts.size() - 1);
    out += "</div>\n";

    // The findings, each row linking to its highlight.
    out +=
        "<table class=\"findings\"><thead><tr><th>#</th><th>line</th><th>severity</th><th>rule</th>"
        "<th>why</th></tr></thead><tbody>\n";
    LineIndex lines(doc.original());
    for (size_t k = 0; k < findings.size(); ++k) {
      const Finding& f = findings[k];
      const Position p = lines.At(doc.ToOriginal(f.span.start));
      const char* sev = SeverityName(f.severity);
      absl::StrAppend(&out, "<tr class=\"finding-row f-", sev, "\" id=\"", id, "-r", k + 1,
                      "\"><td><a href=\"#", id, "-f", k + 1, "\">", k + 1, "</a></td><td>", p.line, ":",
                      p.column, "</td><td>", sev, "</td><td>", XmlEscape(f.rule), "</td><td>",
                      XmlEscape(f.message), "</td></tr>\n");
    }
    out += "</tbody></table>\n";

    // Who says what: the quotes and claims, visible without hovering.
    std::vector<std::string> items;
    for (size_t k = 0; k < a.quotes.size(); ++k) {
      const Quote& q = a.quotes[k];
      if (q.kind == QuoteKind::kName || q.kind == QuoteKind::kScare || q.claim >= 0 || ContinuesQuote(a, k)) {
        continue;
      }
      items.push_back(absl::StrCat(
          "<li><span class=\"quote\">“",
          XmlEscape(Shorten(text.substr(q.content.start, q.content.size()), 160)), "”</span> — ",
          q.attribution.has_speaker ? XmlEscape(q.attribution.speaker)
                                    : std::string("<em>no speaker named</em>"),
          q.attribution.has_cue ? absl::StrCat(" (", XmlEscape(q.attribution.cue), ")") : "", "</li>"));
    }
    const size_t listed_quotes = items.size();
    for (const Claim& c : a.claims) {
      items.push_back(absl::StrCat(
          "<li><span class=\"claim\">",
          XmlEscape(Shorten(text.substr(c.content.start, c.content.size()), 160)), "</span> — ",
          c.attribution.has_speaker ? XmlEscape(c.attribution.speaker) : std::string("<em>no one named</em>"),
          c.attribution.has_cue ? absl::StrCat(" (", XmlEscape(c.attribution.cue), ")") : "", "</li>"));
    }
    absl::StrAppend(&out, "<details class=\"who\" open><summary>Who says what: ", listed_quotes, " quotes, ",
                    a.claims.size(), " reported claims</summary><ol>\n", absl::StrJoin(items, "\n"),
                    items.empty() ? "" : "\n", "</ol></details>\n</section>\n");
    return out;
  }

  std::string Join(const std::string& chunk) override {
    if (!absl::StartsWith(chunk, kRowTag)) return chunk;
    const size_t eol = chunk.find("-->\n");
    std::vector<std::string> f =
        absl::StrSplit(absl::string_view(chunk).substr(kRowTag.size(), eol - kRowTag.size()), '\t');
    Row r;
    if (f.size() == 3 + 3 + 1 + 4 + 4 + 1) {
      r.name = f[0];
      r.title = f[1];
      r.id = f[2];
      size_t* numbers[] = {&r.errors, &r.warnings, &r.info, &r.words};
      for (int k = 0; k < 4; ++k) (void)absl::SimpleAtoi(f[3 + k], numbers[k]);
      for (int k = 0; k < 4; ++k) (void)absl::SimpleAtoi(f[7 + k], &r.categories[k]);
      for (int k = 0; k < 4; ++k) (void)absl::SimpleAtoi(f[11 + k], &r.sources[k]);
      (void)absl::SimpleAtoi(f[15], &r.quotes);
      rows_.push_back(std::move(r));
    }
    return chunk.substr(eol + 4);
  }

  std::string End(const FormatTotals& totals) const override {
    size_t words = 0, quotes = 0, categories[4] = {0, 0, 0, 0}, sources[4] = {0, 0, 0, 0};
    for (const Row& r : rows_) {
      words += r.words;
      quotes += r.quotes;
      for (int k = 0; k < 4; ++k) {
        categories[k] += r.categories[k];
        sources[k] += r.sources[k];
      }
    }
    size_t claims = 0;
    for (size_t n : sources) claims += n;
    std::string out = "<section id=\"overview\"><h2>Overview</h2>\n";
    absl::StrAppendFormat(
        &out,
        "<p class=\"totals\">%d documents, %d words; %d errors, %d warnings, %d info; %d quotes, "
        "%d reported claims%s.</p>\n",
        totals.documents, words, totals.by_severity[2], totals.by_severity[1], totals.by_severity[0], quotes,
        claims,
        totals.failed_inputs > 0
            ? absl::StrCat("; ", totals.failed_inputs, " inputs could not be read (see stderr)")
            : "");
    std::vector<std::pair<std::string, double>> rates, shares;
    for (int k = 0; k < 4; ++k) {
      rates.emplace_back(kCategories[k], words == 0 ? 0.0 : 1000.0 * categories[k] / words);
      shares.emplace_back(kSources[k], claims == 0 ? 0.0 : 100.0 * sources[k] / claims);
    }
    out += BarChart("Findings per 1,000 words", rates, "");
    out += BarChart("Whom the reported claims come from", shares, "%");
    out +=
        "<table id=\"summary\"><thead><tr><th>article</th><th>errors</th><th>warnings</th><th>info</th>"
        "<th>quotes</th></tr></thead><tbody>\n";
    for (const Row& r : rows_) {
      absl::StrAppend(&out, "<tr class=\"summary-row\"><td><a href=\"#", r.id, "\">", r.title, "</a>",
                      r.title != r.name ? absl::StrCat("<br><small>", r.name, "</small>") : "", "</td><td>",
                      r.errors, "</td><td>", r.warnings, "</td><td>", r.info, "</td><td>", r.quotes,
                      "</td></tr>\n");
    }
    out += "</tbody></table></section>\n</main></body></html>\n";
    return out;
  }

 private:
  struct Row {
    std::string name, title, id;  // escaped
    size_t errors = 0, warnings = 0, info = 0, words = 0, quotes = 0;
    size_t categories[4] = {0, 0, 0, 0};
    size_t sources[4] = {0, 0, 0, 0};
  };
  std::vector<Row> rows_;  // in input order (Join)
};

}  // namespace

std::unique_ptr<OutputFormat> MakeHtmlReport() { return std::make_unique<HtmlReport>(); }

}  // namespace claimcheck
