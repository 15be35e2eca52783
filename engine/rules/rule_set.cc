#include "engine/rules/rule_set.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "engine/rules/phrase_matcher.h"
#include "engine/rules/rule_types.h"
#include "engine/rules/spec.h"
#include "extractors/embedded.h"
#include "extractors/tokens.h"

namespace claimcheck {

// Defined in the generated embedded_rules.cc: the packs' YAML and fixtures.
absl::Span<const EmbeddedFile> EmbeddedRules();
// Defined in the generated compiled_packs_cc.cc: each pack as EncodeSpec
// wrote it when claimcheck was built ("hedged.spec").
absl::Span<const EmbeddedFile> CompiledRules();

namespace {

absl::Status RuleError(const SpecNode& at, const std::string& id, const std::string& msg) {
  return absl::InvalidArgumentError(
      absl::StrCat(at.Where(), ": ", id.empty() ? "" : absl::StrCat("rule '", id, "': "), msg));
}

// A rule's `fix`: a map with `swap` (words: replacement) or `replace` (a
// template with {match}), and `unless_followed_by` (words).
absl::Status ReadFix(const SpecReader& spec, RuleFix* out) {
  const SpecNode* f = spec.node().Find("fix");
  if (f == nullptr) return absl::OkStatus();
  if (f->kind != SpecNode::Kind::kMap) {
    return spec.Error(*f, "fix", "expected a map with swap or replace (and unless_followed_by)");
  }
  SpecReader fr(*f, spec.rule_id(), spec.builtin());
  if (auto s = fr.CheckKeys({"swap", "replace", "unless_followed_by", "unless_followed_by_regex",
                             "unless_preceded_by", "unless_preceded_by_regex"});
      !s.ok()) {
    return s;
  }
  if (const SpecNode* swap = f->Find("swap")) {
    if (swap->kind != SpecNode::Kind::kMap || swap->map.empty()) {
      return fr.Error(*swap, "swap", "expected a map of words: replacement");
    }
    for (const auto& [word, v] : swap->map) {
      if (v.kind != SpecNode::Kind::kScalar)
        return fr.Error(v, "swap", absl::StrCat("'", word, "': expected a string"));
      out->swap[absl::AsciiStrToLower(CollapseWhitespace(word))] = v.scalar;
    }
  }
  auto replace = fr.String("replace", false);
  if (!replace.ok()) return replace.status();
  out->replace = *replace;
  if (!out->replace.empty() && !out->swap.empty()) {
    return fr.Error(*f->Find("replace"), "replace", "give swap or replace, not both");
  }
  if (out->empty()) return spec.Error(*f, "fix", "expected swap or replace");
  for (size_t i = out->replace.find('{'); i != std::string::npos; i = out->replace.find('{', i + 1)) {
    if (out->replace.compare(i, 7, "{match}") != 0) {
      return fr.Error(*f->Find("replace"), "replace", "unknown placeholder (a fix takes {match})");
    }
  }
  auto unless = fr.StringList("unless_followed_by");
  if (!unless.ok()) return unless.status();
  for (const std::string& w : *unless) out->unless_followed_by.push_back(absl::AsciiStrToLower(w));
  auto preceded = fr.StringList("unless_preceded_by");
  if (!preceded.ok()) return preceded.status();
  out->unless_preceded_by = *preceded;
  // Anchored at the fixed words, as the lexical guards are: right after
  // them, or ending right before them.
  struct R {
    const char* key;
    const char* prefix;
    const char* suffix;
    std::shared_ptr<const RE2>* out;
  };
  for (R r : {R{"unless_followed_by_regex", "^(?:", ")", &out->unless_followed_by_regex},
              R{"unless_preceded_by_regex", "(?:", ")$", &out->unless_preceded_by_regex}}) {
    auto re = fr.String(r.key, false);
    if (!re.ok()) return re.status();
    if (re->empty()) continue;
    auto compiled = std::make_shared<RE2>(absl::StrCat(r.prefix, *re, r.suffix), RE2::Quiet);
    if (!compiled->ok()) {
      return fr.Error(*f->Find(r.key), r.key,
                      absl::StrCat("invalid regular expression: ", compiled->error()));
    }
    *r.out = std::move(compiled);
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status RuleSetBuilder::AddPack(const std::string& file, const std::string& yaml) {
  absl::StatusOr<SpecNode> doc = ParseYaml(file, yaml);
  if (!doc.ok()) return doc.status();
  return AddParsedPack(file, *doc);
}

absl::Status RuleSetBuilder::AddParsedPack(const std::string& file, const SpecNode& parsed) {
  const SpecNode* doc = &parsed;
  if (doc->kind != SpecNode::Kind::kMap) {
    return absl::InvalidArgumentError(
        absl::StrCat(file, ":1:1: a rule pack is a map with a 'rules' list (see rules/README.md)"));
  }
  SpecReader pack(*doc, "");
  if (auto s = pack.CheckKeys({"pack", "description", "rules"}); !s.ok()) return s;
  const SpecNode* rules = doc->Find("rules");
  if (rules == nullptr) return RuleError(*doc, "", "missing required key 'rules'");
  if (rules->kind != SpecNode::Kind::kList) return RuleError(*rules, "", "'rules' must be a list");
  for (const SpecNode& r : rules->list) {
    if (r.kind != SpecNode::Kind::kMap) return RuleError(r, "", "each rule must be a map");
    std::string id;
    if (const SpecNode* idn = r.Find("id"); idn && idn->kind == SpecNode::Kind::kScalar) id = idn->scalar;
    SpecReader spec(r, id, absl::StartsWith(file, "<built-in>/"));
    // Unknown keys first: a misspelt key is reported as such, not as missing.
    if (const SpecNode* t = r.Find("type"); t == nullptr || t->kind == SpecNode::Kind::kScalar) {
      if (const auto* keys = RuleTypeKeys(t ? t->scalar : "lexical")) {
        if (auto s = spec.CheckKeys(*keys); !s.ok()) return s;
      }
    }
    auto rule = std::make_unique<Rule>();
    auto need = [&](const char* key, std::string* out) -> absl::Status {
      auto v = spec.String(key, true);
      if (!v.ok()) return v.status();
      if (v->empty()) return spec.Error(*r.Find(key), key, "must not be empty");
      *out = *v;
      return absl::OkStatus();
    };
    if (auto s = need("id", &rule->id); !s.ok()) return s;
    if (set_.Find(rule->id)) {
      const Rule* first = set_.Find(rule->id);
      return spec.Error(
          *r.Find("id"), "id",
          absl::StrCat("duplicate rule id (first defined at ", first->file, ":", first->line, ")"));
    }
    if (auto s = need("category", &rule->category); !s.ok()) return s;
    if (auto s = need("message", &rule->message); !s.ok()) return s;
    std::string sev;
    if (auto s = need("severity", &sev); !s.ok()) return s;
    if (!ParseSeverity(sev, &rule->severity)) {
      return spec.Error(*r.Find("severity"), "severity",
                        absl::StrCat("unknown severity '", sev, "' (expected error, warning or info)"));
    }
    for (const char* key : {"description", "link"}) {
      auto v = spec.String(key, false);
      if (!v.ok()) return v.status();
      (std::string(key) == "link" ? rule->link : rule->description) = *v;
    }
    auto type = spec.String("type", false);
    if (!type.ok()) return type.status();
    rule->type = type->empty() ? "lexical" : *type;
    auto enabled = spec.Bool("enabled", true);
    if (!enabled.ok()) return enabled.status();
    rule->enabled = *enabled;
    // Placeholders in the message must be known.
    for (size_t i = rule->message.find('{'); i != std::string::npos; i = rule->message.find('{', i + 1)) {
      size_t close = rule->message.find('}', i);
      if (close == std::string::npos) break;
      std::string key = rule->message.substr(i + 1, close - i - 1);
      std::vector<std::string> known = {"match", "speaker", "cue", "claim", "evidence", "headline"};
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string near = NearestWord(key, known);
        return spec.Error(
            *r.Find("message"), "message",
            absl::StrCat("unknown placeholder {", key, "}",
                         near.empty() ? "" : absl::StrCat("; did you mean {", near, "}?"),
                         " (placeholders: {match} {speaker} {cue} {claim} {evidence} {headline})"));
      }
    }
    if (auto s = ReadFix(spec, &rule->fix); !s.ok()) return s;
    rule->file = file;
    rule->line = r.line;
    auto impl = CreateRuleType(rule->type, spec, *rule);
    if (!impl.ok()) return impl.status();
    rule->impl = *std::move(impl);
    set_.by_id_[rule->id] = set_.rules_.size();
    set_.rules_.push_back(std::move(rule));
  }
  return absl::OkStatus();
}

const Rule* RuleSet::Find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : rules_[it->second].get();
}

absl::Status RuleSetBuilder::AddPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      std::string p = it->path().string();
      if (absl::EndsWith(p, ".yaml") || absl::EndsWith(p, ".yml")) files.push_back(p);
    }
    if (ec) return absl::PermissionDeniedError(absl::StrCat(path, ": cannot read directory: ", ec.message()));
    std::sort(files.begin(), files.end());
    if (files.empty())
      return absl::NotFoundError(absl::StrCat(path, ": no .yaml rule packs in this directory"));
    for (const std::string& f : files) {
      if (auto s = AddPath(f); !s.ok()) return s;
    }
    return absl::OkStatus();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return fs::exists(path, ec) ? absl::PermissionDeniedError(absl::StrCat(path, ": cannot open rule pack"))
                                : absl::NotFoundError(absl::StrCat(path, ": no such rule pack"));
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return AddPack(path, ss.str());
}

std::vector<BuiltinFile> BuiltinRuleFiles() {
  std::vector<BuiltinFile> out;
  for (const EmbeddedFile& f : EmbeddedRules()) out.push_back({std::string(f.name), std::string(f.data)});
  return out;
}

absl::Status RuleSetBuilder::AddBuiltinPacks() {
  // (Parsed at build time: decoding is a small part of what a YAML parse of
  // the packs costs. Names, lines and columns are the YAML files'.)
  for (const EmbeddedFile& f : CompiledRules()) {
    if (!absl::EndsWith(f.name, ".spec")) continue;
    const std::string file = absl::StrCat("<built-in>/rules/", absl::StripSuffix(f.name, ".spec"), ".yaml");
    absl::StatusOr<SpecNode> doc = DecodeSpec(f.data, file);
    if (!doc.ok()) return doc.status();
    if (auto s = AddParsedPack(file, *doc); !s.ok()) return absl::InternalError(s.message());
  }
  return absl::OkStatus();
}

absl::Status RuleSetBuilder::Disable(const std::string& id, const std::string& where) {
  auto it = set_.by_id_.find(id);
  if (it != set_.by_id_.end()) {
    set_.rules_.erase(set_.rules_.begin() + it->second);
  } else {
    // A category: every rule in it ("hedged").
    const size_t before = set_.rules_.size();
    set_.rules_.erase(std::remove_if(set_.rules_.begin(), set_.rules_.end(),
                                     [&](const std::unique_ptr<Rule>& r) { return r->category == id; }),
                      set_.rules_.end());
    if (set_.rules_.size() == before) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": unknown rule or category '", id, "' in 'disable'"));
    }
  }
  set_.by_id_.clear();
  for (size_t i = 0; i < set_.rules_.size(); ++i) set_.by_id_[set_.rules_[i]->id] = i;
  return absl::OkStatus();
}

absl::Status RuleSetBuilder::KeepEnabled(const std::vector<std::pair<std::string, std::string>>& enable) {
  std::set<std::string> on;
  for (const auto& [id, where] : enable) {
    if (set_.by_id_.find(id) != set_.by_id_.end()) {
      on.insert(id);
      continue;
    }
    // A category: every rule in it, those off by default too.
    bool any = false;
    for (const auto& r : set_.rules_) {
      if (r->category == id) {
        on.insert(r->id);
        any = true;
      }
    }
    if (!any) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": unknown rule or category '", id, "' in 'enable'"));
    }
  }
  std::vector<std::unique_ptr<Rule>> kept;
  for (auto& r : set_.rules_) {
    if (r->enabled || on.count(r->id)) kept.push_back(std::move(r));
  }
  set_.rules_.swap(kept);
  set_.by_id_.clear();
  for (size_t i = 0; i < set_.rules_.size(); ++i) set_.by_id_[set_.rules_[i]->id] = i;
  return absl::OkStatus();
}

absl::Status RuleSetBuilder::SetSeverity(const std::string& id, Severity s, const std::string& where) {
  auto it = set_.by_id_.find(id);
  if (it == set_.by_id_.end()) {
    return absl::InvalidArgumentError(absl::StrCat(where, ": unknown rule '", id, "' in 'severity'"));
  }
  set_.rules_[it->second]->severity = s;
  return absl::OkStatus();
}

namespace {

// Why fnmatch(3) would not read `glob` as written (it takes an unclosed "["
// or a trailing "\\" literally, silently); empty when it is well formed.
std::string GlobProblem(absl::string_view glob) {
  if (glob.empty()) return "empty";
  for (size_t i = 0; i < glob.size(); ++i) {
    if (glob[i] == '\\') {
      if (i + 1 == glob.size()) return "a trailing backslash escapes nothing";
      ++i;
    } else if (glob[i] == '[') {
      size_t k = i + 1;
      if (k < glob.size() && (glob[k] == '!' || glob[k] == '^')) ++k;
      if (k < glob.size() && glob[k] == ']') ++k;  // "[]…]": a bracket as the first member
      while (k < glob.size() && glob[k] != ']') ++k;
      if (k >= glob.size()) return absl::StrCat("the \"[\" at character ", i + 1, " is never closed");
      i = k;
    }
  }
  return "";
}

}  // namespace

absl::StatusOr<ProjectConfig> LoadProjectConfig(const std::string& file, const std::string& yaml) {
  ProjectConfig cfg;
  cfg.file = file;
  cfg.dir = std::filesystem::path(file).parent_path().string();
  if (cfg.dir.empty()) cfg.dir = ".";
  absl::StatusOr<SpecNode> doc = ParseYaml(file, yaml);
  if (!doc.ok()) return doc.status();
  if (doc->kind == SpecNode::Kind::kNull) return cfg;
  if (doc->kind != SpecNode::Kind::kMap) {
    return absl::InvalidArgumentError(absl::StrCat(file, ":1:1: .claimcheck.yaml must be a map"));
  }
  SpecReader r(*doc, "");
  if (auto s = r.CheckKeys({"rules", "disable", "enable", "severity", "ignore", "fail_on", "default_rules"});
      !s.ok()) {
    return s;
  }
  auto rules = r.StringList("rules");
  if (!rules.ok()) return rules.status();
  for (const std::string& p : *rules) {
    cfg.rules.push_back(std::filesystem::path(p).is_absolute() ? p : cfg.dir + "/" + p);
  }
  if (const SpecNode* d = doc->Find("disable")) {
    auto ids = r.StringList("disable");
    if (!ids.ok()) return ids.status();
    for (size_t i = 0; i < ids->size(); ++i) {
      const SpecNode& at = d->kind == SpecNode::Kind::kList ? d->list[i] : *d;
      cfg.disable.emplace_back((*ids)[i], at.Where());
    }
  }
  if (const SpecNode* d = doc->Find("enable")) {
    auto ids = r.StringList("enable");
    if (!ids.ok()) return ids.status();
    for (size_t i = 0; i < ids->size(); ++i) {
      const SpecNode& at = d->kind == SpecNode::Kind::kList ? d->list[i] : *d;
      cfg.enable.emplace_back((*ids)[i], at.Where());
    }
  }
  if (const SpecNode* sev = doc->Find("severity")) {
    if (sev->kind != SpecNode::Kind::kMap)
      return r.Error(*sev, "severity", "expected a map of rule id: severity");
    for (const auto& [id, v] : sev->map) {
      ProjectConfig::Override o{id, v.Where(), Severity::kWarning};
      if (v.kind != SpecNode::Kind::kScalar || !ParseSeverity(v.scalar, &o.severity)) {
        return r.Error(v, "severity", absl::StrCat("rule '", id, "': expected error, warning or info"));
      }
      cfg.severity.push_back(o);
    }
  }
  auto ignore = r.StringList("ignore");
  if (!ignore.ok()) return ignore.status();
  if (const SpecNode* d = doc->Find("ignore")) {
    for (size_t i = 0; i < ignore->size(); ++i) {
      const SpecNode& at = d->kind == SpecNode::Kind::kList ? d->list[i] : *d;
      if (std::string why = GlobProblem((*ignore)[i]); !why.empty()) {
        return r.Error(at, "ignore", absl::StrCat("invalid glob '", (*ignore)[i], "': ", why));
      }
    }
  }
  cfg.ignore = *ignore;
  auto fail_on = r.String("fail_on", false);
  if (!fail_on.ok()) return fail_on.status();
  Severity unused;
  if (!fail_on->empty() && *fail_on != "never" && !ParseSeverity(*fail_on, &unused)) {
    return r.Error(*doc->Find("fail_on"), "fail_on",
                   absl::StrCat("unknown value '", *fail_on, "' (expected error, warning, info or never)"));
  }
  cfg.fail_on = *fail_on;
  auto def = r.Bool("default_rules", true);
  if (!def.ok()) return def.status();
  cfg.default_rules = *def;
  return cfg;
}

absl::StatusOr<ProjectConfig> FindProjectConfig(const std::string& start_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir.empty() ? "." : start_dir, ec);
  for (int depth = 0; depth < 64 && !ec; ++depth) {
    fs::path candidate = dir / ".claimcheck.yaml";
    // (A missing file sets its own error code: that is the usual case, not
    // an error that ends the walk up.)
    std::error_code missing;
    if (fs::is_regular_file(candidate, missing)) {
      std::ifstream in(candidate, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      // Name it as the user would see it: relative when under the start.
      return LoadProjectConfig(candidate.lexically_relative(fs::current_path()).string(), ss.str());
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return ProjectConfig{};
}

namespace {

bool IsAscii(absl::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char ch) { return (ch & 0x80) != 0; });
}

}  // namespace

absl::StatusOr<RuleSet> RuleSetBuilder::Build() {
  constexpr size_t kPatternsPerSet = 1000;
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  RuleSet::Prefilter cur;
  auto finish = [&]() -> absl::Status {
    if (cur.rule.empty()) return absl::OkStatus();
    if (!cur.set->Compile()) {
      return absl::ResourceExhaustedError(
          absl::StrCat("the patterns of rules '", set_.rules_[cur.rule.front()]->id, "' to '",
                       set_.rules_[cur.rule.back()]->id, "' are too large to compile together"));
    }
    set_.prefilters_.push_back(std::move(cur));
    cur = RuleSet::Prefilter();
    return absl::OkStatus();
  };
  // Rules take the literal prefilter (rule_set.h) when its automaton stays
  // small: bytes of triggers x distinct bytes bounds its table.
  constexpr size_t kMaxLiteralTable = 32u << 20;
  // Atoms shorter than this are not looked for: a pattern that needs one
  // ("no", "or") to match is filtered by its other atoms, or by the set.
  constexpr int kMinAtomBytes = 3;
  // A rule's phrases as lowercase words, longest first, or false when a
  // phrase has no word the scan can find: words are matched in
  // ASCII-lowercased text, so a word with other bytes (whose case RE2 may
  // fold) is left out of its phrase.
  auto literal_phrases = [&](const RuleType& impl, std::vector<std::vector<std::string>>* out) {
    for (const std::string& phrase : impl.LiteralPhrases()) {
      std::vector<std::string> ws;
      for (absl::string_view w : absl::StrSplit(phrase, ' ', absl::SkipEmpty())) {
        if (!IsAscii(w)) continue;
        std::string lower = absl::AsciiStrToLower(w);
        if (std::find(ws.begin(), ws.end(), lower) == ws.end()) ws.push_back(lower);
      }
      if (ws.empty()) {
        out->clear();
        return false;
      }
      std::stable_sort(ws.begin(), ws.end(),
                       [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
      out->push_back(std::move(ws));
    }
    return !out->empty();
  };
  // A pattern's atoms (lowercase), or null when a match need not contain
  // any: the pattern passes its filter with no atom found, it fails to
  // compile alone (too large: the set has the larger budget), or an atom
  // holds a non-ASCII byte (the text is lowercased as ASCII only).
  auto atom_filter = [&](const std::string& pattern,
                         std::vector<std::string>* atoms) -> std::unique_ptr<re2::FilteredRE2> {
    auto f = std::make_unique<re2::FilteredRE2>(kMinAtomBytes);
    int id = 0;
    if (f->Add(pattern, opt, &id) != RE2::NoError) return nullptr;
    f->Compile(atoms);
    std::vector<int> unfiltered;
    f->AllPotentials({}, &unfiltered);
    if (atoms->empty() || !unfiltered.empty()) return nullptr;
    for (const std::string& a : *atoms) {
      if (a.empty() || !IsAscii(a)) return nullptr;
    }
    return f;
  };
  // Per rule: its phrases, empty when the scan cannot serve it by words;
  // else its prefilter pattern, and its atoms and filter, null when the scan
  // cannot serve it at all.
  std::vector<std::vector<std::vector<std::string>>> phrases(set_.rules_.size());
  std::vector<std::string> patterns(set_.rules_.size());
  std::vector<std::vector<std::string>> atoms(set_.rules_.size());
  std::vector<std::unique_ptr<re2::FilteredRE2>> filters(set_.rules_.size());
  size_t trigger_bytes = 0;
  bool byte_used[256] = {};
  size_t distinct_bytes = 1;
  auto count_bytes = [&](const std::string& trigger) {
    trigger_bytes += trigger.size();
    for (char ch : trigger) {
      unsigned char b = static_cast<unsigned char>(ch);
      if (!byte_used[b]) distinct_bytes += byte_used[b] = true;
    }
  };
  for (size_t i = 0; i < set_.rules_.size(); ++i) {
    const RuleType& impl = *set_.rules_[i]->impl;
    if (literal_phrases(impl, &phrases[i])) {
      // Words beside a regex: the scan serves the rule only when it can find
      // the regex's atoms too; else the whole pattern goes to the set.
      const std::string beside = impl.LiteralPhrasesBeside();
      if (!beside.empty()) {
        filters[i] = atom_filter(beside, &atoms[i]);
        if (!filters[i]) {
          phrases[i].clear();
          atoms[i].clear();
          patterns[i] = impl.Prefilter();
          continue;
        }
        for (const std::string& a : atoms[i]) count_bytes(a);
      }
      for (const auto& ws : phrases[i]) count_bytes(ws[0]);
      continue;
    }
    patterns[i] = impl.Prefilter();
    if (patterns[i].empty()) continue;
    filters[i] = atom_filter(patterns[i], &atoms[i]);
    if (filters[i]) {
      for (const std::string& a : atoms[i]) count_bytes(a);
    }
  }
  const bool use_literal = literal_prefilter_ && trigger_bytes * distinct_bytes <= kMaxLiteralTable;
  auto literal = std::make_shared<RuleSet::LiteralPrefilter>();
  static std::atomic<uint64_t> generations{0};
  literal->generation = generations.fetch_add(1);
  absl::flat_hash_map<std::string, int> trigger_ids;
  std::vector<std::string> triggers;
  auto trigger = [&](const std::string& t) {
    auto [it, added] = trigger_ids.emplace(t, static_cast<int>(triggers.size()));
    if (added) {
      triggers.push_back(t);
      literal->phrases.emplace_back();
      literal->atoms.emplace_back();
    }
    return it->second;
  };
  // A rule's regex atoms (the whole pattern's, or the regex's beside its
  // words) as triggers of its and/or tree.
  auto add_atoms = [&](size_t i) {
    const int ar = static_cast<int>(literal->atom_rules.size());
    for (size_t a = 0; a < atoms[i].size(); ++a) {
      literal->atoms[trigger(atoms[i][a])].push_back({ar, static_cast<int>(a)});
    }
    literal->atom_rules.push_back({static_cast<int>(i), std::move(filters[i])});
  };
  for (size_t i = 0; i < set_.rules_.size(); ++i) {
    if (use_literal && !phrases[i].empty()) {
      // The longest word triggers the phrase; the others are checked then.
      for (std::vector<std::string>& ws : phrases[i]) {
        literal->phrases[trigger(ws[0])].push_back(
            {static_cast<int>(i), std::vector<std::string>(ws.begin() + 1, ws.end())});
      }
      if (filters[i]) add_atoms(i);  // (and the atoms of a regex beside the words)
      literal->rules.push_back(static_cast<int>(i));
      continue;
    }
    if (use_literal && filters[i]) {
      add_atoms(i);
      literal->rules.push_back(static_cast<int>(i));
      continue;
    }
    // (A word-list rule the scan does not take asks for its pattern now.)
    if (!phrases[i].empty()) patterns[i] = set_.rules_[i]->impl->Prefilter();
    const std::string& p = patterns[i];
    if (p.empty()) {
      set_.always_.push_back(static_cast<int>(i));
      continue;
    }
    if (!cur.set) cur.set = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
    std::string err;
    if (cur.set->Add(p, &err) < 0) {
      return absl::InternalError(absl::StrCat("rule '", set_.rules_[i]->id, "': ", err));
    }
    cur.rule.push_back(static_cast<int>(i));
    if (cur.rule.size() == kPatternsPerSet) {
      if (auto s = finish(); !s.ok()) return s;
    }
  }
  if (auto s = finish(); !s.ok()) return s;
  if (!literal->rules.empty()) {
    literal->matcher = LiteralMatcher(triggers);
    for (const std::string& w : triggers) literal->trigger_size.push_back(static_cast<uint32_t>(w.size()));
    set_.literal_ = std::move(literal);
  }
  return std::move(set_);
}

absl::StatusOr<RuleSet> LoadRuleSet(const std::vector<std::string>& paths, bool builtin) {
  RuleSetBuilder b;
  if (builtin) {
    if (auto s = b.AddBuiltinPacks(); !s.ok()) return s;
  }
  for (const std::string& p : paths) {
    if (auto s = b.AddPath(p); !s.ok()) return s;
  }
  return b.Build();
}

void RuleSet::RunRule(const CheckContext& ctx, int rule, const Span* where, std::vector<Finding>* out) const {
  const Rule& r = *rules_[rule];
  size_t before = out->size();
  if (where)
    r.impl->RunIn(ctx, *where, out);
  else
    r.impl->Run(ctx, out);
  for (size_t k = before; k < out->size(); ++k) {
    Finding& f = (*out)[k];
    f.rule = r.id;
    f.category = r.category;
    f.severity = r.severity;
    f.specificity = r.type == "lexical" ? 0 : 1;
    // A fix never rewrites a speaker's words.
    if (r.fix.empty() || f.span.empty() || ctx.QuoteAt(f.span) >= 0) continue;
    std::string with = FixFor(r.fix, ctx.text.substr(f.span.start, f.span.size()),
                              ctx.text.substr(0, f.span.start), ctx.text.substr(f.span.end));
    if (!with.empty()) f.fixes.push_back(Fix{f.span, std::move(with)});
  }
}

namespace {

// The same few sets of atoms recur from sentence to sentence ("concerns"
// alone, "rejected" alone): each thread remembers, per built prefilter, which
// sets pass a rule's and/or tree, instead of walking the tree again (about
// 1,600 instructions a walk).
struct AtomMemo {
  uint64_t generation = ~uint64_t{0};
  absl::flat_hash_map<std::string, bool> passes;
};

}  // namespace

bool RuleSet::PassesAtoms(const LiteralPrefilter& lit, int atom_rule, const std::vector<int>& atoms,
                          std::vector<int>* scratch) {
  thread_local AtomMemo memo;
  if (memo.generation != lit.generation) {
    memo.passes.clear();
    memo.generation = lit.generation;
  }
  std::string key(reinterpret_cast<const char*>(&atom_rule), sizeof atom_rule);
  key.append(reinterpret_cast<const char*>(atoms.data()), atoms.size() * sizeof(int));
  auto found = memo.passes.find(key);
  if (found != memo.passes.end()) return found->second;
  lit.atom_rules[atom_rule].filter->AllPotentials(atoms, scratch);
  const bool passes = !scratch->empty();
  constexpr size_t kMaxRemembered = 1 << 16;
  if (memo.passes.size() >= kMaxRemembered) memo.passes.clear();
  memo.passes.emplace(std::move(key), passes);
  return passes;
}

void RuleSet::CheckLiteralRules(const CheckContext& ctx, std::vector<Finding>* out) const {
  if (!literal_) return;
  const LiteralPrefilter& lit = *literal_;
  const auto& sentences = ctx.analysis.segmentation.sentences;
  std::string own_lower;
  if (!ctx.analysis.lower_text) own_lower = AsciiLower(ctx.doc.text);
  absl::string_view lower = ctx.analysis.lower_text ? *ctx.analysis.lower_text : own_lower;
  // Under (?i) RE2 folds U+017F (long s) with s and U+212A (Kelvin) with k:
  // text holding them is not searched by its ASCII lowercase, every
  // sentence is a candidate.
  if (absl::StrContains(lower, "\xC5\xBF") || absl::StrContains(lower, "\xE2\x84\xAA")) {
    for (const Sentence& s : sentences) {
      for (int rule : lit.rules) RunRule(ctx, rule, &s.span, out);
    }
    return;
  }
  // A phrase's words stand apart in a match: white space between them, and
  // \b at either end of the phrase when it begins or ends with a word
  // character. So an occurrence inside a longer word ("may" in "mayor")
  // cannot be part of a match. The regex runs on the sentence alone, so the
  // sentence's own edges count as boundaries.
  auto standalone = [&](size_t start, size_t end, const Span& sent) {
    if (IsRegexWordChar(lower[start]) && start > sent.start && IsRegexWordChar(lower[start - 1])) {
      return false;
    }
    return !(IsRegexWordChar(lower[end - 1]) && end < sent.end && IsRegexWordChar(lower[end]));
  };
  // (sentence, trigger, standing alone): atoms may lie inside words, the
  // trigger words of phrases may not.
  struct Hit {
    int sentence, trigger;
    bool alone;
    bool operator<(const Hit& o) const {
      return std::tie(sentence, trigger, alone) < std::tie(o.sentence, o.trigger, o.alone);
    }
    bool operator==(const Hit& o) const {
      return sentence == o.sentence && trigger == o.trigger && alone == o.alone;
    }
  };
  std::vector<Hit> hits;
  size_t cur = 0;  // sentence cursor: occurrences come in order of end
  lit.matcher.Scan(lower, [&](int trigger, size_t end) {
    size_t start = end - lit.trigger_size[trigger];
    while (cur + 1 < sentences.size() && sentences[cur].span.end <= start) ++cur;
    while (cur > 0 && sentences[cur].span.start > start) --cur;
    if (cur >= sentences.size()) return;
    const Span& sent = sentences[cur].span;
    if (start < sent.start || end > sent.end) return;
    bool alone = standalone(start, end, sent);
    if (!alone && lit.atoms[trigger].empty()) return;
    hits.push_back({static_cast<int>(cur), trigger, alone});
  });
  std::sort(hits.begin(), hits.end());
  hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  // Whether `word` stands in the sentence (the phrase's other words).
  auto in_sentence = [&](const std::string& word, const Span& sent) {
    absl::string_view text = lower.substr(sent.start, sent.size());
    for (size_t at = text.find(word); at != absl::string_view::npos; at = text.find(word, at + 1)) {
      if (standalone(sent.start + at, sent.start + at + word.size(), sent)) return true;
    }
    return false;
  };
  std::vector<int> candidates;
  std::vector<RuleSet::AtomUse> found;  // the sentence's atoms
  std::vector<int> atom_ids, potential;
  for (size_t g = 0; g < hits.size();) {
    const int s = hits[g].sentence;
    const Span& sent = sentences[s].span;
    candidates.clear();
    found.clear();
    for (; g < hits.size() && hits[g].sentence == s; ++g) {
      const Hit& h = hits[g];
      found.insert(found.end(), lit.atoms[h.trigger].begin(), lit.atoms[h.trigger].end());
      if (!h.alone) continue;
      for (const LiteralPhrase& p : lit.phrases[h.trigger]) {
        if (std::all_of(p.others.begin(), p.others.end(),
                        [&](const std::string& w) { return in_sentence(w, sent); })) {
          candidates.push_back(p.rule);
        }
      }
    }
    std::sort(found.begin(), found.end(), [](const RuleSet::AtomUse& a, const RuleSet::AtomUse& b) {
      return std::tie(a.atom_rule, a.atom) < std::tie(b.atom_rule, b.atom);
    });
    for (size_t k = 0; k < found.size();) {
      const int ar = found[k].atom_rule;
      atom_ids.clear();
      for (; k < found.size() && found[k].atom_rule == ar; ++k) {
        if (atom_ids.empty() || atom_ids.back() != found[k].atom) atom_ids.push_back(found[k].atom);
      }
      if (PassesAtoms(lit, ar, atom_ids, &potential)) candidates.push_back(lit.atom_rules[ar].rule);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (int rule : candidates) RunRule(ctx, rule, &sent, out);
  }
}

std::vector<Finding> RuleSet::Check(const Document& doc, const Analysis& analysis) const {
  return OneFindingPerSpan(CheckAll(doc, analysis));
}

std::vector<Finding> RuleSet::CheckAll(const Document& doc, const Analysis& analysis) const {
  CheckContext ctx(doc, analysis);
  std::vector<Finding> out;
  for (int i : always_) RunRule(ctx, i, nullptr, &out);
  CheckLiteralRules(ctx, &out);
  // One pass of all patterns per sentence; each rule then looks only at the
  // sentences it can match, so cost stays nearly flat as packs grow.
  std::vector<int> hits;
  for (const Sentence& s : analysis.segmentation.sentences) {
    absl::string_view text = ctx.text.substr(s.span.start, s.span.size());
    for (const Prefilter& p : prefilters_) {
      hits.clear();
      if (!p.set->Match(re2::StringPiece(text.data(), text.size()), &hits)) continue;
      std::sort(hits.begin(), hits.end());
      for (int h : hits) RunRule(ctx, p.rule[h], &s.span, &out);
    }
  }
  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    return a.rule < b.rule;
  });
  return out;
}

namespace {

// Whether b repeats a: the same words, or overlapping words of the same
// category ("fabricated" inside a claim the story contradicts), or nearly
// the same words of another ("is said to be": hearsay and agentless).
bool Repeats(const Finding& a, const Finding& b) {
  if (!a.span.Overlaps(b.span)) return false;
  if (a.span == b.span || a.category == b.category) return true;
  size_t common = std::min(a.span.end, b.span.end) - std::max(a.span.start, b.span.start);
  size_t longer = std::max(a.span.size(), b.span.size());
  return 2 * common >= longer;
}

// The finding to keep of two that repeat each other: the more severe, then
// the one from extracted structure, then the longer, then the earlier rule id.
bool Outranks(const Finding& a, const Finding& b) {
  if (a.severity != b.severity) return a.severity > b.severity;
  if (a.specificity != b.specificity) return a.specificity > b.specificity;
  // The longer match says more ("would likely" over "likely").
  if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
  return a.rule < b.rule;
}

void AddAlso(Finding* keep, const Finding& dropped) {
  // The fix of a rule folded in, when the one kept offers none for the same words.
  if (keep->fixes.empty() && keep->span == dropped.span) keep->fixes = dropped.fixes;
  auto add = [keep](const std::string& id) {
    if (id != keep->rule && std::find(keep->also.begin(), keep->also.end(), id) == keep->also.end()) {
      keep->also.push_back(id);
    }
  };
  add(dropped.rule);
  for (const std::string& id : dropped.also) add(id);
}

}  // namespace

std::vector<Finding> OneFindingPerSpan(std::vector<Finding> sorted) {
  std::vector<Finding> kept;
  kept.reserve(sorted.size());
  // Kept findings that may still overlap what follows (sorted by start,
  // a later finding overlaps a kept one only if it starts before its end).
  std::vector<size_t> open;
  for (Finding& f : sorted) {
    open.erase(
        std::remove_if(open.begin(), open.end(), [&](size_t k) { return kept[k].span.end <= f.span.start; }),
        open.end());
    bool folded = false;
    for (size_t k : open) {
      Finding& other = kept[k];
      if (!Repeats(other, f)) continue;
      if (Outranks(f, other)) {
        AddAlso(&f, other);
        std::swap(f, other);
      } else {
        AddAlso(&other, f);
      }
      folded = true;
      break;
    }
    if (folded) continue;
    open.push_back(kept.size());
    kept.push_back(std::move(f));
  }
  for (Finding& f : kept) {
    if (f.also.empty()) continue;
    f.message += " (also " + absl::StrJoin(f.also, ", ") + ")";
  }
  return kept;
}

}  // namespace claimcheck
