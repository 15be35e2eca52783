// How long an editor waits for diagnostics: one keystroke in a 5,000-word
// article (an incremental didChange) to the publishDiagnostics it answers
// with, on one core. A benchmark, not a timed test (BENCHMARKS.md).
//
//   bazel run -c opt //tools/lsp:lsp_benchmark -- $PWD/testdata/corpus
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "benchmark/benchmark.h"
#include "tools/lsp/language_server.h"

namespace claimcheck {
namespace {

std::string g_corpus = "testdata/corpus";

// Paragraphs of the sample articles, repeated to `words` words, as Markdown.
std::string Article(size_t words) {
  std::string text = "# A long story\n\n", source;
  for (const char* f : {"summit_article.txt", "hospital_strike.txt", "wire_flood.txt"}) {
    std::ifstream in(std::filesystem::path(g_corpus) / f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    source += ss.str() + "\n\n";
  }
  size_t count = 0;
  while (count < words) {
    for (char c : source) count += c == ' ';
    text += source;
  }
  return text;
}

std::string Escape(const std::string& s) {
  return absl::StrReplaceAll(s, {{"\\", "\\\\"}, {"\"", "\\\""}, {"\n", "\\n"}});
}

void BM_EditToDiagnostics(benchmark::State& state) {
  const std::string text = Article(static_cast<size_t>(state.range(0)));
  PipelineOptions o;
  o.no_config = true;
  LanguageServer server(o);
  server.Handle("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}");
  const std::string uri = "file:///bench/story.md";
  server.Handle(absl::StrCat(
      "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"",
      uri, "\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"", Escape(text), "\"}}}"));
  int version = 1;
  size_t findings = 0;
  for (auto _ : state) {
    // Type a character at the start of the third line, then delete it.
    const bool add = version % 2 == 1;
    std::string change = absl::StrCat(
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"",
        uri, "\",\"version\":", ++version,
        "},\"contentChanges\":[{\"range\":{\"start\":{\"line\":2,\"character\":0},",
        "\"end\":{\"line\":2,\"character\":", add ? 0 : 1, "}},\"text\":\"", add ? "A" : "", "\"}]}}");
    std::vector<std::string> out = server.Handle(change);
    findings = out.empty() ? 0 : out.back().size();
    benchmark::DoNotOptimize(out);
  }
  state.counters["words"] = static_cast<double>(state.range(0));
  state.counters["diagnostics_bytes"] = static_cast<double>(findings);
}
BENCHMARK(BM_EditToDiagnostics)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc > 1) claimcheck::g_corpus = argv[1];
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
