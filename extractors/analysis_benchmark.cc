// Throughput of each extractor stage on the sample news corpus.
// BM_Pass/N times pass N of the analysis alone (see Pass in analysis.h).
//   bazel run //extractors:analysis_benchmark
#include <filesystem>
#include <fstream>
#include <sstream>

#include "benchmark/benchmark.h"
#include "extractors/analysis.h"
#include "extractors/segmenter.h"
#include "extractors/tokens.h"

namespace claimcheck {
namespace {

// The plain-text articles of testdata/corpus, concatenated as paragraphs.
const std::string& NewsText() {
  static const std::string* text = [] {
    auto* s = new std::string;
    for (const char* f : {"testdata/corpus/summit_article.txt", "testdata/corpus/hospital_strike.txt",
                          "testdata/corpus/wire_flood.txt", "testdata/corpus/brief_notes.txt"}) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      *s += ss.str();
      *s += "\n\n";
    }
    return s;
  }();
  return *text;
}

Document Doc() {
  Document d;
  d.text = NewsText();
  return d;
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& t = NewsText();
  for (auto _ : state) {
    std::string lower = AsciiLower(t);
    benchmark::DoNotOptimize(Tokenize(t, lower, {0, t.size()}));
  }
  state.SetBytesProcessed(state.iterations() * t.size());
}
BENCHMARK(BM_Tokenize);

void BM_Segment(benchmark::State& state) {
  Document d = Doc();
  Segmenter seg(BuiltinLexicons());
  for (auto _ : state) benchmark::DoNotOptimize(seg.Segment(d));
  state.SetBytesProcessed(state.iterations() * d.text.size());
}
BENCHMARK(BM_Segment);

void BM_Analyze(benchmark::State& state) {
  Document d = Doc();
  Analyzer analyzer(BuiltinLexicons());
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.Analyze(d));
  state.SetBytesProcessed(state.iterations() * d.text.size());
}
BENCHMARK(BM_Analyze);

// Each pass of the analysis on its own: the document is analysed in full
// each iteration, and only the time of pass `range(0)` counts.
void BM_Pass(benchmark::State& state) {
  Document d = Doc();
  Analyzer analyzer(BuiltinLexicons());
  Pass pass = static_cast<Pass>(state.range(0));
  state.SetLabel(PassName(pass));
  for (auto _ : state) {
    PassTimes times;
    benchmark::DoNotOptimize(analyzer.Analyze(d, &times));
    state.SetIterationTime(times[pass]);
  }
  state.SetBytesProcessed(state.iterations() * d.text.size());
}
BENCHMARK(BM_Pass)->DenseRange(0, static_cast<int>(Pass::kCount) - 1)->UseManualTime();

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
