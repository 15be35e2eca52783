// Throughput of reading and rule matching, and how matching scales with the
// number of rules (synthetic packs 10x and 100x the built-in rule count).
//   bazel run //engine:check_benchmark
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "engine/input/reader.h"
#include "engine/json/json_writer.h"
#include "engine/output/extract_output.h"
#include "engine/rules/literal_matcher.h"
#include "engine/rules/rule_set.h"
#include "extractors/analysis.h"
#include "extractors/tokens.h"

namespace claimcheck {
namespace {

std::string Read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string& NewsText() {
  static const std::string* text = new std::string(Read("testdata/corpus/summit_article.txt") + "\n\n" +
                                                   Read("testdata/corpus/hospital_strike.txt") + "\n\n" +
                                                   Read("testdata/corpus/wire_flood.txt"));
  return *text;
}

// A synthetic pack: `n` lexical rules of news phrases built from word lists
// (the same shape as tools/gen_rules.py).
std::string SyntheticPack(int n) {
  static const char* kVerbs[] = {"said",     "warned", "claimed", "argued", "suggested",
                                 "insisted", "noted",  "hinted",  "feared", "predicted"};
  static const char* kNouns[] = {"officials", "analysts",  "critics",   "residents", "experts",
                                 "lawmakers", "investors", "observers", "diplomats", "aides"};
  static const char* kTails[] = {"privately",  "repeatedly", "publicly", "quietly", "openly",
                                 "cautiously", "angrily",    "flatly",   "vaguely", "loudly"};
  std::string y = "rules:\n";
  for (int i = 0; i < n; ++i) {
    absl::StrAppend(&y, "  - id: synth.r", i, "\n    category: synthetic\n    severity: info\n",
                    "    message: \"{match}\"\n    words: [\"", kNouns[i % 10], " ", kTails[(i / 10) % 10],
                    " ", kVerbs[(i / 100) % 10], "\", \"", kTails[i % 10], " ", kVerbs[(i / 10) % 10], " r",
                    i, "\"]\n");
  }
  return y;
}

void BM_ReadJsonlRecord(benchmark::State& state) {
  std::string line = "{\"id\":\"a\",\"text\":";
  AppendJsonString(NewsText(), &line);
  line += "}";
  ReaderOptions opts;
  if (!ParseJsonlRecord("b.jsonl", 1, line, opts).ok()) state.SkipWithError("bad JSON");
  for (auto _ : state) benchmark::DoNotOptimize(ParseJsonlRecord("b.jsonl", 1, line, opts));
  state.SetBytesProcessed(state.iterations() * line.size());
}
BENCHMARK(BM_ReadJsonlRecord);

void BM_ReadHtml(benchmark::State& state) {
  std::string html = absl::StrCat("<html><body><p>", NewsText(), "</p></body></html>");
  for (auto _ : state) benchmark::DoNotOptimize(ParseHtml("b.html", html));
  state.SetBytesProcessed(state.iterations() * html.size());
}
BENCHMARK(BM_ReadHtml);

// Arg: nesting depth. A page of <div><b> opened N deep around one paragraph:
// time per MB stays flat (the reader caps the depth, engine/reader.h).
void BM_ReadHtmlNested(benchmark::State& state) {
  std::string html = "<html><body>";
  for (int64_t k = 0; k < state.range(0); ++k) html += "<div><b>";
  html += "<p>Officials said the plan may fail.</p>";
  for (int64_t k = 0; k < state.range(0); ++k) html += "</b></div>";
  for (auto _ : state) benchmark::DoNotOptimize(ParseHtml("b.html", html));
  state.SetBytesProcessed(state.iterations() * html.size());
}
BENCHMARK(BM_ReadHtmlNested)->RangeMultiplier(10)->Range(1000, 1000000)->Unit(benchmark::kMillisecond);

void BM_ReadMarkdown(benchmark::State& state) {
  std::string md = absl::StrCat("# Title\n\n", NewsText());
  for (auto _ : state) benchmark::DoNotOptimize(ParseMarkdown("b.md", md));
  state.SetBytesProcessed(state.iterations() * md.size());
}
BENCHMARK(BM_ReadMarkdown);

// Arg: multiple of the built-in rule count added as synthetic rules (0, 10, 100).
void BM_CheckRules(benchmark::State& state) {
  RuleSetBuilder b;
  if (!b.AddBuiltinPacks().ok()) state.SkipWithError("built-in packs");
  auto builtin = LoadRuleSet({}, true);
  int extra = static_cast<int>(state.range(0)) * static_cast<int>(builtin->rules().size());
  if (extra > 0 && !b.AddPack("synthetic.yaml", SyntheticPack(extra)).ok()) {
    state.SkipWithError("synthetic pack");
  }
  auto rules = b.Build();
  Document doc;
  doc.text = NewsText();
  Analysis a = Analyzer(BuiltinLexicons()).Analyze(doc);
  for (auto _ : state) benchmark::DoNotOptimize(rules->Check(doc, a));
  state.SetBytesProcessed(state.iterations() * doc.text.size());
  state.counters["rules"] = static_cast<double>(rules->rules().size());
}
BENCHMARK(BM_CheckRules)->Arg(0)->Arg(10)->Arg(100);

// Input shapes that were superlinear (issue #17). Arg: sentences. Shape 0:
// each sentence a closed quote ("“…,” he said."); 1: each opens a quote mark
// that never closes. Time per sentence stays flat from 1,000 to 100,000,
// for analysis with check and with extract's JSONL.
std::string QuoteSeries(int64_t n, bool closed) {
  std::string t;
  for (int64_t i = 0; i < n; ++i) {
    absl::StrAppend(&t, i ? " " : "", "\xE2\x80\x9CThe plan number ", i, " will fail,",
                    closed ? "\xE2\x80\x9D" : "", " he said.");
  }
  return t;
}

void BM_CheckQuoteSeries(benchmark::State& state, bool closed, bool extract) {
  auto rules = LoadRuleSet({}, true);
  if (!rules.ok()) state.SkipWithError("built-in packs");
  Document doc;
  doc.text = QuoteSeries(state.range(0), closed);
  const Analyzer analyzer(BuiltinLexicons());
  for (auto _ : state) {
    Analysis a = analyzer.Analyze(doc);
    if (extract) {
      std::string out;
      WriteExtractJsonl(doc, a, &out);
      benchmark::DoNotOptimize(out);
    } else {
      benchmark::DoNotOptimize(rules->Check(doc, a));
    }
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK_CAPTURE(BM_CheckQuoteSeries, closed_check, true, false)
    ->RangeMultiplier(10)
    ->Range(1000, 100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CheckQuoteSeries, closed_extract, true, true)
    ->RangeMultiplier(10)
    ->Range(1000, 100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CheckQuoteSeries, unclosed_check, false, false)
    ->RangeMultiplier(10)
    ->Range(1000, 100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CheckQuoteSeries, unclosed_extract, false, true)
    ->RangeMultiplier(10)
    ->Range(1000, 100000)
    ->Unit(benchmark::kMillisecond);

// The literal prefilter's scan alone (engine/literal_matcher.h): every
// occurrence of `range(0)` words in the lowercased articles.
void BM_LiteralScan(benchmark::State& state) {
  std::vector<std::string> words;
  static const char* kWords[] = {"may",     "might",    "could",      "possibly",  "perhaps",  "probably",
                                 "likely",  "appeared", "reportedly", "allegedly", "suggests", "officials",
                                 "critics", "whom",     "believed",   "announced"};
  for (int i = 0; static_cast<int>(words.size()) < state.range(0); ++i) {
    words.push_back(i < 16 ? kWords[i] : absl::StrCat(kWords[i % 16], "x", i));
  }
  LiteralMatcher m(words);
  std::string lower = AsciiLower(NewsText());
  size_t hits = 0;
  for (auto _ : state) {
    m.Scan(lower, [&](int, size_t) { ++hits; });
    benchmark::DoNotOptimize(hits);
  }
  state.SetBytesProcessed(state.iterations() * lower.size());
  state.counters["states"] = static_cast<double>(m.states());
}
BENCHMARK(BM_LiteralScan)->Arg(16)->Arg(2000);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
