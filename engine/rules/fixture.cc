#include "engine/rules/fixture.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {

namespace {

struct Marker {
  std::string kind;  // ruleid, ok, todoruleid, todook
  std::string rule;
  std::string text;  // expected matched text (ruleid only; may be empty)
  int line = 0;
};

struct Case {
  std::vector<Marker> markers;
  std::string text;
  int line = 0;  // first text line
  // `# headline: TEXT`: the story opens with TEXT as its headline.
  std::string headline;
  // `# title: TEXT`: the story's title, which its text does not hold.
  std::string title;
};

}  // namespace

FixtureResult RunFixture(const std::string& file, const std::string& text, const RuleSet& rules,
                         const Analyzer& analyzer) {
  FixtureResult res;
  std::vector<Case> cases;
  Case cur;
  auto flush = [&]() {
    if (!cur.markers.empty() && !cur.text.empty())
      cases.push_back(cur);
    else if (!cur.markers.empty())
      res.failures.push_back(
          absl::StrCat(file, ":", cur.markers[0].line, ": markers with no text after them"));
    cur = Case();
  };
  int line_no = 0;
  for (absl::string_view raw : absl::StrSplit(text, '\n')) {
    ++line_no;
    absl::string_view line = absl::StripTrailingAsciiWhitespace(raw);
    if (line.empty()) {
      if (!cur.text.empty()) flush();
      continue;
    }
    if (absl::StartsWith(line, "#")) {
      if (!cur.text.empty()) flush();
      absl::string_view body = absl::StripAsciiWhitespace(line.substr(1));
      size_t colon = body.find(':');
      if (colon == absl::string_view::npos) continue;  // a plain comment
      std::string kind(absl::StripAsciiWhitespace(body.substr(0, colon)));
      if (kind == "headline" || kind == "title") {
        std::string value(absl::StripAsciiWhitespace(body.substr(colon + 1)));
        if (value.empty()) {
          res.failures.push_back(absl::StrCat(file, ":", line_no, ": empty ", kind));
          continue;
        }
        (kind == "headline" ? cur.headline : cur.title) = value;
        continue;
      }
      if (kind != "ruleid" && kind != "ok" && kind != "todoruleid" && kind != "todook") continue;
      absl::string_view rest = absl::StripAsciiWhitespace(body.substr(colon + 1));
      Marker m;
      m.kind = kind;
      m.line = line_no;
      size_t q = rest.find('"');
      m.rule = std::string(absl::StripAsciiWhitespace(rest.substr(0, q)));
      if (q != absl::string_view::npos) {
        size_t q2 = rest.rfind('"');
        if (q2 <= q) {
          res.failures.push_back(absl::StrCat(file, ":", line_no, ": unterminated \"text\" in marker"));
          continue;
        }
        m.text = std::string(rest.substr(q + 1, q2 - q - 1));
      }
      if (rules.Find(m.rule) == nullptr) {
        res.failures.push_back(absl::StrCat(file, ":", line_no, ": unknown rule '", m.rule, "'"));
        continue;
      }
      cur.markers.push_back(m);
      continue;
    }
    if (cur.text.empty()) cur.line = line_no;
    absl::StrAppend(&cur.text, cur.text.empty() ? "" : "\n", line);
  }
  flush();
  for (const Case& c : cases) {
    ++res.cases;
    Document doc;
    doc.path = file;
    doc.text = c.text;
    doc.title = c.title;
    if (!c.headline.empty()) {
      // As a record whose text opens with its title (the reader's headline_end).
      doc.text = absl::StrCat(c.headline, "\n\n", c.text);
      doc.headline_end = c.headline.size();
      doc.title = c.headline;
    }
    Analysis a = analyzer.Analyze(doc);
    std::vector<Finding> found = rules.Check(doc, a);
    // Every finding is accounted for by a marker: a case asserts all that
    // fires on its text, not only the rule it was written for.
    std::string where = absl::StrCat(file, ":", c.line, ": ");
    for (const Finding& f : found) {
      std::string words = doc.text.substr(f.span.start, f.span.size());
      bool covered = false;
      for (const Marker& m : c.markers) {
        if (m.rule != f.rule || m.kind == "ok") continue;
        covered |= m.kind != "ruleid" || m.text.empty() || m.text == words;
      }
      if (!covered) {
        res.failures.push_back(
            absl::StrCat(where, "unexpected ", f.rule, " on \"", words, "\" (mark it ruleid, ok or todook)"));
      }
    }
    for (const Marker& m : c.markers) {
      ++res.checks;
      std::vector<std::string> texts;
      for (const Finding& f : found) {
        if (f.rule == m.rule) texts.push_back(doc.text.substr(f.span.start, f.span.size()));
      }
      bool fired = !texts.empty();
      bool text_ok = m.text.empty();
      for (const std::string& t : texts) text_ok |= t == m.text;
      std::string snippet = c.text.substr(0, 70);
      if (m.kind == "ruleid" && !fired) {
        res.failures.push_back(absl::StrCat(where, "expected ", m.rule, " to fire on: ", snippet));
      } else if (m.kind == "ruleid" && !text_ok) {
        res.failures.push_back(
            absl::StrCat(where, m.rule, " fired on \"", texts[0], "\", expected \"", m.text, "\""));
      } else if (m.kind == "ok" && fired) {
        res.failures.push_back(
            absl::StrCat(where, m.rule, " must not fire, but fired on \"", texts[0], "\""));
      } else if (m.kind == "todoruleid" && fired) {
        res.notes.push_back(absl::StrCat(where, m.rule, " now fires: promote todoruleid to ruleid"));
      } else if (m.kind == "todook" && !fired) {
        res.notes.push_back(absl::StrCat(where, m.rule, " no longer fires: promote todook to ok"));
      }
    }
  }
  return res;
}

}  // namespace claimcheck
