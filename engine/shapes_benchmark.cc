// Input shapes that a scraped or hostile corpus can hold (issue #17): time
// per MB and peak memory, per reader and for the whole pipeline, from 10 KB
// to 10 MB. What to look for: bytes_per_second flat along each shape's
// series, and `peak_x` (the growth of the process's peak resident memory
// during the run, as a multiple of the document's size) bounded.
//   bazel run -c opt //engine:shapes_benchmark
//   bazel run -c opt //engine:shapes_benchmark -- --benchmark_filter='html_'
#include <malloc.h>

#include <fstream>
#include <functional>
#include <map>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "engine/input/reader.h"
#include "engine/rules/rule_set.h"
#include "extractors/analysis.h"

namespace claimcheck {
namespace {

// A shape: how to fill `bytes` of input, and which reader reads it.
struct Shape {
  Format format;
  std::function<std::string(size_t bytes)> make;
};

// `unit` repeated to `bytes` (at least once), between `head` and `tail`.
std::string Repeat(absl::string_view head, absl::string_view unit, absl::string_view tail, size_t bytes) {
  std::string s(head);
  s.reserve(bytes + unit.size() + tail.size());
  do {
    s.append(unit.data(), unit.size());
  } while (s.size() + tail.size() < bytes);
  s.append(tail.data(), tail.size());
  return s;
}

Shape TextShape(std::string unit) {
  return {Format::kText, [unit](size_t n) { return Repeat("", unit, "", n); }};
}

const Shape& ShapeNamed(absl::string_view name) {
  static const auto* kShapes = new std::map<std::string, Shape, std::less<>>{
      // Run-on words, no punctuation: the segmenter cuts sentences at 4,000 bytes.
      {"text_no_punctuation", TextShape("the minister said growth may slow as prices rise ")},
      {"text_tiny_paragraphs", TextShape("A b.\n\n")},
      {"text_one_word", {Format::kText, [](size_t n) { return std::string(n, 'a'); }}},
      // Every sentence opens a quote mark that never closes.
      {"text_unclosed_quotes", TextShape("He said \"it may be. ")},
      {"md_emphasis", {Format::kMarkdown, [](size_t n) { return Repeat("", "*a* _b_ **c** ", "\n", n); }}},
      // One paragraph of reported speech: lines with no blank line between
      // are one paragraph, each sentence with quotes and cues (a pipeline
      // fuzzer's find: a scan per cue and quote was quadratic here).
      {"md_quotes_one_paragraph",
       {Format::kMarkdown,
        [](size_t n) {
          return Repeat("",
                        "\xE2\x80\x9CThe plan may fail,\xE2\x80\x9D the minister said, and "
                        "\xE2\x80\x9C"
                        "costs could rise.\xE2\x80\x9D He added \xE2\x80\x9Cmore\n",
                        "", n);
        }}},
      {"md_blockquote_depth", {Format::kMarkdown, [](size_t n) { return Repeat("", ">", " x\n", n); }}},
      {"html_depth",
       {Format::kHtml,
        [](size_t n) {
          std::string open = Repeat("<html><body>", "<div><b>", "", n / 2);
          std::string s = open + "<p>Officials said the plan may fail.</p>";
          for (size_t k = 12; k + 8 <= open.size(); k += 8) s += "</b></div>";
          return s;
        }}},
      {"html_inline", {Format::kHtml, [](size_t n) { return Repeat("<p>", "<b><i>x</i></b> ", "</p>", n); }}},
      {"html_attributes",
       {Format::kHtml,
        [](size_t n) {
          std::string s = "<p";
          for (int k = 0; s.size() + 20 < n; ++k) absl::StrAppend(&s, " a", k, "=\"v\"");
          return s + ">Officials said the plan may fail.</p>";
        }}},
      {"html_entities",
       {Format::kHtml, [](size_t n) { return Repeat("<p>", "&amp;&lt;&#8220;", "</p>", n); }}},
      // One JSONL record whose text is escapes ("\u201c", "\n").
      {"jsonl_escapes",
       {Format::kJsonl,
        [](size_t n) { return Repeat("{\"id\":\"1\",\"text\":\"", "\\u201cA\\u201d b.\\n", "\"}", n); }}},
  };
  return kShapes->find(name)->second;
}

absl::StatusOr<Document> Read(const Shape& shape, const std::string& bytes) {
  switch (shape.format) {
    case Format::kMarkdown:
      return ParseMarkdown("shape.md", bytes);
    case Format::kHtml:
      return ParseHtml("shape.html", bytes);
    case Format::kJsonl:
      return ParseJsonlRecord("shape.jsonl", 1, bytes, ReaderOptions());
    default:
      return ParseText("shape.txt", bytes);
  }
}

long StatusKb(absl::string_view field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (absl::StartsWith(line, field)) return std::atol(line.c_str() + field.size());
  }
  return -1;
}

// Resets the process's peak resident size (Linux: clear_refs 5) after
// handing freed memory back, and returns the resident size it starts from.
long ResetPeakKb() {
  malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";
  return StatusKb("VmRSS:");
}

// Arg: document bytes. `whole`: read, analyse and check with the built-in
// packs; else read only. A first, untimed run gives the peak memory; the
// timed runs then reuse the memory it mapped (no allocation is given its
// own mapping and freed memory is kept, not handed back), so that time per
// MB compares the work, not the kernel's cost of mapping fresh pages, which
// a one-iteration run at 10 MB would pay and a thousand-iteration run at
// 10 KB would not. (On this VM a page fault costs several microseconds:
// the end-to-end figures in BENCHMARKS.md include them.)
void BM_Shape(benchmark::State& state, const char* name, bool whole) {
  static const bool kept = mallopt(M_TRIM_THRESHOLD, 1 << 30) && mallopt(M_MMAP_MAX, 0);
  benchmark::DoNotOptimize(kept);
  const Shape& shape = ShapeNamed(name);
  const std::string bytes = shape.make(static_cast<size_t>(state.range(0)));
  static const auto* rules = new absl::StatusOr<RuleSet>(LoadRuleSet({}, true));
  if (!rules->ok()) state.SkipWithError("built-in packs");
  const Analyzer analyzer(BuiltinLexicons());
  auto run = [&] {
    absl::StatusOr<Document> doc = Read(shape, bytes);
    if (!doc.ok()) return false;
    if (whole) {
      Analysis a = analyzer.Analyze(*doc);
      benchmark::DoNotOptimize((*rules)->Check(*doc, a));
    }
    benchmark::DoNotOptimize(doc);
    return true;
  };
  const long base_kb = ResetPeakKb();
  if (!run()) state.SkipWithError("not read");
  const long peak_kb = StatusKb("VmHWM:");
  for (auto _ : state) run();
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
  if (base_kb >= 0 && peak_kb >= 0) {
    state.counters["peak_x"] = 1024.0 * static_cast<double>(peak_kb - base_kb) / bytes.size();
  }
}

void Sizes(benchmark::internal::Benchmark* b) {
  b->Arg(10 << 10)->Arg(100 << 10)->Arg(1 << 20)->Arg(10 << 20)->Unit(benchmark::kMillisecond);
}

#define SHAPE(name)                                                     \
  BENCHMARK_CAPTURE(BM_Shape, name##_read, #name, false)->Apply(Sizes); \
  BENCHMARK_CAPTURE(BM_Shape, name##_check, #name, true)->Apply(Sizes)

SHAPE(text_no_punctuation);
SHAPE(text_tiny_paragraphs);
SHAPE(text_one_word);
SHAPE(text_unclosed_quotes);
SHAPE(md_emphasis);
SHAPE(md_quotes_one_paragraph);
SHAPE(md_blockquote_depth);
SHAPE(html_depth);
SHAPE(html_inline);
SHAPE(html_attributes);
SHAPE(html_entities);
SHAPE(jsonl_escapes);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
