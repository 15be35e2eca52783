// claimcheck: reads news articles, extracts who asserts what, and checks the
// claims against YAML rule packs. See README.md for commands and flags.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/cli.h"

int main(int argc, char** argv) {
  // Under `bazel run`, paths on the command line are relative to where the
  // user typed it, not to the runfiles tree.
  if (const char* wd = std::getenv("BUILD_WORKING_DIRECTORY"); wd != nullptr && *wd != '\0') {
    if (chdir(wd) != 0) {
      std::cerr << "claimcheck: cannot enter " << wd << "\n";
      return 2;
    }
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  return claimcheck::RunCli(args, std::cin, std::cout, std::cerr);
}
