#include "tools/cli.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <any>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "engine/fix/fixes.h"
#include "engine/json/json_writer.h"
#include "engine/output/extract_output.h"
#include "engine/output/formats.h"
#include "engine/output/report_merge.h"
#include "engine/pipeline.h"
#include "engine/rules/fixture.h"
#include "engine/stats/corpus_stats.h"
#include "tools/lsp/language_server.h"

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
    "  fix       apply the fixes rules offer (\"claimed\" -> \"said\") and print them as a diff\n"
    "  lsp       serve an editor: a language server on stdin and stdout\n"
    "  merge     merge reports of check over parts of a corpus into one\n"
    "  stats     figures about a corpus: rates per 1,000 words, sources of claims, quotes\n"
    "  test      run rule packs against their annotated fixtures\n"
    "  help      print this help\n"
    "\n"
    "Run 'claimcheck COMMAND --help' for a command's flags.\n";

constexpr char kStatsHelp[] =
    "usage: claimcheck stats [flags] PATH...\n"
    "\n"
    "Figures about a corpus that a linter does not give: findings per 1,000 words\n"
    "by category and by rule, whom the reported claims come from (named,\n"
    "anonymous, vague, no one), quotes per article, the most quoted speakers and\n"
    "the share of loaded reporting verbs; for the whole corpus and, with\n"
    "--group-by, for each value of a JSONL record's field. Streams like check.\n"
    "\n"
    "flags:\n"
    "  --group-by=FIELD[:month]   group by a JSONL field (category, publisher, author, ...);\n"
    "                             FIELD:month buckets a date field by month (2016-07)\n"
    "  --format=text|jsonl|csv    tables (default), one JSON object per group and one for\n"
    "                             the corpus, or group,measure,key,value rows\n"
    "  --config, --no-config, --rules, --enable, --disable, --no-default-rules,\n"
    "  --min-severity, --text-field, --id-field, --stdin-format, --stdin-name,\n"
    "  --lexicons, --jobs, --max-document-bytes, --max-document-seconds   as for check\n"
    "  --help                     print this help\n";

constexpr char kFixHelp[] =
    "usage: claimcheck fix [--dry-run] [flags] PATH...\n"
    "\n"
    "Applies the fixes the rules offer (\"claimed\" -> \"said\", \"It is understood\"\n"
    "-> \"[who] understands\") to .txt, .md and .html/.htm files, and prints them\n"
    "as a unified diff (patch -p1 applies it). Of two fixes that overlap, the first\n"
    "is applied; no fix changes words inside a quotation. JSONL records and stdin\n"
    "are not rewritten.\n"
    "\n"
    "flags:\n"
    "  --dry-run                  print the diff and write nothing\n"
    "  --config, --no-config, --rules, --enable, --disable, --no-default-rules,\n"
    "  --min-severity, --lexicons, --jobs, --max-document-bytes,\n"
    "  --max-document-seconds     as for check\n"
    "  --help                     print this help\n"
    "\n"
    "exit: 0 done (fixes or none), 2 usage, rule or input errors, or a file that could not be written\n";

constexpr char kLspHelp[] =
    "usage: claimcheck lsp [--stdio] [flags]\n"
    "\n"
    "A language server (LSP 3.17) on stdin and stdout, for editors: diagnostics for\n"
    "Markdown, HTML and plain-text documents as they are edited, hover to see who\n"
    "says what, and code actions for the rules' fixes. Each document is checked with\n"
    "its nearest .claimcheck.yaml; changes to it or to a rule pack apply at once.\n"
    "\n"
    "flags:\n"
    "  --stdio                    the transport (the only one; accepted for clients that pass it)\n"
    "  --config, --no-config, --rules, --enable, --disable, --no-default-rules,\n"
    "  --lexicons, --max-document-seconds   as for check\n"
    "  --help                     print this help\n";

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
    "  --stdin-name=PATH       the path - stands for in the output, errors and configuration lookup\n"
    "  --stdin-first-line=N    the line number of stdin's first line (a part of a JSONL file; default 1)\n"
    "  --list-inputs           print the files PATH... expand to (directories walked), in order, as\n"
    "                          BYTES<TAB>PATH lines (error<TAB>MESSAGE for one that cannot be read);\n"
    "                          read none of them\n"
    "  --lexicons=DIR          add the word lists in DIR to the built-in ones (a file starting\n"
    "                          %replace replaces its built-in file)\n"
    "  --jobs=N                documents analysed in parallel (default: the number of cores)\n"
    "  --stats                 print throughput, time per stage and per analysis pass, and peak memory on "
    "stderr\n"
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
    "  --stdin-name=PATH          the path - stands for in the output, errors and configuration lookup\n"
    "  --stdin-first-line=N       the line number of stdin's first line (a part of a JSONL file; default 1)\n"
    "  --list-inputs              print the files PATH... expand to (directories walked, the\n"
    "                             configuration's ignores applied), in order, as BYTES<TAB>PATH lines\n"
    "                             (error<TAB>MESSAGE for one that cannot be read); read none of them\n"
    "  --lexicons=DIR             add the word lists in DIR to the built-in ones (a file starting\n"
    "                             %replace replaces its built-in file)\n"
    "  --stats                    print throughput, time per stage and per analysis pass, and peak memory on "
    "stderr\n"
    "  --max-document-bytes=N     report larger documents instead of analysing them (default 16 MiB)\n"
    "  --max-document-seconds=S   report and skip a document whose analysis takes longer (default 60; 0: "
    "none)\n"
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
bool ParseFlags(const std::vector<std::string>& args, size_t from, const std::set<std::string>& valued,
                const std::set<std::string>& boolean, Flags* f, std::string* error) {
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
  static const auto* f = new std::set<std::string>{
      "format",           "text-field", "id-field", "stdin-format",       "stdin-name",
      "stdin-first-line", "lexicons",   "jobs",     "max-document-bytes", "max-document-seconds"};
  return *f;
}

// The reading and analysis flags every command that reads documents takes,
// into *o; on error prints it and returns false.
bool ReadingFlags(const Flags& f, std::ostream& err, PipelineOptions* o) {
  if (f.lists.count("lexicons")) o->lexicon_dirs = f.lists.at("lexicons");
  o->reader.text_field = Get(f, "text-field", "text");
  o->reader.id_field = Get(f, "id-field", "id");
  o->reader.stdin_format = Get(f, "stdin-format", "auto");
  o->reader.stdin_name = Get(f, "stdin-name", "-");
  if (o->reader.stdin_name.empty()) {
    err << "claimcheck: --stdin-name must name a path\n";
    return false;
  }
  if (f.values.count("stdin-first-line")) {
    const std::string& v = f.values.at("stdin-first-line");
    if (!absl::SimpleAtoi(v, &o->reader.stdin_first_line) || o->reader.stdin_first_line < 1) {
      err << "claimcheck: --stdin-first-line must be a line number (1 or more), not '" << v << "'\n";
      return false;
    }
  }
  o->time_passes = f.values.count("stats") > 0;
  if (f.values.count("max-document-bytes")) {
    const std::string& v = f.values.at("max-document-bytes");
    if (!absl::SimpleAtoi(v, &o->reader.max_document_bytes) || o->reader.max_document_bytes == 0) {
      err << "claimcheck: --max-document-bytes must be a positive whole number, not '" << v << "'\n";
      return false;
    }
  }
  if (f.values.count("max-document-seconds")) {
    const std::string& v = f.values.at("max-document-seconds");
    if (!absl::SimpleAtod(v, &o->max_document_seconds) || !(o->max_document_seconds >= 0) ||
        o->max_document_seconds > 1e6) {
      err << "claimcheck: --max-document-seconds must be a number of seconds (0: no limit), not '" << v
          << "'\n";
      return false;
    }
  }
  static const std::set<std::string> kStdin = {"auto", "text", "markdown", "html", "jsonl"};
  if (!kStdin.count(o->reader.stdin_format)) {
    err << "claimcheck: unknown --stdin-format '" << o->reader.stdin_format
        << "' (expected auto, text, markdown, html or jsonl)\n";
    return false;
  }
  return true;
}

// The rule and configuration flags (--config, --no-config, --rules,
// --enable, --disable, --no-default-rules) into *o.
void RuleFlags(const Flags& f, PipelineOptions* o) {
  o->config_file = Get(f, "config", "");
  o->no_config = f.values.count("no-config") > 0;
  o->no_default_rules = f.values.count("no-default-rules") > 0;
  if (f.lists.count("rules")) o->rule_paths = f.lists.at("rules");
  if (f.lists.count("enable")) o->enable = f.lists.at("enable");
  if (f.lists.count("disable")) o->disable = f.lists.at("disable");
}

// The rule and configuration flags of check, rules and config into *o, and
// the first input's configuration (an error is printed).
absl::StatusOr<ProjectConfig> ConfigFlags(const Flags& f, std::ostream& err, PipelineOptions* o) {
  RuleFlags(f, o);
  // (Standard input named by --stdin-name is looked up where that path is.)
  std::string first = f.paths.empty() ? "" : f.paths[0];
  if (first == "-" && f.values.count("stdin-name")) first = f.values.at("stdin-name");
  absl::StatusOr<ProjectConfig> cfg = LoadPipelineConfig(*o, first);
  if (!cfg.ok()) err << "claimcheck: " << cfg.status().message() << "\n";
  return cfg;
}

// --stats: throughput, time per stage and peak memory, on stderr.
void PrintStats(const RunTotals& t, int jobs, std::ostream& err) {
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
      t.docs, t.bytes, secs, secs > 0 ? t.bytes / 1e6 / secs : 0.0, jobs, ms(t.read), ms(t.analyze),
      ms(t.check), ms(t.write), passes, ru.ru_maxrss / 1024.0);
}

void PrintSummary(const RunTotals& t, bool findings, std::ostream& err) {
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

// --list-inputs: the files the inputs expand to, one per line in the order a
// run reads them: "BYTES<TAB>PATH", or "error<TAB>MESSAGE" in the place of an
// input that cannot be read (then also on stderr, and the exit code is 2).
int ListInputs(const Pipeline& pipeline, const std::vector<std::string>& paths, std::ostream& out,
               std::ostream& err) {
  int errors = 0;
  for (const Pipeline::InputFile& f : pipeline.InputFiles(paths)) {
    if (f.error.empty()) {
      out << f.bytes << "\t" << f.path << "\n";
    } else {
      out << "error\t" << f.error << "\n";
      err << "claimcheck: error: " << f.error << "\n";
      ++errors;
    }
  }
  out.flush();
  return errors > 0 ? 2 : 0;
}

// What every command that reads documents prints on stderr: input errors
// and notices in their place in the order, and a progress line for long
// runs when stderr is a terminal.
class CliSink : public DocumentSink {
 public:
  CliSink(const std::vector<std::string>& paths, std::ostream& err)
      : err_(err),
        progress_(&err == &std::cerr && isatty(STDERR_FILENO)),
        total_(progress_ ? InputBytes(paths) : 0) {}
  void Error(absl::string_view message) override { err_ << "claimcheck: error: " << message << "\n"; }
  void Notice(absl::string_view message) override { err_ << "claimcheck: warning: " << message << "\n"; }
  void Progress(const RunTotals& t) override {
    if (!progress_ || absl::Now() - last_ <= absl::Milliseconds(500)) return;
    last_ = absl::Now();
    double secs = absl::ToDoubleSeconds(last_ - t.start);
    double rate = secs > 0 ? t.bytes / 1e6 / secs : 0;
    std::string eta =
        total_ > t.bytes && rate > 0 ? absl::StrFormat(", ETA %.0f s", (total_ - t.bytes) / 1e6 / rate) : "";
    err_ << absl::StrFormat("\rclaimcheck: %d documents, %.1f MB, %.1f MB/s%s   ", t.docs, t.bytes / 1e6,
                            rate, eta)
         << std::flush;
  }

 private:
  std::ostream& err_;
  const bool progress_;
  const size_t total_;
  absl::Time last_ = absl::Now();
};

// The output of extract and check: each document formatted on the worker
// threads (checked first, for check), written in input order, with the
// baseline's bookkeeping.
class FormatSink : public CliSink {
 public:
  FormatSink(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err,
             const Pipeline& pipeline, OutputFormat& fmt, bool check)
      : CliSink(paths, err), out_(out), pipeline_(pipeline), fmt_(fmt), check_(check) {}
  void Process(const Document& doc, const Analysis& a, DocResult* o) override {
    absl::Time t1 = absl::Now();
    if (check_) {
      o->check = pipeline_.Check(doc, a);
      if (!o->check.error.empty()) return;
    }
    absl::Time t2 = absl::Now();
    o->text = fmt_.Document(doc, a, o->check.findings);
    o->check_time = t2 - t1;
    o->write = absl::Now() - t2;
  }
  void Emit(const DocResult& o) override {
    baseline_out_ += o.check.baseline_lines;
    hidden_count_ += o.check.hidden.size();
    for (const std::string& fp : o.check.hidden) baseline_used_.insert(fp);
    out_ << fmt_.Join(o.text);
  }
  const std::string& baseline_out() const { return baseline_out_; }
  size_t hidden_count() const { return hidden_count_; }
  const absl::flat_hash_set<std::string>& baseline_used() const { return baseline_used_; }

 private:
  std::ostream& out_;
  const Pipeline& pipeline_;
  OutputFormat& fmt_;
  const bool check_;
  std::string baseline_out_;
  size_t hidden_count_ = 0;
  absl::flat_hash_set<std::string> baseline_used_;
};

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

int RunExtract(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, InputFlags(), {"stats", "list-inputs"}, &f, &error)) {
    return Usage(err, error, kExtractHelp);
  }
  if (f.help) {
    out << kExtractHelp;
    return 0;
  }
  absl::StatusOr<std::unique_ptr<OutputFormat>> fmt = MakeExtractFormat(Get(f, "format", "text"));
  if (!fmt.ok()) return Usage(err, std::string(fmt.status().message()), kExtractHelp);
  if (f.paths.empty()) return Usage(err, "no input: give a PATH or - for stdin", kExtractHelp);
  PipelineOptions o;
  if (!ReadingFlags(f, err, &o)) return 2;
  if (!ParseJobs(f, err, &o.jobs)) return 2;
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::CreateForAnalysis(o);
  if (!pipeline.ok()) {
    err << "claimcheck: " << pipeline.status().message() << "\n";
    return 2;
  }
  if (f.values.count("list-inputs")) return ListInputs(**pipeline, f.paths, out, err);
  FormatSink sink(f.paths, out, err, **pipeline, **fmt, /*check=*/false);
  out << (*fmt)->Begin((*pipeline)->rules());
  RunTotals t = (*pipeline)->Run(f.paths, in, &sink);
  out << (*fmt)->End(FormatTotals{t.docs, t.failed, {}});
  out.flush();
  PrintSummary(t, false, err);
  if (f.values.count("stats")) PrintStats(t, o.jobs, err);
  return t.failed > 0 ? 2 : 0;
}

// --min-severity into o->min_severity: "" when absent or valid, else the error.
std::string MinSeverityFlag(const Flags& f, PipelineOptions* o) {
  auto it = f.values.find("min-severity");
  if (it == f.values.end() || ParseSeverity(it->second, &o->min_severity)) return "";
  return absl::StrCat("unknown --min-severity '", it->second, "' (expected error, warning or info)");
}

// stats: each document checked and measured on a worker, added in input
// order (the speakers' top-k depends on the order).
class StatsSink : public CliSink {
 public:
  StatsSink(const std::vector<std::string>& paths, std::ostream& err, const Pipeline& pipeline,
            std::string group_field, bool by_month, CorpusStats* stats)
      : CliSink(paths, err),
        pipeline_(pipeline),
        group_field_(std::move(group_field)),
        by_month_(by_month),
        stats_(stats) {}
  void Process(const Document& doc, const Analysis& a, DocResult* o) override {
    o->check = pipeline_.Check(doc, a);
    if (!o->check.error.empty()) return;
    o->extra = MeasureDocument(a, o->check.findings,
                               group_field_.empty() ? "" : GroupOf(doc, group_field_, by_month_));
  }
  void Emit(const DocResult& o) override {
    if (const auto* d = std::any_cast<DocumentStats>(&o.extra)) stats_->Add(*d);
  }

 private:
  const Pipeline& pipeline_;
  const std::string group_field_;
  const bool by_month_;
  CorpusStats* stats_;
};

int RunStats(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  std::set<std::string> valued = InputFlags();
  valued.insert({"rules", "enable", "disable", "min-severity", "config", "group-by"});
  if (!ParseFlags(args, 1, valued, {"no-default-rules", "no-config"}, &f, &error)) {
    return Usage(err, error, kStatsHelp);
  }
  if (f.help) {
    out << kStatsHelp;
    return 0;
  }
  const std::string format = Get(f, "format", "text");
  if (format != "text" && format != "jsonl" && format != "csv") {
    return Usage(err, "unknown --format '" + format + "' (expected text, jsonl or csv)", kStatsHelp);
  }
  std::string group = Get(f, "group-by", "");
  bool by_month = false;
  if (absl::EndsWith(group, ":month")) {
    by_month = true;
    group.resize(group.size() - 6);
  }
  if (f.values.count("group-by") && (group.empty() || absl::StrContains(group, ":"))) {
    return Usage(err,
                 "--group-by takes a JSONL field name, or FIELD:month, not '" + f.values.at("group-by") + "'",
                 kStatsHelp);
  }
  if (f.paths.empty()) return Usage(err, "no input: give a PATH or - for stdin", kStatsHelp);
  PipelineOptions o;
  absl::StatusOr<ProjectConfig> cfg = ConfigFlags(f, err, &o);
  if (!cfg.ok()) return 2;
  if (std::string bad = MinSeverityFlag(f, &o); !bad.empty()) return Usage(err, bad, kStatsHelp);
  if (!ReadingFlags(f, err, &o)) return 2;
  if (!ParseJobs(f, err, &o.jobs)) return 2;
  if (!group.empty()) o.reader.keep_fields.push_back(group);
  absl::StatusOr<std::unique_ptr<Pipeline>> made = Pipeline::Create(o, *std::move(cfg));
  if (!made.ok()) {
    err << "claimcheck: " << made.status().message() << "\n";
    return 2;
  }
  CorpusStats stats(group.empty() ? "" : Get(f, "group-by", ""));
  StatsSink sink(f.paths, err, **made, group, by_month, &stats);
  RunTotals t = (*made)->Run(f.paths, in, &sink);
  if (format == "jsonl") {
    stats.WriteJsonl(out);
  } else if (format == "csv") {
    stats.WriteCsv(out);
  } else {
    stats.WriteText(out);
  }
  out.flush();
  PrintSummary(t, true, err);
  if (t.failed > 0) return 2;
  if (t.docs == 0) {
    err << "claimcheck: error: no documents read from " << absl::StrJoin(f.paths, ", ")
        << " (empty, or every file ignored by the configuration)\n";
    return 2;
  }
  return 0;
}

// One document's fixes, from a worker thread to the writing one.
struct DocumentFixes {
  std::string path;
  std::string original;
  std::vector<TextEdit> edits;
  bool skipped = false;  // a JSONL record or stdin: nothing to rewrite
};

// claimcheck fix: each file's fixes applied and shown as a diff, in input order.
class FixSink : public CliSink {
 public:
  FixSink(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err,
          const Pipeline& pipeline, bool dry_run)
      : CliSink(paths, err), out_(out), err_(err), pipeline_(pipeline), dry_run_(dry_run) {}
  void Process(const Document& doc, const Analysis& a, DocResult* o) override {
    DocumentFixes fixes;
    fixes.path = doc.path;
    if (doc.record_line > 0 || doc.path == "-") {
      fixes.skipped = true;
      o->extra = std::move(fixes);
      return;
    }
    o->check = pipeline_.Check(doc, a);
    if (!o->check.error.empty()) return;
    fixes.edits = FileEdits(doc, o->check.findings);
    if (!fixes.edits.empty()) fixes.original = std::string(doc.original());
    o->extra = std::move(fixes);
  }
  void Emit(const DocResult& o) override {
    const auto* d = std::any_cast<DocumentFixes>(&o.extra);
    if (d == nullptr) return;
    if (d->skipped) {
      if (skipped_.insert(d->path).second) {
        err_ << "claimcheck: warning: " << (d->path == "-" ? "stdin" : d->path)
             << ": fix rewrites files, not JSONL records or stdin; skipped\n";
      }
      return;
    }
    if (d->edits.empty()) return;
    // One file named twice ("a.txt ./a.txt") is fixed once.
    std::error_code ec;
    std::string same = std::filesystem::weakly_canonical(d->path, ec).string();
    if (!ec && !files_seen_.insert(same).second) {
      err_ << "claimcheck: warning: " << d->path << ": named before; fixed once\n";
      return;
    }
    const std::string fixed = ApplyEdits(d->original, d->edits);
    // patch -p1 takes a path below the working directory after a/ and b/;
    // one that climbs out of it ("../x.txt") is given absolute (patch -p0).
    std::string label = d->path;
    if (absl::StartsWith(label, "../") || absl::StrContains(label, "/../")) {
      label = std::filesystem::absolute(label).lexically_normal().string();
    }
    out_ << UnifiedDiff(label, d->original, fixed);
    fixes_ += d->edits.size();
    ++files_;
    if (!dry_run_) Write(*d, fixed);
  }
  size_t fixes() const { return fixes_; }
  size_t files() const { return files_; }
  size_t unwritten() const { return unwritten_; }

 private:
  // Writes the file in place (through a symbolic link, keeping its hard
  // links, owner and mode; a file the user may not write is refused), when
  // it still holds what was read: an editor may have saved it since.
  void Write(const DocumentFixes& d, const std::string& fixed) {
    std::ifstream in(d.path, std::ios::binary);
    std::string now((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (now != d.original) {
      err_ << "claimcheck: error: " << d.path << ": changed since it was read; not written\n";
      ++unwritten_;
      return;
    }
    errno = 0;
    std::ofstream w(d.path, std::ios::binary | std::ios::trunc);
    if (w) w << fixed;
    if (w) w.close();
    if (!w) {
      err_ << "claimcheck: error: " << d.path << ": cannot write: " << std::strerror(errno != 0 ? errno : EIO)
           << "\n";
      ++unwritten_;
    }
  }

  std::ostream& out_;
  std::ostream& err_;
  const Pipeline& pipeline_;
  const bool dry_run_;
  size_t fixes_ = 0, files_ = 0, unwritten_ = 0;
  std::set<std::string> skipped_, files_seen_;
};

int RunFix(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  std::set<std::string> valued = InputFlags();
  valued.insert({"rules", "enable", "disable", "min-severity", "config"});
  if (!ParseFlags(args, 1, valued, {"no-default-rules", "no-config", "dry-run"}, &f, &error)) {
    return Usage(err, error, kFixHelp);
  }
  if (f.help) {
    out << kFixHelp;
    return 0;
  }
  if (f.values.count("format"))
    return Usage(err, "fix prints a unified diff; it takes no --format", kFixHelp);
  if (f.paths.empty()) return Usage(err, "no input: give a PATH", kFixHelp);
  PipelineOptions o;
  absl::StatusOr<ProjectConfig> cfg = ConfigFlags(f, err, &o);
  if (!cfg.ok()) return 2;
  if (std::string bad = MinSeverityFlag(f, &o); !bad.empty()) return Usage(err, bad, kFixHelp);
  if (!ReadingFlags(f, err, &o)) return 2;
  if (!ParseJobs(f, err, &o.jobs)) return 2;
  absl::StatusOr<std::unique_ptr<Pipeline>> made = Pipeline::Create(o, *std::move(cfg));
  if (!made.ok()) {
    err << "claimcheck: " << made.status().message() << "\n";
    return 2;
  }
  const bool dry_run = f.values.count("dry-run") > 0;
  FixSink sink(f.paths, out, err, **made, dry_run);
  RunTotals t = (*made)->Run(f.paths, in, &sink);
  out.flush();
  err << "claimcheck: " << t.docs << (t.docs == 1 ? " document" : " documents") << " read, " << t.failed
      << " failed; " << sink.fixes() << (sink.fixes() == 1 ? " fix" : " fixes") << " in " << sink.files()
      << (sink.files() == 1 ? " file" : " files")
      << (dry_run                ? " (dry run: nothing written)"
          : sink.unwritten() > 0 ? ""
                                 : " written")
      << "\n";
  return t.failed > 0 || sink.unwritten() > 0 ? 2 : 0;
}

int RunLsp(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, {"rules", "enable", "disable", "config", "lexicons", "max-document-seconds"},
                  {"no-default-rules", "no-config", "stdio"}, &f, &error)) {
    return Usage(err, error, kLspHelp);
  }
  if (f.help) {
    out << kLspHelp;
    return 0;
  }
  if (!f.paths.empty()) return Usage(err, "lsp takes no PATH: the editor sends the documents", kLspHelp);
  PipelineOptions o;
  // (Each document's configuration is loaded when the editor opens it:
  // ConfigFlags would load the working directory's now.)
  RuleFlags(f, &o);
  if (!ReadingFlags(f, err, &o)) return 2;
  o.jobs = 1;
  return RunLanguageServer(in, out, o);
}

int RunCheck(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  Flags f;
  std::string error;
  std::set<std::string> valued = InputFlags();
  valued.insert({"rules", "enable", "disable", "fail-on", "min-severity", "color", "baseline",
                 "write-baseline", "config"});
  if (!ParseFlags(args, 1, valued, {"no-default-rules", "stats", "no-config", "list-inputs"}, &f, &error)) {
    return Usage(err, error, kCheckHelp);
  }
  if (f.help) {
    out << kCheckHelp;
    return 0;
  }
  std::string format = Get(f, "format", "text");
  PipelineOptions o;
  absl::StatusOr<ProjectConfig> cfg = ConfigFlags(f, err, &o);
  if (!cfg.ok()) return 2;
  o.fail_on = Get(f, "fail-on", "");
  Severity threshold = Severity::kError;
  bool never = false;
  if (absl::Status gate = ResolveGate(o, *cfg, &threshold, &never); !gate.ok()) {
    return Usage(err, std::string(gate.message()), kCheckHelp);
  }
  // --min-severity: what is shown (and counted, and gated); --fail-on: what fails.
  if (std::string bad = MinSeverityFlag(f, &o); !bad.empty()) return Usage(err, bad, kCheckHelp);
  std::string color = Get(f, "color", "auto");
  if (color != "auto" && color != "always" && color != "never") {
    return Usage(err, absl::StrCat("unknown --color '", color, "' (expected auto, always or never)"),
                 kCheckHelp);
  }
  FormatOptions fo;
  fo.color = color == "always" || (color == "auto" && &out == &std::cout && isatty(STDOUT_FILENO));
  fo.fail_on = threshold;
  fo.never_fail = never;
  absl::StatusOr<std::unique_ptr<OutputFormat>> fmt = MakeCheckFormat(format, fo);
  if (!fmt.ok()) return Usage(err, std::string(fmt.status().message()), kCheckHelp);
  if (f.paths.empty()) return Usage(err, "no input: give a PATH or - for stdin", kCheckHelp);
  if (!ReadingFlags(f, err, &o)) return 2;
  if (!ParseJobs(f, err, &o.jobs)) return 2;
  o.baseline_file = Get(f, "baseline", "");
  const bool write_baseline = f.values.count("write-baseline") > 0;
  o.baseline_lines = write_baseline;
  absl::StatusOr<std::unique_ptr<Pipeline>> made = Pipeline::Create(o, *std::move(cfg));
  if (!made.ok()) {
    err << "claimcheck: " << made.status().message() << "\n";
    return 2;
  }
  const Pipeline& pipeline = **made;
  if (f.values.count("list-inputs")) return ListInputs(pipeline, f.paths, out, err);
  FormatSink sink(f.paths, out, err, pipeline, **fmt, /*check=*/true);
  // (SARIF lists the first configuration's rules; a finding of a rule only a
  // nearer configuration adds carries its id without an index.)
  out << (*fmt)->Begin(pipeline.rules());
  RunTotals t = pipeline.Run(f.paths, in, &sink);
  FormatTotals ft;
  ft.documents = t.docs;
  ft.failed_inputs = t.failed;
  for (int k = 0; k < 3; ++k) ft.by_severity[k] = t.by_severity[k];
  out << (*fmt)->End(ft);
  if (write_baseline) {
    std::ofstream bo(f.values.at("write-baseline"), std::ios::binary | std::ios::trunc);
    errno = 0;
    bo << "# claimcheck baseline: fingerprint (rule + words + sentence), rule, words\n"
       << sink.baseline_out();
    bo.close();  // the last bytes are written here, and may fail here
    if (!bo) {
      err << "claimcheck: " << f.values.at("write-baseline")
          << ": cannot write baseline file: " << std::strerror(errno != 0 ? errno : EIO) << "\n";
      return 2;
    }
  }
  out.flush();
  PrintSummary(t, true, err);
  if (f.values.count("baseline")) {
    // What the baseline hid, and its entries that match nothing any more
    // (fixed, or the words changed): candidates to drop with --write-baseline.
    const auto& baseline_lines = pipeline.baseline();
    std::vector<const std::pair<std::string, std::string>*> stale;
    for (const auto& entry : baseline_lines) {
      if (!sink.baseline_used().contains(entry.first)) stale.push_back(&entry);
    }
    err << "claimcheck: baseline " << f.values.at("baseline") << " hid " << sink.hidden_count()
        << (sink.hidden_count() == 1 ? " finding" : " findings") << "; " << stale.size() << " of its "
        << baseline_lines.size() << (baseline_lines.size() == 1 ? " entry" : " entries")
        << " matched nothing\n";
    for (size_t k = 0; k < stale.size() && k < 10; ++k) {
      err << "claimcheck:   stale: " << stale[k]->first << "\t" << stale[k]->second << "\n";
    }
    if (stale.size() > 10) err << "claimcheck:   … and " << stale.size() - 10 << " more\n";
  }
  if (f.values.count("stats")) PrintStats(t, o.jobs, err);
  if (t.failed > 0) return 2;
  if (t.docs == 0) {
    // An empty directory, or one whose every file the configuration
    // ignores: nothing was checked, which must not pass a gate for clean.
    // (With --fail-on=never there is no gate: a report of nothing.)
    err << "claimcheck: " << (never ? "warning" : "error") << ": no documents read from "
        << absl::StrJoin(f.paths, ", ") << " (empty, or every file ignored by the configuration)\n";
    if (!never) return 2;
  }
  return t.failing ? 1 : 0;
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
  PipelineOptions o;
  o.keep_disabled = f.values.count("all") > 0;
  absl::StatusOr<ProjectConfig> cfg = ConfigFlags(f, err, &o);
  if (!cfg.ok()) return 2;
  absl::StatusOr<RuleSet> rules = LoadPipelineRules(o, *cfg);
  if (!rules.ok()) {
    err << "claimcheck: " << rules.status().message() << "\n";
    return 2;
  }
  for (const auto& r : rules->rules()) {
    out << r->id << "\t" << r->category << "\t" << SeverityName(r->severity) << "\t" << r->type << "\t"
        << r->file << ":" << r->line << "\t" << r->description
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
  PipelineOptions o;
  absl::StatusOr<ProjectConfig> cfg = ConfigFlags(f, err, &o);
  if (!cfg.ok()) return 2;
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
  out << "# "
      << (f.values.count("no-config") ? "--no-config: none read"
          : cfg->file.empty()         ? "no .claimcheck.yaml found: the defaults"
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
  for (const ProjectConfig::Override& o : cfg->severity)
    out << "  " << o.id << ": " << SeverityName(o.severity) << "\n";
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
  PipelineOptions o;
  if (!ReadingFlags(f, err, &o)) return 2;
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::CreateForAnalysis(o);
  if (!pipeline.ok()) {
    err << "claimcheck: " << pipeline.status().message() << "\n";
    return 2;
  }
  const Analyzer& analyzer = (*pipeline)->analyzer();
  // (pack name, pack yaml, fixture name, fixture text)
  struct Pack {
    std::string file, yaml, fixture_file, fixture;
  };
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
    out << p.fixture_file << ": " << r.cases << " cases, " << r.checks << " checks, " << bad << " failed\n";
    passed += r.checks - std::min(bad, r.checks);
    failed += bad;
  }
  out << passed << " passed, " << failed << " failed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace

int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
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
  if (cmd == "stats") return RunStats(args, in, out, err);
  if (cmd == "fix") return RunFix(args, in, out, err);
  if (cmd == "lsp") return RunLsp(args, in, out, err);
  err << "claimcheck: unknown command '" << cmd << "'\n\n" << kUsage;
  return 2;
}

}  // namespace claimcheck
