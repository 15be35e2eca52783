#include "engine/cli.h"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <set>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>

#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "engine/check_output.h"
#include "engine/formats.h"
#include "engine/json_writer.h"
#include "engine/suppressions.h"
#include "engine/extract_output.h"
#include "engine/fixture.h"
#include "engine/rule_set.h"
#include "engine/reader.h"
#include "engine/report_merge.h"
#include "extractors/analysis.h"
#include "extractors/lexicon.h"

namespace claimcheck {

namespace {

constexpr char kUsage[] =
    "usage: claimcheck COMMAND [flags] PATH...\n"
    "\n"
    "commands:\n"
    "  check     flag hedged, disputed and unsourced claims and loaded attribution\n"
    "  extract   print sentences, quotes, speakers, claims, evidence and figures\n"
    "  rules     list the loaded rules\n"
    "  config    print the configuration a PATH is checked with, and its file\n"
    "  merge     merge reports of check over parts of a corpus into one\n"
    "  test      run rule packs against their annotated fixtures\n"
    "  help      print this help\n"
    "\n"
    "Run 'claimcheck COMMAND --help' for a command's flags.\n";

constexpr char kExtractHelp[] =
    "usage: claimcheck extract [flags] PATH...\n"
    "\n"
    "Prints the structure of each document: headings, sentences, quotes with\n"
    "their speakers and cues, reported claims, evidence and figures.\n"
    "PATH is a .txt, .md, .html/.htm or .jsonl file, a directory (read\n"
    "recursively, sorted; rule-pack fixtures, *.test.txt, left out), or - for\n"
    "stdin.\n"
    "\n"
    "flags:\n"
    "  --format=text|jsonl     output format (default text)\n"
    "  --text-field=NAME       JSONL field holding the text (default text)\n"
    "  --id-field=NAME         JSONL field holding the id (default id; the line number when absent)\n"
    "  --stdin-format=auto|text|markdown|html|jsonl   format of - (default auto)\n"
    "  --lexicons=DIR          add the word lists in DIR to the built-in lexicons\n"
    "  --jobs=N                documents analysed in parallel (default: the number of cores)\n"
    "  --stats                 print throughput, time per stage and per analysis pass, and peak memory on stderr\n"
    "  --help                  print this help\n";

constexpr char kCheckHelp[] =
    "usage: claimcheck check [flags] PATH...\n"
    "\n"
    "Checks each document against the rule packs and prints the findings.\n"
    "PATH is a .txt, .md, .html/.htm or .jsonl file, a directory (read\n"
    "recursively, sorted; rule-pack fixtures, *.test.txt, left out), or - for\n"
    "stdin (JSONL when it starts with '{').\n"
    "\n"
    "flags:\n"
    "  --format=FORMAT            text (default), jsonl, json, sarif (SARIF 2.1.0),\n"
    "                             github (workflow commands), junit (JUnit XML) or html\n"
    "                             (one self-contained page for editors)\n"
    "  --color=auto|always|never  colour in text output (auto: when stdout is a terminal)\n"
    "  --write-baseline=FILE      record the current findings (by fingerprint, not line)\n"
    "  --baseline=FILE            report only findings not in FILE\n"
    "  --config=FILE              project configuration for every input (default: each\n"
    "                             input's nearest .claimcheck.yaml at or above it); --no-config: none\n"
    "  --rules=PATH               add a rule pack (.yaml) or a directory of packs; repeatable\n"
    "  --enable=ID|CATEGORY       run a rule (or every rule of a category) that is off by default\n"
    "                             (enabled: false); repeatable\n"
    "  --disable=ID|CATEGORY      do not run a rule, or any rule of a category; repeatable\n"
    "  --min-severity=error|warning|info   show only findings of this severity or above (default info);\n"
    "                             --fail-on still says which of them fail\n"
    "  --no-default-rules         do not load the built-in packs\n"
    "  --fail-on=error|warning|info|never   exit 1 when a finding reaches this severity (default error)\n"
    "  --text-field=NAME          JSONL field holding the text (default text)\n"
    "  --id-field=NAME            JSONL field holding the id (default id)\n"
    "  --stdin-format=auto|text|markdown|html|jsonl   format of - (default auto)\n"
    "  --lexicons=DIR             add the word lists in DIR to the built-in lexicons\n"
    "  --stats                    print throughput, time per stage and per analysis pass, and peak memory on stderr\n"
    "  --max-document-bytes=N     report larger documents instead of analysing them (default 16 MiB)\n"
    "  --max-document-seconds=S   report and skip a document whose analysis takes longer (default 60; 0: none)\n"
    "  --jobs=N                   documents checked in parallel (default: the number of cores);\n"
    "                             output is the same and in input order whatever N is\n"
    "  --help                     print this help\n"
    "\n"
    "exit: 0 clean, 1 findings at or above --fail-on, 2 usage, rule or input errors\n";

constexpr char kRulesHelp[] =
    "usage: claimcheck rules [--rules=PATH]... [--enable=ID]... [--all] [--no-default-rules]\n"
    "\n"
    "Lists the rules that run: id, category, severity, type, where defined, description.\n"
    "--all lists the rules that are off by default too (enable them with --enable=ID or\n"
    "'enable: [ID]' in .claimcheck.yaml).\n";

constexpr char kTestHelp[] =
    "usage: claimcheck test [--lexicons=DIR] [PATH...]\n"
    "\n"
    "Runs each rule pack against its fixture (<pack>.test.txt beside <pack>.yaml).\n"
    "With no PATH, tests the built-in packs. PATH is a pack or a directory of packs.\n"
    "Fixture markers: '# ruleid: RULE \"text\"', '# ok: RULE', '# todoruleid: RULE',\n"
    "'# todook: RULE'; see rules/README.md.\n";

struct Flags {
  std::map<std::string, std::string> values;
  std::map<std::string, std::vector<std::string>> lists;  // repeatable flags
  std::vector<std::string> paths;
  bool help = false;
};

// Parses --name=value / --name value / --flag. Unknown flags are an error.
bool ParseFlags(const std::vector<std::string>& args, size_t from,
                const std::set<std::string>& valued, const std::set<std::string>& boolean,
                Flags* f, std::string* error) {
  for (size_t i = from; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-" || !absl::StartsWith(a, "-")) {
      f->paths.push_back(a);
      continue;
    }
    if (a == "--") {
      for (++i; i < args.size(); ++i) f->paths.push_back(args[i]);
      break;
    }
    if (a == "--help" || a == "-h") {
      f->help = true;
      continue;
    }
    std::string name = a.substr(2), value;
    size_t eq = name.find('=');
    bool has_value = eq != std::string::npos;
    if (has_value) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (!absl::StartsWith(a, "--")) {
      *error = absl::StrCat("unknown flag '", a, "'");
      return false;
    }
    if (valued.count(name)) {
      if (!has_value) {
        if (i + 1 >= args.size()) {
          *error = absl::StrCat("flag --", name, " needs a value");
          return false;
        }
        value = args[++i];
      }
      f->values[name] = value;
      f->lists[name].push_back(value);
    } else if (boolean.count(name)) {
      if (has_value) {
        *error = absl::StrCat("flag --", name, " takes no value");
        return false;
      }
      f->values[name] = "true";
    } else {
      *error = absl::StrCat("unknown flag '--", name, "'");
      return false;
    }
  }
  return true;
}

std::string Get(const Flags& f, const std::string& name, const std::string& def) {
  auto it = f.values.find(name);
  return it == f.values.end() ? def : it->second;
}

int Usage(std::ostream& err, const std::string& msg, const char* help) {
  err << "claimcheck: " << msg << "\n\n" << help;
  return 2;
}

// Flags every command that reads documents takes.
const std::set<std::string>& InputFlags() {
  static const auto* f = new std::set<std::string>{"format", "text-field", "id-field",
                                                   "stdin-format", "lexicons", "jobs",
                                                   "max-document-bytes", "max-document-seconds"};
  return *f;
}

struct Setup {
  ReaderOptions reader;
  std::unique_ptr<Lexicons> lex;
  // --max-document-seconds: a document whose analysis takes longer is
  // reported and skipped (0: no limit).
  double max_document_seconds = 60;
};

// Loads lexicons and reader options; on error prints it and returns false.
bool SetUp(const Flags& f, std::ostream& err, Setup* out) {
  std::vector<std::string> dirs;
  if (f.lists.count("lexicons")) dirs = f.lists.at("lexicons");
  absl::StatusOr<Lexicons> lex = LoadLexicons(dirs);
  if (!lex.ok()) {
    err << "claimcheck: " << lex.status().message() << "\n";
    return false;
  }
  out->lex = std::make_unique<Lexicons>(*std::move(lex));
  out->reader.text_field = Get(f, "text-field", "text");
  out->reader.id_field = Get(f, "id-field", "id");
  out->reader.stdin_format = Get(f, "stdin-format", "auto");
  if (f.values.count("max-document-bytes")) {
    const std::string& v = f.values.at("max-document-bytes");
    if (!absl::SimpleAtoi(v, &out->reader.max_document_bytes) || out->reader.max_document_bytes == 0) {
      err << "claimcheck: --max-document-bytes must be a positive whole number, not '" << v << "'\n";
      return false;
    }
  }
  if (f.values.count("max-document-seconds")) {
    const std::string& v = f.values.at("max-document-seconds");
    if (!absl::SimpleAtod(v, &out->max_document_seconds) || !(out->max_document_seconds >= 0) ||
        out->max_document_seconds > 1e6) {
      err << "claimcheck: --max-document-seconds must be a number of seconds (0: no limit), not '" << v
          << "'\n";
      return false;
    }
  }
  static const std::set<std::string> kStdin = {"auto", "text", "markdown", "html", "jsonl"};
  if (!kStdin.count(out->reader.stdin_format)) {
    err << "claimcheck: unknown --stdin-format '" << out->reader.stdin_format
        << "' (expected auto, text, markdown, html or jsonl)\n";
    return false;
  }
  return true;
}

struct Totals {
  size_t docs = 0, failed = 0, bytes = 0;
  size_t by_severity[3] = {0, 0, 0};
  // --stats: wall time of reading, and thread time of each stage.
  absl::Duration read, analyze, check, write;
  PassTimes passes;  // the analyze stage by pass
  absl::Time start = absl::Now();
};

// --stats: throughput, time per stage and peak memory, on stderr.
void PrintStats(const Totals& t, int jobs, std::ostream& err) {
  double secs = absl::ToDoubleSeconds(absl::Now() - t.start);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  auto ms = [](absl::Duration d) { return absl::StrFormat("%.0f ms", absl::ToDoubleMilliseconds(d)); };
  std::string passes;
  for (int k = 0; k < static_cast<int>(Pass::kCount); ++k) {
    absl::StrAppend(&passes, k == 0 ? "" : ", ", PassName(static_cast<Pass>(k)), " ",
                    ms(absl::Seconds(t.passes.seconds[k])));
  }
  err << absl::StrFormat(
      "claimcheck: stats: %d documents, %d bytes in %.3f s: %.1f MB/s with %d jobs\n"
      "claimcheck: stats: stage time (summed over threads): read %s, analyze %s, check %s, "
      "write %s\n"
      "claimcheck: stats: analyze by pass: %s\n"
      "claimcheck: stats: peak RSS %.1f MB\n",
      t.docs, t.bytes, secs, secs > 0 ? t.bytes / 1e6 / secs : 0.0, jobs, ms(t.read),
      ms(t.analyze), ms(t.check), ms(t.write), passes, ru.ru_maxrss / 1024.0);
}

void PrintSummary(const Totals& t, bool findings, std::ostream& err) {
  if (&err == &std::cerr && isatty(STDERR_FILENO)) err << "\r";  // over the progress line
  auto count = [](size_t n, absl::string_view one, absl::string_view many) {
    return absl::StrCat(n, " ", n == 1 ? one : many);
  };
  err << "claimcheck: " << count(t.docs, "document", "documents") << " read, " << t.failed << " failed, "
      << count(t.bytes, "byte", "bytes");
  if (findings) {
    err << "; findings: " << count(t.by_severity[2], "error", "errors") << ", "
        << count(t.by_severity[1], "warning", "warnings") << ", " << t.by_severity[0] << " info";
  }
  err << "\n";
}

// What processing one document produced, written out in input order.
struct DocOutput {
  // Set by `work` when the document cannot be checked (its configuration
  // does not load): reported as a failed input.
  std::string error;
  std::string text;
  std::string baseline;  // --write-baseline lines for this document
  std::vector<std::string> hidden;  // --baseline fingerprints that hid a finding here
  size_t by_severity[3] = {0, 0, 0};
  bool failing = false;
  absl::Duration analyze, check, write;
  PassTimes passes;
};

// Reads every input, analyses each good document and runs
// `work(doc, analysis, &output)` on it on `jobs` threads, then
// `emit(output)` in input order on this thread. Input
// errors go to `err` at their place in the order. Documents are read in
// batches, so memory stays bounded whatever the corpus size.
// Bytes of the inputs, for the progress line's ETA (0 when unknown: stdin).
size_t InputBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  size_t total = 0;
  std::error_code ec;
  for (const std::string& p : paths) {
    if (p == "-") return 0;
    if (fs::is_directory(p, ec)) {
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

// Reads every input, analyses each good document and runs
// `work(doc, analysis, &output)` on it on `jobs` threads, then
// `emit(output)` in input order on this thread. Input
// errors go to `err` at their place in the order. Documents are read in
// batches, so memory stays bounded whatever the corpus size. With more than
// one job, this thread reads the next batch and writes out the previous one
// while the workers analyse the current one, so reading and writing do not
// leave the cores idle.
template <typename Work, typename Emit>
void ForEachDocument(const Flags& f, const Setup& setup, std::istream& in, std::ostream& err,
                     int jobs, Totals* t, Work work, Emit emit) {
  // A progress line for long runs, only when stderr is a terminal.
  const bool progress = &err == &std::cerr && isatty(STDERR_FILENO);
  const size_t total = progress ? InputBytes(f.paths) : 0;
  const bool stats = f.values.count("stats") > 0;
  const Analyzer analyzer(*setup.lex);
  absl::Time last_progress = absl::Now();
  DocumentStream stream(f.paths, setup.reader, &in);
  const size_t kBatchDocs = 64 * static_cast<size_t>(jobs);
  const size_t kBatchBytes = 16u << 20;
  struct Batch {
    std::vector<InputItem> items;
    std::vector<DocOutput> outputs;
  };
  bool more = true;
  auto read = [&](Batch* b) {
    b->items.clear();
    if (!more) return;
    size_t bytes = 0;
    InputItem item;
    absl::Time read_start = absl::Now();
    while (b->items.size() < kBatchDocs && bytes < kBatchBytes && (more = stream.Next(&item))) {
      bytes += item.bytes;
      b->items.push_back(std::move(item));
      item = InputItem();
    }
    t->read += absl::Now() - read_start;
    b->outputs.assign(b->items.size(), DocOutput());
  };
  // Analyses the documents of *b not yet taken by another thread.
  std::atomic<size_t> next{0};
  auto drain = [&](Batch* b) {
    for (size_t i; (i = next.fetch_add(1)) < b->items.size();) {
      if (!b->items[i].status.ok()) continue;
      const Document& doc = b->items[i].doc;
      DocOutput* o = &b->outputs[i];
      absl::Time start = absl::Now();
      Analysis a;
      Pass stopped;
      if (!analyzer.AnalyzeWithin(doc, setup.max_document_seconds, &a, &stopped,
                                  stats ? &o->passes : nullptr)) {
        // Written by this thread only; read by write() after the batch is done.
        b->items[i].status = absl::DeadlineExceededError(absl::StrCat(
            doc.path, doc.record_line > 0 ? absl::StrCat(":", doc.record_line) : "",
            ": analysis stopped after ", setup.max_document_seconds, " s, in the ", PassName(stopped),
            " pass (--max-document-seconds); document not checked"));
        continue;
      }
      o->analyze = absl::Now() - start;
      work(doc, a, o);
    }
  };
  auto write = [&](const Batch& b) {
    for (size_t i = 0; i < b.items.size(); ++i) {
      t->bytes += b.items[i].bytes;
      if (!b.items[i].status.ok()) {
        ++t->failed;
        err << "claimcheck: error: " << b.items[i].status.message() << "\n";
        continue;
      }
      if (!b.outputs[i].error.empty()) {
        ++t->failed;
        err << "claimcheck: error: " << b.outputs[i].error << "\n";
        continue;
      }
      ++t->docs;
      for (const std::string& notice : b.items[i].doc.notices) {
        err << "claimcheck: warning: " << notice << "\n";
      }
      if (progress && absl::Now() - last_progress > absl::Milliseconds(500)) {
        last_progress = absl::Now();
        double secs = absl::ToDoubleSeconds(last_progress - t->start);
        double rate = secs > 0 ? t->bytes / 1e6 / secs : 0;
        std::string eta = total > t->bytes && rate > 0
                              ? absl::StrFormat(", ETA %.0f s", (total - t->bytes) / 1e6 / rate)
                              : "";
        err << absl::StrFormat("\rclaimcheck: %d documents, %.1f MB, %.1f MB/s%s   ", t->docs,
                               t->bytes / 1e6, rate, eta)
            << std::flush;
      }
      t->analyze += b.outputs[i].analyze;
      t->check += b.outputs[i].check;
      t->write += b.outputs[i].write;
      t->passes.Add(b.outputs[i].passes);
      emit(b.outputs[i]);
    }
  };
  Batch cur;
  read(&cur);
  if (jobs <= 1) {
    while (!cur.items.empty()) {
      next.store(0);
      drain(&cur);
      write(cur);
      read(&cur);
    }
    return;
  }
  // jobs - 1 threads analyse the current batch while this thread writes the
  // previous one and reads the next; then it analyses too, so `jobs` cores
  // stay busy and no more than `jobs` threads run.
  Batch prev, ahead;
  while (!cur.items.empty()) {
    next.store(0);
    std::vector<std::thread> threads;
    for (int k = 1; k < jobs; ++k) threads.emplace_back([&] { drain(&cur); });
    write(prev);
    read(&ahead);
    drain(&cur);
    for (std::thread& th : threads) th.join();
    std::swap(prev, cur);
    std::swap(cur, ahead);
  }
  write(prev);
}

// --jobs: a positive number, default the number of cores.
bool ParseJobs(const Flags& f, std::ostream& err, int* jobs) {
  std::string v = Get(f, "jobs", "");
  if (v.empty()) {
    *jobs = std::max(1u, std::thread::hardware_concurrency());
    return true;
  }
  if (!absl::SimpleAtoi(v, jobs) || *jobs < 1 || *jobs > 256) {
    err << "claimcheck: --jobs must be a whole number from 1 to 256, not '" << v << "'\n";
    return false;
  }
  return true;
}

int RunExtract(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
               std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, InputFlags(), {"stats"}, &f, &error)) return Usage(err, error, kExtractHelp);
  if (f.help) {
    out << kExtractHelp;
    return 0;
  }
  std::string format = Get(f, "format", "text");
  if (format != "text" && format != "jsonl") {
    return Usage(err, absl::StrCat("unknown --format '", format, "' (expected text or jsonl)"),
                 kExtractHelp);
  }
  if (f.paths.empty()) return Usage(err, "no input: give a PATH or - for stdin", kExtractHelp);
  Setup setup;
  if (!SetUp(f, err, &setup)) return 2;
  int jobs;
  if (!ParseJobs(f, err, &jobs)) return 2;
  Totals t;
  ForEachDocument(
      f, setup, in, err, jobs, &t,
      [&](const Document& doc, const Analysis& a, DocOutput* o) {
        absl::Time t1 = absl::Now();
        if (format == "jsonl") WriteExtractJsonl(doc, a, &o->text); else WriteExtractText(doc, a, &o->text);
        o->write = absl::Now() - t1;
      },
      [&](const DocOutput& o) { out << o.text; });
  out.flush();
  PrintSummary(t, false, err);
  if (f.values.count("stats")) PrintStats(t, jobs, err);
  return t.failed > 0 ? 2 : 0;
}

// A file's bytes, or nothing when it cannot be read.
std::optional<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return ss.str();
}

// The project configuration: --config FILE, else .claimcheck.yaml found from
// the first input's directory upwards (RunCheck gives each later input
// its own nearest one, Checkers); --no-config ignores it.
absl::StatusOr<ProjectConfig> LoadConfig(const Flags& f) {
  if (f.values.count("no-config")) return ProjectConfig{};
  if (f.values.count("config")) {
    const std::string& file = f.values.at("config");
    std::optional<std::string> yaml = ReadWholeFile(file);
    if (!yaml) return absl::NotFoundError(absl::StrCat(file, ": cannot read configuration file"));
    return LoadProjectConfig(file, *yaml);
  }
  std::string start = ".";
  if (!f.paths.empty() && f.paths[0] != "-") {
    std::error_code ec;
    start = std::filesystem::is_directory(f.paths[0], ec)
                ? f.paths[0]
                : std::filesystem::path(f.paths[0]).parent_path().string();
  }
  return FindProjectConfig(start);
}

// With `keep_all`, rules that are off by default are loaded too.
absl::StatusOr<RuleSet> LoadRules(const Flags& f, const ProjectConfig& cfg, bool keep_all = false) {
  RuleSetBuilder b;
  if (!f.values.count("no-default-rules") && cfg.default_rules) {
    if (auto s = b.AddBuiltinPacks(); !s.ok()) return s;
  }
  for (const std::string& p : cfg.rules) {
    if (auto s = b.AddPath(p); !s.ok()) return s;
  }
  if (f.lists.count("rules")) {
    for (const std::string& p : f.lists.at("rules")) {
      if (auto s = b.AddPath(p); !s.ok()) return s;
    }
  }
  std::vector<std::pair<std::string, std::string>> enable = cfg.enable;
  if (f.lists.count("enable")) {
    for (const std::string& id : f.lists.at("enable")) enable.emplace_back(id, "--enable");
  }
  if (!keep_all) {
    if (auto s = b.KeepEnabled(enable); !s.ok()) return s;
  }
  for (const auto& [id, where] : cfg.disable) {
    if (auto s = b.Disable(id, where); !s.ok()) return s;
  }
  if (f.lists.count("disable")) {
    for (const std::string& id : f.lists.at("disable")) {
      if (auto s = b.Disable(id, "--disable"); !s.ok()) return s;
    }
  }
  for (const ProjectConfig::Override& o : cfg.severity) {
    if (auto s = b.SetSeverity(o.id, o.severity, o.where); !s.ok()) return s;
  }
  return b.Build();
}

// What a document is checked with: a configuration, its rules and its gate.
struct Checker {
  ProjectConfig cfg;
  std::optional<RuleSet> rules;
  absl::flat_hash_set<std::string> known_rules;  // the ids and categories a suppression may name
  Severity threshold = Severity::kError;
  bool never = false;
  std::string error;  // why the configuration or its rules did not load
};

// The checker for configuration `cfg`: --fail-on over its fail_on.
std::unique_ptr<Checker> MakeChecker(const Flags& f, ProjectConfig cfg) {
  auto ch = std::make_unique<Checker>();
  const std::string fail_on = Get(f, "fail-on", cfg.fail_on.empty() ? "error" : cfg.fail_on);
  ch->never = fail_on == "never";
  if (!ch->never && !ParseSeverity(fail_on, &ch->threshold)) {
    ch->error = absl::StrCat("unknown --fail-on '", fail_on, "' (expected error, warning, info or never)");
  }
  absl::StatusOr<RuleSet> rules = LoadRules(f, cfg);
  if (!rules.ok()) {
    ch->error = std::string(rules.status().message());
  } else {
    for (const auto& r : rules->rules()) {
      ch->known_rules.insert(r->id);
      ch->known_rules.insert(r->category);
    }
    ch->rules.emplace(*std::move(rules));
  }
  ch->cfg = std::move(cfg);
  return ch;
}

// Each input's configuration: the nearest .claimcheck.yaml at or above it,
// one per directory as Vale's .vale.ini (or --config / --no-config for
// all). Each configuration's rules are built once, when a document first
// needs them. Thread-safe.
class Checkers {
 public:
  // `first`: the configuration of the first input, already built; `fixed`:
  // it serves every input.
  Checkers(const Flags& f, std::unique_ptr<Checker> first, bool fixed) : f_(f), fixed_(fixed) {
    first_ = first.get();
    by_file_[first->cfg.file] = std::move(first);
  }
  const Checker& first() const { return *first_; }

  // The checker for the document or file at `path` ("-": standard input,
  // the working directory's).
  const Checker& For(const std::string& path) {
    if (fixed_) return *first_;
    namespace fs = std::filesystem;
    std::error_code ec;
    const std::string dir =
        path == "-" ? std::string(".") : fs::absolute(path, ec).lexically_normal().parent_path().string();
    std::lock_guard<std::mutex> lock(mu_);
    if (auto it = by_dir_.find(dir); it != by_dir_.end()) return *it->second;
    absl::StatusOr<ProjectConfig> cfg = FindProjectConfig(dir);
    const std::string key = cfg.ok() ? cfg->file : absl::StrCat("\n", dir);  // (an error: its own key)
    auto it = by_file_.find(key);
    if (it == by_file_.end()) {
      std::unique_ptr<Checker> ch;
      if (cfg.ok()) {
        ch = MakeChecker(f_, *std::move(cfg));
      } else {
        ch = std::make_unique<Checker>();
        ch->error = std::string(cfg.status().message());
      }
      it = by_file_.emplace(key, std::move(ch)).first;
    }
    by_dir_[dir] = it->second.get();
    return *it->second;
  }

 private:
  const Flags& f_;
  const bool fixed_;
  Checker* first_ = nullptr;
  std::mutex mu_;
  absl::flat_hash_map<std::string, std::unique_ptr<Checker>> by_file_;  // configuration file ("" none)
  absl::flat_hash_map<std::string, const Checker*> by_dir_;            // absolute directory
};

int RunCheck(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  Flags f;
  std::string error;
  std::set<std::string> valued = InputFlags();
  valued.insert({"rules", "enable", "disable", "fail-on", "min-severity", "color", "baseline", "write-baseline",
                 "config"});
  if (!ParseFlags(args, 1, valued, {"no-default-rules", "stats", "no-config"}, &f, &error)) {
    return Usage(err, error, kCheckHelp);
  }
  if (f.help) {
    out << kCheckHelp;
    return 0;
  }
  std::string format = Get(f, "format", "text");
  absl::StatusOr<ProjectConfig> cfg = LoadConfig(f);
  if (!cfg.ok()) {
    err << "claimcheck: " << cfg.status().message() << "\n";
    return 2;
  }
  std::string fail_on = Get(f, "fail-on", cfg->fail_on.empty() ? "error" : cfg->fail_on);
  Severity threshold = Severity::kError;
  bool never = fail_on == "never";
  if (!never && !ParseSeverity(fail_on, &threshold)) {
    return Usage(err, absl::StrCat("unknown --fail-on '", fail_on,
                                   "' (expected error, warning, info or never)"),
                 kCheckHelp);
  }
  // --min-severity: what is shown (and counted, and gated); --fail-on: what fails.
  Severity shown = Severity::kInfo;
  if (f.values.count("min-severity") && !ParseSeverity(f.values.at("min-severity"), &shown)) {
    return Usage(err, absl::StrCat("unknown --min-severity '", f.values.at("min-severity"),
                                   "' (expected error, warning or info)"),
                 kCheckHelp);
  }
  std::string color = Get(f, "color", "auto");
  if (color != "auto" && color != "always" && color != "never") {
    return Usage(err, absl::StrCat("unknown --color '", color, "' (expected auto, always or never)"),
                 kCheckHelp);
  }
  FormatOptions fo;
  fo.color = color == "always" || (color == "auto" && &out == &std::cout && isatty(STDOUT_FILENO));
  fo.fail_on = threshold;
  fo.never_fail = never;
  absl::StatusOr<std::unique_ptr<FindingFormat>> fmt = MakeFindingFormat(format, fo);
  if (!fmt.ok()) return Usage(err, std::string(fmt.status().message()), kCheckHelp);
  if (f.paths.empty()) return Usage(err, "no input: give a PATH or - for stdin", kCheckHelp);
  Setup setup;
  if (!SetUp(f, err, &setup)) return 2;
  setup.reader.ignore = cfg->ignore;
  setup.reader.ignore_base = cfg->dir;
  // The first input's configuration, checked before anything is read; the
  // others' (a .claimcheck.yaml nearer to an input) as their inputs come.
  const bool fixed_config = f.values.count("config") > 0 || f.values.count("no-config") > 0;
  std::unique_ptr<Checker> first_checker = MakeChecker(f, *cfg);
  if (!first_checker->error.empty()) {
    err << "claimcheck: " << first_checker->error << "\n";
    return 2;
  }
  Checkers checkers(f, std::move(first_checker), fixed_config);
  const RuleSet* rules = &*checkers.first().rules;
  if (!fixed_config) {
    setup.reader.walk_ignores = [&checkers](const std::string& path) {
      const Checker& ch = checkers.For(path);
      ReaderOptions nearest;
      nearest.ignore = ch.cfg.ignore;
      nearest.ignore_base = ch.cfg.dir;
      return Ignored(nearest, path);
    };
  }
  int jobs;
  if (!ParseJobs(f, err, &jobs)) return 2;
  // --baseline: findings already known are not reported again.
  absl::flat_hash_set<std::string> baseline;
  std::vector<std::pair<std::string, std::string>> baseline_lines;  // fingerprint, rule and words
  if (f.values.count("baseline")) {
    std::ifstream in_base(f.values.at("baseline"));
    if (!in_base) {
      err << "claimcheck: " << f.values.at("baseline") << ": cannot read baseline file\n";
      return 2;
    }
    std::string line;
    int line_no = 0;
    while (std::getline(in_base, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      std::string fp = line.substr(0, line.find('\t'));
      if (fp.size() != 16 || fp.find_first_not_of("0123456789abcdef") != std::string::npos) {
        err << "claimcheck: " << f.values.at("baseline") << ":" << line_no
            << ": not a baseline line (expected FINGERPRINT<TAB>RULE<TAB>TEXT, as --write-baseline writes)\n";
        return 2;
      }
      baseline.insert(fp);
      baseline_lines.emplace_back(fp, line.size() > 17 ? line.substr(17) : "");
    }
  }
  const bool write_baseline = f.values.count("write-baseline") > 0;
  std::string baseline_out;
  Totals t;
  bool failing = false;
  size_t hidden_count = 0;
  absl::flat_hash_set<std::string> baseline_used;
  // (SARIF lists the first configuration's rules; a finding of a rule only a
  // nearer configuration adds carries its id without an index.)
  out << (*fmt)->Begin(*rules);
  ForEachDocument(
      f, setup, in, err, jobs, &t,
      [&](const Document& doc, const Analysis& a, DocOutput* o) {
        absl::Time t1 = absl::Now();
        const Checker& ch = checkers.For(doc.path);
        if (!ch.error.empty()) {
          o->error = absl::StrCat(doc.path, ": not checked: ", ch.error);
          return;
        }
        std::vector<Finding> found = ch.rules->Check(doc, a);
        ApplySuppressions(doc, &found, &ch.known_rules);
        if (shown != Severity::kInfo) {
          found.erase(std::remove_if(found.begin(), found.end(),
                                     [&](const Finding& x) { return x.severity < shown; }),
                      found.end());
        }
        if (!baseline.empty() || write_baseline) {
          // Fingerprints survive re-wrapping and moving text (rule + words + sentence).
          std::vector<Finding> fresh;
          for (Finding& x : found) {
            std::string fp = FindingFingerprint(doc, a, x);
            if (write_baseline) {
              absl::StrAppend(&o->baseline, fp, "\t", x.rule, "\t",
                              absl::string_view(doc.text).substr(x.span.start, x.span.size()), "\n");
            }
            if (!baseline.contains(fp)) {
              fresh.push_back(std::move(x));
            } else {
              o->hidden.push_back(std::move(fp));
            }
          }
          found.swap(fresh);
        }
        absl::Time t2 = absl::Now();
        for (const Finding& x : found) {
          ++o->by_severity[static_cast<int>(x.severity)];
          if (!ch.never && x.severity >= ch.threshold) o->failing = true;
        }
        o->text = (*fmt)->Document(doc, a, found);
        o->check = t2 - t1;
        o->write = absl::Now() - t2;
      },
      [&](const DocOutput& o) {
        baseline_out += o.baseline;
        hidden_count += o.hidden.size();
        for (const std::string& fp : o.hidden) baseline_used.insert(fp);
        for (int k = 0; k < 3; ++k) t.by_severity[k] += o.by_severity[k];
        failing |= o.failing;
        out << (*fmt)->Join(o.text);
      });
  FormatTotals ft;
  ft.documents = t.docs;
  ft.failed_inputs = t.failed;
  for (int k = 0; k < 3; ++k) ft.by_severity[k] = t.by_severity[k];
  out << (*fmt)->End(ft);
  if (write_baseline) {
    std::ofstream bo(f.values.at("write-baseline"), std::ios::binary | std::ios::trunc);
    errno = 0;
    bo << "# claimcheck baseline: fingerprint (rule + words + sentence), rule, words\n" << baseline_out;
    bo.close();  // the last bytes are written here, and may fail here
    if (!bo) {
      err << "claimcheck: " << f.values.at("write-baseline") << ": cannot write baseline file: "
          << std::strerror(errno != 0 ? errno : EIO) << "\n";
      return 2;
    }
  }
  out.flush();
  PrintSummary(t, true, err);
  if (f.values.count("baseline")) {
    // What the baseline hid, and its entries that match nothing any more
    // (fixed, or the words changed): candidates to drop with --write-baseline.
    std::vector<const std::pair<std::string, std::string>*> stale;
    for (const auto& entry : baseline_lines) {
      if (!baseline_used.contains(entry.first)) stale.push_back(&entry);
    }
    err << "claimcheck: baseline " << f.values.at("baseline") << " hid " << hidden_count
        << (hidden_count == 1 ? " finding" : " findings") << "; " << stale.size() << " of its "
        << baseline_lines.size() << (baseline_lines.size() == 1 ? " entry" : " entries")
        << " matched nothing\n";
    for (size_t k = 0; k < stale.size() && k < 10; ++k) {
      err << "claimcheck:   stale: " << stale[k]->first << "\t" << stale[k]->second << "\n";
    }
    if (stale.size() > 10) err << "claimcheck:   … and " << stale.size() - 10 << " more\n";
  }
  if (f.values.count("stats")) PrintStats(t, jobs, err);
  if (t.failed > 0) return 2;
  if (t.docs == 0) {
    // An empty directory, or one whose every file the configuration
    // ignores: nothing was checked, which must not pass a gate for clean.
    // (With --fail-on=never there is no gate: a report of nothing.)
    err << "claimcheck: " << (never ? "warning" : "error") << ": no documents read from "
        << absl::StrJoin(f.paths, ", ") << " (empty, or every file ignored by the configuration)\n";
    if (!never) return 2;
  }
  return failing ? 1 : 0;
}

int RunRules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, {"rules", "enable", "config"}, {"no-default-rules", "no-config", "all"}, &f,
                  &error)) {
    return Usage(err, error, kRulesHelp);
  }
  if (f.help) {
    out << kRulesHelp;
    return 0;
  }
  absl::StatusOr<ProjectConfig> cfg = LoadConfig(f);
  if (!cfg.ok()) {
    err << "claimcheck: " << cfg.status().message() << "\n";
    return 2;
  }
  absl::StatusOr<RuleSet> rules = LoadRules(f, *cfg, /*keep_all=*/f.values.count("all") > 0);
  if (!rules.ok()) {
    err << "claimcheck: " << rules.status().message() << "\n";
    return 2;
  }
  for (const auto& r : rules->rules()) {
    out << r->id << "\t" << r->category << "\t" << SeverityName(r->severity) << "\t" << r->type
        << "\t" << r->file << ":" << r->line << "\t" << r->description
        << (r->enabled ? "" : " (off by default: enable it in .claimcheck.yaml or with --enable)") << "\n";
  }
  err << "claimcheck: " << rules->rules().size() << " rules loaded\n";
  return 0;
}

constexpr char kConfigHelp[] =
    "usage: claimcheck config [--config=FILE | --no-config] [PATH]\n"
    "\n"
    "Prints the configuration 'claimcheck check PATH' uses (default PATH: the\n"
    "current directory): the .claimcheck.yaml found from PATH's directory\n"
    "upwards (or --config FILE), and every setting, the defaults included.\n";

// The effective configuration, as YAML with the file it came from.
int RunConfig(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, {"config"}, {"no-config"}, &f, &error)) return Usage(err, error, kConfigHelp);
  if (f.help) {
    out << kConfigHelp;
    return 0;
  }
  if (f.paths.size() > 1) return Usage(err, "config takes one PATH", kConfigHelp);
  absl::StatusOr<ProjectConfig> cfg = LoadConfig(f);
  if (!cfg.ok()) {
    err << "claimcheck: " << cfg.status().message() << "\n";
    return 2;
  }
  auto list = [&](const char* key, const std::vector<std::string>& v) {
    out << key << ":";
    if (v.empty()) out << " []";
    out << "\n";
    for (const std::string& x : v) {
      std::string quoted;
      AppendJsonString(x, &quoted);  // a JSON string is a YAML scalar ("*.md" would be an alias)
      out << "  - " << quoted << "\n";
    }
  };
  out << "# " << (f.values.count("no-config") ? "--no-config: none read"
                  : cfg->file.empty()          ? "no .claimcheck.yaml found: the defaults"
                                               : absl::StrCat("from ", cfg->file))
      << "\n";
  out << "default_rules: " << (cfg->default_rules ? "true" : "false") << "\n";
  list("rules", cfg->rules);
  std::vector<std::string> ids;
  for (const auto& [id, where] : cfg->enable) ids.push_back(id);
  list("enable", ids);
  ids.clear();
  for (const auto& [id, where] : cfg->disable) ids.push_back(id);
  list("disable", ids);
  out << "severity:";
  if (cfg->severity.empty()) out << " {}";
  out << "\n";
  for (const ProjectConfig::Override& o : cfg->severity) out << "  " << o.id << ": " << SeverityName(o.severity) << "\n";
  list("ignore", cfg->ignore);
  out << "fail_on: " << (cfg->fail_on.empty() ? "error" : cfg->fail_on) << "\n";
  return 0;
}

constexpr char kMergeHelp[] =
    "usage: claimcheck merge [--format=jsonl|sarif] [--inputs=FILE] REPORT...\n"
    "\n"
    "Merges reports that 'claimcheck check --format=jsonl' (or sarif) wrote over\n"
    "disjoint parts of a corpus into the report of one run over all of them, on\n"
    "standard output. Findings go in the order of the inputs listed in FILE (one\n"
    "path per line, as they were given to check); a path not listed comes after.\n"
    "SARIF reports must come from the same packs and configuration.\n"
    "\n"
    "  --format=jsonl|sarif   the reports' format (default jsonl)\n"
    "  --inputs=FILE          the inputs' paths in order\n";

int RunMerge(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, {"format", "inputs"}, {}, &f, &error)) return Usage(err, error, kMergeHelp);
  if (f.help) {
    out << kMergeHelp;
    return 0;
  }
  if (f.paths.empty()) return Usage(err, "merge needs at least one REPORT", kMergeHelp);
  const std::string format = f.values.count("format") ? f.values.at("format") : "jsonl";
  std::vector<std::string> inputs;
  if (f.values.count("inputs")) {
    const std::string& file = f.values.at("inputs");
    std::optional<std::string> list = ReadWholeFile(file);
    if (!list) {
      err << "claimcheck: " << file << ": cannot read the list of inputs\n";
      return 2;
    }
    for (absl::string_view line : absl::StrSplit(*list, '\n', absl::SkipEmpty())) {
      inputs.emplace_back(absl::StripSuffix(line, "\r"));
    }
  }
  std::vector<Report> reports;
  for (const std::string& path : f.paths) {
    std::optional<std::string> data = ReadWholeFile(path);
    if (!data) {
      err << "claimcheck: " << path << ": cannot read the report\n";
      return 2;
    }
    reports.push_back({path, *std::move(data)});
  }
  absl::StatusOr<std::string> merged = MergeReports(format, reports, inputs);
  if (!merged.ok()) {
    err << "claimcheck: " << merged.status().message() << "\n";
    return 2;
  }
  out << *merged;
  return 0;
}

int RunTest(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, {"lexicons"}, {}, &f, &error)) return Usage(err, error, kTestHelp);
  if (f.help) {
    out << kTestHelp;
    return 0;
  }
  Setup setup;
  if (!SetUp(f, err, &setup)) return 2;
  Analyzer analyzer(*setup.lex);
  // (pack name, pack yaml, fixture name, fixture text)
  struct Pack { std::string file, yaml, fixture_file, fixture; };
  std::vector<Pack> packs;
  int load_errors = 0;
  if (f.paths.empty()) {
    std::vector<BuiltinFile> files = BuiltinRuleFiles();
    for (const BuiltinFile& y : files) {
      if (!absl::EndsWith(y.name, ".yaml")) continue;
      Pack p{absl::StrCat("rules/", y.name), y.data, "", ""};
      std::string fx = absl::StrCat(y.name.substr(0, y.name.size() - 5), ".test.txt");
      for (const BuiltinFile& x : files) {
        if (x.name == fx) p = Pack{p.file, p.yaml, absl::StrCat("rules/", fx), x.data};
      }
      packs.push_back(p);
    }
  } else {
    std::vector<std::string> yamls;
    for (const std::string& path : f.paths) {
      std::error_code ec;
      if (std::filesystem::is_directory(path, ec)) {
        for (const auto& e : std::filesystem::directory_iterator(path, ec)) {
          std::string p = e.path().string();
          if (absl::EndsWith(p, ".yaml") || absl::EndsWith(p, ".yml")) yamls.push_back(p);
        }
      } else {
        yamls.push_back(path);
      }
    }
    std::sort(yamls.begin(), yamls.end());
    for (const std::string& y : yamls) {
      std::optional<std::string> yaml = ReadWholeFile(y);
      if (!yaml) {
        err << "claimcheck: " << y << ": cannot open rule pack\n";
        ++load_errors;
        continue;
      }
      std::string stem = y.substr(0, y.rfind('.'));
      Pack p{y, *std::move(yaml), absl::StrCat(stem, ".test.txt"), ""};
      if (std::optional<std::string> fixture = ReadWholeFile(p.fixture_file)) {
        p.fixture = *std::move(fixture);
      } else {
        p.fixture_file.clear();
      }
      packs.push_back(p);
    }
  }
  int passed = 0, failed = load_errors;
  for (const Pack& p : packs) {
    RuleSetBuilder b;
    absl::Status s = b.AddPack(p.file, p.yaml);
    absl::StatusOr<RuleSet> rules = s.ok() ? b.Build() : absl::StatusOr<RuleSet>(s);
    if (!rules.ok()) {
      err << "claimcheck: " << rules.status().message() << "\n";
      ++failed;
      continue;
    }
    if (p.fixture_file.empty()) {
      out << p.file << ": no fixture (expected " << p.file.substr(0, p.file.rfind('.'))
          << ".test.txt beside it)\n";
      ++failed;
      continue;
    }
    FixtureResult r = RunFixture(p.fixture_file, p.fixture, *rules, analyzer);
    for (const std::string& x : r.failures) out << "FAIL " << x << "\n";
    for (const std::string& x : r.notes) out << "note " << x << "\n";
    int bad = static_cast<int>(r.failures.size());
    out << p.fixture_file << ": " << r.cases << " cases, " << r.checks << " checks, " << bad
        << " failed\n";
    passed += r.checks - std::min(bad, r.checks);
    failed += bad;
  }
  out << passed << " passed, " << failed << " failed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace

int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err) {
  if (args.empty()) {
    err << kUsage;
    return 2;
  }
  const std::string& cmd = args[0];
  if (cmd == "help" || cmd == "--help" || cmd == "-h") {
    out << kUsage;
    return 0;
  }
  if (cmd == "extract") return RunExtract(args, in, out, err);
  if (cmd == "check") return RunCheck(args, in, out, err);
  if (cmd == "rules") return RunRules(args, out, err);
  if (cmd == "config") return RunConfig(args, out, err);
  if (cmd == "test") return RunTest(args, out, err);
  if (cmd == "merge") return RunMerge(args, out, err);
  err << "claimcheck: unknown command '" << cmd << "'\n\n" << kUsage;
  return 2;
}

}  // namespace claimcheck
