// The one pipeline behind every front door: the command line (tools/cli),
// and the language server, `fix`, `stats` and cluster drivers that come:
//
//   configuration → rules → read → analyse → check → findings
//
//   PipelineOptions o;
//   o.jobs = 4;
//   absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(o, "articles/");
//   // Many documents, in input order, on o.jobs threads:
//   RunTotals t = (*p)->Run({"articles/"}, std::cin, &sink);
//   // Or one document a front door holds (an editor's buffer):
//   Analysis a;
//   if ((*p)->Analyze(doc, &a).ok()) CheckResult r = (*p)->Check(doc, a);
//
// Configuration: each input is checked with its nearest .claimcheck.yaml
// (one per directory, as Vale's .vale.ini), or options.config_file for all,
// or none (options.no_config). Each configuration's rules are built once,
// when a document under it first comes.
#ifndef CLAIMCHECK_ENGINE_PIPELINE_H_
#define CLAIMCHECK_ENGINE_PIPELINE_H_

#include <any>
#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "engine/input/reader.h"
#include "engine/rules/rule_set.h"
#include "extractors/analysis.h"
#include "extractors/document.h"
#include "extractors/lexicon.h"

namespace claimcheck {

struct PipelineOptions {
  // Configuration: `config_file` serves every input; `no_config`: none does;
  // otherwise each input's nearest .claimcheck.yaml.
  std::string config_file;
  bool no_config = false;
  // Rules: the built-in packs (unless `no_default_rules` or the
  // configuration's default_rules: false), the configuration's packs, then
  // `rule_paths`; `enable` runs rules that are off by default, `disable`
  // drops rules (ids or categories), after the configuration's own lists.
  bool no_default_rules = false;
  std::vector<std::string> rule_paths, enable, disable;
  bool keep_disabled = false;  // load the rules that are off by default too (listing)
  // The gate: "error", "warning", "info" or "never"; empty: the
  // configuration's fail_on (default error).
  std::string fail_on;
  // Findings below it are not reported (nor counted, nor gated).
  Severity min_severity = Severity::kInfo;
  // Findings whose fingerprint (FindingFingerprint) a baseline file holds
  // are hidden; with `baseline_lines`, each result carries the lines
  // --write-baseline records.
  std::string baseline_file;
  bool baseline_lines = false;
  // Reading and analysis.
  ReaderOptions reader;
  std::vector<std::string> lexicon_dirs;  // added to the built-in lexicons
  double max_document_seconds = 60;       // a longer analysis is reported and skipped; 0: no limit
  int jobs = 1;
  bool time_passes = false;  // DocResult::passes (--stats)
};

// What checking one analysed document gives.
struct CheckResult {
  // Set when the document's configuration or its rules do not load: the
  // document is not checked (an input error, with file:line:col).
  std::string error;
  std::vector<Finding> findings;    // in text order
  std::vector<std::string> hidden;  // baseline fingerprints that hid a finding here
  std::string baseline_lines;       // FINGERPRINT<TAB>RULE<TAB>WORDS lines (options.baseline_lines)
  size_t by_severity[3] = {0, 0, 0};
  bool failing = false;  // a finding reaches its configuration's fail_on
};

// What processing one document produced, emitted in input order.
struct DocResult {
  std::string text;   // the front door's output for the document
  CheckResult check;  // when the front door checked it
  std::any extra;     // anything else Process leaves for Emit (stats: a DocumentStats)
  absl::Duration analyze, check_time, write;
  PassTimes passes;
};

// The totals of a Run.
struct RunTotals {
  size_t docs = 0, failed = 0, bytes = 0;
  size_t by_severity[3] = {0, 0, 0};
  bool failing = false;
  // Wall time of reading, and thread time of each stage.
  absl::Duration read, analyze, check, write;
  PassTimes passes;
  absl::Time start = absl::Now();
};

// A front door's part of a Run.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // On a worker thread, for each document analysed: fill *out (call
  // Pipeline::Check for findings). Must be thread-safe.
  virtual void Process(const Document& doc, const Analysis& analysis, DocResult* out) = 0;
  // On the thread that called Run, in input order.
  virtual void Emit(const DocResult& result) = 0;
  // An input that could not be read, analysed in time or checked, in its
  // place in the order (the message names the file and where).
  virtual void Error(absl::string_view message) = 0;
  // A warning about a document that was read (a depth limit reached).
  virtual void Notice(absl::string_view message) = 0;
  // After each document, before it is emitted; `totals` so far.
  virtual void Progress(const RunTotals& totals) { (void)totals; }
};

class Pipeline {
 public:
  // Loads the lexicons, the configuration of `first_input` (its nearest
  // .claimcheck.yaml; "" or "-": the working directory's), its rules and
  // the baseline. Errors name the file, line and column.
  static absl::StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options,
                                                          const std::string& first_input);
  // The same with the first input's configuration already loaded
  // (LoadPipelineConfig).
  static absl::StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options,
                                                          ProjectConfig first_config);
  // Loads the lexicons only: for front doors that analyse but check
  // nothing (extract); rules() is empty and Check() must not be called.
  static absl::StatusOr<std::unique_ptr<Pipeline>> CreateForAnalysis(const PipelineOptions& options);
  ~Pipeline();

  const PipelineOptions& options() const { return options_; }
  const Lexicons& lexicons() const { return *lexicons_; }
  const Analyzer& analyzer() const { return *analyzer_; }
  // The first input's configuration's rules (none when created for analysis).
  const RuleSet& rules() const;
  // Baseline entries (fingerprint, rule and words) in file order.
  const std::vector<std::pair<std::string, std::string>>& baseline() const { return baseline_lines_; }

  // Analyses `doc` within options().max_document_seconds; past it, a
  // DeadlineExceeded error naming the document and the pass.
  absl::Status Analyze(const Document& doc, Analysis* analysis, PassTimes* times = nullptr) const;
  // Checks an analysed document with its configuration's rules, then
  // applies its suppression comments, min_severity and the baseline.
  // Thread-safe.
  CheckResult Check(const Document& doc, const Analysis& analysis) const;

  // Reads `paths` ("-": `in`), analyses each document and runs
  // sink->Process on options().jobs threads, then sink->Emit in input
  // order on this thread. Documents are read in batches, so memory stays
  // bounded whatever the corpus size; with more than one job, this thread
  // reads the next batch and emits the previous one while the workers
  // analyse the current one.
  RunTotals Run(const std::vector<std::string>& paths, std::istream& in, DocumentSink* sink) const;

  // The files Run would read for `paths`, in its order (directories walked,
  // each configuration's ignores applied), with their sizes, none of them
  // read: how a cluster driver splits a corpus. An input that cannot be
  // read is an entry with its error, in its place; "-" is listed as itself.
  struct InputFile {
    std::string path;
    size_t bytes = 0;
    std::string error;  // set when the input cannot be read (the message names it)
  };
  std::vector<InputFile> InputFiles(const std::vector<std::string>& paths) const;

 private:
  class Checkers;
  explicit Pipeline(PipelineOptions options);

  PipelineOptions options_;
  std::unique_ptr<Lexicons> lexicons_;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<Checkers> checkers_;
  absl::flat_hash_set<std::string> baseline_;
  std::vector<std::pair<std::string, std::string>> baseline_lines_;
};

// The project configuration of `first_input` under `options`
// (options.config_file, none, or the nearest .claimcheck.yaml).
absl::StatusOr<ProjectConfig> LoadPipelineConfig(const PipelineOptions& options,
                                                 const std::string& first_input);
// The gate for `config`: options.fail_on, else the configuration's fail_on,
// else "error". Sets *never for "never", else *threshold; an unknown word is
// an error naming it.
absl::Status ResolveGate(const PipelineOptions& options, const ProjectConfig& config, Severity* threshold,
                         bool* never);
// The rules `options` and `config` select.
absl::StatusOr<RuleSet> LoadPipelineRules(const PipelineOptions& options, const ProjectConfig& config);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_PIPELINE_H_
