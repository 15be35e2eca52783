#include "engine/input/suppression_comments.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {

namespace {

constexpr absl::string_view kOpen = "<!--";
constexpr absl::string_view kClose = "-->";

}  // namespace

std::vector<SuppressionDirective> ParseSuppressionComments(absl::string_view src) {
  std::vector<SuppressionDirective> out;
  LineIndex lines(src);
  for (size_t pos = src.find(kOpen); pos != absl::string_view::npos; pos = src.find(kOpen, pos + 1)) {
    size_t close = src.find(kClose, pos + kOpen.size());
    if (close == absl::string_view::npos) break;
    absl::string_view body =
        absl::StripAsciiWhitespace(src.substr(pos + kOpen.size(), close - pos - kOpen.size()));
    SuppressionDirective d;
    absl::string_view rest;
    const absl::string_view whole = body;
    if (absl::ConsumePrefix(&body, "claimcheck-disable-next-line"))
      d.kind = SuppressionDirective::kNextLine;
    else if (absl::ConsumePrefix(&body, "claimcheck-disable"))
      d.kind = SuppressionDirective::kDisable;
    else if (absl::ConsumePrefix(&body, "claimcheck-enable"))
      d.kind = SuppressionDirective::kEnable;
    else if (absl::StartsWith(body, "claimcheck-"))
      d.kind = SuppressionDirective::kUnknown;
    else
      continue;
    if (d.kind == SuppressionDirective::kUnknown || (!body.empty() && !absl::ascii_isspace(body[0]))) {
      // "claimcheck-disabel-next-line", "claimcheck-disablex": no directive.
      d.kind = SuppressionDirective::kUnknown;
      d.word = std::string(whole.substr(0, std::min(whole.find_first_of(" \t\n"), whole.size())));
      body = absl::string_view();
    }
    for (absl::string_view r : absl::StrSplit(body, absl::ByAnyChar(", \t\n"), absl::SkipEmpty())) {
      d.rules.emplace_back(r);
    }
    d.start = pos;
    d.end = close + kClose.size();
    d.line = lines.At(pos).line;
    out.push_back(std::move(d));
  }
  return out;
}

void BlankSuppressionComments(Document* doc) {
  if (doc->format != Format::kText || doc->text.find("claimcheck-") == std::string::npos) return;
  std::vector<SuppressionDirective> ds = ParseSuppressionComments(doc->text);
  if (ds.empty()) return;
  if (doc->source.empty()) {
    doc->source = doc->text;
    doc->map.AddCopy(0, 0, doc->text.size());
  }
  for (const SuppressionDirective& d : ds) {
    for (size_t i = d.start; i < d.end; ++i) {
      if (doc->text[i] != '\n') doc->text[i] = ' ';
    }
  }
}

}  // namespace claimcheck
