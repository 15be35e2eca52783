// compile_pack OUT_DIR PACK.yaml...: parses each built-in rule pack when
// claimcheck is built and writes OUT_DIR/<name>.spec in EncodeSpec's form,
// which the binary decodes at start-up instead of parsing YAML. A pack that
// does not parse fails the build, naming file, line and column.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/rules/spec.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: compile_pack OUT_DIR PACK.yaml...\n";
    return 2;
  }
  const std::filesystem::path out_dir = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::filesystem::path in = argv[i];
    std::ifstream f(in, std::ios::binary);
    std::stringstream text;
    text << f.rdbuf();
    if (!f) {
      std::cerr << in.string() << ": cannot read\n";
      return 1;
    }
    auto doc = claimcheck::ParseYaml(in.string(), text.str());
    if (!doc.ok()) {
      std::cerr << doc.status().message() << "\n";
      return 1;
    }
    std::ofstream out(out_dir / (in.stem().string() + ".spec"), std::ios::binary);
    out << claimcheck::EncodeSpec(*doc);
    if (!out) {
      std::cerr << (out_dir / (in.stem().string() + ".spec")).string() << ": cannot write\n";
      return 1;
    }
  }
  return 0;
}
