// claimcheck: reads news articles, extracts who asserts what, and checks the
// claims against YAML rule packs. See README.md for commands and flags.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return claimcheck::RunCli(args, std::cin, std::cout, std::cerr);
}
