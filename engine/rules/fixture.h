// Annotated rule fixtures, in the spirit of Semgrep's ruleid:/ok: markers.
//
// A fixture (rules/<pack>.test.txt) is a series of cases separated by blank
// lines. Each case starts with marker lines and then holds the text:
//
//   # ruleid: hedged.modal "may"      must fire, on exactly the text "may"
//   # ok: hedged.modal                must not fire
//   # todoruleid: hedged.modal        a known miss (reported, not a failure)
//   # todook: hedged.modal            a known false alarm (reported, not a failure)
//   Recent advances may strengthen his position.
//
// Two more lines set up a case's story: `# headline: TEXT` opens it with
// TEXT as its headline (a heading of the text, as a JSONL record whose
// text opens with its title); `# title: TEXT` gives it a title its text
// does not hold (a record's `title` field). Headline rules compare them
// with the case's text.
//
// Each case is checked as a document of its own, and exactly: a finding that
// no marker of the case names (ruleid with its text, todoruleid or todook)
// is a failure, so a case cannot pass while another rule fires on its text.
#ifndef CLAIMCHECK_ENGINE_RULES_FIXTURE_H_
#define CLAIMCHECK_ENGINE_RULES_FIXTURE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/rules/rule_set.h"
#include "extractors/analysis.h"

namespace claimcheck {

struct FixtureResult {
  int cases = 0;
  int checks = 0;
  std::vector<std::string> failures;  // "file:line: ..."
  std::vector<std::string> notes;     // todo markers that now pass, etc.
};

// Runs the fixture text against `rules`. Marker syntax errors are failures.
FixtureResult RunFixture(const std::string& file, const std::string& text, const RuleSet& rules,
                         const Analyzer& analyzer);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_FIXTURE_H_
