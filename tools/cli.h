// The claimcheck command line: parses flags into the pipeline's options
// (engine/pipeline.h), runs a command and writes its output. A library
// beside tools/claimcheck.cc so tests drive it end to end with string
// streams.
//
//   int code = RunCli({"extract", "--format=jsonl", "a.txt"}, std::cin, out, err);
//
// Exit codes: 0 ran clean, 1 findings at or above --fail-on, 2 usage,
// configuration or input errors (after every readable input was processed).
#ifndef CLAIMCHECK_TOOLS_CLI_H_
#define CLAIMCHECK_TOOLS_CLI_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace claimcheck {

int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_CLI_H_
