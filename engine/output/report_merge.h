// Merging reports that `claimcheck check` wrote over disjoint parts of a
// corpus (the shards of a Bazel claimcheck_report, the jobs of a CI matrix)
// into the report one run over the whole corpus writes.
//
//   std::vector<Report> shards = {{"a.sarif", data_a}, {"b.sarif", data_b}};
//   absl::StatusOr<std::string> merged = MergeReports("sarif", shards, inputs);
//
// `inputs` are the paths in the order one run would have been given them:
// findings are ordered by their input's place in that list (a path not in it
// goes after those that are), and keep their report's order within an
// input. JSONL findings carry their input as "path"; SARIF results as the
// first location's artifact URI. SARIF reports must come from the same
// tool and rules (same packs and configuration): the merged run is the
// first report's run with every report's results.
#ifndef CLAIMCHECK_ENGINE_OUTPUT_REPORT_MERGE_H_
#define CLAIMCHECK_ENGINE_OUTPUT_REPORT_MERGE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace claimcheck {

struct Report {
  std::string name;  // for errors: the file it was read from
  std::string data;
};

// format: "jsonl" or "sarif". Errors name the report (and for JSONL the line).
absl::StatusOr<std::string> MergeReports(const std::string& format, const std::vector<Report>& reports,
                                         const std::vector<std::string>& inputs);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_OUTPUT_REPORT_MERGE_H_
