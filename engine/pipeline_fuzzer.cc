// libFuzzer target: the whole pipeline through the command line — a JSONL
// corpus or a text document on stdin, checked with the built-in packs, in
// every output format. The exit code must be 0, 1 or 2 and JSONL output
// must stay one object per line.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "engine/cli.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  // Each run loads the built-in packs (about 20 ms): three runs per input.
  for (const char* format : {"--format=jsonl", "--format=text"}) {
    for (const char* cmd : {"check", "extract"}) {
      if (std::string(cmd) == "extract" && std::string(format) == "--format=text") continue;
      std::istringstream in(input);
      std::ostringstream out, err;
      int code = claimcheck::RunCli({cmd, format, "--jobs=1", "-"}, in, out, err);
      if (code < 0 || code > 2) std::abort();
      if (std::string(format) == "--format=jsonl") {
        std::string s = out.str();
        size_t pos = 0;
        while (pos < s.size()) {
          size_t nl = s.find('\n', pos);
          if (nl == std::string::npos || s[pos] != '{' || s[nl - 1] != '}') std::abort();
          pos = nl + 1;
        }
      }
    }
  }
  return 0;
}
