#include "engine/pipeline.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "engine/output/formats.h"
#include "engine/rules/suppressions.h"

namespace claimcheck {

namespace {

// What a document is checked with: a configuration, its rules and its gate.
struct Checker {
  ProjectConfig cfg;
  std::optional<RuleSet> rules;
  absl::flat_hash_set<std::string> known_rules;  // the ids and categories a suppression may name
  Severity threshold = Severity::kError;
  bool never = false;
  std::string error;  // why the configuration or its rules did not load
};

// The checker for configuration `cfg`: options.fail_on over its fail_on.
std::unique_ptr<Checker> MakeChecker(const PipelineOptions& o, ProjectConfig cfg) {
  auto ch = std::make_unique<Checker>();
  if (absl::Status gate = ResolveGate(o, cfg, &ch->threshold, &ch->never); !gate.ok()) {
    ch->error = std::string(gate.message());
  }
  absl::StatusOr<RuleSet> rules = LoadPipelineRules(o, cfg);
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

}  // namespace

// Each input's checker, by the configuration nearest to it. Thread-safe.
class Pipeline::Checkers {
 public:
  // `first`: the configuration of the first input, already built; `fixed`:
  // it serves every input.
  Checkers(const PipelineOptions& o, std::unique_ptr<Checker> first, bool fixed) : o_(o), fixed_(fixed) {
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
        ch = MakeChecker(o_, *std::move(cfg));
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
  const PipelineOptions& o_;
  const bool fixed_;
  Checker* first_ = nullptr;
  std::mutex mu_;
  absl::flat_hash_map<std::string, std::unique_ptr<Checker>> by_file_;  // configuration file ("" none)
  absl::flat_hash_map<std::string, const Checker*> by_dir_;             // absolute directory
};

absl::StatusOr<ProjectConfig> LoadPipelineConfig(const PipelineOptions& o, const std::string& first_input) {
  if (o.no_config) return ProjectConfig{};
  if (!o.config_file.empty()) {
    std::optional<std::string> yaml = ReadWholeFile(o.config_file);
    if (!yaml) return absl::NotFoundError(absl::StrCat(o.config_file, ": cannot read configuration file"));
    return LoadProjectConfig(o.config_file, *yaml);
  }
  std::string start = ".";
  if (!first_input.empty() && first_input != "-") {
    std::error_code ec;
    start = std::filesystem::is_directory(first_input, ec)
                ? first_input
                : std::filesystem::path(first_input).parent_path().string();
  }
  return FindProjectConfig(start);
}

absl::Status ResolveGate(const PipelineOptions& o, const ProjectConfig& cfg, Severity* threshold,
                         bool* never) {
  const std::string fail_on = !o.fail_on.empty() ? o.fail_on : cfg.fail_on.empty() ? "error" : cfg.fail_on;
  *never = fail_on == "never";
  if (*never || ParseSeverity(fail_on, threshold)) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("unknown --fail-on '", fail_on, "' (expected error, warning, info or never)"));
}

absl::StatusOr<RuleSet> LoadPipelineRules(const PipelineOptions& o, const ProjectConfig& cfg) {
  RuleSetBuilder b;
  if (!o.no_default_rules && cfg.default_rules) {
    if (auto s = b.AddBuiltinPacks(); !s.ok()) return s;
  }
  for (const std::string& p : cfg.rules) {
    if (auto s = b.AddPath(p); !s.ok()) return s;
  }
  for (const std::string& p : o.rule_paths) {
    if (auto s = b.AddPath(p); !s.ok()) return s;
  }
  std::vector<std::pair<std::string, std::string>> enable = cfg.enable;
  for (const std::string& id : o.enable) enable.emplace_back(id, "--enable");
  if (!o.keep_disabled) {
    if (auto s = b.KeepEnabled(enable); !s.ok()) return s;
  }
  for (const auto& [id, where] : cfg.disable) {
    if (auto s = b.Disable(id, where); !s.ok()) return s;
  }
  for (const std::string& id : o.disable) {
    if (auto s = b.Disable(id, "--disable"); !s.ok()) return s;
  }
  for (const ProjectConfig::Override& ov : cfg.severity) {
    if (auto s = b.SetSeverity(ov.id, ov.severity, ov.where); !s.ok()) return s;
  }
  return b.Build();
}

Pipeline::Pipeline(PipelineOptions options) : options_(std::move(options)) {}
Pipeline::~Pipeline() = default;

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::CreateForAnalysis(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline(options));
  absl::StatusOr<Lexicons> lex = LoadLexicons(options.lexicon_dirs);
  if (!lex.ok()) return lex.status();
  p->lexicons_ = std::make_unique<Lexicons>(*std::move(lex));
  p->analyzer_ = std::make_unique<Analyzer>(*p->lexicons_);
  return p;
}

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options,
                                                           const std::string& first_input) {
  absl::StatusOr<ProjectConfig> cfg = LoadPipelineConfig(options, first_input);
  if (!cfg.ok()) return cfg.status();
  return Create(options, *std::move(cfg));
}

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options,
                                                           ProjectConfig first_config) {
  ProjectConfig* cfg = &first_config;
  absl::StatusOr<std::unique_ptr<Pipeline>> made = CreateForAnalysis(options);
  if (!made.ok()) return made.status();
  std::unique_ptr<Pipeline> p = *std::move(made);
  PipelineOptions& o = p->options_;
  o.reader.ignore = cfg->ignore;
  o.reader.ignore_base = cfg->dir;
  // The first input's configuration, checked before anything is read; the
  // others' (a .claimcheck.yaml nearer to an input) as their inputs come.
  const bool fixed = !o.config_file.empty() || o.no_config;
  std::unique_ptr<Checker> first = MakeChecker(o, *std::move(cfg));
  if (!first->error.empty()) return absl::InvalidArgumentError(first->error);
  p->checkers_ = std::make_unique<Checkers>(o, std::move(first), fixed);
  if (!fixed) {
    Checkers* checkers = p->checkers_.get();
    o.reader.walk_ignores = [checkers](const std::string& path) {
      const Checker& ch = checkers->For(path);
      ReaderOptions nearest;
      nearest.ignore = ch.cfg.ignore;
      nearest.ignore_base = ch.cfg.dir;
      return Ignored(nearest, path);
    };
  }
  if (!o.baseline_file.empty()) {
    std::ifstream in(o.baseline_file);
    if (!in) return absl::NotFoundError(absl::StrCat(o.baseline_file, ": cannot read baseline file"));
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      std::string fp = line.substr(0, line.find('\t'));
      if (fp.size() != 16 || fp.find_first_not_of("0123456789abcdef") != std::string::npos) {
        return absl::InvalidArgumentError(
            absl::StrCat(o.baseline_file, ":", line_no,
                         ": not a baseline line (expected FINGERPRINT<TAB>RULE<TAB>TEXT, as --write-baseline "
                         "writes)"));
      }
      p->baseline_.insert(fp);
      p->baseline_lines_.emplace_back(fp, line.size() > 17 ? line.substr(17) : "");
    }
  }
  return p;
}

const RuleSet& Pipeline::rules() const {
  static const RuleSet* none = new RuleSet();
  return checkers_ == nullptr ? *none : *checkers_->first().rules;
}

absl::Status Pipeline::Analyze(const Document& doc, Analysis* a, PassTimes* times) const {
  Pass stopped;
  if (analyzer_->AnalyzeWithin(doc, options_.max_document_seconds, a, &stopped, times))
    return absl::OkStatus();
  return absl::DeadlineExceededError(
      absl::StrCat(doc.path, doc.record_line > 0 ? absl::StrCat(":", doc.record_line) : "",
                   ": analysis stopped after ", options_.max_document_seconds, " s, in the ",
                   PassName(stopped), " pass (--max-document-seconds); document not checked"));
}

CheckResult Pipeline::Check(const Document& doc, const Analysis& a) const {
  CheckResult r;
  const Checker& ch = checkers_->For(doc.path);
  if (!ch.error.empty()) {
    r.error = absl::StrCat(doc.path, ": not checked: ", ch.error);
    return r;
  }
  std::vector<Finding> found = ch.rules->Check(doc, a);
  ApplySuppressions(doc, &found, &ch.known_rules);
  if (options_.min_severity != Severity::kInfo) {
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Finding& x) { return x.severity < options_.min_severity; }),
                found.end());
  }
  if (!baseline_.empty() || options_.baseline_lines) {
    // Fingerprints survive re-wrapping and moving text (rule + words + sentence).
    std::vector<Finding> fresh;
    for (Finding& x : found) {
      std::string fp = FindingFingerprint(doc, a, x);
      if (options_.baseline_lines) {
        absl::StrAppend(&r.baseline_lines, fp, "\t", x.rule, "\t",
                        absl::string_view(doc.text).substr(x.span.start, x.span.size()), "\n");
      }
      if (!baseline_.contains(fp)) {
        fresh.push_back(std::move(x));
      } else {
        r.hidden.push_back(std::move(fp));
      }
    }
    found.swap(fresh);
  }
  for (const Finding& x : found) {
    ++r.by_severity[static_cast<int>(x.severity)];
    if (!ch.never && x.severity >= ch.threshold) r.failing = true;
  }
  r.findings = std::move(found);
  return r;
}

std::vector<Pipeline::InputFile> Pipeline::InputFiles(const std::vector<std::string>& paths) const {
  ReaderOptions listing = options_.reader;
  listing.list_files = true;
  DocumentStream stream(paths, listing);
  std::vector<InputFile> files;
  InputItem item;
  while (stream.Next(&item)) {
    files.push_back({item.doc.path, item.bytes, item.status.ok() ? "" : std::string(item.status.message())});
  }
  return files;
}

RunTotals Pipeline::Run(const std::vector<std::string>& paths, std::istream& in, DocumentSink* sink) const {
  RunTotals t;
  const int jobs = std::max(1, options_.jobs);
  DocumentStream stream(paths, options_.reader, &in);
  const size_t kBatchDocs = 64 * static_cast<size_t>(jobs);
  const size_t kBatchBytes = 16u << 20;
  struct Batch {
    std::vector<InputItem> items;
    std::vector<DocResult> outputs;
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
    t.read += absl::Now() - read_start;
    b->outputs.assign(b->items.size(), DocResult());
  };
  // Analyses the documents of *b not yet taken by another thread.
  std::atomic<size_t> next{0};
  auto drain = [&](Batch* b) {
    for (size_t i; (i = next.fetch_add(1)) < b->items.size();) {
      if (!b->items[i].status.ok()) continue;
      const Document& doc = b->items[i].doc;
      DocResult* o = &b->outputs[i];
      absl::Time start = absl::Now();
      Analysis a;
      absl::Status analysed = Analyze(doc, &a, options_.time_passes ? &o->passes : nullptr);
      if (!analysed.ok()) {
        // Written by this thread only; read by write() after the batch is done.
        b->items[i].status = std::move(analysed);
        continue;
      }
      o->analyze = absl::Now() - start;
      sink->Process(doc, a, o);
    }
  };
  auto write = [&](const Batch& b) {
    for (size_t i = 0; i < b.items.size(); ++i) {
      t.bytes += b.items[i].bytes;
      if (!b.items[i].status.ok()) {
        ++t.failed;
        sink->Error(b.items[i].status.message());
        continue;
      }
      const DocResult& o = b.outputs[i];
      if (!o.check.error.empty()) {
        ++t.failed;
        sink->Error(o.check.error);
        continue;
      }
      ++t.docs;
      for (const std::string& notice : b.items[i].doc.notices) sink->Notice(notice);
      sink->Progress(t);
      t.analyze += o.analyze;
      t.check += o.check_time;
      t.write += o.write;
      t.passes.Add(o.passes);
      for (int k = 0; k < 3; ++k) t.by_severity[k] += o.check.by_severity[k];
      t.failing |= o.check.failing;
      sink->Emit(o);
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
    return t;
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
  return t;
}

}  // namespace claimcheck
