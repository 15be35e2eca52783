// Running the command line from a test: arguments (and stdin) in, the exit
// code and both output streams back. For engine tests only.
#ifndef CLAIMCHECK_TOOLS_CLI_TESTING_H_
#define CLAIMCHECK_TOOLS_CLI_TESTING_H_

#include <sstream>
#include <string>
#include <vector>

#include "tools/cli.h"

namespace claimcheck {

struct CliResult {
  int code;
  std::string out, err;
};

inline CliResult Cli(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  int code = RunCli(args, in, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_CLI_TESTING_H_
